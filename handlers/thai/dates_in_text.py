"""The time a longer text speaks of: "นายก อบต. เรียกเงินเมื่อวานซืน", "ช่วงสงกรานต์ปีที่แล้วเขามาเก็บ",
"he took money last Monday" — found where it begins and read by :func:`parse_when`, so a
time is understood the same way inside a story as on its own."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from handlers.thai import festivals
from handlers.thai.dates import WhenAnswer, parse_when_remembered
from handlers.thai.gated import gated
from handlers.thai.months import (
    ENGLISH_MONTHS,
    THAI_MONTHS,
    THAI_MONTHS_MISSPELT,
    THAI_MONTHS_SHORT,
    THAI_MONTHS_SPOKEN,
)
from handlers.thai.normalise import PARTICLES, clean
from handlers.thai.numbers import words_to_digits
from handlers.thai.spoken_dates import ENGLISH_DAYS, MONTH, THAI_DAYS, YEAR

#: After "may", what makes it the verb that asks or doubts, not the month ("may I", "may be").
_NOT_ASKING = r"(?!\s+(?:i|we|you|be|have)\b)"
_LONGEST = 40  # characters in a time phrase, at most
_TRIES = 60  # readings tried in one text, at most (a message is read within 2 ms)
_MONTH_NAMES = "|".join(
    [
        *(
            re.escape(m)
            for m in sorted(
                (*THAI_MONTHS, *THAI_MONTHS_SPOKEN, *THAI_MONTHS_SHORT, *THAI_MONTHS_MISSPELT),
                key=len,
                reverse=True,
            )
        ),
        # "may", not "mayor", nor the "may" that asks ("may I report…", "it may be")
        *(rf"\b{m}\b{_NOT_ASKING if m == 'may' else ''}" for m in ENGLISH_MONTHS),
    ]
)
_NUMBER_WORDS = "หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่สิบ"
#: Where a time can begin ("วัน" inside "กลางวัน", "ทุกวัน" is no day's name: "ค่าอาหาร
#: กลางวันเด็ก" is lunch money, not Children's Day). Gated (`gated`): with look-behinds in it
#: `re` had no first letter to skip ahead to, and tried every alternative at every place.
_START = gated(
    re.compile(
        rf"เม[ืิ]่?อ(?!ง)|มื้อ|วาน|(?<!กลาง)(?<!ทุก)(?<!ทั้ง)(?<!ราย)(?<!บาง)วัน|คืน|เดือน|ปี|อาทิตย์|สัปดาห์|(?:ต้น|กลาง|ปลาย|สิ้น)(?=ๆ?\s?(?:เดือน|ปี|{_MONTH_NAMES}))|ช่วง|ตอน"
        r"|ประมาณ|ราว|งาน|บุญ|เทศกาล|ไม่กี่|หลาย|พรุ่งนี้|มะรืน"
        # "ก่อนสงกรานต์", "หลังออกพรรษา": before or after a festival (those said without "วัน")
        r"|(?:ก่อน|หลัง)(?=\s?(?:วัน|งาน|บุญ|เทศกาล|เข้าพรรษา|ออกพรรษา|สงกรานต์|ปีใหม่|ลอยกระทง))"
        rf"|{THAI_DAYS}|{_MONTH_NAMES}|{_NUMBER_WORDS}|(?<![\w\-/])\d"
        r"|\b(?:yesterday|today|tonight|last|this|past|previous|early|mid|middle|end|beginning"
        rf"|late|a few|few|several|couple|one|two|three|four|five|ten|{ENGLISH_DAYS})\b"
    )
)
#: Where a time can end (besides a space, a comma or the end of the text).
#: A month's name is tried before a weekday's: "พฤษภาคม" ends after its last letter, never
#: after its "พฤ" (Thursday's short name). Gated, as `_START`.
_END = gated(
    re.compile(
        rf"ก่อน|แล้ว|นี้|มา|กลาย|กาย|(?<=เดือน)ก[ีิ][้๊]|(?<=อาทิตย์)ก[ีิ][้๊]|โน้น|หน้า|วาน|ซืน|คืน|เช้า|เอง|ๆ|\d(?!\d)|{_MONTH_NAMES}|{THAI_DAYS}"
    )
)
#: A number of days or years with no "ago": "ทำงานมา 5 ปี" is how long, not when.
_HOW_LONG = re.compile(r"^\d+\s*(?:วัน|อาทิตย์|สัปดาห์|เดือน|ปี|days?|weeks?|months?|years?)$")
_PARTICLES_AT_END = re.compile(
    r"(?:\s*(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + "))+$"
)
_NUMBERS_ONLY = re.compile(r"^[\d\s/.\-]+$")
#: A weekday's short English name alone ("mon", "sun", "sat") inside a longer text is a day only
#: after a word that makes it one ("on mon", "last sat"): in "tambon don mon" it is a place.
_BARE_DAY = re.compile(r"(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)[.,]?")
_DAY_CUE = re.compile(r"\b(?:on|last|this|past|previous|next|every)\s*$")
#: A year followed by what was received in it ("ปีนี้ได้มาเกือบ 5 แสน", "ปีที่แล้วได้งบ"): how
#: much, not when anything happened.
_RECEIVED_AFTER = re.compile(r"\s*(?:เขา|ทาง)?\s*(?:ได้(?:มา|รับ|งบ)|ได้\s*\d|งบ|รายได้)")


@lru_cache(maxsize=8)
def _festival_ends(year: int) -> re.Pattern[str]:
    """The last letters of every festival's name ("…กรานต์", "…ปีใหม่"), where a time may end."""
    tails = {name[-4:] for name in festivals.name_keys(year)}
    return re.compile("|".join(sorted(map(re.escape, tails), key=len, reverse=True)) or "(?!)")


