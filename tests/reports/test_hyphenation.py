"""Finnish words hyphenate by Finnish rules (issue 18: they broke anywhere, without a hyphen)."""

from __future__ import annotations

import io
import re

import pytest

from alliance_desktop.reports.hyphenation import finnish, hyphenated


@pytest.mark.parametrize("word, shown", [
    ("kustannusbonus", "kus-tan-nus-bo-nus"),
    ("palvelujakso", "pal-ve-lu-jak-so"),
    ("lääkäriasema", "lää-kä-ri-a-se-ma"),
    ("tavoitekustannus", "ta-voi-te-kus-tan-nus"),
    ("Osallistumispyyntövaihe", "Osal-lis-tu-mis-pyyn-tö-vai-he"),
    ("ikääntyneiden", "ikään-ty-nei-den"),
    ("aikataulu", "ai-ka-tau-lu"),
    ("strategia", "stra-te-gia"),
    ("Keski-Uudenmaan", "Kes-ki-Uu-den-maan"),
    ("HyvaKS", "HyvaKS"),  # an abbreviation
    ("KPI", "KPI"),
    ("2027", "2027"),
    ("talo", "ta-lo"),
])
def test_breaks_follow_finnish_syllables(word, shown):
    assert hyphenated(word) == shown


def test_hyphenator_offers_the_longest_head_first():
    assert list(finnish("palvelu")) == [("palve", "lu"), ("pal", "velu")]


def test_a_long_word_in_a_narrow_cell_breaks_at_its_syllables_with_a_hyphen():
    from alliance_desktop.reports.context import Paragraph
    from alliance_desktop.reports.hyphenation import breaks
    from alliance_desktop.reports.styles import make_styles

    word = "Markkinavuoropuhelutilaisuudet"
    paragraph = Paragraph(word, make_styles("fi").cell)
    paragraph.wrap(60, 1000)
    lines = ["".join(w.text if hasattr(w, "text") else w for w in line.words) if hasattr(line, "words") else
             "".join(line[1]) for line in paragraph.blPara.lines]
    assert len(lines) > 1
    assert all(line.endswith("-") for line in lines[:-1])
    assert "".join(line[:-1] for line in lines[:-1]) + lines[-1] == word
    position = 0
    for line in lines[:-1]:
        position += len(line) - 1
        assert position in breaks(word), (lines, position)


def test_words_that_fit_their_line_stay_whole():
    from alliance_desktop.reports.context import Paragraph
    from alliance_desktop.reports.styles import make_styles

    paragraph = Paragraph("Keski-Uudenmaan hyvinvointialue (Keusote)", make_styles("fi").cell)
    paragraph.wrap(150, 1000)
    text = [" ".join(w.text if hasattr(w, "text") else w for w in line.words) if hasattr(line, "words") else
            " ".join(line[1]) for line in paragraph.blPara.lines]
    assert not any(line.endswith("-") and not line.endswith("Keski-") for line in text), text


def test_a_finnish_report_hyphenates(demo_report):
    from pypdf import PdfReader

    built = demo_report("keusote", "fi")
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(built.data)).pages)
    assert "kilpailu-\ntuksen" in text or re.search(r"[a-zäö]{3}-\n[a-zäö]{3}", text)
