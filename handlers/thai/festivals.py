"""Festivals and holidays by their real dates, from the `holidays` package's Thai calendar.

"ช่วงสงกรานต์", "วันลอยกระทง", "ตอนออกพรรษา", "around Songkran": the name is looked up among
the names `holidays.Thailand` gives each day (in Thai and in English, every category), and
the Thai lunisolar calendar for the days it does not list (Ok Phansa) and for Isan's merit
festivals of the twelve lunar months (ฮีตสิบสอง: "บุญข้าวจี่", "บุญผะเหวด", "บุญกฐิน"), each the
days of its lunar month or its lunar day. The seasons a village tells time by (school
breaks, rice planting and harvest) are honest spans of months, the same every year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

import holidays
from holidays.calendars.thai import _ThaiLunisolar
from rapidfuzz import fuzz, process

from handlers.thai import places

#: Days the Thai calendar knows but `holidays.Thailand` lists under no category.
_LUNISOLAR_ONLY = {
    "ออกพรรษา": "ok_phansa_date",
    "okphansa": "ok_phansa_date",
    "endofbuddhistlent": "ok_phansa_date",
    "endoflent": "ok_phansa_date",
}
#: Names of days that are not a festival of their own (substitute days, extra days off).
_NOT_A_FESTIVAL = re.compile(r"ชดเชย|หยุดพิเศษ|inlieu|bridge|specialholiday")
_NOISE = re.compile(r"[\s'’.,()\-]")
_TYPO_SCORE = 80  # "ลอยกระธง", "สงกรานด์": one letter off in a long name
_MIN_INSIDE = 6  # a shorter name must begin a holiday's name ("แม่", "พ่อ", "years")
_LUNISOLAR = _ThaiLunisolar()


#: Days of the lunar months 1..12 (odd months 29, even 30), before the year's extra day or month.
_LUNAR_MONTHS = (29, 30) * 6
_FULL_MOON = 15  # days of the waxing half (ขึ้น); the waning half (แรม) counts after them


def lunar_day(month: int, day: int, waning: bool, year: int) -> date | None:
    """The day of the Thai lunisolar calendar said as "ขึ้น/แรม <day> ค่ำ เดือน <month>" in the
    lunar year that mostly falls in `year` (it begins in the November or December before);
    None outside the calendar or for a day that month has not."""
    if not 1 <= month <= 12 or not 1 <= day <= _FULL_MOON:
        return None
    start = _LUNISOLAR._get_start_date(year)
    if start is None:
        return None
    lengths = list(_LUNAR_MONTHS)
    if year in _LUNISOLAR.ATHIKAWAN_YEARS_GREGORIAN:
        lengths[6] += 1  # the extra day of month 7
    before = sum(lengths[: month - 1])
    if year in _LUNISOLAR.ATHIKAMAT_YEARS_GREGORIAN and month > 8:
        before += 30  # the second month 8 ("แปดหลัง")
    if waning and day > lengths[month - 1] - _FULL_MOON:
        return None
    return start + timedelta(days=before + day - 1 + (_FULL_MOON if waning else 0))


#: A lunar day: (month, day, waning); a whole month is from its first day to the next's.
_WHOLE = None
#: Isan's merit festivals (ฮีตสิบสอง) by their lunar days: the first and the last (None: the
#: month is held all through, so its last day is the eve of the next month's first).
_MERIT = {
    "เข้ากรรม": ((1, 1, False), _WHOLE),
    "คูณลาน": ((2, 1, False), _WHOLE),
    "คูนลาน": ((2, 1, False), _WHOLE),
    "ข้าวจี่": ((3, 1, False), _WHOLE),
    "ผะเหวด": ((4, 1, False), _WHOLE),
    "พระเวส": ((4, 1, False), _WHOLE),
    "มหาชาติ": ((4, 1, False), _WHOLE),
    "บั้งไฟ": ((6, 1, False), _WHOLE),
    "ซำฮะ": ((7, 1, False), _WHOLE),
    "ชำฮะ": ((7, 1, False), _WHOLE),
    "ข้าวประดับดิน": ((9, 14, True), (9, 14, True)),
    "ข้าวสาก": ((10, 15, False), (10, 15, False)),
    "กฐิน": ((11, 1, True), (12, 15, False)),  # from the end of Lent a month on
    # the morning after Ok Phansa, the monks come down as the Buddha from heaven
    "ตักบาตรเทโว": ((11, 1, True), (11, 1, True)),
    "เทโว": ((11, 1, True), (11, 1, True)),
    "ทอดกฐิน": ((11, 1, True), (12, 15, False)),
}


def _merit_days(said: str, year: int) -> tuple[date, date] | None:
    """The first and last days of the Isan merit festival named by `said` in the lunar year
    mostly in `year`; None when `said` names none or the calendar has no such year."""
    name = next((n for n in _MERIT if said.startswith(n)), None)
    if name is None:
        return None
    (month, day, waning), last = _MERIT[name]
    first = lunar_day(month, day, waning, year)
    if last is _WHOLE:
        following = lunar_day(1, 1, False, year + 1) if month == 12 else None
        following = following or lunar_day(month + 1, 1, False, year)
        end = following - timedelta(days=1) if following else None
    else:
        end = lunar_day(*last, year)
    if first and end and month in _WITH_VISAKHA and year in _LUNISOLAR.ATHIKAMAT_YEARS_GREGORIAN:
        # A year with two eighth months keeps its rites of months 6-8 a month later, as
        # Visakha Bucha (the 15th of month 7 then): Bun Bang Fai 2569 is May-June, not April.
        first, end = first + _EXTRA_MONTH, end + _EXTRA_MONTH
    return (first, end) if first and end else None


#: The lunar months whose rites follow Visakha and Asalha Bucha a month later in a year with
#: an extra month (`holidays`' Thai calendar moves those two by 30 days likewise).
_WITH_VISAKHA = (6, 7, 8)
_EXTRA_MONTH = timedelta(days=30)


#: A Buddhist holy day ("วันพระ", "วันศีล"): the 8th and the 15th of each half of a lunar month.
_HOLY_DAY = ("พระ", "ศีล", "holyday", "buddhistholyday")


def holy_days(year: int) -> list[date]:
    """The Buddhist holy days of the lunar year mostly in `year`: waxing 8 and 15, waning 8
    and the month's last day (waning 14 or 15)."""
    days = []
    for month in range(1, 13):
        last = lunar_day(month, 15, True, year) or lunar_day(month, 14, True, year)
        said = (lunar_day(month, 8, False, year), lunar_day(month, 15, False, year))
        days += [d for d in (*said, lunar_day(month, 8, True, year), last) if d]
    return days


