"""Plain text of Debian documentation, for the precision benches.

Manual pages (roff, gzipped) lose their markup; plain-text documents (``.txt`` or
``.txt.gz``) are read as they are. Get the packages with ``apt-get download``, unpack
them with ``dpkg-deb -x PKG.deb DIR`` and pass the directories:

    apt-get download manpages-de manpages debian-reference-de debian-reference-en
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["prose", "roff_text"]

_ESCAPE = re.compile(r"\\(?:f(?:\[[^\]]*\]|\(..|.)|s[-+]?\d+|\(..|\[[^\]]*\]|\*(?:\(..|\[[^\]]*\]|.)|[&|^ ~%-]|e|.)")
_REQUEST = re.compile(r"^\.\s*(?:B|I|BI|IB|BR|RB|IR|RI|SM|SB)\s+(.*)$")
_HEADING = re.compile(r"^\.\s*(?:SH|SS)\s+(.*)$")
_QUOTED = re.compile(r'"([^"]*)"')


def roff_text(source: str) -> str:
    """The running text of a roff page: requests dropped, font changes and escapes gone."""
    out: list[str] = []
    for line in source.splitlines():
        if line.startswith(("'", '.\\"', "\\\"")):
            continue
        m = _REQUEST.match(line) or _HEADING.match(line)
        if m:
            line = _QUOTED.sub(r"\1", m.group(1))
        elif line.startswith("."):
            if line[1:3] in ("PP", "LP", "P", "TP", "IP", "sp", "br"):
                out.append("")
            continue
        line = _ESCAPE.sub(lambda e: "-" if e.group() == "\\-" else "", line)
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out))


def _files(roots: Iterable[Path]) -> Iterator[Path]:
    for root in roots:
        if root.is_file():
            yield root
        else:
            yield from sorted(p for p in root.rglob("*") if p.is_file())


def prose(roots: Iterable[Path]) -> str:
    """The text of every manual page and plain-text document under *roots*."""
    parts: list[str] = []
    for path in _files(roots):
        name = path.name
        raw: bytes
        if name.endswith(".gz"):
            if "changelog" in name or "copyright" in name:
                continue
            raw = gzip.decompress(path.read_bytes())
            name = name[:-3]
        elif name.endswith(".txt"):
            raw = path.read_bytes()
        else:
            continue
        text = raw.decode("utf-8", "replace")
        is_man = "/man/" in str(path) and not name.endswith(".txt")
        if is_man:
            if text.startswith(".so "):
                continue
            text = roff_text(text)
        elif not name.endswith(".txt"):
            continue
        parts.append(text)
    return "\n\n".join(parts)
