"""The project file: open, create, check, write-through, backups and copies.

A project file is an SQLite database (see `schema`). Opening one is careful:

1. the 100-byte header is read *before* SQLite touches the file, telling apart a
   missing path, a folder, an empty file, something that is not SQLite at all,
   another program's database, a damaged or truncated file and a file made by a
   newer version;
2. SQLite opens it with a `file:` URI in `mode=rw` (never creating a file by
   accident), or `mode=ro` for read-only files, folders and `check`;
3. `trusted_schema=OFF`, then the schema must be exactly the one this version
   expects (no unknown tables, triggers or views), then `PRAGMA quick_check`;
4. the rows are read into a `Plan` and validated.

A file opened for editing is locked (`locking_mode=EXCLUSIVE`, taken at open), so a
second window or program gets "open in another window". Each `write` is one
transaction (rollback journal, `synchronous=FULL`), so the file on disk is always
complete and current. Copies use the SQLite backup API into a temporary file beside
the target, are checked, and then moved into place (`_database_output`), never onto an
open project or its journal.

A hot journal (a write cut short) is played back by a writable open only after the file and
the journal are copied into the backups folder; when the result is refused (the journal was
another file's), the file is put back as it was and the journal stays only as its copy.
`check` tries the playback on temporary copies and says which case it is.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import os
import re
import shutil
import sqlite3
import stat
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Self


from .. import fileutil, paths
from ..core import model as m
from ..core.errors import AllianceError, PlanError
from ..core.validation import validate_plan
from ..i18n import translate
from . import rows, schema

SUFFIX = ".alliance"
BUSY_TIMEOUT_S = 0.05  # fail fast when another window holds the file
BACKUPS_KEPT = 10
HEADER_SIZE = 100
SQLITE_MAGIC = b"SQLite format 3\x00"
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")


# ---------------------------------------------------------------- errors


class StorageError(AllianceError):
    """A project file cannot be opened, checked or saved; `kind` says why, the message says it to the user."""

    MISSING = "missing"  # no such path
    FOLDER = "folder"  # the path is a folder
    EMPTY = "empty"  # a file of 0 bytes
    NOT_PROJECT = "not_project"  # not an SQLite file at all (random bytes, text, ...)
    FOREIGN = "foreign"  # an SQLite database of another program (application_id differs)
    DAMAGED = "damaged"  # truncated, bad header, damaged pages (quick_check, "malformed")
    NEWER = "newer"  # made by a newer version (user_version > SCHEMA_VERSION)
    LOCKED = "locked"  # open in another window or program
    INVALID = "invalid"  # SQLite file with our id whose schema is not what this version expects
    BAD_CONTENT = "bad_content"  # the rows cannot be read back into a plan, or the plan is invalid
    INTERRUPTED = "interrupted"  # a hot journal needs recovery but the file was opened read-only
    STRAY_JOURNAL = "stray_journal"  # a hot journal beside the file that does not fit it (check)
    JOURNAL_SET_ASIDE = "journal_set_aside"  # such a journal was played, undone and moved aside (open)
    UNREADABLE = "unreadable"  # no permission to read
    READ_ONLY = "read_only"  # writing to a file opened read-only
    EXISTS = "exists"  # create/copy/restore refuses to overwrite
    OPEN_PROJECT = "open_project"  # a copy or new file aimed at an open project file (or its journal)
    WRITE_FAILED = "write_failed"  # I/O error, disk full, ... while saving
    CLOSED = "closed"  # the ProjectFile was closed

    def __init__(self, kind: str, message: str, path: Path | str | None = None, detail: str = ""):
        super().__init__(message)
        self.kind = kind
        self.path = Path(path) if path is not None else None
        self.detail = detail  # technical detail (English, for the log), never shown alone


def _error(kind: str, path: Path | str, detail: str = "", **fields: object) -> StorageError:
    text = _MESSAGES[kind]().format(path=path, **fields)
    return StorageError(kind, " ".join(text.split()), path, detail)


# Message builders (functions, so the text is translated in the language current at raise time).
_MESSAGES: dict[str, Callable[[], str]] = {
    StorageError.MISSING:
        lambda: translate("Storage", "The file “{path}” does not exist."),
    StorageError.FOLDER:
        lambda: translate("Storage", "“{path}” is a folder, not a project file."),
    StorageError.EMPTY:
        lambda: translate("Storage", "The file “{path}” is empty; it is not an Alliance Planner project."),
    StorageError.NOT_PROJECT:
        lambda: translate("Storage", "The file “{path}” is not an Alliance Planner project file."),
    StorageError.FOREIGN:
        lambda: translate("Storage", "The file “{path}” is another program's SQLite database, not an Alliance Planner project."),
    StorageError.DAMAGED:
        lambda: translate("Storage", "The project file “{path}” is damaged or incomplete; restore it from a backup."),
    StorageError.NEWER:
        lambda: translate("Storage", "The file “{path}” was made by a newer version of Alliance Planner (file version {found}, this version reads up to {supported}); update the app to open it."),
    StorageError.LOCKED:
        lambda: translate("Storage", "The file “{path}” is open in another window or program; close it there first."),
    StorageError.INVALID:
        lambda: translate("Storage", "The file “{path}” is not a valid project file ({reason})."),
    StorageError.BAD_CONTENT:
        lambda: translate("Storage", "The file “{path}” holds data this version cannot use: {problem}"),
    StorageError.INTERRUPTED:
        lambda: translate("Storage", "The file “{path}” was not closed properly; open it in Alliance Planner with write access to recover it."),
    StorageError.STRAY_JOURNAL:
        lambda: translate("Storage", "Beside the file “{path}” is the journal of an interrupted save, “{journal}”, that does not fit the file; playing it back would damage it. Opening the file in Alliance Planner keeps the file as it is and moves the journal to the backups folder."),
    StorageError.JOURNAL_SET_ASIDE:
        lambda: translate("Storage", "Beside the file “{path}” was the journal of an interrupted save that does not fit the file. The file was kept as it was, and the journal was moved to “{journal}” (a copy of the file as it was: “{copy}”). Open the file again."),
    StorageError.UNREADABLE:
        lambda: translate("Storage", "The file “{path}” cannot be read: {problem}."),
    StorageError.READ_ONLY:
        lambda: translate("Storage", "The file “{path}” is open read-only; changes cannot be saved."),
    StorageError.EXISTS:
        lambda: translate("Storage", "“{path}” already exists; choose another name."),
    StorageError.OPEN_PROJECT:
        lambda: translate("Storage", "“{path}” is an open project file or belongs to one; choose another name."),
    StorageError.WRITE_FAILED:
        lambda: translate("Storage", "Could not save “{path}”: {problem}."),
    StorageError.CLOSED:
        lambda: translate("Storage", "The project file “{path}” is closed."),
}


def _reason_unexpected_schema() -> str:
    return translate("Storage", "unexpected tables, triggers or views")


def _reason_wal() -> str:
    return translate("Storage", "it uses a write-ahead log")


def _reason_version() -> str:
    return translate("Storage", "its version history does not match its version number")


def _reason_older() -> str:
    return translate("Storage", "it was made by an older version and must be updated, which needs write access")


def _problem_text(exc: BaseException) -> str:
    """A short, translated description of an I/O problem."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    err = getattr(exc, "errno", None)
    if name.startswith("SQLITE_FULL") or err == errno.ENOSPC:
        return translate("Storage", "the disk is full")
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM")) or err in (errno.EACCES, errno.EPERM, errno.EROFS):
        return translate("Storage", "permission denied")
    if name.startswith("SQLITE_CANTOPEN") or err == errno.ENOENT:
        return translate("Storage", "the folder does not exist or cannot be written to")
    if name.startswith("SQLITE_IOERR") or isinstance(exc, OSError):
        return translate("Storage", "a disk or network error occurred")
    return str(exc)