#: Seasons by their usual days (month, day) to (month, day), each year alike: the school
#: breaks of the Thai school year (the long one from mid-March to mid-May, the short one in
#: October), the terms' openings and Isan's rice year (transplanting from June, once the rains
#: come, to August; the main harvest in November and December; a late or early field is still
#: inside or next to it).
_SEASONS = {
    "ปิดเทอมใหญ่": (((3, 15), (5, 15)),),
    "ปิดเทอมเล็ก": (((10, 1), (10, 31)),),
    "ปิดเทอม1": (((10, 1), (10, 31)),),
    "ปิดเทอมหนึ่ง": (((10, 1), (10, 31)),),
    "ปิดเทอม2": (((3, 15), (5, 15)),),
    "ปิดเทอมสอง": (((3, 15), (5, 15)),),
    "ปิดเทอม": (((3, 15), (5, 15)), ((10, 1), (10, 31))),  # either: the latest begun
    "schoolholiday": (((3, 15), (5, 15)), ((10, 1), (10, 31))),
    # the terms' first weeks: the first term opens mid-May, the second on 1 November
    "เปิดเทอมหนึ่ง": (((5, 16), (5, 31)),),
    "เปิดเทอมแรก": (((5, 16), (5, 31)),),
    "เปิดเทอม1": (((5, 16), (5, 31)),),
    "เปิดเทอมสอง": (((11, 1), (11, 15)),),
    "เปิดเทอมหลัง": (((11, 1), (11, 15)),),
    "เปิดเทอม2": (((11, 1), (11, 15)),),
    "เปิดเทอม": (((5, 16), (5, 31)), ((11, 1), (11, 15))),  # either: the latest begun
    "schoolbreak": (((3, 15), (5, 15)), ((10, 1), (10, 31))),
    "เกี่ยวข้าว": (((11, 1), (12, 31)),),
    "เก็บเกี่ยว": (((11, 1), (12, 31)),),
    "หน้าเกี่ยว": (((11, 1), (12, 31)),),
    "ฤดูเกี่ยว": (((11, 1), (12, 31)),),
    "harvest": (((11, 1), (12, 31)),),
    "riceharvest": (((11, 1), (12, 31)),),
    # Phanom Rung's climb (ขึ้นเขาพนมรุ้ง) is held at the full moon of the fifth lunar month,
    # which falls in March or April: villagers name the season, not the night
    "ขึ้นเขาพนมรุ้ง": (((3, 1), (4, 30)),),
    "งานขึ้นเขาพนมรุ้ง": (((3, 1), (4, 30)),),
    "งานพนมรุ้ง": (((3, 1), (4, 30)),),
    "เทศกาลพนมรุ้ง": (((3, 1), (4, 30)),),
    "ดำนา": (((6, 1), (8, 31)),),
    "หน้าดำนา": (((6, 1), (8, 31)),),
    "ปักดำ": (((6, 1), (8, 31)),),
}


