"""Writing files so that a crash at any point leaves the old content or the new, never a mix.

:func:`write_atomic` writes one file: the bytes go to a temporary file beside the target,
are flushed to disk (``fsync``) and renamed over it. :func:`commit` writes several files
of one glossary as one change: the temporary files are written first, then a journal that
lists them (itself written atomically: that is the moment of commit), then each is put in
place and the journal removed. :func:`recover`, run before a glossary is read or written
(:func:`glossary.loader.glossary_files` does), finishes a commit that a crash interrupted
after its journal was written and removes the temporary files of one interrupted before.

What a write keeps of the target:

* a symbolic link stays a link: the file it points to is written (the temporary file goes
  beside that file);
* a file with several hard links is written in place (after the new content is safely on
  disk beside it, and under the journal, so a crash is finished by :func:`recover`), so
  every link sees the new content;
* the mode bits and, where permitted, the owner; a new file gets ``0666`` less the umask;
* a read-only target (no write bit) is refused with :class:`~glossary.errors.WriteError`
  (exit status 2), as is a target that is a directory, and a full disk or a folder that
  cannot be written leaves the target as it was and raises the same error.

Line ends are the writer's business: :func:`line_end` tells which one a file uses.

Temporary files are named ``.NAME.PID-RANDOM.termaid-tmp``; those whose process is gone
(``kill -9``) are removed by the next write of the same target (:func:`clean_temps`).
"""

from __future__ import annotations

import errno
import json
import os
import secrets
import stat
import time
from collections.abc import Mapping
from pathlib import Path

from .errors import WriteError

__all__ = [
    "TEMP_SUFFIX",
    "clean_temps",
    "commit",
    "journal_path",
    "line_end",
    "make_parents",
    "real_target",
    "recover",
    "write_atomic",
]

#: The suffix of termaid's temporary files.
TEMP_SUFFIX = ".termaid-tmp"
_JOURNAL = "termaid-journal"
#: Seconds after which a temporary file of the old naming (no process id) counts as stale.
LEGACY_AGE = 3600


def real_target(path: Path) -> Path:
    """The file a write of *path* changes: *path* with every symbolic link followed."""
    return Path(os.path.realpath(path))


def journal_path(glossary: Path) -> Path:
    """The commit journal of *glossary* (a directory, or a YAML file)."""
    from .lock import home_of

    folder, prefix = home_of(glossary)
    return folder / f"{prefix}{_JOURNAL}"


def make_parents(path: Path) -> list[Path]:
    """Create the missing folders above *path*, outermost first, and return them; refused
    (:class:`~glossary.errors.WriteError`) when they would start at the filesystem root,
    where a mistyped absolute path would otherwise make top-level folders."""
    folder = Path(os.path.abspath(path)).parent
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    if not missing:
        if not folder.is_dir():
            raise WriteError(f"{path}: {folder} is not a folder; nothing was written")
        return []
    if not folder.is_dir():
        raise WriteError(f"{path}: {folder} is not a folder; nothing was written")
    if folder.parent == folder:
        raise WriteError(f"{path}: the folder {missing[-1]} does not exist, and termaid does not "
                         "create folders at the filesystem root; create it first")
    created = []
    for new in reversed(missing):
        try:
            new.mkdir()
        except FileExistsError:
            continue
        except OSError as exc:
            raise _fail(new, exc, "be created as a folder") from None
        created.append(new)
    return created


def line_end(data: bytes) -> str:
    """The line end *data* mostly uses: ``"\\r\\n"`` or ``"\\n"`` (also for no line at all)."""
    crlf = data.count(b"\r\n")
    return "\r\n" if crlf and crlf * 2 >= data.count(b"\n") else "\n"


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def clean_temps(target: Path) -> list[Path]:
    """Remove the temporary files of writes of *target* whose process is gone; returns them."""
    real = real_target(target)
    removed = []
    try:
        candidates = list(real.parent.glob(f".{_glob_escape(real.name)}.*{TEMP_SUFFIX}"))
    except OSError:
        return []
    # termaid 0.1 wrote ".NAME.RANDOM.tmp" with no process id: stale once an hour old
    try:
        legacy = [p for p in real.parent.glob(f".{_glob_escape(real.name)}.*.tmp")
                  if time.time() - p.stat().st_mtime > LEGACY_AGE]
    except OSError:
        legacy = []
    for temp in candidates:
        pid_part = temp.name[len(real.name) + 2:-len(TEMP_SUFFIX)].partition("-")[0]
        if pid_part.isdigit() and _alive(int(pid_part)):
            continue
        legacy.append(temp)
    for temp in legacy:
        try:
            temp.unlink()
            removed.append(temp)
        except OSError:
            pass
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fail(path: Path, exc: OSError, doing: str) -> WriteError:
    why = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        why = "no space left on the device"
    return WriteError(f"{path}: cannot {doing}: {why}; the file was left as it was")


