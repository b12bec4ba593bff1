"""Language tags: BCP 47 tags checked against CLDR through Babel."""

from __future__ import annotations

import functools
import re

__all__ = ["canonical_tag"]

_SHAPE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?$")


@functools.lru_cache(maxsize=256)
def canonical_tag(tag: str) -> str:
    """The canonical spelling of a BCP 47 language tag, or ValueError saying what is wrong.

    Language, optional script and optional region are accepted when CLDR (through
    Babel) knows the language; casing is canonicalised.

    >>> canonical_tag("de-at"), canonical_tag("sr-latn-RS"), canonical_tag("fa")
    ('de-AT', 'sr-Latn-RS', 'fa')
    """
    if not _SHAPE.match(tag):
        raise ValueError(
            f"bad language tag {tag!r}: expected a BCP 47 tag such as 'de', 'de-AT' or 'sr-Latn'"
        )
    from babel import Locale, UnknownLocaleError  # heavy: only when a glossary is compiled

    parts = tag.split("-")
    language = parts[0].lower()
    script = next((p.title() for p in parts[1:] if len(p) == 4), None)
    region = next((p.upper() for p in parts[1:] if len(p) in (2, 3)), None)
    try:
        Locale(language)
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"bad language tag {tag!r}: CLDR knows no language {language!r}") from None
    if region is not None and region not in Locale("en").territories:
        raise ValueError(f"bad language tag {tag!r}: CLDR knows no region {region!r}")
    return "-".join(p for p in (language, script, region) if p)
