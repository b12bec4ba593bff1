"""termaid's aligner: mentions of glossary entries in English and German text.

>>> from glossary import load_glossary
>>> from aligner import Aligner
>>> aligner = Aligner(load_glossary())
>>> [(m.entry_id, m.match.value) for m in aligner.find("Lawrows Treffen mit Araghchi", lang="de")]
[('sergei-lavrov', 'inflected'), ('abbas-araghchi', 'exact')]
>>> aligner.normalize("Lawrows Treffen mit Araghchi", lang="de").text
'Lawrows Treffen mit Araghtschi'

Names are imported on first use, so ``import aligner.sentences`` stays light.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aligner import Aligner
    from .check import Finding, FindingKind, check_text
    from .crosssource import Alignment, EntityReport, Source, align_sources, suggestions_yaml
    from .digest import Digest, make_digest
    from .errors import AlignerError, InputError, LanguageError
    from .langdetect import check_language, detect_language, guess_language
    from .mention import Change, MatchKind, Mention, Normalization
    from .stream import Piece, stream_normalize
    from .textfold import FoldedText, fold_text

__all__ = [
    "Aligner",
    "AlignerError",
    "Alignment",
    "Change",
    "Digest",
    "EntityReport",
    "Finding",
    "FindingKind",
    "FoldedText",
    "InputError",
    "LanguageError",
    "MatchKind",
    "Mention",
    "Normalization",
    "Piece",
    "Source",
    "align_sources",
    "check_language",
    "check_text",
    "detect_language",
    "fold_text",
    "guess_language",
    "make_digest",
    "stream_normalize",
    "suggestions_yaml",
]

_HOME = {
    "Aligner": "aligner",
    "AlignerError": "errors",
    "Alignment": "crosssource",
    "Change": "mention",
    "Digest": "digest",
    "EntityReport": "crosssource",
    "Finding": "check",
    "FindingKind": "check",
    "FoldedText": "textfold",
    "InputError": "errors",
    "LanguageError": "errors",
    "MatchKind": "mention",
    "Mention": "mention",
    "Normalization": "mention",
    "Piece": "stream",
    "Source": "crosssource",
    "align_sources": "crosssource",
    "check_language": "langdetect",
    "check_text": "check",
    "detect_language": "langdetect",
    "fold_text": "textfold",
    "guess_language": "langdetect",
    "make_digest": "digest",
    "stream_normalize": "stream",
    "suggestions_yaml": "crosssource",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'aligner' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
