"""Issue 10 ("trust") scenarios, each run as real ``python -m termaid`` processes: time,
peak RSS of the process tree and the outcome, for one source tree at a time.

    python bench/bench_trust.py [--tree PATH] [--only 1,6,9] [--scale 1.0] [--mem-cap 4096]

--tree names the checkout whose ``glossary``/``aligner``/``termaid`` packages run (put first
on PYTHONPATH); the default is this one. Run it once on main and once on the branch to get
the before/after table. Peak RSS is the largest child's (``wait4``); each child runs under a
memory cap (--mem-cap MiB of address space) so that a runaway case ends in MemoryError
rather than taking the machine. Times are wall seconds; on a shared 2-core machine repeat
and compare medians.
"""

from __future__ import annotations

import argparse
import os
import pty
import resource
import select
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


@dataclass
class Run:
    code: int | None  # None: killed by the timeout
    seconds: float
    rss_mb: float
    out: bytes
    err: bytes


class Env:
    def __init__(self, tree: Path, work: Path, mem_cap: int) -> None:
        self.tree, self.work, self.mem_cap = tree, work, mem_cap
        self.env = {**os.environ, "PYTHONPATH": str(tree), "TERMAID_CACHE_DIR": str(work / "cache"),
                    "NO_COLOR": "", "PYTHONDONTWRITEBYTECODE": "1"}
        self.env.pop("TERMAID_GLOSSARY", None)

    def _limit(self) -> None:
        cap = self.mem_cap * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        os.setsid()

    def popen(self, *args: str, stdin: int | None = subprocess.DEVNULL, stdout: int | None = subprocess.PIPE,
              env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-m", "termaid", *args], cwd=self.work, stdin=stdin,
                                stdout=stdout, stderr=subprocess.PIPE, env={**self.env, **(env or {})},
                                preexec_fn=self._limit)

    def run(self, *args: str, data: bytes | None = None, timeout: float = 300, stdin: int | None = None,
            env: dict[str, str] | None = None) -> Run:
        start = time.perf_counter()
        proc = self.popen(*args, stdin=subprocess.PIPE if data is not None else (stdin or subprocess.DEVNULL),
                          env=env)
        return self.finish(proc, start, timeout, data)

    def finish(self, proc: subprocess.Popen[bytes], start: float, timeout: float, data: bytes | None = None) -> Run:
        out: list[bytes] = []
        err: list[bytes] = []
        feeders = []
        if data is not None:
            def feed() -> None:
                try:
                    assert proc.stdin is not None
                    proc.stdin.write(data)
                    proc.stdin.close()
                except (BrokenPipeError, OSError):
                    pass
            feeders.append(threading.Thread(target=feed, daemon=True))
        for stream, sink in ((proc.stdout, out), (proc.stderr, err)):
            if stream is not None:
                feeders.append(threading.Thread(target=lambda s=stream, k=sink: k.append(s.read()), daemon=True))
        for t in feeders:
            t.start()
        deadline = start + timeout
        code: int | None = None
        usage = None
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                code = os.waitstatus_to_exitcode(status)
                proc.returncode = code
                break
            if time.perf_counter() > deadline:
                os.killpg(proc.pid, signal.SIGKILL)
                _, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = -9
                code = None
                break
            time.sleep(0.01)
        seconds = time.perf_counter() - start
        for t in feeders:
            t.join(5)
        return Run(code, seconds, usage.ru_maxrss / 1024 if usage else 0.0, b"".join(out), b"".join(err))


def _tb(run: Run) -> str:
    return " TRACEBACK" if b"Traceback (most recent call last)" in run.err else ""


def _last(run: Run) -> str:
    lines = [x for x in run.err.decode("utf-8", "replace").strip().splitlines() if x.strip()]
    return (lines[-1][:110] if lines else "")


def _code(run: Run) -> str:
    return "timeout (killed)" if run.code is None else f"exit {run.code}"


# --------------------------------------------------------------------------------------
# synthetic inputs

def csv_rows(n: int, *, prefix: str = "Term", shared_first: bool = False) -> bytes:
    lines = ["en,de"]
    for i in range(n):
        first = f"{prefix} shared" if shared_first else f"{prefix} {i}"
        lines.append(f"{first},{prefix}begriff {i}")
    return ("\n".join(lines) + "\n").encode()


