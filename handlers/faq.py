"""The answers to questions a person asks back about reporting (must I give my name, is it
free, how long is it kept …), wherever they are asked: filing, adding, or outside both."""

from __future__ import annotations

from handlers.replies import Say, T
from handlers.understanding import FAQS

#: The topics the catalogue answers ("other" has no answer of its own).
FAQ = tuple(topic for topic in FAQS if topic != "other")
#: Who sees a named complainant's name, the one wording of access.can_see_identity's rule
#: every answer about it uses.
NAME_SEEN = {"name_seen": T("privacy.name_seen")}


def faq_answer(topic: object, identity_days: int, quick: tuple = ()) -> Say | None:
    """The catalogue's answer to a question back about reporting (must I give my name, is
    it free …), or None when it is not one of those; how long a name is kept is the
    deployment's own figure (`identity_days`: RETENTION_IDENTITY_DAYS, from the handlers'
    settings), as the privacy notice says."""
    if topic not in FAQ:
        return None
    return Say(f"faq.{topic}", {"identity_days": identity_days, **NAME_SEEN}, quick=quick)
