"""The complaint's words as a reviewer or an agency reads them: the complainant's name, the
name of the one filed for, sealed witnesses and the complainant's sealed phone replaced by marks
("[ชื่อผู้ร้อง]"), compared on a skeleton of the project's Thai clean-up (spacing, case,
zero-width and look-alike letters, tone marks and letters of one sound do not matter). Who
may read them unmasked is `tickets.sensitive`'s rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pythainlp.tokenize import word_tokenize

from handlers.thai.normalise import clean, is_dont_know, is_empty, strip_particles
from handlers.thai.phone import numbers_in
from handlers.understanding import lexicon
from handlers.understanding.romanised import has_thai, sound, word_sounds
from storage.models import Ticket

#: Whose words a mark stands for: the complainant's name, the one filed for, a sealed witness,
#: the complainant's sealed phone.
COMPLAINANT, AFFECTED, WITNESS, PHONE = "complainant", "affected", "witness", "phone"
WHOSE = (COMPLAINANT, AFFECTED, WITNESS, PHONE)
#: The catalogue key of each mark ("[ชื่อผู้ร้อง]").
MARK_KEY = "dash.masked.{}"
#: Marks that outlive the handler: the renderer puts the catalogue's text in their place
#: (`fill_marks`), in the reader's language.
PLACEHOLDERS = {whose: f"\u27e6{whose}\u27e7" for whose in WHOSE}
_PLACEHOLDER = re.compile("\u27e6(" + "|".join(WHOSE) + ")\u27e7")
_FILED_FOR_NAMED = re.compile(f"(?:{lexicon.FILED_FOR}){lexicon.BEHALF_NAME_AFTER}", re.I)
_RELATIVE_NAMED = re.compile(lexicon.RELATIVE_NAMED, re.I)
_OPENING_NAME = re.compile(lexicon.BEHALF_NAME_OPENING)
_TITLE = re.compile(rf"^(?:{lexicon.PERSON_TITLES})\s?")
# "ลุงสมศักดิ์", "พี่สมชาย": the name is also looked for without the word of address.
_ADDRESS = re.compile(rf"^(?:{lexicon.ADDRESS_WORDS})\s?")
_TITLE_BEFORE = re.compile(rf"(?:{lexicon.PERSON_TITLES})\s?$")
_NAME_PART = 3  # letters: a shorter part of a name is too likely an everyday word
# Witnesses are listed with cuts, joined by "และ"/"กับ" typed without gaps ("สมศรีและบุญมา"),
# or numbered ("1.สมศรี มีสุข 2.บุญมา ทองดี").
_WITNESS_SPLIT = re.compile(r"[,;\n/]|\s*(?:และ|กับ(?!ข้าว))\s*|\band\b|(?:^|\s)\d{1,2}\s*[.)]\s*")
# What they are to the complainant glued after the name ("สมศรีเพื่อนบ้าน"): cut off there.
_RELATION_AFTER = re.compile(
    "(?<=[ก-๛]{3})(?:" + "|".join(r for r in lexicon.RELATIVES_TH if len(r) >= 4) + ").*$"
)
# Not in the comparison key: spaces, invisible characters and what a phone number is cut with.
_UNKEYED = frozenset(" -.()_*,/")
# Not in the comparison key either: tone marks, the short-vowel mark, the silencer, a stray
# nikhahit and sara a written out, which a name typed in haste or as it sounds slips or adds
# ("ใจดีง่าม" for "ใจดีงาม", "วะนิดา" for "วนิดา"); a letter typed twice is one ("กิตติ",
# "กิติ"); and letters of one sound are one letter, so the key is the name's skeleton as it
# sounds. The initial letters' groups are PyThaiNLP's LK82 soundex's (pythainlp.soundex.lk82
# _TRANS1), keeping ก apart from ข/ค and ด/ต, บ/ป, ร/ล, ห/อ apart as a reader hears them;
# ใ is ไ and ำ (as "ํา" is typed too) is า.
_TONES = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4e\u0e4d\u0e30")
_SOUND_ALIKE = str.maketrans("ศษซฆฃฅขฌฉฎฏฐฑฒธถภผฝฬณญฮใำ", "สสสคคคคชชดตทททททพพฟลนยหไา")
# A consonant ending a word sounds as one of four ("ประเสริฐ", "ประเสริด"; "สมพร", "สมพน"):
# the Thai spelling rules of final consonants (LK82's second table groups them alike).
_FINAL_SOUND = str.maketrans("คจชดตทสนรลพฟ", "กดดดดดดนนนบบ")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
# What a witness is to them, said beside the name ("(เพื่อนบ้าน)"): not a name.
_ASIDE = re.compile(r"\(.*?\)")
# The name said after "ชื่อ" inside a part given with the words around it ("หลานชายชื่อตั้ม").
_NAMED_AFTER = re.compile(r"ชื่อ(?:ว่า|เล่น)?\s?([^\s,]+)")
_LATIN = re.compile(r"[a-z]+")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
# Letters of a name part's sound key ("rakdi"): a shorter one is too likely an everyday word.
_SOUNDED_PART = 4
# A name in Latin letters is looked for in Thai words up to this many long ("สม", "หญิง").
_SOUNDED_WORDS = 6
# What may stand between the words of one name ("Somying Rakdee", "Somying-Rakdee").
_BETWEEN_NAME_WORDS = re.compile(r"[\s.\-]*")
#: The ticket's fields a citizen types in their own words. Each leaves for a reviewer or an
#: agency (the ticket page, the export, the LINE card, the letter) only as `typed_words` gives
#: it: a name typed in any of them is marked as in the story.
TYPED = (
    "agency",
    "official",
    "place_text",
    "occurred_text",
    "description",
    "reported_to",
    "reported_reference",
)


def story_behalf_name(story: str | None) -> str | None:
    """The name of the one filed for, given in the story beside "แจ้งแทนพ่อ" ("แจ้งแทนพ่อค่ะ
    (นายสมบัติ ดีงาม)", "พ่อชื่อสมบัติ ทองมา") or in brackets opening it, or None (read only
    where the complaint is filed for someone)."""
    said = story or ""
    found = (
        _FILED_FOR_NAMED.search(said) or _OPENING_NAME.search(said) or _RELATIVE_NAMED.search(said)
    )
    name = found and found.groupdict().get("name")
    return name.strip() if name else None


def hidden_words(vault, ticket: Ticket) -> list[tuple[str, str]]:
    """(words, whose) of what a reviewer must not read in the complaint's words: the
    complainant's own name and the affected person's (sealed with the identity), the name of
    the one filed for given in the story, the sealed witnesses' names and the complainant's
    sealed phone."""

    def opened(field: str) -> str:
        sealed = getattr(ticket, field, None)  # a letter's preview passes a plain record
        return (vault.decrypt(sealed) or "") if sealed and vault is not None else ""

    found = [(opened("complainant_name_enc"), COMPLAINANT)]
    found.append((opened("affected_name_enc"), AFFECTED))
    if getattr(ticket, "behalf_of_enc", None):
        found.append((story_behalf_name(ticket.description) or "", AFFECTED))
    witnesses = opened("witnesses_enc") or getattr(ticket, "witnesses", None) or ""
    named = (
        _RELATION_AFTER.sub("", _ASIDE.sub("", name).strip())
        for name in _WITNESS_SPLIT.split(witnesses)
        if name
    )
    found += [(name, WITNESS) for name in named if not is_dont_know(name)]
    phone = re.sub(r"\D", "", opened("complainant_phone_enc"))
    if len(phone) >= 9:
        found += [(phone, PHONE)] + ([("66" + phone[1:], PHONE)] if phone[0] == "0" else [])
    return [(name.strip(), whose) for name, whose in found if name and not is_empty(name)]


def for_reviewers(vault, ticket: Ticket, text: str | None, marks: dict[str, str] | None = None):
    """The complaint's words as they leave for a reviewer or an agency: the hidden words
    (`hidden_words`) marked; `PLACEHOLDERS` unless the caller has the catalogue's marks."""
    return masked(text, hidden_words(vault, ticket), marks or PLACEHOLDERS)


