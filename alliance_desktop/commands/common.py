"""What every command shares: exit codes, one-line messages, reading a plan, writing an output.

- Exit codes: `EXIT_OK` 0; `EXIT_INPUT` 2 for a refused input or command line (one line on stderr says
  why); `EXIT_FAILED` 1 when an output could not be written or something unexpected happened.
- Messages: `message(template, **user_text)` fills a translated template with user text quoted through
  `core.errors.shown` (control characters escaped, cut short) and makes it one line; `say` writes a line
  to a stream, `fail` writes it to stderr and returns the exit code. `guarded` turns any refusal into
  one line and an exit code, never a traceback.
- Plans: `load_plan_any` reads a project file (`.alliance`), a JSON project file, or JSON text; every
  input file is read through `fileutil.read_input_file` (regular files only, with a size limit).
- Outputs: `write_output` writes through `fileutil.write_bytes_atomically`, never onto the input.

Kept light: the core, storage and JSON are imported when a command runs.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from ..i18n import os_reason, translate

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_INPUT = 2
EXIT_USAGE = EXIT_INPUT  # argparse's own code for a mistaken command line

# the longest message line written (a last defence: the core quotes user text shorter already)
MESSAGE_LIMIT = 600
# how much of a file name a message quotes (other user text: core.errors.QUOTE_LIMIT)
PATH_LIMIT = 300


class Refusal(Exception):
    """A command's refusal: `text` is the finished line, `code` the exit code."""

    def __init__(self, text: str, code: int = EXIT_INPUT):
        super().__init__(text)
        self.text = text
        self.code = code


def one_line(text: object) -> str:
    """Any text as one line of at most MESSAGE_LIMIT characters, control characters escaped."""
    from ..core.errors import shown

    return shown(" ".join(str(text).split()), MESSAGE_LIMIT)


def message(template: str, /, **user_text: object) -> str:
    """A translated template filled with user text (file names, values), each quoted through `shown()`:
    control characters escaped, a value cut to 60 characters, a file name (`path`) to PATH_LIMIT."""
    from ..core.errors import shown

    def quoted(key: str, value: object) -> object:
        if isinstance(value, int):
            return value
        text = os.fspath(value) if isinstance(value, os.PathLike) else value
        return shown(text, PATH_LIMIT) if key == "path" else shown(text)

    return one_line(template.format(**{k: quoted(k, v) for k, v in user_text.items()}))


def write(stream: TextIO | None, text: str) -> None:
    """Write, falling back to plain characters when the console cannot show e.g. U+2212."""
    if stream is None:  # a windowed Windows program has no console
        return
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        plain = text.replace("\u2212", "-").replace("\u202f", " ").replace("\u2013", "-")
        stream.write(plain.encode(encoding, "replace").decode(encoding))
    if hasattr(stream, "flush"):
        stream.flush()


def write_utf8(stream: TextIO | None, text: str) -> None:
    """Machine-readable output (JSON) in UTF-8 whatever the console: on Windows a pipe or a redirected file gets
    the ANSI code page (cp1252), which writes ” as byte 0x94 and cannot hold → or ≥ at all."""
    if stream is None:
        return
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text buffer (StringIO), no bytes below it
        stream.write(text)
    else:
        stream.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def say(stream: TextIO | None, line: str) -> None:
    """One line (already made with `message` or `one_line`) and a line break."""
    write(stream, line + "\n")


def fail(line: str, code: int = EXIT_INPUT, err: TextIO | None = None) -> int:
    say(sys.stderr if err is None else err, one_line(line))
    return code


def not_a_project() -> str:
    return translate("Cli", "The file is not a valid alliance project.")


def guarded(body: Callable[[], int], err: TextIO | None = None, *,
            unexpected: Callable[[str], str] | None = None) -> int:
    """Run a command's body: every refusal becomes one line on `err` and an exit code, never a traceback."""
    from decimal import DecimalException

    from ..core.errors import AllianceError
    from ..fileutil import InputFileError, SameFileError

    try:
        return body()
    except Refusal as exc:
        return fail(exc.text, exc.code, err)
    except AllianceError as exc:
        return fail(exc.message, EXIT_INPUT, err)
    except InputFileError as exc:
        return fail(input_file_message(exc), EXIT_INPUT, err)
    except SameFileError as exc:
        return fail(same_file_message(exc.target), EXIT_INPUT, err)
    except OSError as exc:
        return fail(message(translate("Cli", "File error: “{path}”: {problem}"),
                            path=exc.filename or "", problem=os_reason(exc)), EXIT_FAILED, err)
    except (RecursionError, MemoryError, ValueError, DecimalException, OverflowError):
        # hostile input the checks missed (absurd nesting, numbers, text): a refusal, not a crash
        return fail(not_a_project(), EXIT_INPUT, err)
    except KeyboardInterrupt:
        return fail(translate("Cli", "Interrupted."), EXIT_FAILED, err)
    except Exception as exc:  # noqa: BLE001 - never a traceback for the user; a clear line instead
        detail = one_line(f"{type(exc).__name__}: {exc}")
        text = unexpected(detail) if unexpected else translate("Cli", "Unexpected error: {error}").format(error=detail)
        return fail(text, EXIT_FAILED, err)


