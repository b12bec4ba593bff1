"""The ``termaid:`` notes of a TBX file: JSON with what TBX-Basic has no data category for,
checked field by field before anything is read from it."""

from __future__ import annotations

import functools
import json
from typing import Any, cast

from ._tbx_vocab import EXTENSION

__all__ = ["parse_extension"]

#: What a ``termaid:`` note may hold, on a concept and on a term: field -> (type, element
#: type of a list). Anything else is refused with its line (a crafted note must not crash
#: the reader, nor turn ``"false"`` into true or a string into a list of characters).
_ENTRY_EXTENSION: dict[str, tuple[type, type | None]] = {
    "entryType": (str, None), "doNotTranslate": (bool, None), "ambiguousWith": (list, str),
}
_TERM_EXTENSION: dict[str, tuple[type, type | None]] = {
    "administrativeStatus": (str, None), "termType": (str, None), "partOfSpeech": (str, None),
    "caseSensitive": (bool, None), "context": (list, str), "plural": (str, None), "counterpart": (str, None),
    "review": (str, None),
}
_JSON_NAMES = {str: "a string", bool: "true or false", list: "a list"}
#: A termaid note is a few fields; a longer one is not termaid's.
_MAX_EXTENSION = 100_000


@functools.lru_cache(maxsize=256)
def parse_extension(text: str, scope: str) -> tuple[tuple[str, Any], ...]:
    """The fields of a ``termaid:`` note on a concept (*scope* "entry") or a term (the same
    few recur on thousands of entries); ValueError saying what is wrong."""
    if len(text) > _MAX_EXTENSION:
        raise ValueError(f"longer than {_MAX_EXTENSION} characters")
    try:
        data = json.loads(text[len(EXTENSION):])
    except RecursionError:
        raise ValueError("nested too deeply") from None
    if not isinstance(data, dict):  # bad content of a file, not a caller's wrong type:
        raise ValueError(f"not a JSON object but {type(data).__name__}")  # noqa: TRY004
    schema = _ENTRY_EXTENSION if scope == "entry" else _TERM_EXTENSION
    for key, value in data.items():
        if key not in schema:
            raise ValueError(f"unknown field {key!r} on a {'concept' if scope == 'entry' else 'term'} "
                             f"(allowed: {', '.join(schema)})")
        kind, item = schema[key]
        if type(value) is not kind or (item is not None and not all(type(x) is item for x in cast(list[Any], value))):
            want = _JSON_NAMES[kind] + (f" of {_JSON_NAMES[item]}s" if item is not None else "")
            raise ValueError(f"{key!r} must be {want}, not {json.dumps(value)[:40]}")
    return tuple(data.items())