def write_failed(path: Path | str, exc: OSError) -> StorageError:
    """The user's explanation of a failed write (disk full, no permission, ...)."""
    return _error(StorageError.WRITE_FAILED, path, str(exc), problem=_problem_text(exc))


def _classify(exc: sqlite3.Error, path: Path, *, writing: bool = False) -> StorageError:
    """Turn an SQLite exception into the user's explanation."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    detail = f"{name}: {exc}"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return _error(StorageError.LOCKED, path, detail)
    if name == "SQLITE_READONLY_ROLLBACK":
        return _error(StorageError.INTERRUPTED, path, detail)
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text or name == "SQLITE_NOTADB" \
            or "not a database" in text:
        return _error(StorageError.DAMAGED, path, detail)
    if writing or name.startswith(("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN")):
        if not writing and name.startswith("SQLITE_CANTOPEN"):
            return _error(StorageError.UNREADABLE, path, detail, problem=translate("Storage", "permission denied"))
        return _error(StorageError.WRITE_FAILED, path, detail, problem=_problem_text(exc))
    return _error(StorageError.DAMAGED, path, detail)


# ---------------------------------------------------------------- the header


def _u16(b: bytes, at: int) -> int:
    return int.from_bytes(b[at:at + 2], "big")


def _u32(b: bytes, at: int) -> int:
    return int.from_bytes(b[at:at + 4], "big")


def _has_hot_journal(path: Path) -> bool:
    """A rollback journal beside the file that SQLite may need to play back (crash during a write)."""
    try:
        with open(str(path) + "-journal", "rb") as f:
            return f.read(8) == JOURNAL_MAGIC
    except OSError:
        return False


# Files this process holds open as ProjectFiles, by (device, inode). With POSIX locks, closing *any*
# descriptor of a file drops every lock the process holds on it, so nothing here may open and close
# such a file behind SQLite's back: a second open of it in this process is refused before reading it.
_open_here: dict[tuple[int, int], Path] = {}


def _file_id(path: Path | str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if st.st_ino else None  # some network shares give no file ids


def inspect_header(path: Path | str) -> int:
    """Check a path before SQLite opens it; return the file's schema version (user_version).

    Raises StorageError for a missing path, a folder, an empty file, a file that is not
    SQLite, another program's database, a damaged or truncated file, or a newer version,
    and for a file this process already has open (LOCKED).
    """
    path = Path(path)
    if _file_id(path) in _open_here:
        raise _error(StorageError.LOCKED, path, "open in this process")
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise _error(StorageError.MISSING, path) from None
    except NotADirectoryError:
        raise _error(StorageError.MISSING, path) from None
    except PermissionError as exc:
        raise _error(StorageError.UNREADABLE, path, str(exc), problem=_problem_text(exc)) from None
    except OSError as exc:
        raise _error(StorageError.MISSING, path, str(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise _error(StorageError.FOLDER, path)
    if not stat.S_ISREG(st.st_mode):
        raise _error(StorageError.NOT_PROJECT, path, "not a regular file")
    try:
        with open(path, "rb") as f:
            header = f.read(HEADER_SIZE)
    except OSError as exc:
        raise _error(StorageError.UNREADABLE, path, str(exc), problem=_problem_text(exc)) from None
    size = st.st_size
    if size == 0 or not header:
        raise _error(StorageError.EMPTY, path)
    if not header.startswith(SQLITE_MAGIC[: len(header)]):
        raise _error(StorageError.NOT_PROJECT, path, "no SQLite header")
    if len(header) < HEADER_SIZE:
        raise _error(StorageError.DAMAGED, path, f"only {len(header)} bytes")
    page_size = _u16(header, 16)
    if page_size == 1:
        page_size = 65536
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        raise _error(StorageError.DAMAGED, path, f"invalid page size {page_size}")
    if header[21:24] != b"\x40\x20\x20":
        raise _error(StorageError.DAMAGED, path, "invalid payload fractions")
    if _u32(header, 68) != schema.APPLICATION_ID:
        raise _error(StorageError.FOREIGN, path, f"application_id {_u32(header, 68):#x}")
    if not _has_hot_journal(path):  # a crash mid-write may leave the file inconsistent until recovered
        if size % page_size:
            raise _error(StorageError.DAMAGED, path, f"size {size} is not a multiple of the page size {page_size}")
        pages = _u32(header, 28)
        if pages and _u32(header, 24) == _u32(header, 92) and size < pages * page_size:
            raise _error(StorageError.DAMAGED, path, f"truncated: {size} bytes < {pages} pages of {page_size}")
    version = _u32(header, 60)
    if version > schema.SCHEMA_VERSION:
        raise _error(StorageError.NEWER, path, found=version, supported=schema.SCHEMA_VERSION)
    if version < 1:
        raise _error(StorageError.INVALID, path, "user_version 0", reason=_reason_version())
    if header[18] == 2 or header[19] == 2:
        raise _error(StorageError.INVALID, path, "WAL mode", reason=_reason_wal())
    return version


# ---------------------------------------------------------------- connections


def _uri(path: Path, mode: str) -> str:
    """A `file:` URI for SQLite: absolute, percent-encoded (non-ASCII, spaces, ?, #), drive letters and UNC kept."""
    text = os.path.abspath(path).replace(os.sep, "/")
    if not text.startswith("/"):
        text = "/" + text  # C:/x -> /C:/x
    return "file://" + urllib.parse.quote(text, safe="/:") + f"?mode={mode}"


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    return sqlite3.connect(_uri(path, mode), uri=True, timeout=BUSY_TIMEOUT_S)


def _configure(conn: sqlite3.Connection, *, writable: bool, exclusive: bool) -> None:
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    if exclusive:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    if writable:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction: committed whole, or rolled back whole."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _verify(conn: sqlite3.Connection, path: Path, *, allow_older: bool = False, references: bool = True) -> int:
    """Checks on an open connection: identity, version, schema, quick_check, and (`references`) the foreign
    keys; a caller that reads the plan next leaves these to `_read_plan`, which names a broken reference.
    Returns the schema version."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != schema.APPLICATION_ID:
        raise _error(StorageError.FOREIGN, path, f"application_id {app_id:#x}")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema.SCHEMA_VERSION:
        raise _error(StorageError.NEWER, path, found=version, supported=schema.SCHEMA_VERSION)
    if version < 1:
        raise _error(StorageError.INVALID, path, f"user_version {version}", reason=_reason_version())
    if version < schema.SCHEMA_VERSION and not allow_older:
        raise _error(StorageError.INVALID, path, f"user_version {version}", reason=_reason_older())
    extra, missing = schema.schema_differences(conn, version)
    if extra or missing:
        raise _error(StorageError.INVALID, path, f"unexpected: {extra}; missing or different: {missing}",
                     reason=_reason_unexpected_schema())
    applied = schema.applied_migrations(conn)
    if applied != list(schema.MIGRATION_NAMES[:version]):
        raise _error(StorageError.INVALID, path, f"migrations {applied}", reason=_reason_version())
    # A CHECK constraint broken by a hand edit is content, not damage (and SQLite reports it only on a
    # writable connection): reading the rows refuses it, naming the thing, the same for check and open.
    problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()
                if not str(row[0]).startswith("CHECK constraint failed")] or ["ok"]
    if problems != ["ok"]:
        raise _error(StorageError.DAMAGED, path, "; ".join(map(str, problems[:5])))
    if references:
        _check_references(conn, path)
    return version


def _check_references(conn: sqlite3.Connection, path: Path) -> None:
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise _error(StorageError.DAMAGED, path, f"foreign keys: {broken[:5]}")


def _read_plan(conn: sqlite3.Connection, path: Path) -> m.Plan:
    """The plan the file holds, checked by the same rules as an import (validation.validate_plan):
    what import-json refuses, opening and `check` refuse, naming the thing as the user sees it."""

    def read(table: rows.Table) -> list[tuple]:
        return conn.execute(table.select_sql()).fetchall()

    try:
        plan = rows.load_sections(read)
    except rows.RowError as exc:
        raise _error(StorageError.BAD_CONTENT, path, str(exc), problem=exc.message(read)) from None
    try:
        validate_plan(plan)
    except PlanError as exc:
        raise _error(StorageError.BAD_CONTENT, path, exc.field, problem=exc.message) from None
    _check_references(conn, path)  # (the rows and the rules above name every broken reference first)
    return plan


@contextmanager
def _sqlite_errors(path: Path, *, writing: bool = False) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        raise _classify(exc, path, writing=writing) from None


def remove_quietly(path: Path | str) -> None:
    """Remove a file and any journal beside it; a file that is gone or in use is left be."""
    for p in (str(path), str(path) + "-journal"):
        try:
            os.remove(p)
        except FileNotFoundError:
            pass
        except OSError:
            pass


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temp_beside(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")


def _place_new(tmp: Path, target: Path) -> None:
    """Move a finished temp file to `target`, refusing to overwrite anything already there."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise _error(StorageError.EXISTS, target) from None
    except OSError:
        # No hard links here (FAT, some shares): check, then rename. Small race, same outcome.
        if os.path.lexists(target):
            raise _error(StorageError.EXISTS, target) from None
        os.replace(tmp, target)
    else:
        os.remove(tmp)


@contextmanager
def _database_output(target: Path, *, overwrite: bool, sync_folder: bool = True,
                     not_onto: tuple[Path, ...] = ()) -> Iterator[Path]:
    """A new database file written whole or not at all (fileutil.atomic_output's idea, for SQLite files).

    Yields a temporary path beside `target` for the caller to fill (SQLite writes it, so no file object
    is handed out); then moves it into place: replacing a file there (`overwrite`) or refusing one
    (EXISTS), and refusing an open project file or its journal (OPEN_PROJECT) at that moment too. On
    any failure the temporary file and its journal are removed; an OSError becomes WRITE_FAILED."""
    tmp = _temp_beside(target)
    try:
        yield tmp
        _refuse_open_project(target, *not_onto)
        if overwrite:
            os.replace(tmp, target)
            with contextlib.suppress(FileNotFoundError):  # the replaced file's journal would be played into ours
                os.remove(_journal_of(target))
        else:
            _place_new(tmp, target)
    except OSError as exc:
        remove_quietly(tmp)
        raise write_failed(target, exc) from None
    except BaseException:
        remove_quietly(tmp)
        raise
    if sync_folder:
        _fsync_dir(target.parent)


def _refuse_open_project(target: Path, *also: Path) -> None:
    """A file about to be written may not be a project open in this process (or `also`), nor its journal."""
    for open_path in (*also, *_open_here.values()):
        if fileutil.is_project_or_companion(target, open_path):
            raise _error(StorageError.OPEN_PROJECT, target)


def _check_target(target: Path) -> None:
    """A path we are about to create: its folder must exist and it must not exist yet."""
    if os.path.isdir(target):
        raise _error(StorageError.FOLDER, target)
    _refuse_open_project(target)
    if os.path.lexists(target):
        raise _error(StorageError.EXISTS, target)
    if not target.parent.is_dir():
        raise _error(StorageError.WRITE_FAILED, target,
                     problem=translate("Storage", "the folder does not exist or cannot be written to"))


def _copy_database(source: sqlite3.Connection, tmp: Path, label: Path) -> None:
    """Copy with the backup API into `tmp` (a new, normal file) and verify the copy."""
    dest = sqlite3.connect(_uri(tmp, "rwc"), uri=True)
    try:
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.execute("PRAGMA synchronous = FULL")
        source.backup(dest)
        if dest.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise _error(StorageError.WRITE_FAILED, label, "copy failed quick_check",
                         problem=translate("Storage", "the copy could not be verified"))
    finally:
        dest.close()


def _is_locked_elsewhere(target: Path) -> bool:
    """True when `target` is an SQLite file another window or program has open for writing."""
    if not os.path.isfile(target):
        return False
    try:  # read-only: a writable connection would play back a hot journal beside the target
        conn = _connect(target, "ro")
    except sqlite3.Error:
        return False
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("COMMIT")
        return False
    except sqlite3.Error as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))
    finally:
        conn.close()


