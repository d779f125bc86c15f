"""The user's language: the same refusals in Finnish (the default)."""

import pytest

from alliance_desktop import i18n
from alliance_desktop.storage.projectfile import StorageError, check


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "on tyhjä; se ei ole Allianssisuunnittelijan projekti."),
        (b"hello, world\n" * 20, "ei ole Allianssisuunnittelijan projektitiedosto."),
    ],
)
def test_refusals_in_finnish(tmp_path, content, expected):
    i18n.set_language("fi")
    path = tmp_path / "huono.alliance"
    path.write_bytes(content)
    with pytest.raises(StorageError) as err:
        check(path)
    assert expected in err.value.message
    assert path.read_bytes() == content


def test_missing_path_in_finnish(tmp_path):
    i18n.set_language("fi")
    with pytest.raises(StorageError) as err:
        check(tmp_path / "ei-ole.alliance")
    assert "ei ole olemassa" in err.value.message
