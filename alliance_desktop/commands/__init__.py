"""Command line: the GUI launch and the headless commands (see DESIGN.md, "The command line").

This module holds the parser, the dispatch and `main()` (the `alliance-desktop` entry point);
`common` what the commands share (exit codes, one-line messages, reading plans, writing outputs);
one module per command (`new`, `check`, `export_json`, `import_json`, `settle`, `simulate`, `report`,
`export_xlsx`, `selftest`), each with `add_arguments(parser)` and `run(args)`.

Kept light: Qt is imported only when the GUI starts, ReportLab only for `report`, a command's
module only when that command runs (or its --help is asked for).
Errors are one line on stderr in the chosen language and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys

from .. import __version__, i18n
from ..i18n import translate

# command name -> its module in this package
COMMANDS = {"new": "new", "check": "check", "export-json": "export_json", "import-json": "import_json",
            "settle": "settle", "report": "report", "export-xlsx": "export_xlsx", "simulate": "simulate"}
VIEWS = ("overview", "timeline", "chains", "metrics", "commercial", "risks")
DEMOS = ("keusote", "hyvaks")  # as templates.DEMOS (not imported here: the command line stays light)

def _saved_language() -> str:
    """The language chosen in the app's settings (read without Qt), Finnish by default."""
    import configparser

    from .. import paths
    from ..settings_keys import LANGUAGE

    try:
        parser = configparser.ConfigParser()
        parser.read(paths.settings_file(), encoding="utf-8")
        lang = parser.get(LANGUAGE.ini_section, LANGUAGE.ini_name, fallback=LANGUAGE.default)
    except (OSError, configparser.Error):
        lang = LANGUAGE.default
    return lang if lang in i18n.LANGUAGES else LANGUAGE.default


def _choose_language(argv: list[str]) -> None:
    """The language of the messages: --lang on the command line, else the one chosen in the app."""
    i18n.set_language(_lang_from(argv) or _saved_language())