def _writable_place(path: Path) -> bool:
    """Can this file be edited in place (file and folder writable; the folder takes the journal)?"""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return False
    probe = path.parent / f".alliance-probe-{os.urandom(4).hex()}"
    try:  # os.access can say yes where writing fails (Windows folders, some shares): try it
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except OSError:
        return False
    os.close(fd)
    try:
        os.remove(probe)
    except OSError:
        pass
    return True


# ---------------------------------------------------------------- hot journals

# Refusals after a journal was played back that mean the journal did not fit the file: undo the playback.
# (Not LOCKED, UNREADABLE or WRITE_FAILED: there the journal is still needed and SQLite retries it later.)
_PLAYBACK_REFUSED = frozenset({StorageError.DAMAGED, StorageError.INVALID, StorageError.BAD_CONTENT,
                               StorageError.FOREIGN, StorageError.NEWER, StorageError.NOT_PROJECT,
                               StorageError.EMPTY})
_ASIDE_TAG = "-before-recovery"
RECOVERY_COPIES_KEPT = 3  # pairs (file, journal) per project name in the backups folder


def _journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _needs_recovery(path: Path) -> bool:
    """Would SQLite play a journal back into this file at the next writable open? (A hot journal: no
    other connection is writing, so asked read-only, SQLite says it needs a rollback.)"""
    if not _has_hot_journal(path):
        return False
    conn = None
    try:
        conn = _connect(path, "ro")
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("COMMIT")
        return False
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"
    finally:
        if conn is not None:
            conn.close()


