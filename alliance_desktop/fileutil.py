"""Small file helpers shared by the commands, the storage layer and the UI. Qt-free.

The one place that says:
- whether two paths name the same file (`same_file`), and whether a path is a project file or one of
  SQLite's companions of it (`is_project_or_companion`), compared by file identity, not by spelling;
- how an input file is read (`read_input_file`: a regular file only, at most `MAX_INPUT_BYTES`), so a
  named pipe, a device or a huge file ends in a clear refusal instead of a hang or a MemoryError;
- how an output file is written (`atomic_output` / `write_bytes_atomically`: a temporary file in the
  target folder, then an atomic replace; never onto the file it was made from).

Callers translate the exceptions into one line in the user's language; nothing here imports i18n.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO, Iterator

#: the largest JSON or CSV file read as input (docs/file-format.md, "Limits")
MAX_INPUT_BYTES = 64 * 1024 * 1024

#: SQLite's companion files of a database (rollback journal; WAL files of a foreign writer)
COMPANION_SUFFIXES = ("-journal", "-wal", "-shm")


class InputFileError(OSError):
    """An input path that is not a readable regular file of a sane size.

    `kind` is one of "missing", "folder", "not-regular", "too-large", "permission", "other"."""

    def __init__(self, kind: str, path: Path | str, reason: str = "", cause: BaseException | None = None):
        super().__init__(reason or kind)
        self.kind = kind
        self.path = str(path)
        self.reason = reason
        self.cause = cause  # the system's refusal ("other"), for the message to say why in the user's language


class SameFileError(OSError):
    """An output target that is the input (or the open project, or one of its companions)."""

    def __init__(self, target: Path | str, source: Path | str):
        super().__init__(f"{target} is {source}")
        self.target = str(target)
        self.source = str(source)


def _normal(path: Path | str) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(os.fspath(path))))


def same_file(a: Path | str, b: Path | str) -> bool:
    """Do `a` and `b` name one file? By identity when both exist (links, `..`, case on Windows,
    8.3 names), else by their resolved, case-normalised spelling. Never opens either file: on POSIX,
    closing any descriptor of the open project would drop its SQLite lock."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        try:
            return _normal(a) == _normal(b)
        except (OSError, ValueError):
            return False


def is_project_or_companion(path: Path | str, project: Path | str | None) -> bool:
    """Is `path` the project file `project`, or its `-journal`, `-wal` or `-shm`?"""
    if project is None:
        return False
    if same_file(path, project):
        return True
    return any(same_file(path, os.fspath(project) + suffix) for suffix in COMPANION_SUFFIXES)


def read_input_file(path: Path | str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; InputFileError otherwise.

    The file is checked before it is opened (a FIFO would block `open`), and read with a limit
    (a file that grows while read still cannot exhaust memory)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputFileError("missing", path) from None
    except PermissionError:
        raise InputFileError("permission", path) from None
    except (OSError, ValueError) as exc:
        raise InputFileError("other", path, getattr(exc, "strerror", None) or str(exc), exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise InputFileError("folder", path)
    if not stat.S_ISREG(st.st_mode):
        raise InputFileError("not-regular", path)
    if st.st_size > limit:
        raise InputFileError("too-large", path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    except PermissionError:
        raise InputFileError("permission", path) from None
    except OSError as exc:
        raise InputFileError("other", path, exc.strerror or str(exc), exc) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped between stat and open
            raise InputFileError("not-regular", path)
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise InputFileError("too-large", path)
        return b"".join(chunks)
    except OSError as exc:
        if isinstance(exc, InputFileError):
            raise
        raise InputFileError("other", path, exc.strerror or str(exc), exc) from None
    finally:
        os.close(fd)


def _check_target(path: Path, sources: tuple[Path | str | None, ...]) -> None:
    for source in sources:
        if source is not None and is_project_or_companion(path, source):
            raise SameFileError(path, source)


@contextlib.contextmanager
def atomic_output(path: Path | str, *, not_onto: tuple[Path | str | None, ...] = ()) -> Iterator[BinaryIO]:
    """Write a file whole or not at all: a temporary file in the target folder, flushed to disk, then
    an atomic replace. The target may not be any of `not_onto` (the input, the open project) or
    their SQLite companions: SameFileError, before anything is written."""
    path = Path(path)
    _check_target(path, not_onto)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a saved file should get the usual rights
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _check_target(path, not_onto)  # the target may have been made a link to the source meanwhile
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes_atomically(path: Path, data: bytes, *, not_onto: tuple[Path | str | None, ...] = ()) -> None:
    """Write beside the target, then replace: a failed write never leaves half a file."""
    with atomic_output(path, not_onto=not_onto) as fh:
        fh.write(data)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: characters Windows refuses in a file name
WINDOWS_RESERVED = '<>:"/\\|?*'


def safe_file_stem(name: str, limit: int = 100, default: str = "alliance") -> str:
    """A name (a project's, say) made fit for a suggested file name on every system: the characters Windows
    refuses and control characters become spaces, runs of spaces one, no dot or space at the end (Windows
    drops them), at most `limit` characters; `default` when nothing is left."""
    cleaned = "".join(" " if c in WINDOWS_RESERVED or ord(c) < 32 else c for c in name)
    return " ".join(cleaned.split())[:limit].rstrip(" .") or default


def write_text_atomically(path: Path, text: str, *, not_onto: tuple[Path | str | None, ...] = ()) -> None:
    write_bytes_atomically(path, text.encode("utf-8"), not_onto=not_onto)