class _HelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, translate("Cli", "usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one translated line, and speaks the user's language in its own
    texts too (argparse's gettext has no Finnish): its headings and help lines when help is shown, its
    messages when a line is refused (`argparse_said`)."""

    language_from: list[str] | None = None  # set: the language is chosen from this line when a message is shown

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):
        if self.language_from is not None:
            _choose_language(self.language_from)
        from .common import EXIT_USAGE

        self.exit(EXIT_USAGE, translate("Cli", "Invalid command line: {problem}").format(
            problem=argparse_said(message)) + "\n")

    def format_help(self) -> str:
        own = {"positional arguments": translate("Cli", "positional arguments"),
               "options": translate("Cli", "options"),
               "show this help message and exit": translate("Cli", "show this help message and exit"),
               "show program's version number and exit": translate("Cli", "show program's version number and exit")}
        for group in self._action_groups:  # (argparse names its two groups in English, at construction)
            group.title = own.get(group.title, group.title)
        for action in self._actions:
            action.help = own.get(action.help, action.help) if isinstance(action.help, str) else action.help
        return super().format_help()


def argparse_said(message: str) -> str:
    """An argparse message (Python 3.11's English templates) in the user's language; one it does not
    know (a newer Python's, or our own checks' already translated text) is given as it is."""
    import re

    if match := re.fullmatch(r"argument (\S+): (.*)", message, re.DOTALL):
        return translate("Cli", "argument {name}: {problem}").format(name=match[1], problem=argparse_said(match[2]))
    type_names = {"int": translate("Cli", "a whole number"), "float": translate("Cli", "a number")}
    said = (
        (r"unrecognized arguments: (.*)",
         lambda m: translate("Cli", "unrecognized arguments: {arguments}").format(arguments=m[1])),
        (r"the following arguments are required: (.*)",
         lambda m: translate("Cli", "the following arguments are required: {arguments}").format(arguments=m[1])),
        (r"one of the arguments (.*) is required",
         lambda m: translate("Cli", "one of the arguments {arguments} is required").format(arguments=m[1])),
        (r"expected one argument", lambda m: translate("Cli", "expected one argument")),
        (r"expected at most one argument", lambda m: translate("Cli", "expected at most one argument")),
        (r"expected at least one argument", lambda m: translate("Cli", "expected at least one argument")),
        (r"expected (\d+) arguments?", lambda m: translate("Cli", "expected {count} arguments").format(count=m[1])),
        (r"not allowed with argument (.*)",
         lambda m: translate("Cli", "not allowed with argument {other}").format(other=m[1])),
        (r"ignored explicit argument (.*)",
         lambda m: translate("Cli", "ignored explicit argument {value}").format(value=m[1])),
        (r"ambiguous option: (\S+) could match (.*)",
         lambda m: translate("Cli", "ambiguous option: {option} could match {matches}").format(option=m[1],
                                                                                             matches=m[2])),
        (r"invalid choice: (.*) \(choose from (.*)\)",
         lambda m: translate("Cli", "invalid choice: {value} (choose from {choices})").format(value=m[1],
                                                                                             choices=m[2])),
        (r"invalid (int|float) value: (.*)",
         lambda m: translate("Cli", "invalid value: {value} (expected {kind})").format(value=m[2],
                                                                                     kind=type_names[m[1]])),
        (r"unexpected option string: (.*)",
         lambda m: translate("Cli", "unexpected option string: {option}").format(option=m[1])),
    )
    for pattern, say in said:
        if match := re.fullmatch(pattern, message, re.DOTALL):
            return say(match)
    return message


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
        "epilog": translate("Cli", "Commands: new, check, export-json, import-json, settle, simulate, report, "
                                   "export-xlsx (alliance-desktop COMMAND --help)."),
        "path": translate("Cli", "project file to open"),
        "demo": translate("Cli", "open a fresh copy of a demo project"),
        "view": translate("Cli", "start on this view"),
        "screenshot": translate("Cli", "render the window (1600x1000) to PNG and exit"),
        "size": translate("Cli", "the window's size for --screenshot, in logical pixels (such as 1280x720)"),
        "palette": translate("Cli", "the window's colours for this start: light, contrast (high contrast) or dark"),
        "present": translate("Cli", "start in presentation mode (full-screen slides; --view NAME: its slide first; "
                                    "with --screenshot: the slide a projector shows)"),
        "lang": translate("Cli", "interface language"),
    } if explained else {}
    p = _Parser(prog="alliance-desktop", description=text.get("description"), epilog=text.get("epilog"))
    p.language_from = argv
    p.add_argument("path", nargs="?", help=text.get("path"))
    p.add_argument("--demo", choices=DEMOS, help=text.get("demo"))
    p.add_argument("--view", choices=VIEWS, help=text.get("view"))
    p.add_argument("--screenshot", metavar="PNG", help=text.get("screenshot"))
    p.add_argument("--size", metavar="WxH", help=text.get("size"))
    p.add_argument("--palette", choices=PALETTES, help=text.get("palette"))
    p.add_argument("--present", action="store_true", help=text.get("present"))
    p.add_argument("--lang", choices=i18n.LANGUAGES, help=text.get("lang"))
    p.add_argument("--version", action="version", version=f"alliance-desktop {__version__}")
    # Diagnostics for IT and the packaged build (docs/packaging.md); hidden, so its help needs no translation.
    p.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    return p


def _command_module(command: str):
    import importlib

    return importlib.import_module(f"{__name__}.{COMMANDS[command]}")


def _command_parser(command: str) -> argparse.ArgumentParser:
    """The parser of the command line `alliance-desktop COMMAND ...` (only this command's module is loaded)."""
    module = _command_module(command)
    p = _Parser(prog="alliance-desktop")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    summary = module.summary()
    c = sub.add_parser(command, help=summary, description=summary)
    c.add_argument("--lang", choices=i18n.LANGUAGES, help=translate("Cli", "language of messages and output"))
    module.add_arguments(c)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        _choose_language(argv)
        args = _command_parser(argv[0]).parse_args(argv)
        return _run_command(args)
    args = _window_arguments(argv)
    if args.self_test:
        _choose_language(argv)
        from .selftest import run_self_test

        return run_self_test()
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a picture needs no screen: on a server, render off-screen
    from ..ui.display import problem

    reason = problem()
    if reason is not None:  # Qt would abort with a message that points the wrong way (exit 134)
        _choose_language(argv)
        from .common import EXIT_INPUT

        print(problem(), file=sys.stderr)
        return EXIT_INPUT
    # No garbage collection while the window's modules load and it is built (launch.run_gui turns it
    # back on once the window is up): from here, before the Qt-free core is imported for it.
    gc.disable()
    from ..ui.launch import run_gui

    return run_gui(args)


def _window_arguments(argv: list[str]) -> argparse.Namespace:
    """The window's command line. The everyday starts (none, a double-clicked file, --demo NAME) are read
    directly; any other line goes through argparse, whose parser takes 1.5 ms of a start to build (it
    looks for gettext catalogues and imports `locale`). Both give the same arguments (a test checks)."""
    plain = argparse.Namespace(path=None, demo=None, view=None, screenshot=None, size=None, palette=None,
                               present=False, lang=None, self_test=False)
    if not argv:
        return plain
    if len(argv) == 1 and not argv[0].startswith("-"):
        plain.path = argv[0]
        return plain
    if len(argv) == 2 and argv[0] == "--demo" and argv[1] in DEMOS:
        plain.demo = argv[1]
        return plain
    parser = _gui_parser(argv)
    args = parser.parse_args(argv)
    if args.size is not None:
        size = window_size(args.size)
        if size is None:
            from ..core.errors import shown
            from .common import EXIT_USAGE

            _choose_language(argv)
            parser.exit(EXIT_USAGE, translate("Cli", "Invalid window size “{size}”: give width x height in pixels, "
                                            "such as 1280x720 (from {low} to {high}).").format(
                size=shown(args.size), low="{}x{}".format(*SIZE_RANGE[0]), high="{}x{}".format(*SIZE_RANGE[1])) + "\n")
        args.size = size
    return args


SIZE_RANGE = ((640, 480), (7680, 4320))  # the smallest and largest --size accepted
PALETTES = ("light", "contrast", "dark")  # --palette: ui.theme.PALETTES (the command line does not load Qt)


def window_size(text: str) -> tuple[int, int] | None:
    """"1280x720" as (1280, 720); None for anything else or outside SIZE_RANGE."""
    import re

    match = re.fullmatch(r"\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*", text)
    if match is None:
        return None
    width, height = int(match[1]), int(match[2])
    (low_w, low_h), (high_w, high_h) = SIZE_RANGE
    return (width, height) if low_w <= width <= high_w and low_h <= height <= high_h else None


def _lang_from(argv: list[str]) -> str | None:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv) and argv[i + 1] in i18n.LANGUAGES:
            return argv[i + 1]
        if a.startswith("--lang=") and a.split("=", 1)[1] in i18n.LANGUAGES:
            return a.split("=", 1)[1]
    return None


def _run_command(args: argparse.Namespace) -> int:
    """Run the command; the last line of defence: any refusal is one line on stderr, never a traceback."""
    from .common import guarded

    return guarded(lambda: _command_module(args.command).run(args))
