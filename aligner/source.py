"""A text to read: its name (a file name, to show and to cite), the text and its language."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Source"]


@dataclass(frozen=True, slots=True)
class Source:
    """One text: a name to show or cite (a file name), its text and its language."""

    name: str
    text: str
    lang: str
