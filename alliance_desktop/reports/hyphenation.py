"""Finnish hyphenation for the report's paragraphs (ReportLab's `hyphenationLang` takes a callable).

Finnish words are long and narrow table cells used to split them anywhere, without a hyphen
("Kustannusbonu / s"). Finnish hyphenation follows the syllables, which its spelling shows
(Kielitoimisto's rules, the same in TeX's and LibreOffice's patterns):

- a consonant followed by a vowel begins a syllable: *kus-tan-nus-bo-nus*, *pal-ve-lu-jak-so*;
- two vowels that are neither a long vowel (*aa*) nor a diphthong (*ai*, *ei*, *oi*, *ui*, *yi*, *äi*, *öi*,
  *au*, *eu*, *iu*, *ou*, *ey*, *iy*, *äy*, *öy*, *ie*, *uo*, *yö*) belong to different syllables:
  *lää-kä-ri-a-se-ma*;
- an existing hyphen is a break (*Kilpailutus-*), and a break never leaves fewer than two letters on
  either side.

Only breaks these rules certainly allow are offered (no break inside a vowel group of three, none in
words with digits or in abbreviations); pyphen ships no Finnish dictionary, so this small rule set
replaces one. ReportLab adds the hyphen and asks only when a word does not fit at the end of a line.
"""

from __future__ import annotations

from functools import lru_cache

VOWELS = frozenset("aeiouyäöåéü")
DIPHTHONGS = frozenset(("ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "ey", "iy", "äy", "öy",
                        "ie", "uo", "yö"))
EDGE = 2  # letters left at least on either side of a break


def breaks(word: str) -> tuple[int, ...]:
    """The places (indexes into `word`) where it may be hyphenated, in order."""
    return _breaks(word)


@lru_cache(maxsize=8192)
def _breaks(word: str) -> tuple[int, ...]:
    if any(ch.isdigit() for ch in word) or any(a.isupper() and b.isupper() for a, b in zip(word, word[1:])):
        return ()  # a number or an abbreviation (KPI, HyvaKS)
    low = word.lower()
    places = []
    for i in range(EDGE, len(low) - EDGE + 1):
        before, here = low[i - 1], low[i]
        if before == "-":
            places.append(i)
            continue
        if not here.isalpha() or not before.isalpha():
            continue
        after = low[i + 1] if i + 1 < len(low) else ""
        if here not in VOWELS and after in VOWELS and any(ch in VOWELS for ch in low[:i]):
            places.append(i)  # consonant + vowel starts a syllable
        elif (before in VOWELS and here in VOWELS and before != here and before + here not in DIPHTHONGS
              and (i < 2 or low[i - 2] not in VOWELS) and after not in VOWELS):
            places.append(i)  # two vowels of different syllables
    return tuple(i for i in places if i >= EDGE and len(low) - i >= EDGE)


def finnish(word: str):
    """ReportLab's hyphenator protocol: (head, tail) pairs, the longest head first."""
    for i in reversed(_breaks(word)):
        yield word[:i], word[i:]


def hyphenated(word: str, mark: str = "-") -> str:
    """The word with every break shown (for tests and reading the rules): "kus-tan-nus-bo-nus"."""
    places = _breaks(word)
    out, last = [], 0
    for i in places:
        piece = word[last:i]
        out.append(piece if piece.endswith("-") else piece + mark)
        last = i
    return "".join(out) + word[last:]