@lru_cache(maxsize=8)
def _festival_starts(year: int) -> re.Pattern[str]:
    """The first words of festivals' English names ("Songkran last year"), where a time may
    begin though no word of time comes before it."""
    words = sorted(festivals.english_first_words(year), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b" if words else "(?!)")


def _starts(text: str, year: int) -> list[re.Match[str]]:
    """Where a time may begin in the text, in order."""
    found = [*_START.finditer(text), *_festival_starts(year).finditer(text)]
    return sorted(found, key=lambda m: m.start())


def _ends(text: str, start: int, year: int) -> list[int]:
    """Where a phrase beginning at `start` may end, the longest first."""
    stop = min(len(text), start + _LONGEST)
    window = text[start:stop]
    ends = {stop} if stop == len(text) else set()
    ends.update(start + m.start() for m in re.finditer(r"[\s,;:!?()\"]", window))
    ends.update(start + m.end() for m in _END.finditer(window))
    ends.update(start + m.end() for m in _festival_ends(year).finditer(window))
    return sorted((e for e in ends if e > start), reverse=True)


#: A sum said in words or in baht ("ร้อยนึง", "สองพันห้า", "2500 บาท") is how much, never a
#: month or a year, unless said as a year ("ปีสองพันห้าร้อยหกสิบเก้า").
_AMOUNT = re.compile(r"ร้อย|พัน|หมื่น|แสน|ล้าน|บาท|baht")
_SAID_AS_YEAR = re.compile(r"ปี|พ\.?\s*ศ")
#: A number that goes on into a sum ("ปีที่แล้ว 2 ล้าน", "ปีนี้ 3 แสน"): the number is how much,
#: so a time read up to it ("ปีที่แล้ว 2" as two years back) is no time said.
_SUM_GOES_ON = re.compile(r"[\d,.]*\s*(?:ร้อย|พัน|หมื่น|แสน|ล้าน|บาท|baht|million|thousand)")


def _plausible(phrase: str) -> bool:
    """Not a house number ("45/2"), a reference's year, a length of time or a sum."""
    if _HOW_LONG.match(words_to_digits(phrase)):
        return False
    if _AMOUNT.search(phrase) and not _SAID_AS_YEAR.search(phrase):
        return False
    return not _NUMBERS_ONLY.match(phrase) or phrase.count("/") == 2 or phrase.count("-") == 2


#: A deadline set ("ภายในวันที่ 10 ธ.ค. นี้", "หมดเขต 15 ธันวา", "pay by the 10th"): no time
#: anything happened, so a story's time is not read from it.
_DEADLINE = re.compile(
    r"(?:ภายใน|ไม่เกิน|หมดเขต|กำหนดส่ง|\bby|\bdue|\bdeadline|\bno later than)\s*(?:the\s*)?"
    rf"(?:วันที่|วัน)?\s*\d{{1,2}}(?:st|nd|rd|th)?\s*(?:{_MONTH_NAMES})?\.?\s*(?:นี้|ที่จะถึง)?",
    re.I,
)


#: A person's death or leaving just before a time ("แม่ใหญ่ทองใบตายไปสองปีแล้ว", "เสียชีวิตมาห้าปี
#: แล้ว", "เด็กที่ย้ายออกไปปีกว่าแล้ว"): when that person died or left, not when the deed was done.
_LIFE_EVENT_BEFORE = re.compile(
    r"(?:ตาย|เสีย(?:ชีวิต)?|สิ้นใจ|ย้าย(?:ออก|บ้าน|ที่อยู่)?|ลาออก|เกษียณ)\s*(?:ไป|มา)?\s*(?:ได้)?\s*$"
)


def _bare_day(cleaned: str, start: int, phrase: str) -> bool:
    """A short English weekday name with no word before it that makes it a day, in a text
    that says more than it."""
    if not _BARE_DAY.fullmatch(phrase) or cleaned.strip() == phrase:
        return False
    return not _DAY_CUE.search(cleaned[:start])


def find_when(text: str, today: date) -> tuple[WhenAnswer, str] | None:
    """The first time spoken of in `text` (relative to ``today``), read as
    :func:`parse_when` reads it, with the words it was read from; None when the text
    speaks of no time. A time in the future is passed over."""
    cleaned = _DEADLINE.sub(lambda m: " " * len(m.group(0)), clean(text))
    tries = 0
    coarse: tuple[WhenAnswer, str] | None = None
    passed = 0
    for found in _starts(cleaned, today.year):
        if coarse and found.start() < len(coarse[1]) + cleaned.find(coarse[1]):
            continue  # inside the year already read
        if found.start() < passed:
            continue  # inside the time of a death or a leaving
        if _LIFE_EVENT_BEFORE.search(cleaned[: found.start()]):
            passed = _time_end(cleaned, found.start(), today)
            continue
        for end in _ends(cleaned, found.start(), today.year):
            phrase = cleaned[found.start() : end].strip()
            if not phrase or not _plausible(phrase) or _bare_day(cleaned, found.start(), phrase):
                continue
            if phrase[-1].isdigit() and _SUM_GOES_ON.match(cleaned, end):
                continue
            tries += 1
            answer = parse_when_remembered(phrase, today)
            if answer.date is not None:
                if answer.precision == YEAR and _RECEIVED_AFTER.match(cleaned, end):
                    break
                read = answer, _PARTICLES_AT_END.sub("", phrase) or phrase
                if coarse is None and answer.precision in (YEAR, MONTH):
                    # "ก่อนเข้าพรรษาปีนี้ ประมาณ ก.ค.", "เดือนกันยา ราวๆ กลางเดือน": the finer
                    # time said after, within it, wins
                    coarse = read
                    break
                if coarse and not _within(answer, coarse[0]):
                    # "ปีที่แล้ว ประมาณ ต.ค.": the month of the year said before it
                    again = parse_when_remembered(f"{read[1]} {coarse[1]}", today)
                    if again.date is None or not _within(again, coarse[0]):
                        break
                    read = again, read[1]
                return read
            if tries >= _TRIES:
                return coarse
    return coarse


def _time_end(cleaned: str, start: int, today: date) -> int:
    """Where the longest time beginning at `start` ends (`start` when none does)."""
    for end in _ends(cleaned, start, today.year):
        phrase = cleaned[start:end].strip()
        if phrase and parse_when_remembered(phrase, today).date is not None:
            return end
    return start


def _within(finer: WhenAnswer, year: WhenAnswer) -> bool:
    """A time read after a year lies in that year ("ปีนี้ … เดือนกรกฎา")."""
    return year.date <= finer.date and (finer.end or finer.date) <= (year.end or year.date)


def other_times(
    text: str, read: str, today: date, kept: WhenAnswer | None = None
) -> list[WhenAnswer]:
    """The times `text` speaks of besides the one read from the words `read` ("วันพุธที่แล้ว
    แล้วก็เคยมาเก็บตอนเดือนกันยา": September too), at most three, each once: a thing that
    happened again is kept as every time it was said. A time around or within `kept` (the one
    read: "เดือนกันยา" of "เดือนกันยา ราวๆ กลางเดือน") is that time said again, not another."""
    rest = clean(text).replace(read, " ", 1)
    found: list[WhenAnswer] = [kept] if kept is not None and kept.date else []
    for _ in range(3):
        other = find_when(rest, today)
        if other is None:
            break
        rest = rest.replace(other[1], " ", 1)
        if found and _day_of(other[1], found[0]):
            continue  # "ปลายเดือนตุลาค่ะ ส่งงานวันที่ 28": the 28th of that October
        if all(not _overlaps(o, other[0]) for o in found):
            found.append(other[0])
    return found[1:] if kept is not None and kept.date else found


def _overlaps(one: WhenAnswer, other: WhenAnswer) -> bool:
    """The same time said twice: equal, or one lies within the other."""
    one_end, other_end = one.end or one.date, other.end or other.date
    inside = one.date <= other.date and other_end <= one_end
    return inside or (other.date <= one.date and one_end <= other_end)


#: A day of the month said bare ("วันที่ 28", "28"), with no month or year of its own.
_BARE_DATE = re.compile(r"(?:(?:ประมาณ|ราว\s?ๆ?|น่าจะ|คง)\s?)?(?:วันที่|วัน)?\s?(?P<day>\d{1,2})")
_MONTH_LONG = 62  # days in a time a bare day may belong to, at most


def _day_of(said: str, kept: WhenAnswer) -> bool:
    """A bare day of the month said after a month or part of one (`kept`) that holds such a
    day: the same time said finer, not a day of another month."""
    bare = _BARE_DATE.fullmatch(said.strip())
    first, last = kept.date, kept.end or kept.date
    if not bare or (last - first).days > _MONTH_LONG:
        return False
    day = int(bare["day"])
    return any((first + timedelta(days=n)).day == day for n in range((last - first).days + 1))