def typed_words(
    ticket, names: list[tuple[str, str]], marks: dict[str, str], fields: tuple[str, ...] = TYPED
) -> dict[str, str]:
    """Each field of `TYPED` (or only `fields` of them) with `names` (`hidden_words`, or none
    for who may see them) marked."""
    return {field: masked(getattr(ticket, field, None), names, marks) for field in fields}


def typed_for_reviewers(vault, ticket: Ticket, marks: dict[str, str] | None = None):
    """Each field of `TYPED` as it leaves for a reviewer or an agency (`for_reviewers`)."""
    return typed_words(ticket, hidden_words(vault, ticket), marks or PLACEHOLDERS)


def fill_marks(text, mark_of) -> str:
    """`text` with each placeholder mark (`PLACEHOLDERS`) as `mark_of(whose)` says it."""
    if not isinstance(text, str) or "\u27e6" not in text:
        return text
    return _PLACEHOLDER.sub(lambda m: mark_of(m.group(1)), text)


def _keyed(text: str, finals: bool = True) -> tuple[str, list[int]]:
    """The comparison key of `text` (the project's clean-up, letter by letter, without spaces,
    invisible characters, cuts or tone marks, letters of one sound as one, a word's last
    consonant by its sound unless `finals` is off) and, for each of its letters, where it
    came from."""
    key: list[str] = []
    where: list[int] = []
    for index, letter in enumerate(text):
        if letter in _UNKEYED:
            continue
        for out in clean(letter).replace(" ", ""):
            if out in _TONES:
                continue
            out = out.translate(_SOUND_ALIKE)
            if finals and _ends_a_word(text, index):
                out = out.translate(_FINAL_SOUND)
            if out == "เ" and key and key[-1] == "เ" and where[-1] == index - 1:
                key[-1] = "แ"  # two sara e typed for sara ae
                continue
            if key and key[-1] == out and _THAI_LETTER.match(out):
                continue  # a letter typed twice
            key.append(out)
            where.append(index)
    return "".join(key), where


