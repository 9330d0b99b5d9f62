"""Thai typed in Latin letters ("khao ja ying phom", "mee khon ma khu tee baan"), read through
a Thai lens. Nothing is listed by hand: the project's own Thai examples and threat words are
romanised (RTGS, PyThaiNLP's rule-based "royin") word by word, and both they and the typed
text are reduced to a sound key that forgives the usual spellings (kh/k, ph/p, th/t, j/ch,
ee/i, oo/u, doubled letters, a final h). English is told apart by its stop words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from pythainlp.tokenize import word_tokenize
from pythainlp.transliterate import romanize

from handlers.thai import festivals
from handlers.thai.months import THAI_MONTHS_SPOKEN
from handlers.thai.normalise import PARTICLES
from handlers.thai.spoken_dates import THAI_DAYS
from handlers.understanding import lexicon
from handlers.understanding.corpus import examples

_THAI = re.compile(r"[\u0e00-\u0e7f]")
_WORD = re.compile(r"[a-z]+")
#: Spellings of one Thai sound, reduced to one letter or pair (order matters: longest first).
_SOUNDS = (
    ("kh", "k"),
    ("ph", "p"),
    ("th", "t"),
    ("ch", "c"),
    ("j", "c"),
    ("ee", "i"),
    ("ii", "i"),
    ("oo", "u"),
    ("uu", "u"),
    ("aa", "a"),
    ("eu", "ue"),
    ("ea", "ae"),
)
_DOUBLED = re.compile(r"(.)\1+")
_FINAL = {"d": "t", "b": "p", "g": "k"}
#: A threat sound said this many times more often (by share) in other texts than in threats
#: is mostly another word, typed alike ("mai": ไม่ and ไหม้).
LOOSE = 2
#: A romanised Thai text has at least this many words (one word alone is too often English).
MIN_WORDS = 2


#: How Thais also spell a name past RTGS, forgiven by the `loose` key (`sound`): q for k
#: ("Raqdee"), a g that is no "ng" for k ("Rugdee", "Gai"), a y closing a vowel for i
#: ("Somchay", "Noy") or ending a word for i ("Tongdy"), an r lengthening a vowel
#: ("Boonmar", "Parn"), and "aw" before a consonant for the o of อ ("Thawngdee", as Burmese
#: and English spell it). RTGS writes none of these, so a Thai word's key is the same either
#: way. ("ou" is o or u, "Thoungdee", "Bounma": one key cannot say which,
#: `masking` compares such a word vowel-blind.)
_LOOSE = (
    (re.compile("q"), "k"),
    (re.compile("(?<!n)g"), "k"),
    (re.compile("(?<=[aeiou])y(?![aeiou])"), "i"),
    (re.compile("(?<=[^aeiou])y$"), "i"),
    (re.compile("(?<=[aeiou])r(?![aeiou])"), ""),
    (re.compile("aw(?=[^aeiouy])"), "o"),
)


# The readers of one message ask for its words' sounds hundreds of times: remembered while
# it is read, then forgotten (`forget`).
@lru_cache(maxsize=1024)
def sound(word: str, loose: bool = False) -> str:
    """One Latin word as a sound key: "khao" and "kao" → "kao", "mee" → "mi", "jing" → "cing";
    `loose`, a name's key, forgives the spellings of `_LOOSE` too ("Rugdee" → rukdi)."""
    key = word.lower()
    if loose:
        key = sound(key)
        for spelled, said in _LOOSE:
            key = spelled.sub(said, key)
        return _DOUBLED.sub(r"\1", key)
    for spelled, said in _SOUNDS:
        key = key.replace(spelled, said)
    key = _DOUBLED.sub(r"\1", key)
    if len(key) > 2 and key.endswith("h"):
        key = key[:-1]
    if len(key) > 2 and key.endswith("or"):  # "bor", "kor", "mor": บ่, ก., หมอ are said "o"
        key = key[:-1]
    if len(key) > 2 and key[-1] in _FINAL and not key.endswith("ng"):
        key = key[:-1] + _FINAL[key[-1]]
    return key


def has_thai(text: str) -> bool:
    """Whether the text has any Thai letter."""
    return bool(_THAI.search(text))


def keyed(text: str) -> list[str]:
    """The sound keys of the Latin words of a text, in order."""
    return [sound(w) for w in _WORD.findall(text.lower())]


def thai_words(text: str) -> list[str]:
    """A Thai text romanised word by word, as sound keys ("เขาจะยิงผม" → kao ca ying pom)."""
    words = (w for w in word_tokenize(text, keep_whitespace=False) if _THAI.search(w))
    return [k for w in words for k in _romanised(w)]


def word_sounds(word: str, loose: bool = False) -> tuple[str, ...]:
    """One Thai word romanised (RTGS) as sound keys ("รักดี" → rakdi, the key of "Rakdee" too),
    `loose` as `sound` says; not remembered here (a caller reading names keeps its own bounded
    memory)."""
    said = _WORD.findall(romanize(word, engine="royin").lower())
    return tuple(sound(w, loose) for w in said)


@cache
def _romanised(word: str) -> tuple[str, ...]:
    return tuple(keyed(romanize(word, engine="royin")))


@cache
def vocabulary() -> frozenset[str]:
    """Every romanised Thai word of the examples and the word lists (sound keys)."""
    texts = [row["text"] for row in examples() if _THAI.search(row["text"])]
    texts += [w for words in lexicon.KIND_KEYWORDS.values() for w in words if _THAI.search(w)]
    return frozenset(k for text in texts for k in thai_words(text) if len(k) > 1)


