"""A Thai name written by its sound in another script, read back in Latin letters: katakana
(full- or half-width, "ﾌﾞﾝﾏ ﾄﾝﾃﾞｨｰ" → bunma tondi) by Hepburn, Cyrillic ("Бунма Тонгди" →
bunma tongdi) by the usual Latin transliteration, Greek ("Μπουνμα" → bunma) as Modern Greek
sounds it, Hangul ("분마" → bunma) by the Revised Romanization, each syllable taken apart by
Unicode's arithmetic; hiragana as the katakana it pairs with, a word mixing Latin, Cyrillic
and Greek letters ("Бунмa", "Sομying") run by run. No library for this is installed, so the
tables are kept to what a name needs: the letters, not the scripts' spelling rules.
"""

from __future__ import annotations

import re
import unicodedata

from handlers.thai.lookalikes import LOOKALIKES

#: A run of katakana (the half-width forms and the sound marks too), of hiragana, of Cyrillic
#: or Greek letters (with the accents typed apart from them: "Сми́т") or of Hangul.
SOUNDED = re.compile(
    r"[\u30a1-\u30fa\u30fc\uff66-\uff9f]+|[\u3041-\u3096\u30fc]+"
    r"|[\u0400-\u04ff][\u0400-\u04ff\u0300-\u036f]*"
    r"|[\u0370-\u03ff\u1f00-\u1fff][\u0370-\u03ff\u1f00-\u1fff\u0300-\u036f]*"
    r"|[\uac00-\ud7a3]+"
)
#: A word of Latin, Cyrillic and Greek letters (with the accents typed apart from them, "Сми́т"):
#: `mixed` tells one that mixes the scripts ("Бунмa", "Раkди", "Sομying").
EUROPEAN = re.compile(
    r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff]"
    r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff\u0300-\u036f]*"
)
_ACCENTS = re.compile("[\u0300-\u036f]")
#: Whether a `SOUNDED` word is katakana or hiragana (whose own u and n `masking` blurs).
KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc\uff66-\uff9f\u3041-\u3096]")
# Hiragana ("すみす", "ぶんま") is katakana's other hand: each letter 0x60 below its katakana.
_HIRAGANA = range(0x3041, 0x3097)
_HIRAGANA_TO_KATAKANA = 0x60
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
#: Cyrillic's v, which Russian also writes for Thai's ว (`masking` reads it both ways).
CYRILLIC_V = "в"
# Russian writes English's j as дж ("Джон" John, "Джеймс" James).
_CYRILLIC_J = "дж"
# Russian writes Thai's aspirated th, ph, kh as тх, пх, кх ("Тхонгди", "Пхукет", "Кхонкэн"):
# an х after т, п or к is that h, not a second consonant kh.
_ASPIRATED_AS_LATIN = "tpk"


