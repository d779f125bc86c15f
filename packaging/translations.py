"""Keep the Finnish translation current.

    python packaging/translations.py update    # lupdate: collect tr()/translate() strings into alliance_fi.ts
    python packaging/translations.py fill F    # take translations from a JSON {"context|source" or "source": "fi"}
    python packaging/translations.py release   # lrelease: alliance_fi.ts -> alliance_fi.qm (committed)
    python packaging/translations.py status    # list messages still without a Finnish translation

The .ts file is the one source of Finnish text: Qt's translator reads the .qm made
from it, and the Qt-free `alliance_desktop.i18n` reads the .ts directly.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "alliance_fi.ts"
QM = TS.with_suffix(".qm")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "alliance_desktop").rglob("*.py"))


def update(ts: Path = TS) -> None:
    subprocess.run(["pyside6-lupdate", *sources(), "-no-obsolete", "-locations", "none", "-target-language", "fi_FI",
                    "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)


def release(ts: Path = TS, qm: Path = QM) -> None:
    # Compile beside the target and rename: a running app may have the old .qm mapped in memory.
    tmp = qm.with_name(qm.name + ".tmp")
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(tmp)], cwd=ROOT, check=True, capture_output=True)
    tmp.replace(qm)


def messages(ts: Path = TS):
    """(context, source, translation element) for every message."""
    root = ET.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation")


def unfinished(ts: Path = TS) -> list[tuple[str, str]]:
    return [(c, s) for c, s, t in messages(ts) if t is None or t.get("type") == "unfinished" or not (t.text or "")]


def fill(table_file: Path) -> int:
    table = json.loads(table_file.read_text("utf-8"))
    tree = ET.parse(TS)
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            text = table.get(f"{name}|{source}", table.get(source))
            node = message.find("translation")
            if text and node is not None and (node.get("type") == "unfinished" or not node.text):
                node.text = text
                node.attrib.pop("type", None)
                done += 1
    ET.indent(tree)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return done


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "status"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "fill":
        print(f"filled {fill(Path(argv[1]))}")
    missing = unfinished()
    for context, source in missing:
        print(f"unfinished: {context}|{source}")
    print(f"{len(missing)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