# ---------------------------------------------------------------- reading


def input_file_message(exc) -> str:
    """The line for a fileutil.InputFileError."""
    from ..fileutil import MAX_INPUT_BYTES

    templates = {
        "missing": translate("Cli", "The file “{path}” does not exist."),
        "folder": translate("Cli", "“{path}” is a folder, not a file."),
        "not-regular": translate("Cli", "“{path}” is not a regular file (a device or a pipe, for example); "
                                        "give a file."),
        "too-large": translate("Cli", "“{path}” is larger than {limit} MB; such a file is not read."),
        "permission": translate("Cli", "No permission to read “{path}”."),
    }
    template = templates.get(exc.kind, translate("Cli", "“{path}” could not be read: {problem}"))
    return message(template, path=exc.path, limit=MAX_INPUT_BYTES // (1024 * 1024), problem=os_reason(exc.cause) if exc.cause else exc.reason or exc.kind)


def same_file_message(target: str) -> str:
    return message(translate("Cli", "“{path}” is the file being read, or its journal; choose another name "
                                    "for the output (nothing was overwritten)."), path=target)


def _is_project_file(path: Path) -> bool:
    """Does the regular file at `path` start with SQLite's header? (Read without blocking.)"""
    from ..storage.projectfile import SQLITE_MAGIC

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False  # read_input_file says why
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode) and os.read(fd, len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False
    finally:
        os.close(fd)


def decode_json(data: bytes, path: Path | str) -> str:
    """JSON text from a file's bytes: UTF-8 (a BOM allowed); a clear line for UTF-16/32 and other encodings."""
    import json

    encoding = json.detect_encoding(data) if data else "utf-8"
    if encoding.startswith(("utf-16", "utf-32")):
        raise Refusal(message(translate("Cli", "“{path}” is saved as {encoding}; save it as UTF-8."),
                              path=path, encoding=encoding[:6].upper()))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Refusal(message(translate("Cli", "“{path}” is neither a project file (.alliance) nor a JSON "
                                               "project in UTF-8."), path=path)) from None


def read_json_file(path: Path | str) -> str:
    from ..fileutil import read_input_file

    return decode_json(read_input_file(path), path)


def plan_from_json_text(text: str):
    """The plan of a JSON project; hostile input the importer misses is refused by `guarded`."""
    from ..core.interchange import plan_from_text

    return plan_from_text(text)


def load_project_file(path: Path | str):
    """The plan of a `.alliance` file (storage refuses a path that is not a regular file before SQLite opens it)."""
    from ..storage.projectfile import load_plan

    return load_plan(Path(path))


def load_plan_any(source: str | os.PathLike):
    """A plan from a `.alliance` file, a JSON project file, or JSON text.

    A path that exists is a path (a file may be called `{x}.alliance`); only an argument that names
    nothing and starts with `{` is JSON text."""
    if isinstance(source, str) and source.lstrip().startswith("{") and not os.path.lexists(source):
        return plan_from_json_text(source)
    path = Path(source)
    if _is_project_file(path):
        return load_project_file(path)
    return plan_from_json_text(read_json_file(path))


def input_path(source: str | os.PathLike) -> Path | None:
    """The file a `load_plan_any` argument names (None for JSON text): an output must not replace it."""
    if isinstance(source, str) and source.lstrip().startswith("{") and not os.path.lexists(source):
        return None
    return Path(source)


# ---------------------------------------------------------------- writing


def write_output(path: Path | str, data: bytes, *, not_onto: tuple[Path | str | None, ...] = ()) -> None:
    """Write a command's output whole or not at all, never onto its input (or the input's journal).

    Refusal (exit 2) for a folder or the input; Refusal (exit 1) when the file cannot be written."""
    from ..fileutil import SameFileError, write_bytes_atomically

    target = Path(path)
    if target.is_dir():
        raise Refusal(message(translate("Cli", "“{path}” is a folder; give a file name for the output."),
                              path=target))
    refuse_companion(target)
    try:
        write_bytes_atomically(target, data, not_onto=not_onto)
    except SameFileError:
        raise Refusal(same_file_message(str(target))) from None
    except OSError as exc:
        raise Refusal(message(translate("Cli", "{path} could not be written: {problem}"), path=target,
                              problem=os_reason(exc)), EXIT_FAILED) from None


def refuse_companion(path: Path | str) -> None:
    """Refuse an output named as SQLite's journal (or WAL) of an existing file: opening that file would
    take the output for the remains of an interrupted save."""
    from ..fileutil import COMPANION_SUFFIXES

    name = os.fspath(path)
    for suffix in COMPANION_SUFFIXES:
        if name.endswith(suffix) and os.path.isfile(name[: -len(suffix)]):
            raise Refusal(message(translate("Cli", "“{path}” would be taken for the journal of “{file}”; choose "
                                                   "another name (nothing was written)."),
                                  path=name, file=os.path.basename(name[: -len(suffix)])))


def refuse_existing(path: Path) -> None:
    """Refuse a new file's name that is taken (or is another file's journal): nothing is overwritten."""
    refuse_companion(path)
    if os.path.lexists(path):
        raise Refusal(message(translate("Cli", "{path} exists already; choose another name (nothing was "
                                               "overwritten)."), path=path))