# Greek as it is said today: the pairs first ("μπ" b, "ντ" d, "ου" u), then one letter each.
_GREEK_PAIRS = (
    ("μπ", "b"),
    ("ντ", "d"),
    ("γκ", "g"),
    ("γγ", "ng"),
    ("τσ", "ch"),  # Thai has no ts: Greek's nearest for ช, จ ("Σομτσάι")
    ("τζ", "j"),
    ("ου", "u"),
    ("αι", "e"),
    ("ει", "i"),
    ("οι", "i"),
    ("υι", "i"),
)
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        "a v g d e z i th i k l m n x o p r s s t i f kh ps o".split(),
        strict=True,
    )
)
# Greek as its letters are carried into Latin of old (and as a writer picks them by look for a
# name: "Βουνμα" for Bunma): β b, η e, υ y, ου ou, γ before γ or κ an n.
_GREEK_CLASSICAL_PAIRS = (("ου", "ou"), ("γγ", "ng"), ("γκ", "nk"), ("γχ", "nkh"))
_GREEK_CLASSICAL = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        "a b g d e z e th i k l m n x o p r s s t y ph kh ps o".split(),
        strict=True,
    )
)
_APART = re.compile("(?<=[αεο])\u0301(?=[ιυ])|(?=[ιυ]\u0308)")
# Hangul: a syllable is 0xAC00 + (initial × 21 + vowel) × 28 + final (Unicode's own rule).
_HANGUL_FIRST, _HANGUL_VOWELS, _HANGUL_FINALS = 0xAC00, 21, 28
_HANGUL_INITIAL = "g kk n d tt r m b pp s ss _ j jj ch k t p h".split()
_HANGUL_VOWEL = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_HANGUL_FINAL = ["", *"k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()]


# What Korean joins to the end of a name: its particles and the honorifics said after one
# ("솜차이가", "분마씨").
_HANGUL_AFTER_A_NAME = re.compile(
    "(?:가|이|는|은|를|을|도|와|과|의|랑|이랑|께|에게|한테|에서|씨|님|씨가|님이|씨는|님은)$"
)


# What Japanese joins to a name written in hiragana ("すみすの家", "ぶんまさん"): its particles
# and the honorifics said after one.
_HIRAGANA_AFTER_A_NAME = re.compile(
    "(?:の|は|が|を|に|と|も|へ|で|や|から|より|さん|くん|ちゃん|さま|さんの|さんが|さんは)$"
)


def hangul_name(word: str) -> str:
    """A Hangul or hiragana word (`SOUNDED`) without the particle or honorific joined to its
    end, when what is left is two syllables or more ("솜차이가" → 솜차이, "すみすの" → すみす);
    else the word as given."""
    found = None
    if "\uac00" <= word[:1] <= "\ud7a3":
        found = _HANGUL_AFTER_A_NAME.search(word)
    elif ord(word[:1] or " ") in _HIRAGANA:
        found = _HIRAGANA_AFTER_A_NAME.search(word)
    return word[: found.start()] if found and found.start() >= 2 else word


def _greek_as_latin(word: str, classical: bool = False) -> str:
    """A Greek word (`SOUNDED`) by its sound in Latin letters, lower-case, accents dropped (an
    accent on a pair's first vowel or a diaeresis on its second says both: "άι" is ai); by
    its letters as carried into Latin of old when `classical` (`_GREEK_CLASSICAL`)."""
    word = _APART.sub("|", unicodedata.normalize("NFD", word.lower()))
    word = "".join(c for c in word if c.isalpha() or c == "|")
    pairs, letters = (
        (_GREEK_CLASSICAL_PAIRS, _GREEK_CLASSICAL) if classical else (_GREEK_PAIRS, _GREEK)
    )
    for pair, said in pairs:
        word = word.replace(pair, said)
    return "".join(letters.get(letter, letter) for letter in word if letter != "|")


# Korean closes no syllable on s, nor begins one on two consonants: a foreign name's lone
# consonant takes the vowel ㅡ (eu) to be written ("สมศรี" is 솜스리, "Smith" 스미스); that eu,
# with no closing consonant, is no sound of the name.
_HANGUL_EU = _HANGUL_VOWEL.index("eu")
_HANGUL_SILENT = _HANGUL_INITIAL.index("_")


def _hangul_as_latin(syllable: str) -> str:
    """One Hangul syllable in Latin letters (Revised Romanization; a closing consonant as it
    sounds, the silent first ㅇ left out, a lone consonant's written eu too)."""
    at = ord(syllable) - _HANGUL_FIRST
    first, rest = divmod(at, _HANGUL_VOWELS * _HANGUL_FINALS)
    vowel, final = divmod(rest, _HANGUL_FINALS)
    said = _HANGUL_VOWEL[vowel]
    if vowel == _HANGUL_EU and not final and first != _HANGUL_SILENT:
        said = ""  # 스 is s, 트 t: the consonant alone
    return _HANGUL_INITIAL[first].strip("_") + said + _HANGUL_FINAL[final]


def as_latin(word: str, classical: bool = False) -> str:
    """A katakana, Cyrillic, Greek or Hangul word (`SOUNDED`) in Latin letters by its sound,
    lower-case (Greek by its letters of old when `classical`: `_greek_as_latin`)."""
    if "\uac00" <= word[:1] <= "\ud7a3":
        return "".join(_hangul_as_latin(syllable) for syllable in word)
    if _script(word[:1]) == "g":
        return _greek_as_latin(word, classical)
    # composed first, so "й" and "ё" stay letters; an accent left over ("и́") is no sound
    word = _ACCENTS.sub("", unicodedata.normalize("NFKC", word)).lower().replace(_CYRILLIC_J, "j")
    word = "".join(chr(ord(c) + _HIRAGANA_TO_KATAKANA) if ord(c) in _HIRAGANA else c for c in word)
    out = ""
    for letter in word:
        if letter == "х" and out[-1:] in _ASPIRATED_AS_LATIN:
            out += "h"
        elif letter == "j":  # дж
            out += letter
        elif letter in _CYRILLIC:
            out += _CYRILLIC[letter].strip("_")
        elif "\u0400" <= letter <= "\u04ff":  # "ѕ", "ј": a letter Russian lacks, as it looks
            drawn = letter.translate(LOOKALIKES)
            out += drawn.lower() if drawn.isascii() and drawn.isalpha() else ""
        elif letter in _SMALL_VOWELS and out and out[-1] in "aiueo":
            out = out[:-1] + _SMALL_VOWELS[letter]
        elif letter in _SMALL_Y and out.endswith("i"):
            stem = out[:-1]
            out = stem + ("" if stem.endswith(("sh", "ch", "j")) else "y") + _SMALL_Y[letter]
        else:
            out += _KANA.get(letter, "")
    return out


#: A Cyrillic or Greek word spelt out letter by letter ("Б у н м а", "Б-у-н-м-а"): three
#: letters or more, each alone, one or two spaces, dots, dashes or underscores between them.
SPELT_OUT = re.compile(
    r"(?<![\u0370-\u03ff\u0400-\u04ff])[\u0370-\u03ff\u0400-\u04ff]"
    r"(?:[\s.\-_]{1,2}[\u0370-\u03ff\u0400-\u04ff](?![\u0370-\u03ff\u0400-\u04ff])){2,}"
)


def _script(letter: str) -> str:
    """ "c" for a Cyrillic letter, "g" for a Greek one, "l" for a Latin one, "" for an accent."""
    if "\u0400" <= letter <= "\u04ff":
        return "c"
    if "\u0370" <= letter <= "\u03ff" or "\u1f00" <= letter <= "\u1fff":
        return "g"
    return "" if _ACCENTS.match(letter) else "l"


def mixed(word: str) -> bool:
    """Whether a `EUROPEAN` word mixes Latin, Cyrillic and Greek letters ("Бунмa", "Sομying")."""
    return len({_script(letter) for letter in word} - {""}) > 1


def mixed_as_latin(word: str, classical: bool = False) -> str:
    """A word of mixed scripts (`mixed`) in Latin letters by its sound, each run of one script
    read as that script says it ("Бунмa" bunma, "Раkди" rakdi, "Sομying" somying), lower-case,
    accents dropped; Greek runs by their letters of old when `classical`."""
    runs: list[list[str]] = []
    for letter in word:
        script = _script(letter)
        if not script:
            continue
        if runs and runs[-1][0] == script:
            runs[-1][1] += letter
        else:
            runs.append([script, letter])
    said = ""
    for script, letters in runs:
        if script == "l":
            plain = unicodedata.normalize("NFKD", letters)
            said += "".join(c for c in plain if c.isascii()).lower()
        else:
            said += as_latin(letters, classical)
    return said


def other_readings(word: str) -> set[str]:
    """The other ways a Cyrillic or Greek word (`SOUNDED`, or a `mixed` `EUROPEAN` one) may
    be meant, in Latin letters, lower-case, the reading by sound left out: Greek's letters as
    carried into Latin of old (β b, η e: `_GREEK_CLASSICAL`), and its first letter, a capital,
    as the Latin capital it is drawn as (Β and В B, Η and Н H, Ρ and Р P), the rest by sound.
    One who spells a Thai name in letters they do not read picks them by look ("Βουνμα")."""
    read = mixed_as_latin if mixed(word) else as_latin
    said = read(word)
    found = {read(word, classical=True)} if any(_script(c) == "g" for c in word) else set()
    first = unicodedata.normalize("NFKC", word[:1]).translate(LOOKALIKES)
    if _script(word[:1]) in "cg" and word[:1].isupper() and first.isascii() and first.isalpha():
        found.add(first.lower() + (mixed_as_latin(word[1:]) if word[1:] else ""))
    return found - {said, ""}