def glossary_yaml(n: int, *, prefix: str = "entry", related_to: str | None = None) -> str:
    out = ["entries:"]
    for i in range(n):
        out.append(f"  - id: {prefix}-{i}\n    type: concept")
        if related_to is not None:
            out.append(f"    related: [{related_to}-{i}]")
        out.append(f"    terms:\n      en: [{prefix.title()} term {i}]\n      de: [{prefix.title()}begriff {i}]")
    return "\n".join(out) + "\n"


def tbx_doc(n: int) -> bytes:
    head = ('<?xml version="1.0" encoding="UTF-8"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" '
            'xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc>'
            '</fileDesc></tbxHeader><text><body>\n')
    body = "".join(
        f'<conceptEntry id="c{i}"><langSec xml:lang="en"><termSec><term>Concept {i}</term></termSec></langSec>'
        f'<langSec xml:lang="de"><termSec><term>Begriff {i}</term></termSec></langSec></conceptEntry>\n'
        for i in range(n))
    return (head + body + "</body></text></tbx>\n").encode()


# --------------------------------------------------------------------------------------
# scenarios: each returns (seconds, peak RSS MiB, outcome)

Result = tuple[float, float, str]


def item1(e: Env, scale: float) -> Result:
    n = int(2000 * scale)
    lost = 0
    trials = 5
    worst = Run(0, 0.0, 0.0, b"", b"")
    for trial in range(trials):
        g = e.work / f"shared{trial}.yaml"
        a, b = e.work / "a.csv", e.work / "b.csv"
        a.write_bytes(csv_rows(n, prefix="Alpha"))
        b.write_bytes(csv_rows(n, prefix="Beta"))
        g.write_text(glossary_yaml(1, prefix="seed"))
        start = time.perf_counter()
        procs = [e.popen("import", str(p), "--glossary", str(g)) for p in (a, b)]
        runs = [e.finish(p, start, 300) for p in procs]
        text = g.read_text()
        if not ("Alpha 1\n" in text or "Alpha 1]" in text or "Alpha 1," in text) or \
                not ("Beta 1," in text or "Beta 1]" in text):
            lost += 1
        worst = max(runs + [worst], key=lambda r: r.seconds)
        codes = sorted(str(r.code) for r in runs)
    return worst.seconds, worst.rss_mb, f"{lost}/{trials} trials lost one side's entries (exits {','.join(codes)})"