@lru_cache(maxsize=64)
def is_romanised_thai(text: str) -> bool:
    """Latin letters only, and more of its words romanised Thai than English stop words."""
    if _THAI.search(text):
        return False
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return False
    stop_words = lexicon.ENGLISH_STOP_WORDS
    english = sum(w in stop_words for w in words)
    thai = sum(sound(w) in vocabulary() and w not in stop_words for w in words)
    return thai > english


def _one_thai_word(text: str) -> bool:
    """One Latin word alone, a Thai word's sound and no English stop word ("dai", not "no")."""
    words = _WORD.findall(text.lower())
    if _THAI.search(text) or len(words) != 1 or words[0] in lexicon.ENGLISH_STOP_WORDS:
        return False
    return sound(words[0]) in vocabulary()


def _no_english(text: str) -> bool:
    """Latin words only, two or more, none an English stop word ("sawatdee krub": words the
    examples may not hold, a greeting and a particle, which only the spelling knows)."""
    words = _WORD.findall(text.lower())
    if _THAI.search(text) or len(words) < MIN_WORDS:
        return False
    return not any(w in lexicon.ENGLISH_STOP_WORDS for w in words)


def as_thai(text: str) -> str:
    """The text as the romanised Thai model reads it: its words' sound keys."""
    return " ".join(keyed(text))


#: The polite particles of Thai typed in Latin letters ("krub", "kha", "ja").
LATIN_PARTICLE = r"(?:krub|khrap|krap|kub|khub|ka|kha|ja|jaa|na|deu|der)"
#: Thai typed in Latin letters, ending as a question does ("tong bok chue mai krub").
_QUESTION = re.compile(
    r"\b(?:mai|mai?h|rue ?plao|reu ?plao|yang ?ngai|thao ?rai|tao ?rai|ki ?wan|kee ?wan|rue|bo)"
    rf"(?:\s*{LATIN_PARTICLE})*\s*\??$",
    re.I,
)
_PARTICLES_AT_END = re.compile(rf"(?:[\s,.!]+(?:{LATIN_PARTICLE}|please)\b)+[\s,.!]*$", re.I)


def without_particles(text: str) -> str:
    """Latin-letter words with the polite particles (or "please") closing them dropped ("nong
    ki kha" → "nong ki"): the name said, not the courtesy."""
    return _PARTICLES_AT_END.sub("", text.strip())


#: A question asked before what it is about ("tamruat ja ru mai krub wa pom pen khon jaeng":
#: will the police know that I reported?): รู้ไหม, or a question word, a particle, then ว่า.
_ASKED_BEFORE_WA = re.compile(
    rf"\b(?:ru|roo|rou)\s*mai\b|\bmai(?:\s*{LATIN_PARTICLE})+\s+wa\b", re.I
)


def asks(text: str) -> bool:
    """Thai typed in Latin letters that ends as a question does ("tong bok chue mai krub",
    "plod phai mai"), after what it asks ("mai kha" alone is "no"), or asks before what it
    is about ("… ja ru mai krub wa pom pen khon jaeng")."""
    if not is_romanised_thai(text):
        return False
    found = _QUESTION.search(text.strip())
    inside = _ASKED_BEFORE_WA.search(text)
    return (bool(found) and found.start() > 0) or (bool(inside) and inside.start() > 0)


def says(text: str, words: Iterable[str], negated: bool = False) -> str | None:
    """The Thai word of `words` whose sounds the Latin text says ("bok chue dai" says
    "บอกชื่อได้"), said with "not" in the two words before it when `negated` ("mai bok chue",
    "bor tong bok chue"), else without; or None. Of several, as `value_kit.has` picks: the one
    of most sounds (all of what was typed: "sai chue dai" says ใส่ชื่อได้, not only ใส่ชื่อ),
    then the one said first, then by spelling, whatever order `words` (often a set) holds."""
    keys = keyed(text)
    best: tuple[int, int, str] | None = None
    for word in words:
        sounds = _sounds_of(word) if _THAI.search(word) else ""
        if not sounds:
            continue
        for start in range(len(keys)):
            run = ""
            for end in range(start, len(keys)):
                run += keys[end]
                if len(run) >= len(sounds):
                    break
            if run == sounds and any(k in NOT for k in keys[max(0, start - 2) : start]) == negated:
                found = (len(sounds), -start, word)
                best = found if best is None else max(best, found)
                break  # its first place is the one that counts
    return best[2] if best else None


#: Thai abbreviations of agencies spelled out in Latin letters ("o bo to", "orbortor", "obt",
#: "ok bor tor": อ's name typed "ok" by ear), with the Thai they are. Not the "ok" of "nai ok
#: bor tor": there it ends นายก (`lexicon.OFFICIALS_SAID_IN_LATIN` reads the whole).
ABBREVIATIONS = (
    (
        re.compile(r"(?<!nai )\ba?o[rk]?\.?\s?b(?:or?)?\.?\s?tor?\b\.?|\b[oa]\.?b\.?t\b\.?", re.I),
        "อบต.",
    ),
    (
        re.compile(r"(?<!nai )\ba?o[rk]?\.?\s?b(?:or?)?\.?\s?jor?\b\.?|\b[oa]\.?b\.?j\b\.?", re.I),
        "อบจ.",
    ),
)


#: "nai ok bor tor": นายก and the letters of อบต. run on, its อ heard in the "ok".
_MAYOR_BY_EAR = re.compile(r"\bnai\s?ok\s+(?=b(?:or?)?\s?(?:tor?|jor?)\b)", re.I)


