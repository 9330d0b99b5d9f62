"""The answers to questions a person asks back about reporting (must I give my name, is it
free, how long is it kept …), wherever they are asked: filing, adding, or outside both."""

from __future__ import annotations

import re

from handlers.replies import Say, T
from handlers.understanding import FAQS, asks_being_guessed
from handlers.understanding.lexicon import (
    DETAILS_MAY_POINT,
    INSIDER_ASKED,
    SAME_CARE_ASKED,
)

#: The topics the catalogue answers ("other" has no answer of its own).
FAQ = tuple(topic for topic in FAQS if topic != "other")
#: Who sees a named complainant's name, the one wording of access.can_see_identity's rule
#: every answer about it uses.
NAME_SEEN = {"name_seen": T("privacy.name_seen")}


_SAME_CARE = re.compile(SAME_CARE_ASKED, re.I)
#: The questions back about the name, where "does it get the same care?" may be asked.
_ABOUT_NAMING = frozenset({"must_give_name", "will_they_know", "other"})


def same_care(heard, quick: tuple = ()) -> Say | None:
    """ "ถ้าไม่บอกชื่อ เรื่องจะได้รับการดูแลเหมือนกันไหม": yes, said first, and what makes an
    unnamed complaint checkable; None when that is not what was asked."""
    text = getattr(heard, "text", None) or ""
    if heard is None or heard.value("faq") not in _ABOUT_NAMING or not _SAME_CARE.search(text):
        return None
    return Say("faq.same_care", quick=quick)


_INSIDER = re.compile(INSIDER_ASKED, re.I)
_DETAILS_MAY_POINT = re.compile(DETAILS_MAY_POINT, re.I)
_SPACES = re.compile(r"\s+")
#: The questions back a worry of being found out is read as (who will know, is it safe, who
#: sees it …).
_ABOUT_BEING_KNOWN = frozenset(
    {None, "will_they_know", "is_safe", "who_sees", "must_give_name", "discreet", "court", "other"}
)


def found_out(heard, quick: tuple = (), told: bool = False) -> Say | None:
    """The one place that decides which worry of being found out a question asks, each answered
    in full by its own text (what the committee sees, what an agency is told, that an unnamed
    complaint stays so, that details may point and can be told in general terms):
    `faq.insider` when someone inside the office concerned asks what reporting costs them
    there ("หนูเป็นพยาบาลใน รพ.สต. หัวหน้าจะรู้ไหมคะว่าหนูแจ้ง", "ถ้าแจ้งแล้วจะโดนย้ายไหม"),
    `faq.details_may_point` when a detail only they could know may give them away ("ถ้าบอก
    ตำบลเขาจะรู้ไหมคะว่าหนูแจ้ง", "มีแค่หนูกับพี่อีกคนที่รู้"), when being guessed is asked
    ("คนที่รู้เรื่องนี้จะเดาได้ไหม", "ดูออกไหมว่าเป็นเรา"), or, `told` (the story is in the draft),
    when who reported is asked at all ("เขาจะรู้ไหมว่าใครแจ้ง"): what is told is what may point;
    None when none is asked."""
    text = getattr(heard, "text", None) or ""
    if heard is None or heard.intent != "question" or not text:
        return None
    flat = _SPACES.sub("", text).lower()
    guessed = asks_being_guessed(text)
    if heard.value("faq") not in _ABOUT_BEING_KNOWN and not guessed:
        return None  # "ลูกจ้างแจ้งต้องเสียเงินไหม": the cost is what is asked
    if _INSIDER.search(text.lower()):
        return Say("faq.insider", quick=quick)
    if _DETAILS_MAY_POINT.search(flat) or guessed:
        return Say("faq.details_may_point", quick=quick)
    if told and heard.value("faq") == "will_they_know":
        return Say("faq.details_may_point", quick=quick)
    return None


def faq_answer(topic: object, identity_days: int, quick: tuple = ()) -> Say | None:
    """The catalogue's answer to a question back about reporting (must I give my name, is
    it free …), or None when it is not one of those; how long a name is kept is the
    deployment's own figure (`identity_days`: RETENTION_IDENTITY_DAYS, from the handlers'
    settings), as the privacy notice says."""
    if topic not in FAQ:
        return None
    return Say(f"faq.{topic}", {"identity_days": identity_days, **NAME_SEEN}, quick=quick)


def also_answered(heard, identity_days: int, quick: tuple = ()) -> list[Say]:
    """The answer to a second question asked in the same message as the first ("…เขาจะรู้ไหม
    แล้วต้องเสียเงินไหมคะ"), to follow the first's; [] when there is none (or it has none)."""
    also = heard.value("faq_also") if heard is not None else None
    if also is None or also == heard.value("faq"):
        return []
    said = faq_answer(also, identity_days, quick=quick)
    return [said] if said is not None else []