def item2(e: Env, scale: float) -> Result:
    """A directory glossary; the import changes a.yaml (a link) and adds to imported.yaml;
    the disk fills between the two files (a 1 MiB tmpfs)."""
    mnt = e.work / "tfs"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)]).returncode:
        return 0.0, 0.0, "skipped: cannot mount a tmpfs"
    try:
        g = mnt / "g"
        g.mkdir()
        (g / "a.yaml").write_text("entries:\n  - id: alpha\n    type: concept\n    terms:\n      en: [Alpha]\n")
        big = "".join(f"  - id: pad-{i}\n    type: concept\n    terms:\n      en: [Padding {i}]\n" for i in range(4000))
        (g / "imported.yaml").write_text("entries:\n" + big)
        filler = mnt / "filler"
        free = shutil.disk_usage(mnt).free
        filler.write_bytes(b"x" * max(0, free - (g / "imported.yaml").stat().st_size // 2))
        tbx = e.work / "in.tbx"
        tbx.write_text('<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="en"><tbxHeader>'
                       '<fileDesc><sourceDesc><p>termaid glossary</p></sourceDesc></fileDesc></tbxHeader><text><body>'
                       '<conceptEntry id="alpha"><ref type="crossReference" target="beta">Beta</ref><langSec xml:lang="en">'
                       '<termSec><term>Alpha</term></termSec></langSec></conceptEntry>'
                       '<conceptEntry id="beta"><langSec xml:lang="en"><termSec><term>Beta</term></termSec></langSec>'
                       '</conceptEntry></body></text></tbx>')
        r = e.run("import", str(tbx), "--glossary", str(g))
        v = e.run("validate", str(g))
        left = sorted(p.name for p in g.iterdir())
        return r.seconds, r.rss_mb, (f"import {_code(r)}{_tb(r)}; then validate {_code(v)}"
                                     f"{' (glossary broken)' if v.code else ' (valid)'}; files {left}")
    finally:
        subprocess.run(["umount", "-l", str(mnt)])


def item3(e: Env, scale: float) -> Result:
    g = e.work / "race.yaml"
    g.write_text("entries:\n  - id: alpha\n    type: concept\n    terms:\n      en: [Alpha]\n")
    r1 = e.run("lookup", "Alpha", "--glossary", str(g))
    st = g.stat()
    g.write_text(g.read_text().replace("Alpha", "Omega"))
    os.utime(g, ns=(st.st_atime_ns, st.st_mtime_ns))
    r2 = e.run("lookup", "Omega", "--glossary", str(g))
    return r2.seconds, r2.rss_mb, (f"same-size edit, mtime restored: lookup of the new term {_code(r2)}"
                                   f"{' (stale index)' if r2.code else ' (found)'}")


def item4(e: Env, scale: float) -> Result:
    notes = []
    csv = e.work / "one.csv"
    csv.write_bytes(csv_rows(3, prefix="Link"))
    base = "entries:\n  - id: alpha\n    type: concept\n    terms:\n      en: [Alpha]\n"
    real = e.work / "real.yaml"
    real.write_text(base)
    link = e.work / "link.yaml"
    link.symlink_to(real)
    r = e.run("import", str(csv), "--glossary", str(link))
    notes.append("symlink " + ("kept, target updated" if link.is_symlink() and "Link 1" in real.read_text()
                               else "REPLACED by a regular file"))
    hard = e.work / "hard.yaml"
    hard.write_text(base)
    other = e.work / "hard2.yaml"
    os.link(hard, other)
    e.run("import", str(csv), "--glossary", str(hard))
    notes.append("hard link " + ("kept" if os.stat(hard).st_ino == os.stat(other).st_ino else "BROKEN"))
    ro = e.work / "ro.yaml"
    ro.write_text(base)
    ro.chmod(0o444)
    r3 = e.run("import", str(csv), "--glossary", str(ro))
    notes.append(f"0444: {_code(r3)}, " + ("OVERWRITTEN" if "Link 1" in ro.read_text() else "untouched"))
    crlf = e.work / "crlf.yaml"
    crlf.write_bytes(base.replace("\n", "\r\n").encode())
    e.run("import", str(csv), "--glossary", str(crlf))
    data = crlf.read_bytes()
    notes.append("CRLF " + ("kept" if data.count(b"\r\n") == data.count(b"\n") else "rewritten to LF"))
    new = e.work / "fresh.yaml"
    old_umask = os.umask(0o022)
    try:
        e.run("import", str(csv), "--glossary", str(new))
    finally:
        os.umask(old_umask)
    notes.append(f"new file mode {stat.S_IMODE(new.stat().st_mode):o}")
    return r.seconds, r.rss_mb, "; ".join(notes)


def item5(e: Env, scale: float) -> Result:
    mnt = e.work / "tfs5"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)]).returncode:
        return 0.0, 0.0, "skipped: cannot mount a tmpfs"
    try:
        out = mnt / "glossary.tbx"
        small = e.work / "small5.yaml"
        small.write_text("entries:\n  - id: alpha\n    type: concept\n    terms:\n      en: [Alpha]\n")
        ok = e.run("export", "tbx", "--out", str(out), "--glossary", str(small))
        before = out.stat().st_size if out.exists() else 0
        filler = mnt / "filler"
        filler.write_bytes(b"x" * max(0, shutil.disk_usage(mnt).free - 8192))
        r = e.run("export", "tbx", "--out", str(out))
        after = out.stat().st_size if out.exists() else 0
        temps = [p.name for p in mnt.iterdir() if p.name not in ("glossary.tbx", "filler")]
        state = "previous file intact" if after == before and before else f"previous file LOST ({after} bytes of a partial new one, was {before})"
        return r.seconds, r.rss_mb, f"first export {_code(ok)}; full disk: {_code(r)}{_tb(r)}, {state}; temps left {temps}"
    finally:
        subprocess.run(["umount", "-l", str(mnt)])