#: "…จนถึง", "…มาถึง" right after a season's name: the season begins a span said after it.
_UNTIL_AFTER = re.compile(r"(?:ค่ะ|คะ|ครับ|คับ|จ้ะ|จ้า|นะ)*(?:มา)?(?:จน)?(?:ถึง|ฮอด)")


def _season_days(said: str, year: int) -> list[tuple[date, date]]:
    """The spans of the season named by `said` ("ปิดเทอมใหญ่", "เกี่ยวข้าว") in `year`,
    earliest first; empty when it names none. The longest name wins ("ปิดเทอมใหญ่" over
    "ปิดเทอม"); words after it ("ข้าวนาปี") are the season's own."""
    name = max((n for n in _SEASONS if said.startswith(n)), key=len, default=None)
    if name is None or _UNTIL_AFTER.match(said, len(name)):
        return []  # "เปิดเทอมสองจนถึงตอนนี้": the season is one end of a span, read as such
    return [(date(year, *first), date(year, *last)) for first, last in _SEASONS[name]]


def comes_twice(said: str) -> bool:
    """Whether `said` names a season that comes twice a year and says not which ("เปิดเทอม",
    "ปิดเทอม"; not "เปิดเทอมสอง"): with a year said, either may be meant."""
    said = _key(said)
    name = max((n for n in _SEASONS if said.startswith(n)), key=len, default=None)
    return name is not None and len(_SEASONS[name]) > 1


def season_names() -> frozenset[str]:
    """The seasons' names, as looked up (no spaces)."""
    return frozenset(_SEASONS)


def _key(name: str) -> str:
    key = _NOISE.sub("", name.lower())
    return key.removeprefix("วัน")


@lru_cache(maxsize=256)
def _named_days(year: int, english: bool) -> tuple[tuple[date, str], ...]:
    """Every (day, name key) of a year in Thai or in English, every category."""
    days: list[tuple[date, str]] = []
    calendar = holidays.Thailand(
        years=year,
        language="en_US" if english else "th",
        categories=holidays.Thailand.supported_categories,
    )
    for day, names in calendar.items():
        for name in names.split("; "):
            key = _key(name)
            if not _NOT_A_FESTIVAL.search(key):
                days.append((day, key))
    for name, method in _LUNISOLAR_ONLY.items():
        day = getattr(_LUNISOLAR, method)(year)
        if day is not None and name.isascii() == english:
            days.append((day, name))
    return tuple(days)


@lru_cache(maxsize=8)
def english_first_words(year: int) -> frozenset[str]:
    """The first word of each festival's English name ("songkran", "loy", "makha"), where a
    time said in English may begin; words of four letters or more."""
    calendar = holidays.Thailand(
        years=year, language="en_US", categories=holidays.Thailand.supported_categories
    )
    words = {n.split()[0].lower() for names in calendar.values() for n in names.split("; ")}
    return frozenset(w for w in words if len(w) >= 4 and w.isalpha())


@lru_cache(maxsize=8)
def english_and_thai(year: int) -> tuple[tuple[str, str], ...]:
    """Each festival's English name (no spaces: "loykrathong") with its Thai one
    ("ลอยกระทง"), paired by their day, for Thai typed in Latin letters."""
    thai: dict[date, list[str]] = {}
    for day, name in _named_days(year, False):
        thai.setdefault(day, []).append(name)
    pairs = []
    for day, name in _named_days(year, True):
        if len(thai.get(day, ())) == 1 and name.isalpha():  # one name that day: no doubt
            bare = re.sub(r"(?:festival|day)$", "", name)
            pairs += [(name, thai[day][0])] + ([(bare, thai[day][0])] if bare != name else [])
    return tuple(pairs)


def name_keys(year: int) -> frozenset[str]:
    """The Thai names of a year's festivals, holidays and seasons, as looked up (no spaces,
    no "วัน")."""
    named = frozenset(name for _, name in _named_days(year, False))
    return named | frozenset(n for n in _SEASONS if not n.isascii())


