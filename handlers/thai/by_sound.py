"""A Thai name written by its sound in another script, read back in Latin letters: katakana
(full- or half-width, "ﾌﾞﾝﾏ ﾄﾝﾃﾞｨｰ" → bunma tondi) by Hepburn, Cyrillic ("Бунма Тонгди" →
bunma tongdi) by the usual Latin transliteration. No library for this is installed, so the
tables are kept to what a name needs: the letters, not the scripts' spelling rules.
"""

from __future__ import annotations

import re
import unicodedata

#: A run of katakana (the half-width forms and the sound marks too) or Cyrillic letters.
SOUNDED = re.compile(r"[\u30a1-\u30fa\u30fc\uff66-\uff9f]+|[\u0400-\u04ff]+")
#: What katakana puts between the words of a name ("ブンマ・トンディー").
BETWEEN = "\u30fb\uff65"
#: Katakana's "n" (ン) is also Thai's final "ng" ("ทองดี" is トンディー), and a consonant that
#: closes a Thai syllable takes a u katakana cannot leave out ("สมชาย" is ソムチャイ, somuchai):
#: a key read from katakana is compared without either (`masking`).
KANA_N = "\u30f3"

_ROWS = {
    "": "アイウエオ",
    "k": "カキクケコ",
    "g": "ガギグゲゴ",
    "s": "サシスセソ",
    "z": "ザジズゼゾ",
    "t": "タチツテト",
    "d": "ダヂヅデド",
    "n": "ナニヌネノ",
    "h": "ハヒフヘホ",
    "b": "バビブベボ",
    "p": "パピプペポ",
    "m": "マミムメモ",
    "y": "ヤ\0ユ\0ヨ",
    "r": "ラリルレロ",
    "w": "ワヰ\0ヱヲ",
}
_KANA = {
    kana: consonant + vowel
    for consonant, row in _ROWS.items()
    for kana, vowel in zip(row, "aiueo", strict=True)
    if kana != "\0"
}
_KANA |= {"シ": "shi", "チ": "chi", "ツ": "tsu", "フ": "fu", "ジ": "ji", "ヂ": "ji", "ヅ": "zu"}
_KANA |= {KANA_N: "n", "ヴ": "vu", "ー": "", "ッ": ""}
# The small vowels change the vowel before ("ディ" di, "ファ" fa); the small y-row ones make
# "kya", "sha".
_SMALL_VOWELS = dict(zip("ァィゥェォ", "aiueo", strict=True))
_SMALL_Y = dict(zip("ャュョ", "auo", strict=True))

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
        (
            "a b v g d e yo zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya "
            "i yi ye g u"
        ).split(),
        strict=True,
    )
)


def as_latin(word: str) -> str:
    """A katakana or Cyrillic word (`SOUNDED`) in Latin letters by its sound, lower-case."""
    word = unicodedata.normalize("NFKC", word).lower()
    out = ""
    for letter in word:
        if letter in _CYRILLIC:
            out += _CYRILLIC[letter].strip("_")
        elif letter in _SMALL_VOWELS and out and out[-1] in "aiueo":
            out = out[:-1] + _SMALL_VOWELS[letter]
        elif letter in _SMALL_Y and out.endswith("i"):
            stem = out[:-1]
            out = stem + ("" if stem.endswith(("sh", "ch", "j")) else "y") + _SMALL_Y[letter]
        else:
            out += _KANA.get(letter, "")
    return out