def item5b(e: Env, scale: float) -> Result:
    """Stale temp files from a killed run are cleaned up by the next one."""
    g = e.work / "stale.yaml"
    g.write_text("entries:\n  - id: alpha\n    type: concept\n    terms:\n      en: [Alpha]\n")
    stale = e.work / ".stale.yaml.abc123.tmp"
    stale.write_bytes(b"x" * 1000)
    os.utime(stale, (time.time() - 7200, time.time() - 7200))  # left by a run killed two hours ago
    dead = e.work / ".stale.yaml.999999999-abcd.termaid-tmp"  # a process id that is not running
    dead.write_bytes(b"x" * 1000)
    csv = e.work / "st.csv"
    csv.write_bytes(csv_rows(2, prefix="Stale"))
    r = e.run("import", str(csv), "--glossary", str(g))
    left = [p.name for p in e.work.iterdir() if p.name.startswith(".stale.yaml")]
    return r.seconds, r.rss_mb, f"import {_code(r)}; temp files beside the glossary after the run: {left}"


def item6(e: Env, scale: float) -> Result:
    text = ("Heute traf " + "Lawrow" * int(7000 * scale) + " in Teheran ein.\n").encode()
    r = e.run("normalize", "-", "--lang", "de", data=text, timeout=300)
    return r.seconds, r.rss_mb, f"one {len(text) // 1000} kB token: {_code(r)}{_tb(r)} {_last(r) if r.code else ''}"


def item7(e: Env, scale: float) -> Result:
    fifo = e.work / "dtd.fifo"
    os.mkfifo(fifo)
    doc = e.work / "fifo.tbx"
    doc.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE tbx SYSTEM "{fifo}">\n<tbx xml:lang="en"><text><body>'
                   '<conceptEntry><langSec xml:lang="en"><termSec><term>X</term></termSec></langSec></conceptEntry>'
                   '</body></text></tbx>\n')
    r = e.run("import", str(doc), "--glossary", str(e.work / "g7.yaml"), "--dry-run", timeout=15)
    dtd = e.work / "inject.dtd"
    dtd.write_text('<!ATTLIST conceptEntry id CDATA "injected-id">\n<!ATTLIST langSec xml:lang CDATA "ru">\n')
    doc2 = e.work / "local.tbx"
    doc2.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE tbx SYSTEM "{dtd}">\n<tbx xml:lang="en"><tbxHeader><fileDesc>'
                    '<sourceDesc><p>termaid glossary</p></sourceDesc></fileDesc></tbxHeader><text><body>'
                    '<conceptEntry><langSec><termSec><term>Xylo</term></termSec></langSec></conceptEntry>'
                    '</body></text></tbx>\n')
    r2 = e.run("import", str(doc2), "--glossary", str(e.work / "g7b.yaml"), "--json", "--dry-run")
    injected = b"injected" in r2.out or b'"ru"' in r2.out
    return r.seconds, r.rss_mb, (f"DOCTYPE SYSTEM fifo: {_code(r)}; local DTD: {_code(r2)}, "
                                 f"{'attribute defaults INJECTED' if injected else 'nothing injected'}")


