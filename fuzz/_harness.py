"""What every fuzz target shares: seeds made by termaid's own writers, byte-level edits
of them as a hypothesis strategy, and the rule that no exception but termaid's own
(:class:`glossary.TermaidError`, a message and an exit status) may leave a reader."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from glossary.errors import TermaidError

__all__ = ["Report", "fuzz", "inputs"]

#: Pieces that readers treat specially, spliced into the seeds.
TOKENS = (
    b"\x00", b"\x1b]0;x\x07", b"\xff\xfe", b"\xef\xbb\xbf", b"\r\n", b"\r", b"\n\n", b"\t", b"\\", b'"', b"'",
    b"<", b">", b"&", b"&amp;", b"&#0;", b"<!DOCTYPE x SYSTEM 'x.dtd'>", b"<!ENTITY e 'x'>", b"]]>",
    b"<![CDATA[", b'xml:lang="zz-QQ"', b"termaid: ", b'{"context": null}', b"[" * 50, b"{" * 50,
    b"msgid ", b"msgstr ", b"msgctxt ", b"#, fuzzy", b"#~ ", b"\\x", b"\\u0000", b": ", b"- ", b"&a", b"*a",
    b"!!python/object:os.system", b"---", b"...", b"=1+1", b",", b'""', "\u2028".encode(), "а".encode(),
    b"\xde\x12\x04\x95", b"\x95\x04\x12\xde", b"\xff\xff\xff\x7f",
    b'termaid: {"context": 5}', b'termaid: {"doNotTranslate": "false"}', b'termaid: {"entryType": 7}',
    b"termaid: " + b"[" * 3000, b"Lawrow" * 2000, b"Ar\xd0\xb0ghchi", b"\xe2\x80\x8b", b"-1", b"@SUM(A1)",
    b"<?xml version='1.0' encoding='bogus'?>", b"\x00\x00\x00\x00", b"x" * 300,
)
#: Pairs between which a value sits (XML text, a YAML value, a quoted string, a cell):
#: the "replace a field" edit puts a token there.
FIELDS = ((b">", b"<"), (b": ", b"\n"), (b'"', b'"'), (b",", b"\n"), (b"\t", b"\n"), (b"[", b"]"))


def _edit(data: bytes, kind: int, at: int, length: int, token: bytes, value: int) -> bytes:
    if not data:
        return token
    at %= len(data) + 1
    if kind == 0:
        return data[:at] + token + data[at:]
    if kind == 1:
        return data[:at] + data[at + length:]
    if kind == 2:
        return data[:at] + bytes([value]) + data[at + 1:]
    if kind == 3:
        return data[:at] + data[at:at + length] * 2 + data[at + length:]
    if kind == 4:
        return data[:at] + token * (length % 8 + 1) + data[at + length:]
    opening, closing = FIELDS[value % len(FIELDS)]
    start = data.find(opening, at)
    if start < 0:
        start = data.find(opening)
    if start < 0:
        return data + token
    start += len(opening)
    end = data.find(closing, start)
    return data[:start] + token + data[end if end >= 0 else len(data):]


def inputs(seeds: Sequence[bytes]) -> st.SearchStrategy[bytes]:
    """The seeds, each with up to eight random edits; and now and then bytes of nothing."""
    edits = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 1 << 20), st.integers(0, 64),
                               st.sampled_from(TOKENS), st.integers(0, 255)), max_size=8)

    def mutate(pair: tuple[bytes, list[tuple[int, int, int, bytes, int]]]) -> bytes:
        data, changes = pair
        for change in changes:
            data = _edit(data, *change)
        return data

    return st.one_of(st.tuples(st.sampled_from(list(seeds)), edits).map(mutate), st.binary(max_size=512))


@dataclass
class Report:
    """How a run went: inputs tried, their time, and the crashes (input, exception)."""

    name: str
    tried: int = 0
    seconds: float = 0.0
    crashes: list[tuple[bytes, BaseException]] = field(default_factory=list)


def fuzz(name: str, target: Callable[[bytes], object], seeds: Sequence[bytes], *, examples: int,
         seed: int | None = None) -> Report:
    """Feed *examples* inputs to *target*; any exception that is not a TermaidError is a
    crash (recorded, and the run goes on, so a long run reports them all)."""
    report = Report(name)
    start = time.perf_counter()

    @settings(max_examples=examples, deadline=None, database=None, derandomize=seed is None,
              suppress_health_check=list(HealthCheck))
    @given(inputs(seeds))
    def run(data: bytes) -> None:
        report.tried += 1
        try:
            target(data)
        except TermaidError:
            pass
        except (Exception, RecursionError) as exc:  # noqa: BLE001  # what the fuzzer is for
            report.crashes.append((data, exc))

    if seed is not None:
        run = settings(derandomize=False)(run)  # type: ignore[assignment]
        from hypothesis import seed as hseed

        run = hseed(seed)(run)
    run()
    report.seconds = time.perf_counter() - start
    return report
