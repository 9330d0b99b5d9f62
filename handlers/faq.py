"""The answers to questions a person asks back about reporting (must I give my name, is it
free, how long is it kept …), wherever they are asked: filing, adding, or outside both."""

from __future__ import annotations

import re

from handlers.replies import Say, T
from handlers.understanding import FAQS
from handlers.understanding.lexicon import INSIDER_ASKED, SAME_CARE_ASKED

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
#: The questions back an insider's worry is read as (who will know, is it safe, who sees it).
_ABOUT_BEING_KNOWN = frozenset(
    {None, "will_they_know", "is_safe", "who_sees", "must_give_name", "discreet", "court", "other"}
)


def insider(heard, quick: tuple = ()) -> Say | None:
    """ "หนูเป็นพยาบาลใน รพ.สต. หัวหน้าจะรู้ไหมคะว่าหนูแจ้ง", "ถ้าแจ้งแล้วจะโดนย้ายไหม": someone
    inside the office concerned asking what reporting costs them there, answered honestly
    (their boss does not learn it from us, members tied to that office do not see it, the
    details may give them away, and whom to tell if pressed); None when that is not asked."""
    text = getattr(heard, "text", None) or ""
    if heard is None or heard.intent != "question" or not _INSIDER.search(text.lower()):
        return None
    if heard.value("faq") not in _ABOUT_BEING_KNOWN:
        return None  # "ลูกจ้างแจ้งต้องเสียเงินไหม": the cost is what is asked
    return Say("faq.insider", quick=quick)


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