def _abbreviations_in_thai(text: str) -> str:
    """A Latin text with the agencies it spells by their letters' names in Thai ("ok bor tor
    ban pao" → "อบต. ban pao", "nai ok bor tor" → "นายก อบต.")."""
    text = _MAYOR_BY_EAR.sub("นายก o ", text)
    for pattern, thai in ABBREVIATIONS:
        text = pattern.sub(f" {thai} ", text)
    return _MEMBER_BY_LETTER.sub("ส.", text)


#: "sor o bo to": ส.อบต., a council member, the ส named by its letter.
_MEMBER_BY_LETTER = re.compile(r"\bs(?:or?)?\.?\s*(?=\s?อบ[ตจ])", re.I)


def spells_abbreviation(text: str) -> bool:
    """Whether a Latin text types an agency's abbreviation by its letters ("o bo to")."""
    if _THAI.search(text):
        return False
    return bool(_MAYOR_BY_EAR.search(text)) or any(p.search(text) for p, _ in ABBREVIATIONS)


@lru_cache(maxsize=64)
def official_said(text: str) -> str | None:
    """The official's position a Latin text says as Thai sounds, as the Thai word of the
    word list ("kamnan kha" → กำนัน, "phu chuay phu yai baan" → ผู้ช่วยผู้ใหญ่บ้าน, "nayok o bo
    to" → นายก อบต.): the longest position heard, typed as the romaniser spells it or by ear."""
    if _THAI.search(text):
        return None
    agency = next((thai for pattern, thai in ABBREVIATIONS if pattern.search(text)), None)
    rest = text
    for pattern, _ in ABBREVIATIONS:
        rest = pattern.sub(" ", rest)
    if agency is None and not (is_romanised_thai(rest) or _one_thai_word(rest)):
        return None
    typed = keyed(rest)
    heard = (typed, [_spellings(k)[-1] for k in typed])
    for said, word in _officials_in_latin():
        if any(_runs_to(keys, said) for keys in heard):
            moo = _LATIN_MOO.search(rest) if word in _VILLAGE_POSTS else None
            if moo:  # "phu chuay phuyai baan moo 7": whose village, kept (round 26)
                return f"{word} หมู่ {moo.group(1)}"
            return f"{word} {agency}" if agency and " " not in word else word
    return None


#: The village posts, whose village is said by its number ("moo 7", "mu 4").
_VILLAGE_POSTS = ("ผู้ใหญ่บ้าน", "ผู้ช่วยผู้ใหญ่บ้าน")
_LATIN_MOO = re.compile(r"\b(?:moo|mu|muu|moh)\s*(\d{1,2})\b", re.I)


@cache
def _officials_in_latin() -> tuple[tuple[str, str], ...]:
    """Each way a position is typed in Latin letters, as one sound key, with its Thai; the
    longest first ("phu chuay phu yai ban" before "phu yai ban")."""
    said = [
        ("".join(keyed(latin)), thai)
        for thai, ways in lexicon.OFFICIALS_SAID_IN_LATIN.items()
        for latin in ways
    ]
    return tuple(sorted(said, key=lambda pair: -len(pair[0])))


def _runs_to(keys: list[str], sounds: str) -> bool:
    """Some run of the keys, one after another, spells exactly `sounds`."""
    for start in range(len(keys)):
        run = ""
        for key in keys[start:]:
            run += key
            if len(run) >= len(sounds):
                break
        if run == sounds:
            return True
    return False


#: "Not" as typed: ไม่ and the Isan บ่ (which the rule-based romaniser renders as "b").
NOT = ("mai", "bo", "mi")


@cache
def _sounds_of(word: str) -> str:
    return "".join(thai_words(word))


@cache
def threat_sounds() -> tuple[tuple[str, ...], ...]:
    """The Thai threat words and danger cues as sound-key sequences, less those that are
    mostly other words: typed without tones or vowel length, "ฆ่า" is "ค่ะ", "ตี" is "ที่" and
    "ไหม้" is "ไม่". A sound is dropped when the examples' other texts say it far more often
    (`LOOSE`) than their threats do; "ka" stays, as "ฆ่า" must be heard, and the romanised danger
    model tells it from "ค่ะ" by the words around it."""
    words = {w for w in (*lexicon.THREAT_STEMS, *lexicon.DANGER_CUES) if _THAI.search(w)}
    sounds = {keys for keys in (tuple(thai_words(w)) for w in words) if keys}
    return tuple(sorted(keys for keys in sounds if _said_in_threats(" ".join(keys))))


def _said_in_threats(sounds: str) -> bool:
    """Whether the examples' threats say these sounds not far less often than their other texts."""
    threats, others = _sounded_examples()
    said = f" {sounds} "
    share = [
        sum(said in text for text in texts) / max(len(texts), 1) for texts in (threats, others)
    ]
    return share[0] * LOOSE >= share[1]


@cache
def _sounded_examples() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The Thai examples as sound keys (spaced, padded): the threats, and every other text."""
    rows = [row for row in examples() if _THAI.search(row["text"])]
    keyed = [(f" {' '.join(thai_words(row['text']))} ", row["intent"] == "danger") for row in rows]
    return tuple(t for t, d in keyed if d), tuple(t for t, d in keyed if not d)


@cache
def _threat_pattern() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The threat sounds as one pattern over spaced keys, and the long ones typed run together."""
    spaced = sorted((" ".join(keys) for keys in threat_sounds()), key=len, reverse=True)
    pattern = re.compile(r"(?:^|\s)(" + "|".join(map(re.escape, spaced)) + r")(?=\s|$)")
    joined = tuple(w.replace(" ", "") for w in spaced if len(w.replace(" ", "")) >= 5)
    return pattern, joined


