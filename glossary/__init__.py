"""termaid's glossary: terms and named entities in many languages, read from YAML.

>>> from glossary import load_glossary
>>> g = load_glossary()                     # the shipped domain glossary
>>> g.lookup("Araghtschi").matches[0].entry.id
'abbas-araghchi'
"""

from .errors import (
    GlossaryError,
    GlossaryFormatError,
    Problem,
    TermaidError,
    UnknownEntryError,
    UsageError,
)
from .fold import fold, fold_keys
from .lookup import LookupResult, Match, MatchKind, Suggestion
from .model import Entry, EntryType, Gender, Origin, PartOfSpeech, Term, TermStatus, TermType
from .termbase import DEFAULT_GLOSSARY, Glossary, check_glossary, load_glossary, resolve_path

__all__ = [
    "DEFAULT_GLOSSARY",
    "Entry",
    "EntryType",
    "Gender",
    "Glossary",
    "GlossaryError",
    "GlossaryFormatError",
    "LookupResult",
    "Match",
    "MatchKind",
    "Origin",
    "PartOfSpeech",
    "Problem",
    "Suggestion",
    "Term",
    "TermStatus",
    "TermType",
    "TermaidError",
    "UnknownEntryError",
    "UsageError",
    "check_glossary",
    "fold",
    "fold_keys",
    "load_glossary",
    "resolve_path",
]
