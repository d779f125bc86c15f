"""Why the system refused a file operation, said in the user's language (i18n.os_reason)."""

from __future__ import annotations

import errno
import subprocess
import sys
from types import SimpleNamespace

import pytest

from alliance_desktop import i18n
from alliance_desktop.i18n import os_reason


@pytest.fixture
def finnish():
    before = i18n.language()
    i18n.set_language("fi")
    yield
    i18n.set_language(before)


@pytest.mark.parametrize("error, finnish_text", [
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "kansiota tai tiedostoa ei ole olemassa"),
    (PermissionError(errno.EACCES, "Permission denied"), "sinulla ei ole käyttöoikeutta"),
    (OSError(errno.ENOSPC, "No space left on device"), "levy on täynnä"),
    (OSError(errno.EROFS, "Read-only file system"), "levy tai kansio on kirjoitussuojattu"),
    (NotADirectoryError(errno.ENOTDIR, "Not a directory"), "osa polusta ei ole kansio"),
    (IsADirectoryError(errno.EISDIR, "Is a directory"), "se on kansio"),
    (OSError(errno.ENAMETOOLONG, "File name too long"), "nimi tai kansiopolku on liian pitkä"),
    # Windows: a PDF open in a viewer is a PermissionError (errno EACCES) whose winerror says why
    (SimpleNamespace(errno=errno.EACCES, winerror=32, strerror="The process cannot access the file"),
     "tiedosto on auki toisessa ohjelmassa; sulje se siellä ja yritä uudelleen"),
    # replacing a file another program holds open (os.replace, as every export does): Windows says "denied"
    (SimpleNamespace(errno=errno.EACCES, winerror=5, strerror="Access is denied"),
     "tiedosto on auki toisessa ohjelmassa, tai sinulla ei ole käyttöoikeutta"),
    (SimpleNamespace(errno=errno.ENOSPC, winerror=112, strerror="There is not enough space on the disk"),
     "levy on täynnä"),
    (SimpleNamespace(errno=errno.EINVAL, winerror=123, strerror="The filename syntax is incorrect"),
     "nimessä on merkki, jota Windows ei salli (kuten \\ / : * ? \" < > |)"),
])
def test_common_refusals_in_finnish(finnish, error, finnish_text):
    assert os_reason(error) == finnish_text


def test_others_keep_the_systems_own_text(finnish):
    assert os_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    assert os_reason(OSError("odd")) == "odd"


def test_english(finnish):
    i18n.set_language("en")
    assert os_reason(FileNotFoundError(errno.ENOENT, "x")) == "the folder or file does not exist"


def test_a_report_into_a_missing_folder_says_why_in_finnish(tmp_path):
    project = tmp_path / "k.alliance"
    run = [sys.executable, "-m", "alliance_desktop"]
    env_args = dict(capture_output=True, text=True, timeout=120, check=False,
                    env={**__import__("os").environ, "ALLIANCE_DESKTOP_DATA_DIR": str(tmp_path / "data")})
    assert subprocess.run([*run, "new", str(project), "--template", "keusote"], **env_args).returncode == 0
    done = subprocess.run([*run, "report", str(project), "-o", str(tmp_path / "ei" / "raportti.pdf"),
                           "--lang", "fi"], **env_args)
    assert done.returncode == 1
    assert done.stderr.strip().endswith("ei voitu kirjoittaa: kansiota tai tiedostoa ei ole olemassa")
    assert "No such file" not in done.stderr