@lru_cache(maxsize=64)
def threat_cue(text: str) -> str | None:
    """The romanised Thai threat word in a Latin text ("ying" in "khao ja ying phom")."""
    if not is_romanised_thai(text):
        return None
    keys = _owned_not_harm(_places_unsaid(text))
    pattern, joined = _threat_pattern()
    for said in (keys, [_spellings(k)[-1] for k in keys]):  # as typed, then by ear ("tum rai")
        found = pattern.search(" ".join(said))
        if found:
            return found.group(1)
        cue = next((word for word in joined if word in "".join(said)), None)
        if cue:
            return cue
    return None


def _places_unsaid(text: str) -> list[str]:
    """The sound keys of a Latin text, each place it names (`_place_at`) one mark that is no
    word: "tambon ban pao", "ok bor tor ban pao" name บ้านเป้า, no burning (เผา)."""
    tokens, named, out, at = _WORD.findall(text.lower()), _named(text), [], 0
    while at < len(tokens):
        place = _place_at(tokens, at, named)
        out.append("-" if place else sound(tokens[at]))
        at += place[1] if place else 1
    return out


def _owned_not_harm(keys: list[str]) -> list[str]:
    """A harm word's sound followed by a person, that typed by ear is a word with no harm
    ("phuen pom": เพื่อนผม, my friend; a gun is no one's before its owner), as that word."""
    spelled, threats = _spelled(), threat_sounds()
    persons = {_sounds_of(p) for p in _PERSONS}
    out = list(keys)
    for at, key in enumerate(keys[:-1]):
        if keys[at + 1] not in persons or (key,) not in threats:
            continue
        other = next((k for k in _spellings(key)[1:] if k in spelled), None)
        if other and tuple(_romanised(spelled[other])) not in threats:
            out[at] = other
    return out


@cache
def _spelled() -> dict[str, str]:
    """Each Thai word of the examples and word lists by its sound key; of words that sound
    alike the one used most ("mai" is ไม่)."""
    texts = [row["text"] for row in examples() if _THAI.search(row["text"])]
    lists = (lexicon.YES, lexicon.NO, lexicon.NONE, lexicon.OFFICIALS, lexicon.START)
    lists += (lexicon.GREETING, lexicon.THANKS, PARTICLES)  # "sawatdee krub", "kob khun kha"
    lists += (lexicon.LIVELIHOOD_HOLDERS,)  # "nai hang bok wa…": who holds the job
    texts += [w for words in lists for w in words if _THAI.search(w)]
    texts += [w for opts in lexicon.OPTIONS.values() for ws in opts.values() for w in ws]
    texts += THAI_DAYS.split("|")  # "wan angkhan" is วันอังคาร
    used = Counter(
        w for text in texts for w in word_tokenize(text, keep_whitespace=False) if _THAI.search(w)
    )
    spelled: dict[str, str] = {
        **_TIME_WORDS,
        **_STOPS_BY_EAR,
        **_REPORT_BY_EAR,
        **_NONE_BY_EAR,
        **_FIRED_BY_EAR,
        **_DEMAND_BY_EAR,
        **_NOT_YET_BY_EAR,
        **_HARM_BY_EAR,
        **_PLACE_WORDS_BY_EAR,
        **_MIND_CHANGED_BY_EAR,
    }
    for word, _ in used.most_common():
        key = "".join(_romanised(word))
        if len(key) > 1:
            spelled.setdefault(key, word)
    for word, _ in used.most_common():
        key = "".join(_romanised(word))
        if _CLUSTER_S.match(key):  # "sa lip": สลิป as said, its ส a syllable of its own
            spelled.setdefault("sa" + key[1:], word)
    for month in THAI_MONTHS_SPOKEN:  # "duan mesa": เดือนเมษา
        spelled.setdefault("".join(_romanised(month)), month)
    for english, thai in festivals.english_and_thai(_A_YEAR):  # "chuang songkran"
        spelled.setdefault(sound(english), thai)
    return spelled