def _copy_synced(source: Path, target: Path) -> None:
    """Copy a closed file to a new path (never over another file) and flush it to disk; a copy cut short
    is removed."""
    with open(source, "rb") as original, open(target, "xb") as created:
        try:
            shutil.copyfileobj(original, created)
            created.flush()
            os.fsync(created.fileno())
        except BaseException:
            with contextlib.suppress(OSError):
                os.remove(target)
            raise


def _set_aside(path: Path) -> tuple[Path, Path]:
    """Copy a file and its hot journal into the backups folder (else the file's own folder) before
    SQLite plays the journal back; returns (copy of the file, copy of the journal). The journal's copy
    is not named `…-journal`, so SQLite never plays it into the copy. Raises WRITE_FAILED when no copy
    can be made: then the journal is not played."""
    stamp = _dt.datetime.now().strftime(_STAMP)
    folders: list[Callable[[], Path]] = [backup_folder, lambda: path.parent]
    for folder_of in folders:
        try:
            folder = folder_of()
            for n in range(1, 100):
                base = f"{path.stem}-{stamp}{_ASIDE_TAG}" + (f"_{n}" if n > 1 else "")
                copy, journal = folder / (base + SUFFIX), folder / (base + ".journal")
                if not (os.path.lexists(copy) or os.path.lexists(journal)):
                    break
            made: list[Path] = []
            try:
                for source, target in ((path, copy), (_journal_of(path), journal)):
                    _copy_synced(source, target)
                    made.append(target)
            except BaseException:
                for target in made:  # (a copy cut short removed itself; a name taken meanwhile is not ours)
                    with contextlib.suppress(OSError):
                        os.remove(target)
                raise
            _fsync_dir(folder)
        except OSError:
            continue
        _prune_recovery_copies(folder, path.stem)
        return copy, journal
    raise _error(StorageError.WRITE_FAILED, path, "no copy before recovery",
                 problem=translate("Storage", "a copy could not be made before recovering the file"))


