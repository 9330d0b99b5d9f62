"""The complaint's words as a reviewer or an agency reads them: the complainant's name, the
name of the one filed for, sealed witnesses and the complainant's sealed phone replaced by marks
("[ชื่อผู้ร้อง]"), compared on a skeleton of the project's Thai clean-up (spacing, case,
zero-width and look-alike letters, tone marks and letters of one sound do not matter). Who
may read them unmasked is `tickets.sensitive`'s rule.
"""

from __future__ import annotations

import re
from functools import lru_cache

from handlers.thai.normalise import clean, is_dont_know, is_empty, strip_particles
from handlers.understanding import lexicon
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
_TITLE_BEFORE = re.compile(rf"(?:{lexicon.PERSON_TITLES})\s?$")
_NAME_PART = 3  # letters: a shorter part of a name is too likely an everyday word
_WITNESS_SPLIT = re.compile(r"[,;\n/]|\sและ\s?|\band\b")
# Not in the comparison key: spaces, invisible characters and what a phone number is cut with.
_UNKEYED = frozenset(" -.()")
# Not in the comparison key either: tone marks, the short-vowel mark and the silencer, which a
# name typed in haste slips ("ใจดีง่าม" for "ใจดีงาม"); and letters of one sound are one letter
# ("ศรีสุข", "สรีสุข"), so the key is the name's skeleton as it sounds.
_TONES = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4e")
_SOUND_ALIKE = str.maketrans("ศษฆฌฎฏฐฑฒธภฬณญ", "สสคชดตททททพลนย")
# What a witness is to them, said beside the name ("(เพื่อนบ้าน)"): not a name.
_ASIDE = re.compile(r"\(.*?\)")
_LATIN = re.compile(r"[a-z]+")


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
    named = (_ASIDE.sub("", name) for name in _WITNESS_SPLIT.split(witnesses))
    found += [(name, WITNESS) for name in named if not is_dont_know(name)]
    phone = re.sub(r"\D", "", opened("complainant_phone_enc"))
    if len(phone) >= 9:
        found += [(phone, PHONE)] + ([("66" + phone[1:], PHONE)] if phone[0] == "0" else [])
    return [(name.strip(), whose) for name, whose in found if name and not is_empty(name)]


def for_reviewers(vault, ticket: Ticket, text: str | None, marks: dict[str, str] | None = None):
    """The complaint's words as they leave for a reviewer or an agency: the hidden words
    (`hidden_words`) marked; `PLACEHOLDERS` unless the caller has the catalogue's marks."""
    return masked(text, hidden_words(vault, ticket), marks or PLACEHOLDERS)


def fill_marks(text, mark_of) -> str:
    """`text` with each placeholder mark (`PLACEHOLDERS`) as `mark_of(whose)` says it."""
    if not isinstance(text, str) or "\u27e6" not in text:
        return text
    return _PLACEHOLDER.sub(lambda m: mark_of(m.group(1)), text)


def _keyed(text: str) -> tuple[str, list[int]]:
    """The comparison key of `text` (the project's clean-up, letter by letter, without spaces,
    invisible characters, cuts or tone marks, letters of one sound as one) and, for each of
    its letters, where it came from."""
    key: list[str] = []
    where: list[int] = []
    for index, letter in enumerate(text):
        if letter in _UNKEYED:
            continue
        for out in clean(letter).replace(" ", ""):
            if out in _TONES:
                continue
            key.append(out.translate(_SOUND_ALIKE))
            where.append(index)
    return "".join(key), where


def _marks_after(text: str, end: int) -> int:
    """`end` moved past the tone marks right after it (left out of the key, part of the name)."""
    while end < len(text) and clean(text[end]) in _TONES:
        end += 1
    return end


def _spans(text: str, names: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """(start, end, whose) in `text` of each name (whole, without its title, each part of
    it), compared on their keys; the longest first, a span never inside another."""
    key, where = _keyed(text)
    wanted: set[tuple[str, str]] = set()
    for name, whose in names:
        bare = _TITLE.sub("", clean(name))
        wanted.add((_keyed(bare)[0], whose))
        wanted |= {(_keyed(p)[0], whose) for p in bare.split() if _may_be_a_name(p)}
    taken = [False] * len(key)
    spans: list[tuple[int, int, str]] = []
    for part, whose in sorted(wanted, key=lambda w: len(w[0]), reverse=True):
        at = key.find(part) if part else -1
        while at >= 0:
            start, end = where[at], _marks_after(text, where[at + len(part) - 1] + 1)
            if not any(taken[at : at + len(part)]) and not _inside_a_word(text, part, start, end):
                taken[at : at + len(part)] = [True] * len(part)
                title = _TITLE_BEFORE.search(text[:start])
                spans.append((title.start() if title else start, end, whose))
            at = key.find(part, at + len(part))
    return sorted(spans)


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