#: Time words as typed by ear whose romanised spelling another word took ("duan" is ด่วN by
#: RTGS, but typed before a month it is เดือน, as people type it), or that the romaniser spells
#: otherwise: ก่อน typed "gorn"/"korn"/"kon" after a day, week, month or year ("aathit gorn",
#: "sam wan gorn", "duean korn"; alone, "mai jaeng gon" at the offer stays a no, not ไม่แจ้งก่อน
#: read as a cancel), สาม ("sam" is อสม. by its letters), Isan มื้อวาน ("meu wan") and the months
#: whose ศ/ษ people type as "sa" ("duan phruetsachika").
_TIME_WORDS = {
    **{sound(w): "เดือน" for w in ("duan", "duean", "deuan", "duen")},
    **{
        sound(unit) + sound(before): f"{thai}ก่อน"
        for unit, thai in (("wan", "วัน"), ("athit", "อาทิตย์"), ("aathit", "อาทิตย์"))
        + tuple((month, "เดือน") for month in ("duan", "duean", "deuan", "duen"))
        + (("pee", "ปี"), ("pi", "ปี"))
        for before in ("gorn", "korn", "gawn", "kawn", "gon", "kon")
    },
    sound("sam"): "สาม",
    **{"".join(map(sound, w.split())): "มื้อวาน" for w in ("meu wan", "mue wan", "mur wan")},
    **{sound(w): "พฤศจิกา" for w in ("phruetsachika", "pruetsachika", "phrutsachika")},
    **{sound(w): "พฤษภา" for w in ("phruetsapha", "pruetsapa", "phrutsapha")},
    # early evening ("hua kam", the romaniser's คำ, word) and "yesterday" said with นี้ ("mua wan
    # nee": วัน and วาน sound alike, and no one says เมื่อวันนี้)
    **{sound(a) + sound(b): "หัวค่ำ" for a in ("hua", "huar") for b in ("kam", "kham", "khum")},
    **{
        sound(a) + sound(b) + sound(c): "เมื่อวานนี้"
        for a in ("mua", "muea", "meua", "mue")
        for b in ("wan", "waan")
        for c in ("nee", "ni", "nii")
    },
}
_A_YEAR = 2026  # festivals' names are the same every year
#: "Cancel" as typed by ear ("yok lek", "yok lerk", "lerk jaeng"): the romaniser spells ยกเลิก
#: "yakloek", and "lek" alone is เลข, so the run is read whole; เลิก alone only by its long
#: vowel typed ("lerk", "loek", "luek"), not "lek".
_STOPS_BY_EAR = {
    **{sound(f"yok{vowel}"): "ยกเลิก" for vowel in ("lek", "lerk", "loek", "leuk", "luek", "lurk")},
    **{sound(w): "เลิก" for w in ("lerk", "loek", "leuk", "luek", "lurk")},
}

#: "Demand money" as typed by ear ("reak ngern"): เรียก's "ia" typed "ea" spells แรก (first)
#: alone, so the pair is read whole.
_DEMAND_BY_EAR = {
    sound(a) + sound(b): "เรียกเงิน"
    for a in ("reak", "reeak", "riak", "rieak", "reiak")
    for b in ("ngern", "ngoen", "ngeun", "ngurn", "ngen")
}

#: What is done or promised to the teller, typed by ear, read whole: "kraw na" (คราวหน้า, next
#: time; "na mai" alone is อนามัย), "mai roud" (ไม่รอด, won't survive; "rot" alone is รถ, a car),
#: "doan tob" (โดนตบ, slapped; "tob" alone is ตอบ, to answer).
_HARM_BY_EAR = {
    **{sound(a) + sound("na"): "คราวหน้า" for a in ("kraw", "krao", "khrao", "krow")},
    **{
        sound(no) + sound(b): f"{thai}รอด"
        for no, thai in (("mai", "ไม่"), ("bo", "บ่"))
        for b in ("rot", "rod", "rawd", "rord")
    },
    **{sound(a) + sound(b): "โดนตบ" for a in ("don", "dohn") for b in ("tob", "top")},
}

#: "Not yet" as typed by ear ("yung mai koey"): "yung" alone is ยุ่ง (busy) to the romaniser.
_NOT_YET_BY_EAR = {sound("yung") + sound(no): thai for no, thai in (("mai", "ยังไม่"), ("bo", "ยังบ่"))}

#: The words that say a place is named, as typed ("sathanee Nang Rong", "tambon Ta Pek",
#: "jangwat Sisaket"): the romaniser's own spellings ("sathani", "tambon") are rarely typed.
_PLACE_WORDS_BY_EAR = {
    **{sound(w): "สถานี" for w in ("sathanee", "sataanee", "sathani", "satanee")},
    **{sound(w): "ตำบล" for w in ("tambon", "tumbon", "tambol")},
    **{sound(w): "อำเภอ" for w in ("amphoe", "amphur", "amper", "ampur")},
    **{sound(w): "จังหวัด" for w in ("jangwat", "changwat", "jangwad", "changwad")},
}

#: "Changed my mind" as typed by ear ("plian jai laew, ja jaeng tor"): เปลี่ยน's "ia" typed
#: "ia" or "ea"; said to take a stopped report up again.
_MIND_CHANGED_BY_EAR = {
    sound(a) + sound(b): "เปลี่ยนใจ"
    for a in ("plian", "plean", "pleian", "plien")
    for b in ("jai", "chai", "jay")
}

#: "Report" as typed by ear ("jang krub", "yak jeang reuang"): แจ้ง's "ae" typed as "a" or "ea"
#: spells จ้าง (hire) to the romaniser, a word people here rarely type alone; hire said in a
#: longer word keeps it, as runs are read longest first ("nai jang" is นายจ้าง).
_REPORT_BY_EAR = {sound(w): "แจ้ง" for w in ("jang", "jaang", "jeang")}


#: "Fire" (from a job or a home) as typed by ear ("ja lai ok"): the romaniser spells ไล่ออก
#: "loaik", and "lai" alone is หลาย, "ok" โอเค, so the run is read whole.
_FIRED_BY_EAR = {sound(f"lai{out}"): "ไล่ออก" for out in ("ok", "ork", "awk")}


#: Isan "none" typed by ear ("bo mee lak than"): บ่มี, not บอ then มี.
_NONE_BY_EAR = {sound(w): "บ่มี" for w in ("bomee", "bomi", "bormee", "bormi")}
#: A romanised key that opens with ส before another consonant ("slip" for สลิป), typed "sa…".
_CLUSTER_S = re.compile(r"^s[lmnrwyk]")


#: English words Thai speakers say as they are, written back as they are said ("ok" is โอเค,
#: not ออก, out).
_LOANWORDS = {"ok": "โอเค", "okay": "โอเค", "oke": "โอเค", "okey": "โอเค"}
_LOANWORDS |= {"baht": "บาท", "bath": "บาท"}  # "3000 baht": the romaniser's "bat" is อบต.
_TOKEN = re.compile(r"[a-z]+|\d+|[^\sa-z\d]")
_LONGEST = 4  # Latin words one Thai word may be typed as ("phu yai ban")