def _ends_a_word(text: str, index: int) -> bool:
    """Whether the letter at `index` is the last sounded one of a Thai word (marks after it)."""
    after = index + 1
    while after < len(text) and (
        clean(text[after]) in _TONES
        or not clean(text[after])  # invisible, or a mark the clean-up drops
        or (text[after] in _UNKEYED and not text[after].isspace())
    ):
        after += 1
    return after == len(text) or not _THAI_LETTER.match(clean(text[after]) or " ")


def _marks_after(text: str, end: int) -> int:
    """`end` moved past the tone marks right after it (left out of the key, part of the name)."""
    while end < len(text) and clean(text[end]) in _TONES:
        end += 1
    return end


def _forms(name: str) -> list[str]:
    """A name as it may be written: without its title, and also without a word of address
    ("ลุงสมศักดิ์ ใจดี" → "สมศักดิ์ ใจดี") when what is left is still a name."""
    bare = _TITLE.sub("", clean(name))
    plain = _TITLE.sub("", _ADDRESS.sub("", bare))
    return [bare] + ([plain] if plain != bare and len(_keyed(plain)[0]) > _NAME_PART else [])


def _spans(text: str, names: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, whose) in `text` of each name (whole, without its title, each part of
    it), compared on their keys, then of the phone and of a name written in the other
    script (`_other_spans`); the longest first, a span never inside another."""
    key, where = _keyed(text)
    wanted: set[tuple[str, str]] = set()
    for name, whose in names:
        for form in _forms(name):
            # a word's last letter by its sound, and as written (a name said inside a word);
            # "หลานชายชื่อตั้ม": ตั้ม too
            parts = [p for p in form.split() + _NAMED_AFTER.findall(form) if _may_be_a_name(p)]
            for finals in (True, False):
                wanted.add((_keyed(form, finals)[0], whose))
                wanted |= {(_keyed(p, finals)[0], whose) for p in parts}
    taken = [False] * len(key)
    spans: list[tuple[int, int]] = []
    whose_of: dict[tuple[int, int], str] = {}
    for part, whose in sorted(wanted, key=lambda w: len(w[0]), reverse=True):
        at = key.find(part) if part else -1
        while at >= 0:
            start, end = where[at], _marks_after(text, where[at + len(part) - 1] + 1)
            if not any(taken[at : at + len(part)]) and not _inside_a_word(text, part, start, end):
                taken[at : at + len(part)] = [True] * len(part)
                spans.append((start, end))
                whose_of[(start, end)] = whose
            at = key.find(part, at + len(part))
    for start, end, whose in _other_spans(text, names):
        if not any(s < end and start < e for s, e in spans):
            spans.append((start, end))
            whose_of[(start, end)] = whose
    found = []
    for start, end in sorted(spans):
        title = _TITLE_BEFORE.search(text[:start])
        found.append((title.start() if title else start, end, whose_of[(start, end)]))
    return found


def _other_spans(text: str, names: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, whose) of the sealed phone however it is cut (`numbers_in`), and of a name
    written in the other script: a Thai name in Latin letters ("Somying Rakdee" for "สมหญิง
    รักดี"), a Latin one in Thai, compared on their RTGS sound keys (`romanised.sound`)."""
    nationals = {n[1:] for n, whose in names if whose == PHONE and n.startswith("0")}
    numbers = numbers_in(text) if nationals else []
    spans = [(s, e, PHONE) for s, e, number in numbers if number in nationals]
    wanted: dict[str, str] = {}
    for name, whose in names:
        for form in _forms(name) if whose != PHONE else ():
            sounds = [k for word in form.split() for k in _sounds(word)]
            for said in [k for k in sounds if len(k) >= _SOUNDED_PART] + ["".join(sounds)]:
                wanted.setdefault(said, whose)
    if not wanted:
        return spans
    latin_name = any(not has_thai(name) for name, whose in names if whose != PHONE)
    words = _sounded_words(text, thai=latin_name)
    found: list[tuple[int, int, str]] = []
    for first in range(len(words)):
        said = ""
        for last in range(first, min(first + _SOUNDED_WORDS, len(words))):
            between = text[words[last - 1][1] : words[last][0]] if last > first else ""
            if not _BETWEEN_NAME_WORDS.fullmatch(between):
                break
            said += words[last][2]
            if said in wanted:
                found.append((words[first][0], words[last][1], wanted[said]))
    for start, end, whose in sorted(found, key=lambda f: f[0] - f[1]):  # the longest first
        if not any(s < end and start < e for s, e, _ in spans):
            spans.append((start, end, whose))
    return spans