class _Staged:
    """A new content written beside its target, ready to be put in place."""

    def __init__(self, target: Path, data: bytes) -> None:
        self.shown = target
        self.real = real_target(target)
        self.how = "rename"
        self.mode = 0o666
        self.owner: tuple[int, int] | None = None
        try:
            st = os.stat(self.real)
        except FileNotFoundError:
            st = None
        except OSError as exc:
            raise _fail(target, exc, "be written") from None
        if st is not None:
            if stat.S_ISDIR(st.st_mode):
                raise WriteError(f"{target}: is a directory, not a file; nothing was written")
            if not stat.S_ISREG(st.st_mode):
                raise WriteError(f"{target}: is not a regular file (a device or a pipe); "
                                 "name a file to write")
            if not st.st_mode & 0o222:
                raise WriteError(f"{target}: is read-only (mode {stat.S_IMODE(st.st_mode):04o}); "
                                 "make it writable (chmod u+w) to change it; nothing was written")
            self.mode = stat.S_IMODE(st.st_mode)
            self.owner = (st.st_uid, st.st_gid)
            if st.st_nlink > 1:
                self.how = "copy"
        folder = self.real.parent
        if not folder.is_dir():
            raise WriteError(f"{target}: the folder {folder} does not exist; nothing was written")
        clean_temps(self.real)
        self.temp = folder / f".{self.real.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            fd = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, self.mode)
        except OSError as exc:
            raise _fail(target, exc, f"create a temporary file in {folder}") from None
        try:
            with os.fdopen(fd, "wb") as handle:
                if st is not None:
                    os.fchmod(handle.fileno(), self.mode)  # the umask may have taken bits
                    uid, gid = st.st_uid, st.st_gid
                    if (uid, gid) != (os.geteuid(), os.getegid()):
                        try:
                            os.fchown(handle.fileno(), uid, gid)
                        except OSError:
                            pass
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            self.discard()
            raise _fail(target, exc, "be written") from None

    def apply(self) -> None:
        put_in_place(self.temp, self.real, self.how)

    def discard(self) -> None:
        try:
            self.temp.unlink(missing_ok=True)
        except OSError:
            pass

    def record(self) -> dict[str, str]:
        return {"temp": str(self.temp), "target": str(self.real), "how": self.how}


def put_in_place(temp: Path, target: Path, how: str) -> None:
    """Move the content of *temp* to *target*: by renaming, or by copying it into *target*
    in place (keeps hard links) and then removing *temp*."""
    if how == "rename":
        os.replace(temp, target)
    else:
        with open(temp, "rb") as source, open(target, "r+b") as dest:
            while chunk := source.read(1 << 20):
                dest.write(chunk)
            dest.truncate()
            dest.flush()
            os.fsync(dest.fileno())
        temp.unlink()
    _fsync_dir(target.parent)


def write_atomic(path: Path, data: bytes) -> None:
    """Write *data* to *path* (see the module docstring): old content or new, never a mix."""
    staged = _Staged(path, data)
    if staged.how == "rename":
        try:
            staged.apply()
        except OSError as exc:
            staged.discard()
            raise _fail(path, exc, "be replaced") from None
        return
    commit_staged([staged], journal=staged.real.parent / f".{staged.real.name}.{_JOURNAL}")


def commit(files: Mapping[Path, bytes], *, journal: Path) -> None:
    """Write every file of *files* as one change, through the *journal* (see
    :func:`journal_path`): after a crash, :func:`recover` leaves all of them old or all new.

    The caller holds the glossary's write lock (:func:`glossary.lock.glossary_lock`).
    """
    recover(journal)
    staged: list[_Staged] = []
    try:
        for path, data in files.items():
            staged.append(_Staged(path, data))
    except BaseException:
        for s in staged:
            s.discard()
        raise
    if len(staged) == 1 and staged[0].how == "rename":
        try:
            staged[0].apply()
        except OSError as exc:
            staged[0].discard()
            raise _fail(staged[0].shown, exc, "be replaced") from None
        return
    commit_staged(staged, journal=journal)


def commit_staged(staged: list[_Staged], *, journal: Path) -> None:
    """Write the journal of *staged* (the commit), put each in place, remove the journal."""
    record = json.dumps({"version": 1, "files": [s.record() for s in staged]}).encode()
    temp = journal.with_name(f"{journal.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")
    try:
        with open(temp, "wb") as handle:
            handle.write(record)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, journal)
        _fsync_dir(journal.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        for s in staged:
            s.discard()
        raise _fail(staged[0].shown, exc, "be written (the commit journal)") from None
    # committed: from here on the new state is what a reader gets, now or after recover()
    try:
        for s in staged:
            s.apply()
    except OSError as exc:
        raise WriteError(f"{journal.parent}: the change was committed but not yet put in place "
                         f"({exc.strerror}); the next run finishes it") from None
    journal.unlink()
    _fsync_dir(journal.parent)


def recover(journal: Path) -> bool:
    """Finish the commit *journal* records, if any (a crash stopped it after the moment of
    commit), and remove its temporary files; True when there was one to finish.

    The caller holds the glossary's write lock.
    """
    try:
        data = journal.read_bytes()
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise WriteError(f"{journal}: cannot read the commit journal: {exc.strerror}") from None
    try:
        files = [(Path(f["temp"]), Path(f["target"]), str(f["how"])) for f in json.loads(data)["files"]]
    except (ValueError, KeyError, TypeError):
        files = []  # cannot happen (the journal is renamed into place whole); drop it
    try:
        for temp, target, how in files:
            if temp.exists():
                put_in_place(temp, target, how)
        journal.unlink()
        _fsync_dir(journal.parent)
    except OSError as exc:
        raise WriteError(f"{journal.parent}: cannot finish an interrupted write of the glossary "
                         f"({exc.strerror})") from None
    return True