@lru_cache(maxsize=64)
def in_thai(text: str, one_word: bool = False) -> str | None:
    """Romanised Thai written back in Thai letters from the project's own Thai words
    ("wan angkhan thi laew" → "วันอังคารที่แล้ว"); None unless every word is known. With
    `one_word`, a single Thai word typed alone ("dai" at a yes-or-no question) is read too."""
    if not (is_romanised_thai(text) or (one_word and _one_thai_word(text)) or _no_english(text)):
        return None
    named = _named(text) if is_romanised_thai(text) else {}
    text = _abbreviations_in_thai(text)
    tokens, spelled, out = _days_named(_TOKEN.findall(text.lower())), _spelled(), []
    kept = 0
    at = 0
    while at < len(tokens):
        if not tokens[at].isascii():  # a day named after "wan", already in Thai
            out.append(tokens[at])
            at += 1
            continue
        if tokens[at] == "." and out and _THAI.search(out[-1][-1:]):
            glued = tokens[at + 1 : at + 2] and not tokens[at + 1].isascii()
            out.append("." if glued else ". ")  # "ส.อบต. หมู่": an abbreviation's dot
            at += 1
            continue
        if not tokens[at].isalpha():
            out.append(f" {tokens[at]} ")
            at += 1
            continue
        if tokens[at] in _LOANWORDS:
            out.append(_LOANWORDS[tokens[at]])
            at += 1
            continue
        place = _place_at(tokens, at, named)
        if place:
            out.append(f" {place[0]} ")
            at += place[1]
            continue
        for end in range(min(len(tokens), at + _LONGEST), at, -1):
            run = tokens[at:end]
            key = "".join(sound(t) for t in run) if all(t.isalpha() for t in run) else ""
            if tuple(sound(t) for t in run) in _READ_APART:
                continue
            found = next((spelled[k] for k in _spellings(key) if k in spelled), None)
            if found and end == at + 1 and tokens[end : end + 1]:
                heard = _owned_not_harm([key, sound(tokens[end])])[0]
                found = spelled.get(heard, found)  # "phuen pom": เพื่อนผม, not ปืน
            if found is None and end == at + 1:
                found = _one_letter_off(key)
            if end > at + 1 and _harm_out_of_place(found, out, tokens[end : end + _LONGEST]):
                continue  # "ma thi ban": มา ที่ บ้าน, not มาตี with a house after it
            if _a_verb_slot(found, out, tokens[end : end + _LONGEST]):
                found = _verbs().get(key, found)  # "kao ja kah chan": ฆ่า, never ค่ะ
            if found is not None:
                out.append(found)
                at = end
                break
        else:
            if tokens[at] not in named:
                return None
            out.append(f" {named[tokens[at]]} ")  # a person's name, kept as typed
            kept += 1
            at += 1
    if kept and len(out) - kept < 2 * kept:
        return None  # mostly names: Thai words too few to be sure it is Thai (English said)
    return re.sub(r"\s+", " ", "".join(_times_by_ear(_where_asked(out)))).strip()


#: Words after which a place is named ("amphoe Satuek", "tambon Ta Pek", "jangwat Sisaket").
_PLACE_MARKERS = frozenset(
    {"amphoe", "amphur", "amper", "tambon", "tumbon", "jangwat", "changwat", "jangwad", "ban"}
    | {"sathanee", "sathani", "satanee", "mueang", "muang", "meuang", "district", "province"}
)
_CAPITALISED = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s*)$")


def names_typed(text: str) -> list[str]:
    """The words typed capitalised where no sentence starts: the names said ("Somchai")."""
    return list(_named(text).values())


def _named(text: str) -> dict[str, str]:
    """The words typed capitalised where a sentence does not start (a name or a place:
    "phuen pom chue Somchai", "sathanee Nang Rong"), lower-cased → as typed."""
    return {
        m.group(0).lower(): m.group(0)
        for m in _CAPITALISED.finditer(text)
        if not _SENTENCE_START.search(text[: m.start()])
    }


def _place_at(tokens: list[str], at: int, named: dict[str, str]) -> tuple[str, int] | None:
    """The place (its Thai name) that the Latin words at `at` name, and how many words they
    are: words typed capitalised, or after a place word ("amphoe", "tambon"), or one long
    word no Thai word spells ("Kantharalak", "sisaket"). A short common word is never a
    place unless the message says it is one ("song" is ส่ง)."""
    from handlers.thai.agencies import DEFAULT_PROVINCE
    from handlers.thai.places import LATIN_ELSEWHERE_LETTERS, latin_place_names

    places = latin_place_names(DEFAULT_PROVINCE)
    marked = at > 0 and tokens[at - 1] in _PLACE_MARKERS
    persons = {_sounds_of(p) for p in _PERSONS}
    for end in range(min(len(tokens), at + 3), at, -1):
        run = tokens[at:end]
        key = "".join(run)
        if not all(t.isalpha() for t in run) or key not in places:
            continue
        capitalised = all(t in named for t in run)
        alone = end == at + 1 and sound(key) not in _spelled()
        # a name that says its own place word ("ban pao", "khu mueang"), not "ban chan" (my home)
        self_marked = len(run) > 1 and any(t in _PLACE_MARKERS for t in run)
        self_marked = self_marked and sound(run[-1]) not in persons
        if marked or capitalised or self_marked or (alone and len(key) > LATIN_ELSEWHERE_LETTERS):
            return places[key], end - at
    return None