def item8(e: Env, scale: float) -> Result:
    size = int(300 * 2**20 * scale)
    chunk = b"a,b\n" * (2**20 // 4)
    start = time.perf_counter()
    proc = e.popen("import", "/dev/stdin", "--format", "csv", "--glossary", str(e.work / "g8.yaml"),
                   "--max-size", "1", stdin=subprocess.PIPE)

    def feed() -> None:
        sent = 0
        try:
            assert proc.stdin is not None
            while sent < size:
                proc.stdin.write(chunk)
                sent += len(chunk)
            proc.stdin.close()
        except (BrokenPipeError, OSError):
            pass
    t = threading.Thread(target=feed, daemon=True)
    t.start()
    r = e.finish(proc, start, 300)
    r2 = e.run("import", "/dev/zero", "--format", "csv", "--glossary", str(e.work / "g8.yaml"), "--max-size", "1",
               timeout=120)
    return r.seconds, r.rss_mb, (f"--max-size 1 with {size >> 20} MiB on /dev/stdin: {_code(r)}{_tb(r)}; "
                                 f"/dev/zero: {_code(r2)}{_tb(r2)} {r2.rss_mb:.0f} MiB")


def item9a(e: Env, scale: float) -> Result:
    out = []
    worst: Run | None = None
    for n in (int(5000 * scale), int(20000 * scale)):
        p = e.work / f"shared{n}.csv"
        p.write_bytes(csv_rows(n, shared_first=True))
        r = e.run("import", str(p), "--glossary", str(e.work / f"g9-{n}.yaml"), "--dry-run")
        out.append(f"{n} rows {r.seconds:.1f} s ({_code(r)})")
        worst = r
    assert worst is not None
    return worst.seconds, worst.rss_mb, "CSV rows sharing a first term: " + ", ".join(out)


def item9b(e: Env, scale: float) -> Result:
    big, rows = int(116_000 * scale), int(50_000 * scale)
    g = e.work / "big.yaml"
    g.write_text(glossary_yaml(big))
    p = e.work / "rows.csv"
    p.write_bytes(csv_rows(rows, prefix="Fresh"))
    r = e.run("import", str(p), "--glossary", str(g), timeout=900)
    return r.seconds, r.rss_mb, f"{rows} rows into a {big}-entry glossary: {_code(r)}{_tb(r)}"


def item9c(e: Env, scale: float) -> Result:
    n = int(8000 * scale)
    g = e.work / "dangling.yaml"
    g.write_text(glossary_yaml(n, related_to="missing"))
    r = e.run("validate", str(g), timeout=600)
    return r.seconds, r.rss_mb, f"validate, {n} entries with a dangling related id: {_code(r)}"


def item10a(e: Env, scale: float) -> Result:
    p = e.work / "mem.csv"
    p.write_bytes(csv_rows(int(300_000 * scale), prefix="Memory"))
    r = e.run("import", str(p), "--glossary", str(e.work / "g10.yaml"), timeout=900)
    mb = p.stat().st_size / 2**20
    return r.seconds, r.rss_mb, f"CSV import {mb:.1f} MiB: {_code(r)}{_tb(r)}, peak {r.rss_mb / mb:.0f}x the input"


def item10b(e: Env, scale: float) -> Result:
    p = e.work / "mem.tbx"
    p.write_bytes(tbx_doc(int(100_000 * scale)))
    r = e.run("import", str(p), "--glossary", str(e.work / "g10b.yaml"), timeout=900)
    mb = p.stat().st_size / 2**20
    return r.seconds, r.rss_mb, f"TBX import {mb:.1f} MiB: {_code(r)}{_tb(r)}, peak {r.rss_mb / mb:.0f}x the input"


def item10c(e: Env, scale: float) -> Result:
    para = ("Der russische Außenminister Sergei Lawrow traf in Teheran Abbas Araghtschi. "
            "Die Hisbollah und die Huthis wurden erwähnt.\n")
    p = e.work / "mem.txt"
    p.write_text(para * int(20 * 2**20 * scale / len(para)))
    mb = p.stat().st_size / 2**20
    r = e.run("check", str(p), "--lang", "de", timeout=900)
    n = e.run("normalize", str(p), "--lang", "de", timeout=900)
    return r.seconds, r.rss_mb, (f"check {mb:.0f} MiB: {_code(r)}{_tb(r)}, {r.rss_mb:.0f} MiB; "
                                 f"normalize of the same: {n.rss_mb:.0f} MiB")


def item10d(e: Env, scale: float) -> Result:
    n = int(200_000 * scale)
    g = e.work / "idx.yaml"
    g.write_text(glossary_yaml(n))
    mb = g.stat().st_size / 2**20
    r = e.run("lookup", "Entry term 5", "--glossary", str(g), timeout=900)
    return r.seconds, r.rss_mb, f"first lookup (compiles the index) of {n} entries / {mb:.0f} MiB: {_code(r)}{_tb(r)}"


def item11(e: Env, scale: float) -> Result:
    g = e.work / "formula.yaml"
    g.write_text('entries:\n  - id: f1\n    type: concept\n    terms:\n      en: ["=1+1"]\n      de: ["@SUM(A1)"]\n'
                 '  - id: f2\n    type: concept\n    terms:\n      en: ["+cmd|\' /C calc\'!A0"]\n      de: [Rechner]\n')
    flavours = []
    for fmt, flavor in (("csv", "deepl"), ("csv", "google"), ("csv", "amazon"), ("tsv", "omegat")):
        r = e.run("export", fmt, "--source", "en", "--target", "de", "--flavor", flavor, "--glossary", str(g))
        cells = [c.strip('"') for line in r.out.decode().splitlines() for c in line.replace("\t", ",").split(",")]
        raw = any(c[:1] in ("=", "+", "@", "-") for c in cells)
        flavours.append(f"{flavor}: {'raw formulas' if raw else 'guarded'}")
    return r.seconds, r.rss_mb, "; ".join(flavours)


def _on_pty(e: Env, *args: str) -> bytes:
    master, slave = pty.openpty()
    env = {**e.env, "TERM": "xterm"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen([sys.executable, "-m", "termaid", *args], cwd=e.work, stdin=subprocess.DEVNULL,
                            stdout=slave, stderr=slave, env=env)
    os.close(slave)
    out = b""
    while True:
        ready, _, _ = select.select([master], [], [], 30)
        if not ready:
            break
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        out += data
    proc.wait(30)
    os.close(master)
    return out


def item12(e: Env, scale: float) -> Result:
    g = e.work / "esc.yaml"
    g.write_text('entries:\n  - id: evil\n    type: concept\n    terms:\n      en: ["Evil\\e]0;pwned\\aTerm"]\n'
                 '      de: ["Böse [bold]x[/bold]"]\n')
    bidi = e.work / "bidi.yaml"  # U+202E reorders what a terminal shows; it passes validation
    bidi.write_text('entries:\n  - id: evil\n    type: concept\n    terms:\n      en: ["Evil \\u202eTerm"]\n'
                    '      de: ["Böse [bold]x[/bold]"]\n')
    start = time.perf_counter()
    outs = {cmd: _on_pty(e, *args, "--glossary", str(g)) for cmd, args in
            (("show", ("show", "evil")), ("lookup", ("lookup", "Evil")), ("list", ("list",)))}
    bidis = {cmd: _on_pty(e, *args, "--glossary", str(bidi)) for cmd, args in
             (("show", ("show", "evil")), ("lookup", ("lookup", "Evil")), ("list", ("list",)),
              ("tag", ("lookup", "Böse")))}
    seconds = time.perf_counter() - start
    raw = [c for c, o in outs.items() if b"\x1b]0;pwned" in o]
    refused = [c for c, o in outs.items() if b"control character" in o]
    raw_bidi = [c for c, o in bidis.items() if "\u202e".encode() in o]
    tag = b"[de]" in bidis["tag"]
    return seconds, 0.0, (f"ESC]0;...BEL printed raw by: {raw or 'none'}"
                          f"{f' (the glossary is refused with file:line by {refused})' if refused else ''}; "
                          f"U+202E raw by: {raw_bidi or 'none'}; lookup's '[de]' tag "
                          f"{'shown' if tag else 'LOST'} on a terminal")


def item13(e: Env, scale: float) -> Result:
    cases = {
        "context null": '{"context": null}', "context number": '{"context": 5}',
        "nested": "[" * 100000 + "]" * 100000, "dnt string": '{"doNotTranslate": "false"}',
        "context string": '{"context": "abc"}',
    }
    out = []
    total = 0.0
    rss = 0.0
    for label, note in cases.items():
        where = "term" if "context" in label else "entry"
        term_note = f"<note>termaid: {note}</note>" if where == "term" else ""
        entry_note = f"<note>termaid: {note}</note>" if where == "entry" else ""
        p = e.work / f"n13-{label.replace(' ', '-')}.tbx"
        p.write_text('<?xml version="1.0"?><tbx xmlns="urn:iso:std:iso:30042:ed-2" xml:lang="en"><tbxHeader>'
                     '<fileDesc><sourceDesc><p>termaid glossary</p></sourceDesc></fileDesc></tbxHeader><text><body>'
                     f'<conceptEntry id="a">{entry_note}<langSec xml:lang="en"><termSec><term>Abc</term>{term_note}'
                     '</termSec></langSec></conceptEntry></body></text></tbx>')
        r = e.run("import", str(p), "--glossary", str(e.work / f"g13-{label[:3]}.yaml"), "--dry-run")
        total += r.seconds
        rss = max(rss, r.rss_mb)
        what = _code(r) + _tb(r)
        if label == "dnt string" and r.code == 0:
            what += " (do_not_translate TRUE)" if b"do_not_translate: true" in r.out else ""
        if label == "context string" and r.code == 0:
            what += " (split into characters)" if b"[a, b, c]" in r.out else " (kept whole)"
        out.append(f"{label}: {what}")
    p = e.work / "enc.tbx"
    p.write_text('<?xml version="1.0" encoding="bogus-enc"?><tbx/>')
    r = e.run("import", str(p), "--glossary", str(e.work / "g13e.yaml"))
    out.append(f"bogus encoding: {_code(r)}{_tb(r)}")
    return total, rss, "; ".join(out)


def item14(e: Env, scale: float) -> Result:
    proc = subprocess.Popen([sys.executable, "-m", "termaid", "list"], cwd=e.work, stdin=subprocess.DEVNULL,
                            stdout=open("/dev/full", "wb"), stderr=subprocess.PIPE, env=e.env)
    start = time.perf_counter()
    _, err = proc.communicate(timeout=60)
    run = Run(proc.returncode, time.perf_counter() - start, 0.0, b"", err)
    return run.seconds, 0.0, f"an internal error (stdout on /dev/full): {_code(run)}{_tb(run)}, {len(err.splitlines())} lines on stderr"


def item15(e: Env, scale: float) -> Result:
    results = []
    total = 0.0

    def note(label: str, r: Run) -> None:
        nonlocal total
        total += r.seconds
        results.append(f"{label}: {_code(r)}{_tb(r)}")

    full = open("/dev/full", "wb")
    start = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-m", "termaid", "list"], cwd=e.work, stdout=full, stderr=subprocess.PIPE,
                         env=e.env)
    _, err = p.communicate(timeout=60)
    note("stdout /dev/full", Run(p.returncode, time.perf_counter() - start, 0, b"", err))
    p = subprocess.Popen([sys.executable, "-m", "termaid", "list"], cwd=e.work, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=e.env)
    assert p.stdout is not None
    p.stdout.close()
    _, err = p.communicate(timeout=60)
    note("stdout closed", Run(p.returncode, 0, 0, b"", err))
    r = subprocess.run(f"{sys.executable} -m termaid normalize - --lang de <&-", shell=True, cwd=e.work,
                       capture_output=True, env=e.env, timeout=60)
    note("stdin closed", Run(r.returncode, 0, 0, r.stdout, r.stderr))
    (e.work / "adir").mkdir()
    note("--out a directory", e.run("export", "tbx", "--out", str(e.work / "adir")))
    (e.work / "afile").write_text("x")
    note("--out under a file", e.run("export", "tbx", "--out", str(e.work / "afile" / "x.tbx")))
    note("--out under /proc", e.run("export", "tbx", "--out", "/proc/termaid/x.tbx"))
    note("--columns note,-", e.run("import", str(_csv(e)), "--glossary", str(e.work / "g15.yaml"),
                                   "--columns", "note,-"))
    r = subprocess.run([sys.executable, "-m", "termaid", "lookup", "\udcff".encode("utf-8", "surrogateescape")],
                       cwd=e.work, capture_output=True, env=e.env, timeout=60)
    note("non-UTF-8 argument", Run(r.returncode, 0, 0, r.stdout, r.stderr))
    bad = os.fsencode(str(e.work)) + b"/bad\xff.txt"
    with open(bad, "wb") as fh:
        fh.write(b"Lawrow\n")
    r = subprocess.run([sys.executable, "-m", "termaid", "normalize", bad, "--lang", "de"], cwd=e.work,
                       capture_output=True, env=e.env, timeout=60)
    note("non-UTF-8 file name", Run(r.returncode, 0, 0, r.stdout, r.stderr))
    rodir = e.work / "rodir"
    rodir.mkdir()
    (rodir / "g.yaml").write_text("entries:\n  - id: alpha\n    type: concept\n    terms:\n      en: [Alpha]\n")
    rodir.chmod(0o555)
    r = e.run("import", str(_csv(e)), "--glossary", str(rodir / "g.yaml"), env={"TERMAID_AS": "nobody"})
    note("read-only directory (root ignores it)", r)
    rodir.chmod(0o755)
    gd = e.work / "gdir"
    gd.mkdir()
    (gd / "a.yaml").write_text("entries:\n  - id: alpha\n    type: concept\n    terms:\n      en: [Alpha]\n")
    (gd / "imported.yaml").mkdir()
    note("imported.yaml a directory", e.run("import", str(_csv(e)), "--glossary", str(gd)))
    mnt = e.work / "tmpfull"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(mnt)]).returncode == 0:
        try:
            (mnt / "fill").write_bytes(b"x" * (shutil.disk_usage(mnt).free - 1024) if shutil.disk_usage(mnt).free > 1024 else b"")
            txt = e.work / "big15.txt"
            txt.write_text("Lawrow traf Araghtschi in Teheran.\n" * 3000)
            r = e.run("normalize", str(txt), "--lang", "de", "--json", env={"TMPDIR": str(mnt)})
            import json
            try:
                json.loads(r.out)
                valid = "valid JSON"
            except ValueError:
                valid = "INVALID JSON on stdout" if r.out else "no stdout"
            note(f"full TMPDIR normalize --json ({valid})", r)
        finally:
            subprocess.run(["umount", "-l", str(mnt)])
    g = e.work / "dmg.yaml"
    g.write_text("entries:\n  - id: alpha\n    type: concept\n    terms:\n      en: [Alpha]\n")
    e.run("lookup", "Alpha", "--glossary", str(g))
    cache = e.work / "cache"
    for db in cache.glob("*.sqlite"):
        data = bytearray(db.read_bytes())
        page = 4096
        for offset in range(2 * page, len(data), page):  # keep page 1 (schema) and the meta table's page
            data[offset:offset + page] = b"\xff" * page
        db.write_bytes(bytes(data))
    r1 = e.run("lookup", "Alpha", "--glossary", str(g))
    r2 = e.run("lookup", "Alpha", "--glossary", str(g))
    note("damaged index pages", r1)
    note("  and the run after", r2)
    deep = e.work / "nowhere" / "deeper" / "x.tbx"
    r = e.run("export", "tbx", "--out", str(deep))
    results.append(f"missing parent of --out: {_code(r)}, {'CREATED silently' if deep.exists() else 'not created'}")
    return total, 0.0, "; ".join(results)


