"""`understand()`: one reading of any incoming text — danger first, then talk about the
conversation, questions back, global words, short answers, and the values it carries."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from datetime import date
from functools import lru_cache

from cachetools import LRUCache

from handlers.thai import dates, festivals, normalise
from handlers.understanding import (
    danger,
    emoji,
    kind_values,
    lexicon,
    meaning,
    rhetoric,
    romanised,
    where,
)
from handlers.understanding import values as v
from handlers.understanding.asides import plain_beside
from handlers.understanding.contact_words import offers_email
from handlers.understanding.danger import harm_not_meant, threat_cue
from handlers.understanding.danger_rule import a_command, words_outvoted
from handlers.understanding.intent_rules import by_rules
from handlers.understanding.intent_values import with_intent_values
from handlers.understanding.meaning import Understanding, Value
from handlers.understanding.opening import (
    fact_beside,
    introduces,
    names_only_a_topic,
    without_courtesies,
)
from handlers.understanding.prepared import (
    PLAIN_ANSWERS,
    SURE_TOLD,
    answers_asked,
    prepare,
    short,
    tells,
    today_or_now,
)
from handlers.understanding.questions import (
    asks_about_court,
    asks_being_guessed,
    asks_if_bot,
    asks_if_required,
    is_question,
    said_before_asking,
    topic,
)
from handlers.understanding.short_answers import YES_NO_STEPS
from handlers.understanding.votes import only_a_place, with_classifier


def all_the_evidence(text: str | None) -> bool:
    """ "มีแค่รูปนี้รูปเดียว", "I only have this one photo": said after sending, that is all the
    evidence there is (before anything was sent, it is only a promise of some)."""
    return bool(text) and v.all_there_is(prepare(text))


def kinds_in_doubt(text: str) -> tuple[str, str] | None:
    """The two kinds a description typed at the kind question fits about as well, likelier
    first ("เป็นเรื่อง X ใช่ไหมคะ" offers them), or None."""
    return kind_values.kinds_in_doubt(prepare(text))


def kind_put_as_check(text: str) -> str | None:
    """The kind a question at the kind question names as a check ("ถ้าเขาเก็บค่าเซ็นเอกสาร มันคือ
    เรียกเงินใช่ไหมครับ" → bribery), to be offered back ("เป็นเรื่อง X ใช่ไหมคะ"); else None."""
    rest = rhetoric.checked(prepare(text).cleaned)
    named = rhetoric.kind_checked(rest) if rest else None
    if named is None:
        return None
    found = kind_values.kind_value(prepare(named), "kind")
    return found.value if found is not None and found.value != "other" else None


def reads_as_name(text: str) -> bool:
    """The text can be the person's name given at the name question (not a refusal, a
    question or talk, in any language): only such a text is stored as a name."""
    return v.reads_as_name(prepare(text))


#: A thanks or greeting read this surely is only that (said briefly).
COURTESY_SURE = 0.8
#: A digit that is not laughter ("555", "๕๕๕"): what is left with one is a figure, not courtesy.
_FIGURE = re.compile(r"[0-46-9๐-๔๖-๙]")


_FILLER = re.compile(lexicon.FILLER)
_FILLER_MARK = re.compile(lexicon.FILLER_MARK)
_LAUGHTER_FIRST = re.compile(lexicon.LAUGHTER_FIRST, re.I)
_FILLED_AS = (meaning.GREETING, meaning.YES, meaning.REMARK)
_WAI = "🙏"


def only_filler(text: str | None, found: Understanding) -> bool:
    """Outside any question, a greeting, yes or remark that is only a filler: laughter or a
    giggle ("555555", "อิอิ 😁"), Isan particles ("เด้อๆ จ้าาา"), emoji that are not a wai
    alone ("🙏🙏🙏🐃"; a row of 🙏 stays a greeting), a 👍 with nothing asked (it agrees to
    nothing), or laughter opening a remark."""
    said = (text or "").strip()
    if found.intent not in _FILLED_AS or found.values or not said:
        return False
    if emoji.only_emoji(said):
        if found.intent == meaning.YES:
            return True
        return found.intent == meaning.GREETING and bool(said.replace(_WAI, "").strip())
    if found.intent == meaning.REMARK and _LAUGHTER_FIRST.match(said):
        return True
    words = "".join(c for c in said if not emoji.only_emoji(c)).strip()
    return bool(_FILLER.match(words)) and bool(_FILLER_MARK.search(words))


def only_courtesy(text: str | None) -> bool:
    """Thanks, a greeting or an ok and nothing else, however long ("ขอบคุณมากๆเลยนะคะที่ช่วย
    ดูแลเรื่องนี้ให้", "ขอบใจหลายๆเด้อจ้า", "โอเคค่ะ รับทราบค่ะ ขอบคุณค่ะ", a row of 🙏): read as
    thanks or a greeting with no value in it (no one named, no sum, no day), and what is left
    without its courtesies is nothing, or an ok."""
    if not text or not text.strip():
        return False
    if emoji.only_emoji(text):
        return True
    heard = understand(text)
    if heard.intent not in (meaning.THANKS, meaning.GREETING):
        return False
    if heard.confidence >= COURTESY_SURE:
        return True
    if heard.values:
        return False
    rest = without_courtesies(text)
    if not rest:
        return True
    if _FIGURE.search(rest):  # "729-495" read unsurely as a greeting: a sum, a number said
        return False
    said = understand(rest)
    return said.intent in (meaning.YES, meaning.THANKS, meaning.GREETING) and not said.values


_AGREED = tuple(re.compile(p, re.I) for p in lexicon.AGREED)
#: The yes/no questions where "no problem" agrees ("reported elsewhere?" is not one of them).
_AGREED_STEPS = ("consent", "summary", "offer", "resume", "confirm")
_PAUSE_FIRST = re.compile(lexicon.PAUSE_FIRST, re.I)
#: What may follow a pause said first and be read for itself ("เดี๋ยวนะ วันผิด" corrects,
#: "แป๊บนะ ไม่มีพยาน" answers none); an answer, a threat-less visit or a sigh stays the remark.
_SAID_AFTER_A_PAUSE = frozenset(meaning.INTENTS) - {
    meaning.ANSWER,
    meaning.REMARK,
    meaning.DANGER,
    meaning.GREETING,
    meaning.THANKS,
}
#: More to tell said to be none ("ไม่มีเพิ่ม", "บ่มีอีกแล้ว", "nothing else", "that's all I
#: remember", "มีแค่นี้"), not "finished".
_NOTHING_MORE = re.compile(
    r"ไม่มี|บ่มี|nothing|nomore|none|(?:เท่า)?ที่(?:จำได้|รู้|ฮู้|เห็น)|มี(?:เท่านี้|แค่นี้|แค่นั้น)"
    r"|all(?:that)?i(?:can)?(?:remember|know|recall)",
    re.I,
)

#: "The end" said of the telling ("จบแค่นี้แหละค่ะ ไม่มีอะไรเพิ่ม"): finished, whatever "none" follows.
_ENDED = re.compile(r"จบ(?:แค่นี้|เท่านี้|แล้ว|ละ)", re.I)


_FILED_FOR_OPENING = re.compile(lexicon.FILED_FOR_OPENING)


def opens_filing_for(text: str | None) -> bool:
    """Filing for a relative said first ("แจ้งแทนพ่อค่ะ พ่อโดนเรียกเงิน", walk38): the flow
    begins with it (for whom kept, and what is told), never refused as not understood."""
    return bool(_FILED_FOR_OPENING.search(text or ""))


def read(
    text: str | None,
    expecting: str | None,
    today: date | None,
    classify: bool = True,
    whole: bool = True,
    story_under_way: bool = False,
) -> Understanding:
    """`understand()`, with the classifier left out when `classify` is False (to measure);
    the whole text outside any question read as an answer that is `only_chatter` is none, and,
    with no story under way, so is one that `names_no_complaint`."""
    found = _read_whole(text, expecting, today, classify, whole)
    if whole and expecting in ANSWERED_THEN_ASKED:
        found = _answered_then_asked(text, found, expecting, today, classify)
    if whole and expecting is None and not_for_the_bot(found):
        return replace(found, intent=meaning.NONE, values={})  # "วันนี้วันพระหรือเปล่าคะ"
    if whole and expecting is None and only_filler(text, found):
        return replace(found, intent=meaning.NONE, values={})  # "อิอิ", "เด้อๆ จ้าาา", "🙏🐃"
    if whole and expecting is None and not story_under_way and told_aside(found):
        # "ดูข่าว มีคนแจ้งทุจริตที่อื่นแล้วโดนขู่", "หนี้ธกส.ยังไม่หมดเลย เครียดมาก": chit-chat
        return replace(found, intent=meaning.NONE)
    if not whole or found.intent != meaning.ANSWER:
        return found
    if expecting is None and names_only_a_topic(text):
        # "เรียนเจ้าหน้าที่ กระผมประสงค์จะร้องเรียนการจัดซื้อของ อบต. ครับ": the wish to report and
        # what about, not yet what happened: a start, with what it names
        return replace(found, intent=meaning.START)
    if expecting is None and (only_chatter(found) or small_talk(found, expecting)):
        return replace(found, intent=meaning.NONE)  # "เล่น ROV โดนฆ่าตายห้ารอบ": nothing told
    if (
        expecting is None
        and not story_under_way
        and (names_no_complaint(found) or chit_chat(found))
    ):
        # "แมวที่บ้านเพิ่งคลอดลูก": chit-chat; a later bubble of a story needs no cue of its own
        return replace(found, intent=meaning.NONE)
    if expecting in SMALL_TALK_STEPS and small_talk(found, expecting):
        return replace(found, intent=meaning.REMARK, values={})  # "ร้อนจังเลยค่ะวันนี้": aside
    said = found.values.get("witnesses")
    if expecting == "witnesses" and said is not None and said.value == "" and fact_beside(text):
        # "ไม่มีค่ะ แม่ค้าคนอื่นก็โดนแต่ไม่กล้าพูด": no one, a fact of the story beside it
        return replace(found, intent=meaning.NONE)
    return found


#: The questions whose answer may come with a question after it, in the same message
#: ("โรงเรียนบ้านหนองยายพิมพ์ค่ะ ต้องบอกชื่อไหมคะ"): the answer kept, the question answered too.
ANSWERED_THEN_ASKED = ("kind", "agency", "official", "district", "subdistrict")
_BUT_FIRST = re.compile(r"(?:ว่าแต่|แต่|but\b)", re.I)


def _answered_then_asked(
    text: str | None, found: Understanding, expecting: str, today, classify: bool
) -> Understanding:
    """An answer to the question asked, then a question back ("อบต.หนองกี่ค่ะ ต้องบอกชื่อไหมคะ",
    round 26): an answer that carries the question's topic (faq), so both are served; a kind
    told then "what is this called?": the answer, the question "other". Else as found."""
    if not text or found.intent not in (meaning.QUESTION, meaning.ANSWER):
        return found
    flat = " ".join(text.split())
    said = said_before_asking(flat)
    rest = flat[len(said) :].strip() if said and flat.startswith(said) else ""
    if not said or not rest or _BUT_FIRST.match(rest) or not is_question(prepare(rest)):
        return found  # "งบ 1,800,000 บาท แต่ทำไม่ถึงครึ่ง": a "but" goes on telling, asks nothing
    heard = _as_typed(said, expecting, today, classify)
    if heard.intent != meaning.ANSWER or not answers_asked(heard.values, expecting):
        return found
    asked = found if found.intent == meaning.QUESTION else _as_typed(rest, None, today, classify)
    if asked.intent != meaning.QUESTION:
        return found
    faq = asked.values.get("faq") or Value("faq", topic(prepare(rest)), 0.5, rest)
    # an answer read whole keeps its reading (the question only adds its topic); a question
    # read whole takes the answer's values from the words before it
    first, second = (found, heard) if found.intent == meaning.ANSWER else (heard, found)
    values = {**first.values, **{n: x for n, x in second.values.items() if n not in first.values}}
    values["faq"] = faq
    if "faq_also" in asked.values:
        values["faq_also"] = asked.values["faq_also"]
    return replace(found, intent=meaning.ANSWER, values=values)


def _read_whole(
    text: str | None,
    expecting: str | None,
    today: date | None,
    classify: bool = True,
    whole: bool = True,
) -> Understanding:
    """`read` before chatter is told from a story, with the classifier left out when
    `classify` is False (to measure).
    Emoji are read first (`emoji.as_words`): a 👍 alone is a yes, a 📍 after a district
    decorates it, a 🔪 stays for danger to read. The `whole` text typed, a command word alone
    ("ข้อมูลของฉัน", "เตือนด้วย", "help"), is a request, never a threat (`a_command`)."""
    found = _as_typed(text, expecting, today, classify)
    if whole and found.intent == meaning.DANGER and a_command(text):
        return _read(prepare(emoji.as_words(text.strip())), expecting, today, classify, calm=True)
    if whole and found.intent != meaning.DANGER:
        stop = _stop_spelled(text, found, expecting, today, classify)
        if stop is not None:
            return stop
    if (
        whole
        and found.intent in (meaning.ANSWER, meaning.GREETING)
        and expecting in (None, "story")
    ):
        opening = _opening_spelled(text, found, today, classify)
        if opening is not None:
            return opening
    if whole and found.intent != meaning.DANGER and expecting in SPELLED_STEPS:
        return _as_spelled(text, found, expecting, today, classify)
    if whole and found.intent != meaning.DANGER:
        return _threat_spelled(text, found, expecting, today, classify) or found
    return found


def _stop_spelled(
    text: str | None, found: Understanding, expecting: str | None, today, classify: bool
) -> Understanding | None:
    """A withdrawal, a cancel or not knowing typed in Latin letters ("yok lek rueang", "thon
    rueang kha", "mai ru krub"), read as the Thai it spells at any question, and an agency
    typed by its letters' names at the agency or official question ("ok bor tor ban pao"),
    over an answer or a model's guess as typed; else None."""
    if found.intent != meaning.ANSWER and found.confidence >= _CLEAR_YES:
        return None
    if not romanised.is_romanised_thai(text or ""):
        return None
    thai = romanised.in_thai(text or "")
    again = _as_typed(thai, expecting, today, classify) if thai else None
    if again is None:
        return None
    stops = again.intent in _STOPS and again.confidence >= _CLEAR_YES
    # "mai ru krub" at the sub-district question: ไม่รู้ครับ, not knowing, whatever was asked
    unknown = again.intent == meaning.NONE and normalise.is_dont_know(thai)
    # "ok bor tor ban pao": อบต บ้านเป้า, an agency or official named by its letters' names
    # (only where the text as typed was kept as typed: "obt don mon" is already อบต.ดอนมน)
    typed = found.values.get(expecting or "")
    lettered = (
        expecting in _LETTERED_STEPS
        and not (typed is not None and romanised.has_thai(str(typed.value)))
        and romanised.spells_abbreviation(text or "")
        and answers_asked(again.values, expecting)
    )
    if not (stops or unknown or lettered):
        return None
    return replace(again, text=found.text)


#: What a spelled reading may say over the reading as typed at any question.
_STOPS = (meaning.WITHDRAW, meaning.CANCEL)
#: The questions whose answer may be an agency's abbreviation typed by its letters' names.
_LETTERED_STEPS = ("agency", "official")


def _threat_spelled(
    text: str | None,
    found: Understanding,
    expecting: str | None,
    today,
    classify: bool,
    loose: bool = False,
) -> Understanding | None:
    """Danger, at any question, when a threat's sound typed in Latin letters spells a Thai
    threat ("kao ja tee mae chan" at the witness question is เขาจะตีแม่ฉัน); else None. A
    loose sound ("ti", "pa") that spells no harm word counts only where the answer itself is
    read as spelled (`loose`, the spelled steps): elsewhere its Thai is no surer than a guess."""
    if not text or not romanised.threat_cue(text):
        return None
    if not loose and romanised.loose_cue(text) and not danger.spells_threat(text):
        return None  # "kao ma thi ban": a loose sound spelling no harm word (มาที่บ้าน)
    if only_a_place(prepare(text), found.values) or where.latin_place(text):
        return None  # "Nong Khu" is ต.หนองคู, not หนองขู่, at whatever question
    if harm_not_meant(text):
        return None  # "doo nang phee … klua mak", "mae ja ti … 555": a film, a joke as typed
    thai = romanised.in_thai(text)
    again = _as_typed(thai, expecting, today, classify) if thai else None
    if again is not None and again.intent == meaning.DANGER:
        return replace(again, text=found.text)
    return None


#: The questions whose answer, typed in Latin letters, is read as the Thai it spells ("yinyom
#: krub", "muea wan sao tee laew", "tuk tong krub, song loei"), and the opening (None): a
#: yes, a none, a date, a wish to report. Names, places, people and stories stay as typed.
SPELLED_STEPS = (None, *YES_NO_STEPS, "when", "evidence", "what_more", "witnesses_more")
#: … and a greeting, thanks, a wish to withdraw or to stop ("sawatdee krub", "thon rueang").
_SPELLED_INTENTS = (
    *PLAIN_ANSWERS,
    meaning.START,
    meaning.TRACK,  # "ruang pai theung nai"
    meaning.GREETING,
    meaning.THANKS,
    meaning.WITHDRAW,
    meaning.CANCEL,
)
#: What a question in Latin letters may be instead of a question back: a wish to report, a
#: greeting, a status asked ("jaeng rueang dai mai", "sabai dee mai").
_ASKED_OPENINGS = (meaning.START, meaning.GREETING, meaning.TRACK)


def _as_spelled(
    text: str | None, found: Understanding, expecting: str | None, today, classify: bool
) -> Understanding:
    """Romanised Thai read again as the Thai it spells (`romanised.in_thai`), when that reading
    answers (a yes, a none, "done", a wish to report, or the value asked) and the text as typed
    did not; danger, when a threat's sound typed spells a threat ("kao ja kah chan")."""
    asked = romanised.asks(text or "")
    if found.intent == meaning.EDIT and "field" not in found.values:
        return _edit_spelled(text, found, expecting, today, classify)
    if found.intent not in (meaning.ANSWER, meaning.QUESTION, *_SPELLED_INTENTS):
        return found  # a threat, an edit: read as typed
    if found.intent == meaning.QUESTION and not asked:
        return found
    if not asked:
        threat = _threat_spelled(text, found, expecting, today, classify, loose=True)
        if threat is not None:
            return threat  # a threat sound, and its Thai is a threat
    first = _first_clause_spelled(text, found, expecting, today, classify)
    if first is not None:
        return first  # "mai mee khrap, only the facebook post": the Thai said first answers
    thai = romanised.in_thai(text or "", one_word=expecting in YES_NO_STEPS)
    if not thai:
        return found
    again = _as_typed(thai, expecting, today, classify)
    if asked or found.intent == meaning.QUESTION:
        # a question back ("plod pai mai kha") read as typed, unless it asks to report or
        # greets ("jaeng rueang dai mai", "sawatdee kha, sabai dee mai")
        opens = again.intent in _ASKED_OPENINGS and again.confidence >= _CLEAR_YES
        return replace(again, text=found.text) if opens else found
    if expecting is not None and answers_asked(found.values, expecting):
        return found
    asked = expecting is not None and answers_asked(again.values, expecting)
    if again.intent == meaning.DANGER or not (again.intent in _SPELLED_INTENTS or asked):
        return found
    if again.intent == meaning.YES and (again.confidence < _CLEAR_YES or _says_not(text or "")):
        return found  # "mai ok" (ไม่โอเค), "rao kid doo kon": only a clear yes is a yes
    # an opening the Thai spelling reads clearly, or at the opening at least as surely as the
    # Latin guess ("jang ka": แจ้งค่ะ, not a greeting), outranks that guess
    surer = again.intent in _ASKED_OPENINGS and (
        again.confidence >= _CLEAR_YES > found.confidence
        or (expecting is None and again.confidence >= found.confidence)
    )
    if found.intent != meaning.ANSWER and found.intent != again.intent and not surer:
        return found  # read as typed as another plain answer ("mai kha": no)
    if found.intent == again.intent and found.confidence >= again.confidence and not asked:
        return found
    return replace(again, text=found.text)


#: The first clause of a Latin-letter answer, up to a comma or a full stop.
_FIRST_CLAUSE = re.compile(r"^\s*([a-z][a-z' ]*?)\s*[,.;]\s*\S", re.I)


def _first_clause_spelled(
    text: str | None, found: Understanding, expecting: str | None, today, classify: bool
) -> Understanding | None:
    """ "mai mee khrap, only the facebook post": romanised Thai said first and English after
    it (walk37), the first clause read as the Thai it spells when that answers the question
    and the whole, as typed, did not; else None."""
    head = _FIRST_CLAUSE.match(text or "")
    if head is None or found.intent != meaning.ANSWER or answers_asked(found.values, expecting):
        return None
    thai = romanised.in_thai(head.group(1)) if romanised.is_romanised_thai(head.group(1)) else ""
    again = _as_typed(thai, expecting, today, classify) if thai else None
    if again is None or not answers_asked(again.values, expecting):
        return None
    return replace(again, text=found.text)


def _edit_spelled(
    text: str | None, found: Understanding, expecting: str | None, today, classify: bool
) -> Understanding:
    """ "kae wan thi pen wan angkhan krub": an edit whose field is named only in the Thai it
    spells (แก้วันที่เป็นวันอังคาร), read as that Thai; else as typed."""
    thai = romanised.in_thai(text or "")
    again = _as_typed(thai, expecting, today, classify) if thai else None
    if again is not None and again.intent == meaning.EDIT and "field" in again.values:
        return replace(again, text=found.text)
    return found


#: A Latin-letter opening this short is a greeting or a wish to report, never the story.
_OPENING_WORDS = 6
#: "sawasdee krub", "sawatdee kha," at the start of a Latin-letter message.
_LATIN_HELLO = re.compile(
    r"^\s*s[aw]+[ao]?[st]?d[ei]+\w*[\s,!.]*(?:kh?r?[au]b|kh?r?ap|kh?a|na)?[\s,!.]*", re.I
)
#: The hello's own first sounds ("sawasdee", "sawatdee"), not a name ("Sadie").
_SAWA = re.compile(r"\s*saw[ao]?[st]?d", re.I)
#: … read so at least this sure (the opening words alone give 0.6).
_OPENING_SURE = 0.6


def _opening_spelled(
    text: str | None, found: Understanding, today, classify: bool
) -> Understanding | None:
    """ "sawasdee krub yak jaeng rueang" asked for the story: a wish to report (or a greeting)
    when its Thai says so clearly and it says nothing else; else None (a story stays as typed)."""
    if not text or not text.isascii() or len(text.split()) > _OPENING_WORDS:
        return None
    rest = _LATIN_HELLO.sub("", text).strip()
    if (
        not rest
        and found.intent == meaning.GREETING
        and found.confidence < _CLEAR_YES
        and _SAWA.match(text)
    ):
        # "sawasdee krub" alone: a hello as sure as "สวัสดีครับ" (walk37: not understood)
        return replace(found, confidence=max(found.confidence, _CLEAR_YES))
    if not rest or rest == text.strip():
        return None  # none: read as it was
    opening = _as_typed(rest, None, today, classify)  # as it would be read to open a chat
    again = _as_spelled(rest, opening, None, today, classify)
    if again.intent != meaning.START or again.confidence < _OPENING_SURE or again.values:
        return None
    return replace(again, text=found.text)


#: A yes read from a spelling is taken only this sure (a rule's yes, not the model's guess).
_CLEAR_YES = 0.85


def _says_not(text: str) -> bool:
    """Whether Latin-letter Thai types a "not" (ไม่, บ่): its yes is no clear yes."""
    return any(key in romanised.NOT for key in romanised.keyed(text))


def _as_typed(
    text: str | None, expecting: str | None, today: date | None, classify: bool = True
) -> Understanding:
    """The reading of the text, its frames and courtesies read through (a part of it read
    again goes through `read`, as a part)."""
    t = prepare(emoji.as_words(text.strip()) if text else text)
    if not t.cleaned:
        return Understanding(meaning.ANSWER, 0.0, {}, t.raw)
    # "คุยกับคนจริงไหม": asked, at any step; said with a greeting or thanks, the courtesy's reading
    # stands (round 20 labelled "สวัสดีจ้า ใครตอบอยู่คะ คนหรือหุ่นยนต์" a greeting)
    courteous = without_courtesies(t.raw).strip() != t.raw.strip()
    if asks_if_bot(t) and not courteous and not threat_cue(t.cleaned):
        return Understanding(
            meaning.QUESTION, 0.85, {"faq": Value("faq", "is_bot", 0.85, t.raw)}, t.raw
        )
    if expecting is not None and asks_if_required(t, expecting) and not threat_cue(t.cleaned):
        topic = "court" if asks_about_court(t) else "required"  # "ต้องไปขึ้นศาลด้วยเหรอ"
        needed = Value("faq", topic, 0.85, t.raw)  # "ต้องมีพยานบ่": asked, never a value
        return Understanding(meaning.QUESTION, 0.85, {"faq": needed}, t.raw)
    if expecting is not None:  # an answer said as a question back, or framed: read plainly
        if expecting in YES_NO_STEPS and rhetoric.affirms(t.cleaned) and not threat_cue(t.cleaned):
            return Understanding(meaning.YES, 0.85, {}, t.raw)
        if expecting == "consent" and rhetoric.consents(t.cleaned) and not threat_cue(t.cleaned):
            return Understanding(meaning.YES, 0.85, {}, t.raw)
        if expecting in _AGREED_STEPS and any(p.search(t.cleaned) for p in _AGREED):
            return Understanding(meaning.YES, 0.85, {}, t.raw)  # "ไม่มีปัญหาค่ะ", "go ahead"
        named = rhetoric.not_an_office(t.cleaned) if expecting == "agency" else None
        if named:
            return replace(read(named, expecting, today, classify, whole=False), text=t.raw)
        plain = rhetoric.plainly(t.cleaned)
        if plain != t.cleaned:
            as_said = _read(t, expecting, today, classify)
            said = read(plain, expecting, today, classify, whole=False)
            plainly_answers = said.intent in PLAIN_ANSWERS or answers_asked(said.values, expecting)
            if as_said.intent in (meaning.QUESTION, meaning.DANGER) and not plainly_answers:
                return as_said  # a question back (or a threat), whatever its frame
            return replace(said, text=t.raw)
        tentative = _checked_answer(t, expecting, today, classify)
        if tentative is not None:
            return tentative
    found = _read(t, expecting, today, classify)
    kept_out = _yes_with_name_kept_out(t, found, expecting, today, classify)
    if kept_out is not None:
        return kept_out
    contact = _at_the_contact_questions(t, found, expecting)
    if contact is not None:
        return contact
    pause = _PAUSE_FIRST.match(t.cleaned) if found.intent == meaning.REMARK else None
    if pause and t.cleaned[pause.end() :].strip():
        said = read(t.cleaned[pause.end() :], expecting, today, classify, whole=False)
        if said.intent in _SAID_AFTER_A_PAUSE:
            return replace(said, text=t.raw)
    beside = plain_beside(
        t, found, expecting, lambda said: _as_typed(said, expecting, today, classify)
    )
    if beside is not None:
        return _none_told_as_answer(t, beside, expecting)
    found = _own_answer_beside(t, _none_told_as_answer(t, found, expecting), expecting)
    if (
        expecting == "what_more"
        and found.intent != meaning.DANGER
        and not without_courtesies(t.cleaned)
    ):
        return Understanding(meaning.DONE, 0.85, {}, t.raw)  # "ฝากด้วยนะคะ": the telling ends
    if expecting is not None and found.intent in (meaning.GREETING, meaning.THANKS):
        rest = without_courtesies(t.cleaned)  # "ถูกต้องครับ ขอบคุณมาก": the yes, thanked
        said = (
            read(rest, expecting, today, classify, whole=False)
            if rest != t.cleaned.strip()
            else None
        )
        if rest and said is not None and said.intent in (*PLAIN_ANSWERS, meaning.ANSWER):
            return replace(said, text=t.raw)
    return found


#: Where a wish to file ends and the name is kept out ("แจ้งค่ะ แต่ไม่บอกชื่อนะคะ").
_BUT = re.compile(r"\s*(?:,|แต่ว่า|แต่|ทว่า|but|only)\s*", re.I)
#: What the wish to file is, where it is asked: a yes to "shall I file it?", or a start.
_FILED_AS = {"offer": meaning.YES, None: meaning.START}


def _yes_with_name_kept_out(
    t: v.Text, found: Understanding, expecting: str | None, today: date | None, classify: bool
) -> Understanding | None:
    """ "แจ้งค่ะ แต่ไม่บอกชื่อนะคะ", "yes please report it, but keep my name out of it": the yes
    to file (or the start of a filing), the name kept out beside it (walk29's clerk, whose yes
    was read as an answer and who was asked about her name again). None when it is not that."""
    wanted = _FILED_AS.get(expecting, "")
    kept_out = found.values.get("identity")
    if not wanted or found.intent != meaning.ANSWER or kept_out is None:
        return None
    if kept_out.value != "anonymous" or set(found.values) != {"identity"}:
        return None
    parts = _BUT.split(t.raw, maxsplit=1)
    if len(parts) != 2 or not parts[0].strip():
        return None
    said = read(parts[0], expecting, today, classify, whole=False)
    if said.intent != wanted or said.values:
        return None
    return replace(found, intent=wanted, confidence=said.confidence)


#: What the name and phone questions may mistake for leaving the filing: "Forget it, I'll stay
#: anonymous", "ไม่เอาแล้วค่ะ ไม่ต้องใส่ชื่อหนู" drop the name, not the report.
_LEFT_FOR_THE_NAME = (meaning.CANCEL,)


def _at_the_contact_questions(
    t: v.Text, found: Understanding, expecting: str | None
) -> Understanding | None:
    """At the phone question, an email offered and no phone: a none (walk36's Sarah, told three
    times that her email "does not look right"); at the name or phone question, the name
    dropped as one leaves: the answer "anonymous". None when it is neither (a threat stays)."""
    if found.intent == meaning.DANGER or expecting not in ("name", "phone"):
        return None
    identity = found.values.get("identity")
    if found.intent in _LEFT_FOR_THE_NAME and identity is not None:
        if identity.value == "anonymous":
            return replace(found, intent=meaning.ANSWER, confidence=max(found.confidence, 0.85))
    if expecting == "phone" and "phone" not in found.values and offers_email(t.raw):
        if identity is None:
            return Understanding(meaning.NONE, 0.85, {}, t.raw)
    return None


#: A none told as an answer of its own (the lead's label decisions, walk23): "ยังบ่ทันเคย" that
#: there was no chance yet, "มีแต่ปากเปล่า" what there is instead: each an answer whose value is
#: none, not a bare "none". ("ไม่มีพยานค่ะ ตอนนั้น…" read so lowered a sealed half: backed out.)
_NOT_YET_HAD_THE_CHANCE = re.compile(r"ยัง(?:ไม่|บ่)ทัน")
_ONLY_BY_MOUTH = re.compile(r"(?:แต่|แค่)(?:ปากเปล่า|คำพูด|คำบอกเล่า)|wordofmouth")


#: A none said first at the evidence question, then how it went ("ไม่มีครับ เขาจ่ายเงินสด ให้
#: เซ็นรับเต็ม 600 แต่ให้จริง 400"): no evidence, and the facts told beside it kept.
_NONE_FIRST = re.compile(r"^(?:ไม่มี|บ่มี)(?:เลย|หรอก|ดอก)?(?:ค่ะ|คะ|ครับ|คับ|จ้า|จ้ะ|เด้อ|นะ|ค่า)*\s")


def _none_then_told(t: v.Text, found: Understanding, expecting: str | None) -> bool:
    """Whether a none opens an answer at the evidence question that names no evidence."""
    return (
        expecting == "evidence"
        and "evidence" not in found.values
        and bool(_NONE_FIRST.match(t.cleaned))
        and not is_question(t)
    )


def _none_told_as_answer(t: v.Text, found: Understanding, expecting: str | None) -> Understanding:
    """A none said with what there is instead, or that there was no chance yet, is an answer
    (its value none); a bare none stays one."""
    if found.intent == meaning.ANSWER and _none_then_told(t, found, expecting):
        values = {**found.values, "evidence": Value("evidence", "none", 0.85, t.raw)}
        return replace(found, values=values)
    if found.intent != meaning.NONE:
        return found
    values = dict(found.values)
    if expecting == "reported" and _NOT_YET_HAD_THE_CHANCE.search(t.flat):
        values["reported"] = Value("reported", "no", 0.85, t.raw)
    elif expecting == "evidence" and _ONLY_BY_MOUTH.search(t.flat.lower()):
        values["evidence"] = Value("evidence", "none", 0.85, t.raw)
    else:
        return found
    return replace(found, intent=meaning.ANSWER, values=values)


#: "Not X, it was Y" opening with the denial ("ไม่ใช่ค่ะ ไม่ใช่เมื่อวาน เป็นวันเสาร์").
_DENIED_FIRST = re.compile(r"^(?:ไม่ใช่|บ่แม่น|บ่ใช่|มิใช่|no\b|not\b)", re.I)
#: Questions back that the same message answers ("ต้องวันที่เป๊ะๆเลยไหมคะ ประมาณปลายเดือนสิงหา").
_ANSWERED_ALONGSIDE = frozenset({"exact_date", "required"})


#: The most days a date said beside "must it be exact?" spans to be its answer ("ปลายเดือนสิงหา").
_NARROW_DAYS = 15


def _narrow(said: Value | None) -> bool:
    """A date read that spans a few days at most."""
    if said is None or not isinstance(said.value, dict):
        return False
    start, end = (date.fromisoformat(said.value[k]) for k in ("start", "end"))
    return (end - start).days <= _NARROW_DAYS


def _own_answer_beside(t: v.Text, found: Understanding, expecting: str | None) -> Understanding:
    """At a question of the report, the value it asks for said after a denial of another one
    ("ไม่ใช่ค่ะ ไม่ใช่เมื่อวาน เป็นวันเสาร์") or after asking whether it must be exact is the
    answer to it, not a no, an edit of that same item or only a question."""
    if expecting is None or expecting in YES_NO_STEPS or expecting == "summary":
        return found
    if not answers_asked(found.values, expecting):
        return found
    field = found.values.get("field")
    corrected = found.intent in (meaning.NO, meaning.EDIT) and _DENIED_FIRST.match(t.cleaned)
    if corrected and (field is None or field.value == expecting):
        values = {k: x for k, x in found.values.items() if k != "field"}
        return replace(found, intent=meaning.ANSWER, values=values)
    faq = found.values.get("faq")
    if found.intent == meaning.QUESTION and faq is not None and faq.value in _ANSWERED_ALONGSIDE:
        if _narrow(found.values.get("date")):  # not "จำได้แค่ว่าช่วงดำนา": still asking
            return replace(found, intent=meaning.ANSWER)
    return found


#: The questions whose answer, put as a check, is read as the answer (and the yes/no ones).
# Not the kind question: taking a check there lowered a sealed half (backed out); the flow
# offers the kind named instead ("เป็นเรื่อง X ใช่ไหมคะ", `kind_put_as_check`).
CHECKED_STEPS = ("agency", "official", "district", "subdistrict", "when", "witnesses")


def _checked_answer(
    t: v.Text, expecting: str, today: date | None, classify: bool
) -> Understanding | None:
    """An answer put as a check ("มันคือเรียกเงินใช่ไหมครับ" at the kind question, "ส่งได้เลยใช่ไหม"
    at the summary), read as a question: the answer before the check when it gives the value
    asked (a clear yes at a yes/no question), meant tentatively (the flow says it back); else
    None (a real question stays one)."""
    if expecting not in YES_NO_STEPS and expecting not in CHECKED_STEPS:
        return None  # the story's questions: a question there is asked
    if asks_being_guessed(t.cleaned):
        return None  # "คนที่รู้เรื่องนี้จะเดาได้ไหม": a worry asked, no witness put as a check
    rest = rhetoric.checked(
        t.cleaned, yes_no=expecting in YES_NO_STEPS, witnesses=expecting == "witnesses"
    )
    if rest is None:
        return None
    if _read(t, expecting, today, classify).intent != meaning.QUESTION:
        return None
    said = read(rest, expecting, today, classify, whole=False)
    if expecting in YES_NO_STEPS:
        answers = said.intent == meaning.YES and said.confidence >= _CLEAR_YES
    else:
        answers = said.intent == meaning.ANSWER and answers_asked(said.values, expecting)
    if not answers:
        return None
    values = {**said.values, "checked": Value("checked", rest, 0.8, t.raw)}
    return replace(said, values=values, text=t.raw)


def _read(
    t: v.Text, expecting: str | None, today: date | None, classify: bool, calm: bool = False
) -> Understanding:
    found = _reading(t, expecting, today, classify, calm)
    return replace(found, values=dict(found.values))  # the values the caller's own to change


# One message reads the same text (or part) again: a frame tried, then the text as said.
# Remembered while it is read, then forgotten (`forget_reading`).
@lru_cache(maxsize=32)
def _reading(
    t: v.Text, expecting: str | None, today: date | None, classify: bool, calm: bool
) -> Understanding:
    values = v.read(t, expecting, today_or_now(today))
    calm = calm or harm_not_meant(t.cleaned)  # "แม่จะตีให้ตาย 555", a film: no one means harm
    calm = calm or danger.news_elsewhere(t.cleaned)  # "I read about a whistleblower threatened"
    rules = by_rules(t, values, expecting, calm=calm)
    if classify and rules[0] == meaning.DANGER and words_outvoted(t, expecting):
        rules = by_rules(t, values, expecting, calm=True)
    intent, confidence = with_classifier(t, rules, values, expecting, calm) if classify else rules
    ended = _ENDED.search(t.flat)
    if intent == meaning.DONE and expecting == "what_more" and _NOTHING_MORE.search(t.flat):
        intent = meaning.DONE if ended else meaning.NONE  # "ไม่มีแล้ว เล่าหมดแล้ว": nothing more
    elif intent == meaning.NONE and expecting == "what_more" and ended:
        intent = meaning.DONE  # "จบแค่นี้แหละครับ ไม่มีอะไรแล้ว": the end said, "finished"
    with_intent_values(t, intent, values, expecting)
    return Understanding(intent, confidence, values, t.raw)


def only_chatter(found: Understanding) -> bool:
    """Talk outside any question whose harm word is in harmless use (a game, a spicy dish, a
    goal, a pest) and that names no official, agency or kind of misconduct surely: chatter that
    tells no wrong-doing by anyone, not a story (the bot still offers to take one)."""
    cleaned = prepare(found.text).cleaned
    if not danger.harm_explained(cleaned):
        return False
    values = found.values
    official = values.get("official")
    if official is not None and official.span not in danger.without_harmless(cleaned):
        # named only inside the harmless use ("หมอลำ", "หมอฟัน", the bogeyman "ตำรวจมาจับ"):
        # no one's deed told
        values = {n: found for n, found in values.items() if n != "official"}
    return not tells(values, SURE_TOLD)


_SMALL_TALK = re.compile(lexicon.SMALL_TALK, re.I)
_SMALL_TALK_NOT = re.compile(lexicon.SMALL_TALK_NOT, re.I)
#: The questions where small talk said alone is a remark (never their answer); not the story's
#: own questions, where a line about the rain may be part of what happened.
SMALL_TALK_STEPS = (
    "kind",
    "agency",
    "official",
    "district",
    "subdistrict",
    "when",
    "witnesses",
    "evidence",
    "reported",
    "reported_to",
)
#: Small talk is said in a line (flattened characters); at a question, in a shorter one.
_SMALL_TALK_CHARS = 80
_SMALL_TALK_AT_A_STEP = 50
#: Values that, read surely beside small talk, make it an answer ("ฝนตก แถวนางรองค่ะ").
_FACTS_BESIDE = ("district", "subdistrict", "official", "witnesses", "phone", "evidence")


_NOT_FOR_THE_BOT = re.compile(lexicon.NOT_FOR_THE_BOT, re.I)
_NOT_FOR_THE_BOT_NOT = re.compile(lexicon.NOT_FOR_THE_BOT_NOT, re.I)
#: The readings a text not for the bot may be taken for (never a threat, a withdrawal or a
#: request to track, which are read for themselves).
_MISTAKEN_FOR = (meaning.ANSWER, meaning.QUESTION, meaning.EDIT, meaning.CHANGE_MIND, meaning.HELP)


def not_for_the_bot(found: Understanding) -> bool:
    """Said outside any question and not for the bot at all ("วันนี้วันพระหรือเปล่าคะ", "สั่ง
    ส้มตำได้ไหมคะ", "ส่งสติกเกอร์ผิดค่ะ", "อยากได้สูตรแกงหน่อไม้", "kin khao rue yang"): a slip, a
    question about daily life or the bot as a person, a recipe, family news, in a line, with no
    public matter, official or wrong named beside it."""
    if found.intent not in _MISTAKEN_FOR:
        return False
    t = prepare(found.text)
    if not short(t, _SMALL_TALK_CHARS) or not _NOT_FOR_THE_BOT.search(t.cleaned):
        return False
    return not _NOT_FOR_THE_BOT_NOT.search(t.cleaned)


_COMPLAINT_CUE = re.compile(lexicon.COMPLAINT_CUE, re.I)


def names_no_complaint(found: Understanding) -> bool:
    """Told at no step and naming nothing a complaint is made of: no official, agency or kind
    read surely, no time told surely, and no money, report or wrong named ("ลูกสาวสอบติด
    พยาบาลแล้วค่ะ", "ข่อยกำลังเกี่ยวข้าวอยู่ ว่างแล้วสิมาเว้าต่อ"): chit-chat, not a story's start."""
    if tells(found.values, SURE_TOLD) or introduces(found.text):
        return False  # "ผมเป็นไวยาวัจกรวัดบ้านนาครับ": who reports, kept before the story
    when = found.values.get("date")
    if when is not None and when.value and when.confidence >= SURE_TOLD:
        return False  # "ตอนปิดเทอมตุลา มีรถมาส่งโต๊ะ…": a time told, a story's line
    return not _COMPLAINT_CUE.search(prepare(found.text).cleaned)


_CHIT_CHAT_TOLD = re.compile(lexicon.CHIT_CHAT_TOLD, re.I)
_CHIT_CHAT_NOT = re.compile(lexicon.CHIT_CHAT_NOT, re.I)


def chit_chat(found: Understanding) -> bool:
    """Told at no step, naming an official, cheats, money or a day, yet telling no wrong done
    by anyone to the teller or the village ("ผู้ใหญ่บ้านโดนตำรวจจับไปแล้วเมื่อวาน ดีใจมาก", "ขอให้
    คนโกงได้รับกรรม", "นายกบอกว่าจะจัดการคนโกง", "stress เรื่องเงิน", "ตอนนี้ปลอดภัยดีค่ะ", news of a
    threat elsewhere): chit-chat, unless a deed is told beside it (money asked, a bribe, a
    report)."""
    cleaned = prepare(found.text).cleaned
    told = (
        _CHIT_CHAT_TOLD.search(cleaned)
        or danger.news_elsewhere(cleaned)
        or (danger.played(cleaned) and danger.harm_explained(cleaned))  # "ขู่ไก่ชนว่าจะแกง 555"
    )
    return bool(told) and not _CHIT_CHAT_NOT.search(cleaned)


_WISH_TO_REPORT = re.compile(
    r"(?:อยาก|ขอ|จะ|สิ)(?:แจ้ง|ร้องเรียน|ฟ้อง)|\b(?:want|like)\s+to\s+report\b", re.I
)


def told_aside(found: Understanding) -> bool:
    """Read as a wish to report or a remark, yet chit-chat told at no step: news of a threat or
    a report elsewhere ("ดูข่าวเมื่อคืน มีคนแจ้งทุจริตที่จังหวัดอื่นแล้วโดนขู่"), with no wish of the
    teller's own to report; a sigh over one's own debts ("หนี้ธกส.ยังไม่หมดเลย เครียดมาก")."""
    cleaned = prepare(found.text).cleaned
    if found.intent == meaning.START:
        return danger.news_elsewhere(cleaned) and not _WISH_TO_REPORT.search(cleaned)
    return found.intent == meaning.REMARK and chit_chat(found)


def small_talk(found: Understanding, expecting: str | None) -> bool:
    """Small talk said alone ("ร้อนจังเลยค่ะวันนี้", "ฝนตกทั้งวันเลย เบื่อมาก", "[สติกเกอร์]",
    "hot day today"): the weather, hunger, sleep or laughter, no public matter named, and no
    value read surely beside it (a day only at the when question): tells nothing, and is
    never a question's answer nor a story."""
    t = prepare(found.text)
    limit = _SMALL_TALK_CHARS if expecting is None else _SMALL_TALK_AT_A_STEP
    if not short(t, limit) or not _SMALL_TALK.search(t.cleaned):
        return False
    if _SMALL_TALK_NOT.search(t.flat.lower()) or tells(found.values, SURE_TOLD):
        return False
    beside = (*_FACTS_BESIDE, "date") if expecting == "when" else _FACTS_BESIDE
    return not any(n in found.values and found.values[n].confidence >= SURE_TOLD for n in beside)


def warm() -> None:
    """Train the models and build the place tables now (a process start), so no citizen's
    first message waits for them."""
    from handlers.understanding import classifier

    for trained in (
        classifier.model,
        classifier.romanised_model,
        classifier.kind_model,
        classifier.faq_model,
        classifier.danger_model,
        classifier.romanised_faq_model,
        classifier.romanised_kind_model,
        classifier.romanised_danger_model,
    ):
        trained()
    romanised.warm()
    danger.warm()
    read("SAO Nong Kong เรียกเงิน", None, None)  # the word segmenter's and places' tables
    forget_reading()


def understand(
    text: str | None,
    *,
    expecting: str | None = None,
    lang: str = "th",
    today: date | None = None,
    story_under_way: bool = False,
) -> Understanding:
    """What one incoming text means. `expecting` = the field the bot just asked for (a step
    name such as "agency", "when", "identity"), or None outside a question;
    `story_under_way`: outside a question, whether a story is being told (the conversation
    knows: the text may be its next bubble, which needs no complaint cue of its own)."""
    story = story_under_way and expecting is None
    if expecting is not None and text:
        text = unquoted(text)  # the question's own example typed back in its quotes
    try:
        if not text or len(text) > REMEMBERED_LENGTH or expecting in NOT_REMEMBERED:
            return read(text, expecting, today, story_under_way=story)
        key = (text, expecting, story, today_or_now(today))
        with _REMEMBERED_LOCK:
            found = _REMEMBERED.get(key)
        if found is None:
            found = read(text, expecting, today, story_under_way=story)
            if not PERSONAL.intersection(found.values):
                with _REMEMBERED_LOCK:
                    _REMEMBERED[key] = found
        # The values carried are frozen; the dict holding them is the caller's own.
        return replace(found, values=dict(found.values))
    finally:
        forget_reading()


#: A whole answer in one pair of quotation marks, none inside ("\"ปลายเดือนที่แล้ว\"").
_QUOTED = re.compile(r'^\s*(["“”\'‘’])([^"“”\'‘’]+)(["“”\'‘’])\s*$')


def unquoted(text: str) -> str:
    """The answer without the quotation marks around it all, as the question shows its
    examples ("เช่น \"คนในหมู่บ้านรู้กันทั้งหมู่\"", copied back whole); as typed otherwise."""
    found = _QUOTED.match(text)
    return found.group(2).strip() if found and found.group(2).strip() else text


def forget_reading() -> None:
    """Forget the memos of the reading just done (a text is cleaned a dozen times, segmented
    and weighed for danger several times in it): nothing a person typed is kept once it is
    read. `understand` calls it after each message (and the benchmark before each reading)."""
    from handlers.understanding import classifier  # loaded by the reading, if not before

    normalise.forget()
    festivals.forget()
    dates.forget()
    danger.forget()
    classifier.forget()
    romanised.forget()
    where.forget()
    _reading.cache_clear()


#: Short answers repeat from person to person (an agency, "ย้อนกลับ", "ใช่ค่ะ"): their reading
#: is remembered per process, by question and day. Longer texts (stories) rarely repeat, and
#: a text given for the record as a name or phone number, or read as carrying one, is read
#: afresh and never kept in memory.
REMEMBERED_LENGTH = 48
NOT_REMEMBERED = frozenset({"identity", "name", "phone"})
PERSONAL = frozenset({"name", "phone", "code"})  # a tracking code opens a ticket
_REMEMBERED: LRUCache = LRUCache(maxsize=2048)
_REMEMBERED_LOCK = threading.Lock()


def forget() -> None:
    """Forget the remembered readings (for tests that count readings)."""
    with _REMEMBERED_LOCK:
        _REMEMBERED.clear()