#: Latin words typed apart that are read one by one, never as the one word their sounds run
#: into: "tha mai" is ถ้าไม่ (if not), not ทำไม ("tham mai", its first syllable closed by m).
_READ_APART = frozenset({("ta", "mai"), ("ta", "bo")})


#: The hours of the clock and parts of the day, as the Thai of a Latin text names them: "ton"
#: before one is ตอน (at), not ถอน (withdraw); "song" before ทุ่ม/โมง is สอง (two), not ส่ง;
#: "tee" after "about"/"at"/"night" and before a number is ตี (o'clock after midnight), not ที่.
_HOURS = ("ทุ่ม", "โมง", "นาฬิกา")
_DAY_PARTS = ("เช้า", "สาย", "เที่ยง", "บ่าย", "เย็น", "แลง", "หัวค่ำ", "ค่ำ", "ดึก", "กลางคืน", "กลางวัน")
_NUMBER_WORDS = ("หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ")
#: … and ส่ง, as "song" (สอง) is spelled.
_COUNTED = (*_NUMBER_WORDS, "ส่ง")
_HOUR_LEADS = ("ประมาณ", "ตอน", "ราว", "คืน", "คืนนี้", "เมื่อคืน", "เมื่อคืนนี้")


def _times_by_ear(words: list[str]) -> list[str]:
    """A time of day typed in Latin letters written back as one (`_HOURS`): "ton song toom"
    is ตอนสองทุ่ม, "pra man tee song" ประมาณตีสอง; the words alike in sound are read
    so only before an hour or a part of the day."""
    out = list(words)
    said = [(at, w.strip()) for at, w in enumerate(out) if w.strip() and w.strip() != ","]
    for n, (at, word) in enumerate(said):
        after = said[n + 1][1] if n + 1 < len(said) else ""
        before = said[n - 1][1] if n else ""
        if word == "ส่ง" and (after.startswith(_HOURS) or before == "ตี"):
            out[at] = "สอง"
            said[n] = (at, "สอง")
        elif word == "ที่" and before in _HOUR_LEADS and (after.isdigit() or after in _COUNTED):
            out[at] = "ตี"
            said[n] = (at, "ตี")
    for n, (at, word) in enumerate(said):
        after = said[n + 1][1] if n + 1 < len(said) else ""
        if word != "ถอน" or not after:
            continue
        then = said[n + 2][1] if n + 2 < len(said) else ""
        counted = after.isdigit() or after in _COUNTED
        if after.startswith((*_HOURS, *_DAY_PARTS, "ตี")) or (counted and then.startswith(_HOURS)):
            out[at] = "ตอน"
    return out


def _where_asked(words: list[str]) -> list[str]:
    """ "pai theung nai laew": ใน (in) needs what it is in, so one ending a clause, before
    only "แล้ว" and particles, is ไหน (where) that sounds alike."""
    out = list(words)
    for at, word in enumerate(out):
        rest = [w.strip() for w in out[at + 1 :] if w.strip()]
        if word == "ใน" and at and all(w in ("แล้ว", *PARTICLES) for w in rest):
            out[at] = "ไหน"
    return out


#: Who a verb is done to, or follows: a particle ends a sentence, so one said after "will"
#: (จะ) or before a person ("kah chan", "kha phom") is the verb that sounds alike (ฆ่า).
_PERSONS = ("ฉัน", "ผม", "เรา", "หนู", "เขา", "มัน", "กู", "ข้อย", "แม่", "พ่อ", "ลูก", "น้อง", "พี่")
_WILL = ("จะ", "ซิ", "สิ")
#: Words that never follow "will" (จะ) nor come before a person, yet sound as a threat verb:
#: "ja ti chan" is จะตี, "ma ti chan" มาตีฉัน.
_NEVER_AFTER_WILL = ("ที่",)
#: Greetings and thanks, after which a particle is a particle, whoever is named next.
_COURTESIES = frozenset(w for w in (*lexicon.GREETING, *lexicon.THANKS) if _THAI.search(w))


def _a_verb_slot(found: str | None, before: list[str], after: list[str]) -> bool:
    """Whether a particle (or a word never said after "will") comes where a verb does: after
    "will", or (a particle) before a person."""
    keys = {_sounds_of(p) for p in _PERSONS}
    person_next = bool(after) and after[0].isalpha() and sound(after[0]) in keys
    if found in _NEVER_AFTER_WILL:  # "ja ti", "ma ti chan": จะตี, มาตีฉัน
        return bool(before) and before[-1] in _WILL or person_next
    if found not in PARTICLES:
        return False
    if before and before[-1] in _COURTESIES:
        return False  # "sawatdee ka pi", "khob khun kha phi": the courtesy's own particle
    if before and before[-1] in _WILL:
        return True
    return person_next


def _harm_out_of_place(found: str | None, before: list[str], after: list[str]) -> bool:
    """Latin words read together as one Thai word with harm in it ("ma thi" as มาตี), where
    no one is named after it to be harmed and no "will" comes before: its words are read one
    by one instead ("ma thi ban" is มาที่บ้าน, "ma ti chan" stays มาตี ฉัน)."""
    if not found or not any(stem in found for stem in _harm_words()):
        return False
    if found in _HARM_BY_EAR.values():
        return False  # "doan tob", "mai roud": read whole on purpose, done or promised as said
    keys = {_sounds_of(p) for p in _PERSONS}
    harmed = bool(after) and after[0].isalpha() and sound(after[0]) in keys
    return not harmed and not (before and before[-1] in _WILL)