def _prune_recovery_copies(folder: Path, stem: str) -> None:
    """Keep the newest RECOVERY_COPIES_KEPT pairs of copies made before recovering this project."""
    pattern = re.compile(re.escape(stem) + r"-(\d{8}-\d{6})" + _ASIDE_TAG + r"(?:_(\d+))?(?:" + re.escape(SUFFIX)
                         + r"|\.journal)$")
    try:
        found: dict[tuple[str, int], list[str]] = {}
        for name in os.listdir(folder):
            match = pattern.match(name)
            if match:
                found.setdefault((match.group(1), int(match.group(2) or 1)), []).append(name)
        for key in sorted(found, reverse=True)[RECOVERY_COPIES_KEPT:]:
            for name in found[key]:
                os.remove(folder / name)
    except OSError:
        pass


def _undo_recovery(path: Path, aside: tuple[Path, Path], refusal: StorageError) -> StorageError:
    """A played-back journal left a file that is refused: put the file back as it was, and take the
    journal away (its copy is kept), so it is not played again. Returns the error to raise."""
    copy, journal_copy = aside
    tmp = _temp_beside(path)
    try:
        _copy_synced(copy, tmp)
        os.replace(tmp, path)
        with contextlib.suppress(FileNotFoundError):
            os.remove(_journal_of(path))  # SQLite normally deleted it after playing it
        _fsync_dir(path.parent)
    except OSError as exc:
        remove_quietly(tmp)
        return _error(StorageError.WRITE_FAILED, path, f"{refusal.detail}; restoring failed: {exc}",
                      problem=translate("Storage", "it could not be put back as it was before recovery; "
                                                   "a copy of it is “{copy}”").format(copy=copy))
    return _error(StorageError.JOURNAL_SET_ASIDE, path, refusal.detail, journal=journal_copy, copy=copy)