@lru_cache(maxsize=64)
def _named_days_of(first: int, last: int, english: bool) -> tuple[tuple[date, str], ...]:
    """`_named_days` of the years `first` to `last`, one after the other."""
    return tuple(named for year in range(first, last + 1) for named in _named_days(year, english))


@lru_cache(maxsize=64)
def _names_of(first: int, last: int, english: bool) -> str:
    """The names of `_named_days_of`, one a line: a word found in none of them is no
    festival's, whatever the name it would begin or be inside."""
    return "\n".join(name for _, name in _named_days_of(first, last, english))


def _runs(days: list[date]) -> list[tuple[date, date]]:
    """Consecutive days grouped: [(first, last), ...]."""
    runs: list[tuple[date, date]] = []
    for day in sorted(set(days)):
        if runs and day - runs[-1][1] == timedelta(days=1):
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


@lru_cache(maxsize=1024)
def occurrences(said: str, year: int) -> tuple[tuple[date, date], ...]:
    """The festival named by `said` in the years around `year`: its (first, last) days, one
    span each year. Empty when the name is no festival or names several different days of
    one year."""
    said = _key(said)
    if len(said) < 3:
        return ()
    merit = [days for y in range(year - 2, year + 2) if (days := _merit_days(said, y))]
    if merit:
        return tuple(merit)
    seasons = [days for y in range(year - 2, year + 2) for days in _season_days(said, y)]
    if seasons:
        return tuple(seasons)
    if said in _HOLY_DAY:  # every one of them, the most recent is meant
        return tuple((d, d) for y in range(year - 2, year + 2) for d in sorted(holy_days(y)))
    first, last = date(year - 2, 1, 1), date(year + 1, 12, 31)
    inside = len(said) >= _MIN_INSIDE  # `_matches`, written out: it is tried on every name
    try:
        english = said.isascii()
        named = (
            [
                (day, name)
                for day, name in _named_days_of(first.year, last.year, english)
                if name.startswith(said) or (inside and said in name)
            ]
            if said in _names_of(first.year, last.year, english)
            else []
        )
    except (NotImplementedError, ValueError, KeyError):  # a year outside the calendar
        return ()
    if not named:
        return _misspelt(said, year)
    # "พ่อ" begins both วันพ่อแห่งชาติ and วันพ่อขุนรามคำแหง: the closest name wins.
    closest = min(len(name) for _, name in named)
    runs = [
        (s, e)
        for s, e in _runs([day for day, name in named if len(name) == closest])
        if s != first and e != last  # cut by the window's edge
    ]
    ends = [e.year for _, e in runs]
    if not runs or len(set(ends)) != len(ends):
        return ()
    return tuple(runs)


def forget() -> None:
    """Forget the festivals looked up by the words a person typed (`occurrences` is keyed on
    them): the understanding calls it once a message is read, so no typed words stay."""
    occurrences.cache_clear()


#: รร is said "an" (พรรษา: พันสา); the rest as places are said (`places.sound_key`).
_RORHAN = re.compile(r"รร(?=[\u0e01-\u0e2e])")
_SOUNDED_FROM = 4  # "สงกาน": a name this long is matched by its sound alone


def _sounds(name: str) -> str:
    return places.sound_key(_RORHAN.sub("ัน", name))


@lru_cache(maxsize=16)
def _names_by_sound(year: int) -> dict[str, tuple[str, ...]]:
    """The Thai festival names of a year by how they sound (`_sounds`), each sound's once."""
    heard: dict[str, set[str]] = {}
    for _, name in _named_days(year, False):
        heard.setdefault(_sounds(name), set()).add(name)
    return {sound: tuple(names) for sound, names in heard.items()}


def _misspelt(said: str, year: int) -> tuple[tuple[date, date], ...]:
    """The festival a misspelt name is closest to: one spelled as it is said ("สงกาน",
    "ออกพันสา"), or a long one a letter off ("ลอยกระธง" -> ลอยกระทง)."""
    names = {name for _, name in _named_days(year, said.isascii())}
    if not said.isascii() and len(said) >= _SOUNDED_FROM:
        heard = _names_by_sound(year).get(_sounds(said), ())
        if len(heard) == 1:
            return occurrences(heard[0], year)
    if len(said) < _MIN_INSIDE:
        return ()
    best = process.extractOne(said, names, scorer=fuzz.ratio, score_cutoff=_TYPO_SCORE)
    return occurrences(best[0], year) if best else ()