def _csv(e: Env) -> Path:
    p = e.work / "small.csv"
    p.write_bytes(csv_rows(3))
    return p


def item16(e: Env, scale: float) -> Result:
    cases = {"NUL": "Nul\\0x", "U+0004": "Ctl\\x04x", "U+2028": "Line\\u2028sep", "NEL": "Nel\\x85x",
             "mixed script": "Ar\u0430ghchi", "zero-width only": "\\u200b\\u200c"}
    out = []
    total = 0.0
    for label, term in cases.items():
        g = e.work / f"v16-{label.replace(' ', '-')}.yaml"
        g.write_text(f'entries:\n  - id: x\n    type: concept\n    terms:\n      en: ["{term}"]\n      de: [Ok]\n',
                     encoding="utf-8")
        r = e.run("validate", str(g))
        total += r.seconds
        out.append(f"{label}: {'accepted' if r.code == 0 else 'refused/warned' if r.code == 2 else _code(r)}")
    return total, 0.0, "; ".join(out)


SCENARIOS: dict[str, Callable[[Env, float], Result]] = {
    "1": item1, "2": item2, "3": item3, "4": item4, "5": item5, "5b": item5b, "6": item6, "7": item7,
    "8": item8, "9a": item9a, "9b": item9b, "9c": item9c, "10a": item10a, "10b": item10b, "10c": item10c,
    "10d": item10d, "11": item11, "12": item12, "13": item13, "14": item14, "15": item15, "16": item16,
}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=HERE)
    parser.add_argument("--only", default="")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--mem-cap", type=int, default=4096, help="address-space cap per run, MiB")
    args = parser.parse_args(argv)
    wanted = [x for x in args.only.split(",") if x] or list(SCENARIOS)
    print(f"tree: {args.tree}  scale: {args.scale}")
    for key in wanted:
        with tempfile.TemporaryDirectory(prefix=f"trust{key}-") as tmp:
            env = Env(args.tree.resolve(), Path(tmp), args.mem_cap)
            seconds, rss, outcome = SCENARIOS[key](env, args.scale)
            print(f"{key:>4} | {seconds:8.2f} s | {rss:7.0f} MiB | {outcome}", flush=True)


if __name__ == "__main__":
    main()