def _trial_recovery(path: Path) -> StorageError | None:
    """Play a hot journal back into copies of the file and its journal (in a temporary folder) and check
    the result as an open would. None when it gives a sound file (or no trial could be made)."""
    import tempfile

    try:
        with tempfile.TemporaryDirectory(prefix="alliance-check-") as folder:
            trial = Path(folder) / "trial.alliance"
            _copy_synced(path, trial)
            _copy_synced(_journal_of(path), _journal_of(trial))
            conn = None
            try:
                with _sqlite_errors(trial):
                    conn = _connect(trial, "rw")
                    _configure(conn, writable=True, exclusive=True)
                    conn.execute("BEGIN EXCLUSIVE")
                    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                    conn.execute("COMMIT")
                    if _verify(conn, trial, allow_older=True, references=False) == schema.SCHEMA_VERSION:
                        _read_plan(conn, trial)
            except StorageError as exc:
                return exc if exc.kind in _PLAYBACK_REFUSED else None
            finally:
                if conn is not None:
                    conn.close()
    except OSError:
        return None
    return None


# ---------------------------------------------------------------- the open project


class ProjectFile:
    """An open project file: the plan as loaded and a locked connection that writes every edit through."""

    def __init__(self, path: Path, conn: sqlite3.Connection, plan: m.Plan, read_only: bool):
        self.path = path
        self.read_only = read_only
        self.plan = plan
        self.backup_path: Path | None = None  # the backup made when the file was opened
        self._conn: sqlite3.Connection | None = conn
        self._id = _file_id(path)
        if self._id is not None:
            _open_here[self._id] = path

    # --- opening

    @classmethod
    def open(cls, path: Path | str, *, backup: bool = True, read_only: bool = False) -> ProjectFile:
        """Open a project for editing (or read-only when asked, or when the file or its folder is read-only).

        Raises StorageError with the user's explanation. Holds the file locked until `close()`.
        """
        path = Path(path).absolute()
        inspect_header(path)
        if not read_only and not _writable_place(path):
            read_only = True
        # A hot journal is played back into the file by the open below. It may be another file's
        # (renamed or copied beside this one): copy both aside first, and undo a playback that damages.
        aside = _set_aside(path) if not read_only and _needs_recovery(path) else None
        conn = None
        try:
            with _sqlite_errors(path):
                try:
                    conn = _connect(path, "ro" if read_only else "rw")
                except sqlite3.OperationalError:
                    if read_only:
                        raise
                    read_only, conn = True, _connect(path, "ro")
                _configure(conn, writable=not read_only, exclusive=True)
                # Take the lock now, so a second window is refused at once (and a hot journal is played back).
                conn.execute("BEGIN EXCLUSIVE" if not read_only else "BEGIN")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                conn.execute("COMMIT")
                version = _verify(conn, path, allow_older=not read_only, references=False)
                if version < schema.SCHEMA_VERSION:
                    cls._migrate(conn, path)
                plan = _read_plan(conn, path)
        except StorageError as exc:
            if conn is not None:
                conn.close()
            if aside is not None and exc.kind in _PLAYBACK_REFUSED:
                raise _undo_recovery(path, aside, exc) from None
            raise
        except BaseException:
            if conn is not None:
                conn.close()
            raise
        pf = cls(path, conn, plan, read_only)
        if backup and not read_only:
            pf.backup_path = pf._backup_quietly()
        return pf

    @staticmethod
    def _migrate(conn: sqlite3.Connection, path: Path) -> None:
        """Bring an older file up to SCHEMA_VERSION, after a backup, in one transaction."""
        if make_backup(conn, path) is None:
            raise _error(StorageError.WRITE_FAILED, path, "backup before migration failed",
                         problem=translate("Storage", "a backup could not be made before updating the file"))
        import sqlite_utils  # only upgrades need sqlite-utils' Migrations

        db = sqlite_utils.Database(conn, execute_plugins=False)
        with _sqlite_errors(path, writing=True), db.atomic():
            schema.install(db)
        _verify(conn, path)

    @classmethod
    def create(cls, path: Path | str, plan: m.Plan) -> ProjectFile:
        """Create a new project file holding `plan` (refusing an existing path) and open it."""
        create_file(path, plan)
        return cls.open(path, backup=False)

    # --- writing

    def write(self, old: m.Plan, new: m.Plan) -> None:
        """Store `new` in one transaction, writing only the rows that differ from what the file holds.

        `old` is the plan the caller edited (normally `self.plan`); the difference is always taken
        against what is stored. Raises StorageError (read-only, I/O error: the file stays as it was)
        or PlanError (the new plan breaks a hard rule).
        """
        conn = self._require_open()
        if self.read_only:
            raise _error(StorageError.READ_ONLY, self.path)
        base = self.plan
        sections = m.changed_sections(base, new)
        if not sections:
            self.plan = new
            return
        validate_plan(new)
        changes = [c for s in sections for c in rows.section_changes(s, getattr(base, s), getattr(new, s))]
        if changes:
            with _sqlite_errors(self.path, writing=True), _transaction(conn):
                for change in changes:
                    spec = rows.TABLES[change.table]
                    if change.deletes:
                        conn.executemany(spec.delete_sql(), change.deletes)
                    if change.upserts:
                        conn.executemany(spec.upsert_sql(), change.upserts)
        self.plan = new

    # --- copies and backups

    def save_copy(self, target: Path | str) -> None:
        """Write a complete, checked copy of the project to `target` (replacing a file there)."""
        conn = self._require_open()
        target = Path(target).absolute()
        if os.path.isdir(target):
            raise _error(StorageError.FOLDER, target)
        _refuse_open_project(target, self.path)
        if _is_locked_elsewhere(target):
            raise _error(StorageError.LOCKED, target)
        with _database_output(target, overwrite=True, not_onto=(self.path,)) as tmp, _sqlite_errors(target, writing=True):
            _copy_database(conn, tmp, target)

    def backup(self) -> Path:
        """Make a rotating backup copy now; returns its path."""
        conn = self._require_open()
        result = make_backup(conn, self.path)
        if result is None:
            raise _error(StorageError.WRITE_FAILED, backup_folder(), "backup failed",
                         problem=translate("Storage", "a disk or network error occurred"))
        return result

    def _backup_quietly(self) -> Path | None:
        assert self._conn is not None
        return make_backup(self._conn, self.path)

    def read_from_disk(self) -> m.Plan:
        """The plan as stored in the file now, read through the open (locked) connection.

        Tests and the self-test use it to prove that what the window shows is what the file holds.
        """
        return _read_plan(self._require_open(), self.path)

    # --- closing

    def close(self) -> None:
        """Release the file (and its lock). Safe to call twice."""
        if self._conn is not None:
            conn, self._conn = self._conn, None
            conn.close()
            _open_here.pop(self._id, None)

    @property
    def closed(self) -> bool:
        return self._conn is None

    def _require_open(self) -> sqlite3.Connection:
        if self._conn is None:
            raise _error(StorageError.CLOSED, self.path)
        return self._conn

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else ("read-only" if self.read_only else "open")
        return f"<ProjectFile {str(self.path)!r} {state}>"


