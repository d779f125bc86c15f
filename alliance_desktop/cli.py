"""Command line: the GUI launch and the headless commands (see DESIGN.md, "The command line").

Kept light: Qt is imported only when the GUI starts, ReportLab only for `report`.
Errors are one line on stderr in the chosen language and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from . import __version__, i18n
from .i18n import translate

COMMANDS = ("new", "check", "export-json", "import-json", "settle", "report")
VIEWS = ("overview", "timeline", "chains", "metrics", "commercial", "risks")
DEMOS = ("keusote", "hyvaks")  # as templates.DEMOS (not imported here: the command line stays light)
EXIT_USAGE = 2
EXIT_FAILED = 1



def _saved_language() -> str:
    """The language chosen in the app's settings (read without Qt), Finnish by default."""
    import configparser

    from . import paths

    try:
        parser = configparser.ConfigParser()
        parser.read(paths.settings_file(), encoding="utf-8")
        lang = parser.get("General", "language", fallback="fi")
    except (OSError, configparser.Error):
        lang = "fi"
    return lang if lang in i18n.LANGUAGES else "fi"


def _choose_language(argv: list[str]) -> None:
    """The language of the messages: --lang on the command line, else the one chosen in the app."""
    i18n.set_language(_lang_from(argv) or _saved_language())


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one translated line."""

    language_from: list[str] | None = None  # set: the language is chosen from this line when a message is shown

    def error(self, message: str):
        if self.language_from is not None:
            _choose_language(self.language_from)
        self.exit(EXIT_USAGE, translate("Cli", "Invalid command line: {problem}").format(problem=message) + "\n")


def _gui_parser(argv: list[str]) -> argparse.ArgumentParser:
    """The window's command line.

    Its help texts are made only when help is asked for: translating them reads the Finnish
    catalogue, 10 ms of every start of the window. For the same reason the language of a message
    is chosen only when one is shown (the window itself takes it from --lang or its settings)."""
    explained = "-h" in argv or "--help" in argv
    if explained:
        _choose_language(argv)
    text = {
        "description": translate("Cli", "Alliance Planner: plan an alliance-model procurement."),
        "epilog": translate("Cli", "Commands: new, check, export-json, import-json, settle, report "
                                   "(alliance-desktop COMMAND --help)."),
        "path": translate("Cli", "project file to open"),
        "demo": translate("Cli", "open a fresh copy of a demo project"),
        "view": translate("Cli", "start on this view"),
        "screenshot": translate("Cli", "render the window (1600x1000) to PNG and exit"),
        "lang": translate("Cli", "interface language"),
    } if explained else {}
    p = _Parser(prog="alliance-desktop", description=text.get("description"), epilog=text.get("epilog"))
    p.language_from = argv
    p.add_argument("path", nargs="?", help=text.get("path"))
    p.add_argument("--demo", choices=DEMOS, help=text.get("demo"))
    p.add_argument("--view", choices=VIEWS, help=text.get("view"))
    p.add_argument("--screenshot", metavar="PNG", help=text.get("screenshot"))
    p.add_argument("--lang", choices=i18n.LANGUAGES, help=text.get("lang"))
    p.add_argument("--version", action="version", version=f"alliance-desktop {__version__}")
    # Diagnostics for IT and the packaged build (docs/packaging.md); hidden, so its help needs no translation.
    p.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    return p


def _command_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="alliance-desktop")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help_text)
        c.add_argument("--lang", choices=i18n.LANGUAGES, help=translate("Cli", "language of messages and output"))
        return c

    c = add("new", translate("Cli", "create a project file from a template"))
    c.add_argument("path")
    c.add_argument("--template", choices=("blank", "keusote", "hyvaks"), default="blank")
    c = add("check", translate("Cli", "verify a project file"))
    c.add_argument("path")
    c = add("export-json", translate("Cli", "write a project file as JSON"))
    c.add_argument("path")
    c.add_argument("out")
    c = add("import-json", translate("Cli", "make a project file from JSON"))
    c.add_argument("json")
    c.add_argument("out")
    c = add("settle", translate("Cli", "commercial settlement per service period"))
    c.add_argument("path")
    c.add_argument("--json", action="store_true", help=translate("Cli", "output JSON"))
    from .reports.cli import add_report_arguments  # light: ReportLab is imported only to build

    add_report_arguments(add("report", translate("Cli", "write the plan as a PDF report")))
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        _choose_language(argv)
        args = _command_parser().parse_args(argv)
        return _run_command(args)
    args = _window_arguments(argv)
    if args.self_test:
        _choose_language(argv)
        from .selftest import run_self_test

        return run_self_test()
    # No garbage collection while the window's modules load and it is built (launch.run_gui turns it
    # back on once the window is up): from here, before the Qt-free core is imported for it.
    gc.disable()
    from .ui.launch import run_gui

    return run_gui(args)


def _window_arguments(argv: list[str]) -> argparse.Namespace:
    """The window's command line. The everyday starts (none, a double-clicked file, --demo NAME) are read
    directly; any other line goes through argparse, whose parser takes 1.5 ms of a start to build (it
    looks for gettext catalogues and imports `locale`). Both give the same arguments (a test checks)."""
    plain = argparse.Namespace(path=None, demo=None, view=None, screenshot=None, lang=None, self_test=False)
    if not argv:
        return plain
    if len(argv) == 1 and not argv[0].startswith("-"):
        plain.path = argv[0]
        return plain
    if len(argv) == 2 and argv[0] == "--demo" and argv[1] in DEMOS:
        plain.demo = argv[1]
        return plain
    return _gui_parser(argv).parse_args(argv)


def _lang_from(argv: list[str]) -> str | None:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv) and argv[i + 1] in i18n.LANGUAGES:
            return argv[i + 1]
        if a.startswith("--lang=") and a.split("=", 1)[1] in i18n.LANGUAGES:
            return a.split("=", 1)[1]
    return None


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(message.replace("\n", " "), file=sys.stderr)
    return code


def _run_command(args) -> int:
    from .core.errors import AllianceError

    try:
        handler = {
            "new": _new,
            "check": _check,
            "export-json": _export_json,
            "import-json": _import_json,
            "settle": _settle,
            "report": _report,
        }[args.command]
        return handler(args)
    except AllianceError as exc:
        return _fail(exc.message)
    except KeyboardInterrupt:
        return _fail(translate("Cli", "Interrupted."))


def _refuse_existing(path: Path) -> None:
    from .core.errors import AllianceError

    if path.exists():
        raise AllianceError(translate("Cli", "{path} exists already; choose another name (nothing was overwritten).").format(
            path=path))


def _new(args) -> int:
    from . import templates
    from .storage.projectfile import create_file

    out = Path(args.path)
    _refuse_existing(out)
    create_file(out, templates.load_template(args.template))
    print(translate("Cli", "Created {path}").format(path=out))
    return 0


def _check(args) -> int:
    from .storage.projectfile import check

    plan = check(Path(args.path))
    print(translate("Cli", "{path}: OK — “{name}”, {periods} service periods, {chains} chains, {metrics} metrics.").format(
        path=args.path, name=plan.project.name, periods=len(plan.commercial.periods), chains=len(plan.chains),
        metrics=len(plan.metrics)))
    return 0


def _read_text(path: Path) -> str:
    from .core.errors import AllianceError

    try:
        return path.read_text("utf-8-sig")
    except FileNotFoundError:
        raise AllianceError(translate("Cli", "{path}: no such file.").format(path=path)) from None
    except IsADirectoryError:
        raise AllianceError(translate("Cli", "{path} is a folder, not a file.").format(path=path)) from None
    except UnicodeDecodeError:
        raise AllianceError(translate("Cli", "{path}: the file is not UTF-8 text.").format(path=path)) from None
    except OSError as exc:
        raise AllianceError(translate("Cli", "{path} could not be read: {problem}").format(path=path, problem=exc.strerror)) from None


def _export_json(args) -> int:
    from .core.interchange import dumps, plan_to_json
    from .fileutil import write_text_atomically
    from .storage.projectfile import load_plan

    plan = load_plan(Path(args.path))
    out = Path(args.out)
    try:
        write_text_atomically(out, dumps(plan_to_json(plan)))
    except OSError as exc:
        return _fail(translate("Cli", "{path} could not be written: {problem}").format(path=out, problem=exc.strerror))
    return 0


def _import_json(args) -> int:
    from .core.interchange import plan_from_text
    from .storage.projectfile import create_file

    out = Path(args.out)
    plan = plan_from_text(_read_text(Path(args.json)))
    _refuse_existing(out)
    create_file(out, plan)
    return 0


def _settle(args) -> int:
    from .settle_cli import run_settle

    return run_settle(args.path, args.json, sys.stdout, sys.stderr)


def _report(args) -> int:
    from .reports.cli import run_report

    return run_report(args.path, args.output, args.lang, args.sections, sys.stdout, sys.stderr)
