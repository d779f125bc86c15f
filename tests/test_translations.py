"""The Finnish translation is complete and the compiled .qm is current."""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging" / "translations.py")
translations = importlib.util.module_from_spec(spec)
spec.loader.exec_module(translations)

needs_tools = pytest.mark.skipif(not shutil.which("pyside6-lupdate"), reason="Qt Linguist tools not installed")


def test_every_message_has_a_finnish_translation():
    assert translations.unfinished() == []


def test_placeholders_match_in_finnish():
    for context, source, node in translations.messages():
        if node is None or node.get("type") == "unfinished":
            continue  # reported by the completeness test
        wanted = sorted(re.findall(r"\{[a-z_]+\}", source))
        got = sorted(re.findall(r"\{[a-z_]+\}", node.text or ""))
        assert wanted == got, f"{context}: {source!r} -> {node.text!r}"


@needs_tools
def test_every_string_in_the_code_is_in_the_ts(tmp_path):
    fresh = tmp_path / "fresh.ts"
    translations.update(fresh)
    in_code = {(c, s) for c, s, _t in translations.messages(fresh)}
    in_ts = {(c, s) for c, s, _t in translations.messages()}
    assert in_code - in_ts == set(), "run: python packaging/translations.py update, then translate"


@needs_tools
def test_compiled_qm_is_current(tmp_path):
    qm = tmp_path / "fresh.qm"
    translations.release(translations.TS, qm)
    assert qm.read_bytes() == translations.QM.read_bytes(), "run: python packaging/translations.py release"


def test_qt_free_translate_reads_the_ts():
    from alliance_desktop import i18n

    with i18n.using("fi"):
        assert i18n.translate("Cli", "Interrupted.") == "Keskeytetty."
    with i18n.using("en"):
        assert i18n.translate("Cli", "Interrupted.") == "Interrupted."