# ---------------------------------------------------------------- module functions


def _read_checked(path: Path | str) -> m.Plan:
    """Open read-only without locking it for long, run every check, read the plan. The file is not modified."""
    path = Path(path).absolute()
    inspect_header(path)
    conn = None
    try:
        with _sqlite_errors(path):
            conn = _connect(path, "ro")
            _configure(conn, writable=False, exclusive=False)
            conn.execute("BEGIN")
            try:
                _verify(conn, path, references=False)
                plan = _read_plan(conn, path)
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")
        return plan
    finally:
        if conn is not None:
            conn.close()


def check(path: Path | str) -> m.Plan:
    """Verify a project file (header, schema, quick_check, content, core validation) without changing it.

    Returns the plan; raises StorageError with a one-line, translated message. A file with a hot journal
    is INTERRUPTED when playing the journal back (tried on copies) gives a sound file, else STRAY_JOURNAL.
    """
    try:
        return _read_checked(path)
    except StorageError as exc:
        if exc.kind != StorageError.INTERRUPTED:
            raise
        refusal = _trial_recovery(Path(path).absolute())
        if refusal is None:
            raise
        raise _error(StorageError.STRAY_JOURNAL, exc.path or path, refusal.detail,
                     journal=_journal_of(Path(path))) from None


def load_plan(path: Path | str) -> m.Plan:
    """Read the plan of a project file (read-only, fully checked)."""
    return _read_checked(path)


def create_file(path: Path | str, plan: m.Plan) -> None:
    """Write `plan` as a new project file at `path`; never overwrites, never leaves a partial file.

    Raises PlanError for an invalid plan, StorageError for an existing path or I/O trouble.
    """
    path = Path(path).absolute()
    _check_target(path)
    validate_plan(plan)
    all_rows = rows.plan_rows(plan)
    with _database_output(path, overwrite=False) as tmp, _sqlite_errors(path, writing=True):
        conn = sqlite3.connect(_uri(tmp, "rwc"), uri=True)
        try:
            _configure(conn, writable=True, exclusive=False)
            with _transaction(conn):
                schema.install_fresh(conn)
                for name, table_rows in all_rows.items():
                    if table_rows:
                        conn.executemany(rows.TABLES[name].insert_sql(), table_rows)
            _verify(conn, path)
        finally:
            conn.close()