@cache
def _harm_words() -> tuple[str, ...]:
    """The Thai threat words of one syllable or more, as written."""
    return tuple(w for w in lexicon.THREAT_STEMS if _THAI.search(w) and " " not in w)


@cache
def _verbs() -> dict[str, str]:
    """The Thai threat words by their sound key ("ka" is ฆ่า)."""
    words = {w for w in lexicon.THREAT_STEMS if _THAI.search(w) and " " not in w}
    return {"".join(thai_words(w)): w for w in sorted(words, key=len)}


#: How the short "a" of a closed syllable and the "-eo" and "-ai" endings are typed by ear:
#: "krub", "kub", "rub" for ครับ, คับ, รับ (the "u" of "cup"), "laew", "rew" for แล้ว, เร็ว,
#: "duay" for ด้วย.
_BY_EAR = (
    (re.compile(r"(?<=[^aeiou])u(?=[ptkmnc]|ng)"), "a"),
    (re.compile(r"ew"), "eo"),
    (re.compile(r"ay$"), "ai"),
    (re.compile(r"aw(?![aeiouy])"), "o"),  # "tawn", "gawn" for ถอน, ก่อน (the romaniser's "o")
    (re.compile(r"(?:oe|ue|eo)y$"), "oei"),  # "khoey", "loey", "kheuy" for เคย, เลย (its "oei")
    (re.compile(r"(?<=[^aeiou])er(?=[nmk])"), "oe"),  # "ngern", "dern" for เงิน, เดิน ("ngoen")
    (re.compile(r"(?<=[^aeiou])ue(?=n$)"), "uae"),  # "phuen", "luen" for เพื่อน, เลื่อน ("uaen")
    (re.compile(r"(?<=[^aeiou])oa(?=[nmptk]|ng)"), "o"),  # "doan", "toang" for โดน, โต่ง ("o")
    # "kraw", "raw" for คราว, เรา ("ao"); "paw" is still พ่อ, its "o" (above) tried first
    (re.compile(r"(?<=[^aeiou])aw$"), "ao"),
    (re.compile(r"(?<=[^aeiou])ou(?=[ptk]$)"), "o"),  # "roud", "joud" for รอด, จอด ("ot")
)
#: Sound keys this short are too many words apart by one letter to be read by a near one.
_NEAR_FROM = 5


@cache
def _near() -> dict[str, str]:
    """The Thai words by their sound key less any one letter (the romaniser's "swatdi" for
    สวัสดี, "sert" for เสร็จ): the most used first."""
    near: dict[str, str] = {}
    for key, word in _spelled().items():
        for at in range(len(key)):
            near.setdefault(key[:at] + key[at + 1 :], word)
    return near


def _one_letter_off(key: str) -> str | None:
    """The Thai word a long Latin word spells but for one letter the romaniser left out or
    added ("sawatdee", "set"), when no word is spelled exactly so."""
    spelled, near = _spelled(), _near()
    for typed in _spellings(key):
        if typed in near and len(typed) >= _NEAR_FROM - 2:
            return near[typed]  # the romaniser added a letter
        if len(typed) >= _NEAR_FROM:
            for at in range(len(typed)):
                shorter = typed[:at] + typed[at + 1 :]
                if shorter in spelled:
                    return spelled[shorter]  # the romaniser left one out
    return None


def _days_named(tokens: list[str]) -> list[str]:
    """ "wan sao": วันเสาร์, not เมื่อวาน and a stray word (วัน and วาน, จันทร์ and ฉัน sound
    alike)."""
    days = {"".join(_romanised(day)): day for day in THAI_DAYS.split("|")}
    out: list[str] = []
    for token in tokens:
        day = next((days[k] for k in _spellings(sound(token)) if k in days), None)
        if day is not None and out and sound(out[-1]) == "wan":
            out[-1] = f"วัน{day}"
        else:
            out.append(token)
    return out


def _spellings(key: str) -> tuple[str, ...]:
    """A sound key as the romaniser spells it, then as typed by ear (`_BY_EAR`), each
    alone and both together: the exact spelling first."""
    keys = [key]
    for pattern, said in _BY_EAR:
        # each distinct key spelled on once: the same keys, in the same order, as spelling on
        # every copy (2**7 substitutions a word) and dropping the repeats at the end
        keys = list(dict.fromkeys([*keys, *(pattern.sub(said, k) for k in keys)]))
    return tuple(keys)


#: A romanised threat word this short sounds as the commonest words of all ("ฆ่า" as "ค่ะ",
#: "ไม้" as "ไม่"): alone, it lets only the intent model's own vote for danger count.
LOOSE_CUE = 3


def loose_cue(text: str) -> bool:
    """The romanised threat word found is one short syllable ("ka", "mai"), so a "kop khun
    kha" or a "mai mee" is not taken for a threat on the danger model's word alone."""
    cue = threat_cue(text)
    return bool(cue) and " " not in cue and len(cue) <= LOOSE_CUE


def forget() -> None:
    """Forget the memos of the message just read (they serve one reading, keep no text after)."""
    for memo in (sound, is_romanised_thai, in_thai, threat_cue, official_said):
        memo.cache_clear()


def warm() -> None:
    """Build the tables of Thai words by their sounds now (a process start), so the first
    message typed in Latin letters does not wait for them."""
    vocabulary()
    _near()
    _threat_pattern()
    _verbs()
    _harm_words()
    _officials_in_latin()