# Romanising is slow (half a millisecond a word) and a page masks a dozen texts with the same
# names: the last words are remembered, a bounded few, as `clean` remembers the last texts.
@lru_cache(maxsize=1024)
def _sounds(word: str) -> tuple[str, ...]:
    """A word as sound keys: romanised when Thai ("รักดี" → rakdi), else as typed."""
    if has_thai(word):
        return word_sounds(word)
    return tuple(sound(w) for w in _LATIN_WORD.findall(word))


def _sounded_words(text: str, thai: bool) -> list[tuple[int, int, str]]:
    """(start, end, sound key) of each Latin word of `text` and, when `thai`, of each Thai word
    (cut by PyThaiNLP), in order."""
    words = [(m.start(), m.end(), sound(m.group())) for m in _LATIN_WORD.finditer(text)]
    if thai:
        at = 0
        for token in word_tokenize(text, keep_whitespace=True):
            start = text.find(token, at)
            if start < 0:
                continue
            at = start + len(token)
            if has_thai(token):
                words.append((start, at, "".join(_sounds(token))))
    return sorted(words)


def _may_be_a_name(part: str) -> bool:
    """A part of a name as given that may be a name: long enough, and not a word said around
    one ("ชื่อ", "เห็น", a particle), which would mask the same word wherever it is said."""
    word = strip_particles(clean(part)).strip()
    if len(_keyed(part)[0]) < _NAME_PART or not word:
        return False
    return word not in lexicon.NAME_FRAME_WORDS and word not in _stop_words()


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """Thai stop words (PyThaiNLP's list: particles and function words) that are no one's
    first name ("คำ", "เล็ก", "น้อย" are both, and stay masked)."""
    from pythainlp.corpus import thai_female_names, thai_male_names, thai_stopwords

    return frozenset(thai_stopwords()) - {*thai_male_names(), *thai_female_names()}


def _inside_a_word(text: str, part: str, start: int, end: int) -> bool:
    """A Latin name part inside a longer Latin word ("Tom" in "tomorrow"): not the name (Thai
    is typed without gaps, so a Thai part is taken wherever it is)."""
    if not _LATIN.fullmatch(part):
        return False
    return (
        text[start - 1 : start].isascii()
        and text[start - 1 : start].isalpha()
        or (text[end : end + 1].isascii() and text[end : end + 1].isalpha())
    )


def masked(text: str | None, names: list[tuple[str, str]], marks: dict[str, str]) -> str:
    """`text` with each name (whole, then without its title, then each part of it) replaced by
    its mark ("[ชื่อผู้ร้อง]"), whatever its spacing, case, invisible characters or look-alike
    letters; the longest first, so a whole name is one mark."""
    said = text or ""
    if not names:
        return said
    out, last = [], 0
    for start, end, whose in _spans(said, names):
        if start < last:
            continue
        out += [said[last:start], marks[whose]]
        last = end
    return "".join(out) + said[last:]