def copy_file(source: Path | str, target: Path | str) -> None:
    """Copy a closed project file to a new path (a fresh demo copy); never overwrites, and a failed copy
    leaves nothing behind.

    The copy is not checked here: opening it checks it, as any file. Nor is it flushed to disk: the
    source stays, and a copy cut short by a crash is refused when opened (flushing its folder took a
    millisecond of every demo start, many more on a laptop with a slow disk)."""
    target = Path(target).absolute()
    _check_target(target)
    if _file_id(source) in _open_here:  # reading it here and closing it would drop its lock (POSIX)
        raise _error(StorageError.LOCKED, source, "copy of a file open in this process")
    try:
        created = open(target, "xb")  # noqa: SIM115 - closed below; "x": never over another file
    except FileExistsError:
        raise _error(StorageError.EXISTS, target) from None
    except OSError as exc:
        raise write_failed(target, exc) from None
    try:
        with created, open(source, "rb") as original:
            shutil.copyfileobj(original, created)
    except OSError as exc:
        remove_quietly(target)
        raise write_failed(target, exc) from None


# ---------------------------------------------------------------- backups

_STAMP = "%Y%m%d-%H%M%S"
_BACKUP_TAIL = r"^(\d{8}-\d{6})(?:_(\d+))?" + re.escape(SUFFIX) + r"$"  # `re` compiles it when first needed


def backup_folder() -> Path:
    return paths.backup_dir()


def _backup_sort_key(name: str, stem: str) -> tuple[str, int] | None:
    if not name.startswith(stem + "-"):
        return None
    match = re.match(_BACKUP_TAIL, name[len(stem) + 1:])
    if not match:
        return None
    return match.group(1), int(match.group(2) or 1)


def list_backups(path: Path | str) -> list[Path]:
    """Backups of a project file (by file stem), newest first."""
    stem = Path(path).stem
    found = []
    try:
        for entry in backup_folder().iterdir():
            key = _backup_sort_key(entry.name, stem)
            if key is not None and entry.is_file():
                found.append((key, entry))
    except OSError:  # no backup folder (cannot be created): no backups
        return []
    found.sort(key=lambda item: item[0], reverse=True)
    return [p for _key, p in found]


def make_backup(conn: sqlite3.Connection, path: Path) -> Path | None:
    """Copy the open database into the backup folder as `<stem>-YYYYMMDD-HHMMSS.alliance`; keep the newest 10.

    When the newest backup already holds exactly this content, no new copy is made and that
    backup is returned, so opening a file again and again does not push older states out.
    Returns None when the copy cannot be made (a backup never stops the user from working).
    """
    try:
        newest = next(iter(list_backups(path)), None)
        if newest is not None and _same_content(conn, newest):
            return newest
        folder = backup_folder()
        stem = Path(path).stem
        stamp = _dt.datetime.now().strftime(_STAMP)
        # Several backups within one second get _2, _3, ... (always above the highest one kept).
        same_second = [key[1] for key in (_backup_sort_key(p.name, stem) for p in folder.iterdir())
                       if key is not None and key[0] == stamp]
        n = max(same_second, default=0) + 1
        target = folder / (f"{stem}-{stamp}{SUFFIX}" if n == 1 else f"{stem}-{stamp}_{n}{SUFFIX}")
        if os.path.lexists(target):
            raise FileExistsError(target)
        with _database_output(target, overwrite=True, sync_folder=False) as tmp:
            _copy_database(conn, tmp, target)
        for old in list_backups(path)[BACKUPS_KEPT:]:
            try:
                os.remove(old)
            except OSError:
                pass
        return target
    except (OSError, sqlite3.Error, StorageError):
        return None


def _same_content(conn: sqlite3.Connection, backup: Path, limit: int = 64 << 20) -> bool:
    """The open database equals a backup byte for byte, ignoring the header's counters a copy changes
    (change counter, schema cookie, version-valid-for, SQLite version).

    The database is read through SQLite (serialize), never by opening its file: with POSIX locks,
    closing a second descriptor of the file would drop the lock that keeps other windows out."""
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        size = page_size * conn.execute("PRAGMA page_count").fetchone()[0]
        if size != os.path.getsize(backup) or size > limit:
            return False
        x = conn.serialize()
        with open(backup, "rb") as fb:
            y = fb.read()
    except (OSError, sqlite3.Error, AttributeError):  # AttributeError: an SQLite without serialize
        return False
    return x[:24] == y[:24] and x[28:40] == y[28:40] and x[44:92] == y[44:92] and x[100:] == y[100:]


def restore_backup(backup: Path | str, target: Path | str) -> None:
    """Copy a backup to a new project file at `target` (never over an existing file), after checking it."""
    backup = Path(backup).absolute()
    target = Path(target).absolute()
    _check_target(target)
    check(backup)
    source = None
    try:
        with _sqlite_errors(backup):
            source = _connect(backup, "ro")
            _configure(source, writable=False, exclusive=False)
        with _database_output(target, overwrite=False) as tmp, _sqlite_errors(target, writing=True):
            _copy_database(source, tmp, target)
    finally:
        if source is not None:
            source.close()
