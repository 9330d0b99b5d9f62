"""The reply language follows the script the person writes in until they choose one."""

from __future__ import annotations

import re

from handlers.conversations.state import ConversationState
from handlers.understanding.romanised import is_romanised_thai
from storage.models import LineUser

#: Set once the person chose a language by name ("English", "ภาษาไทย"): never guessed again.
CHOSEN = ConversationState("language", keys=("language_chosen",), marker="language_chosen")

_THAI = re.compile(r"[\u0e00-\u0e7f]")
# References, links, addresses, and codes (a token with a digit or a hyphen: "APMQ-63C6").
_NOT_WORDS = re.compile(r"https?://\S+|\S+@\S+|\S*[\d-]\S*", re.I)
_LATIN_WORD = re.compile(r"[a-z]{2,}", re.I)
#: English needs a sentence: a command ("new tickets", "stop news") or a code is not a
#: choice of language.
_ENGLISH_WORDS = 3
#: Thai needs more than a name: "หนองกง" typed in an English conversation is a place.
_THAI_LETTERS = 8
#: A Thai name (a first name and a surname, a title perhaps, no polite particle: "สมชาย ใจดี",
#: "นางมาลี ทองดี") typed in an English conversation answers the question: not Thai chosen.
_THAI_NAME = re.compile(
    r"(?:นาย|นางสาว|นาง|น\.ส\.)?\s*[\u0e01-\u0e4e]+(?:\s+[\u0e01-\u0e4e]+){1,2}"
)
_PARTICLES = re.compile(r"ค่ะ|คะ|ครับ|คับ|จ้า|นะ|เด้อ")


def written_in(text: str | None) -> str | None:
    """ "th" for Thai script, "en" for English words, None when the text says neither."""
    if not text:
        return None
    name = _THAI_NAME.fullmatch(text.strip()) and not _PARTICLES.search(text)
    if len(_THAI.findall(text)) >= _THAI_LETTERS and not name:
        return "th"
    words = _LATIN_WORD.findall(_NOT_WORDS.sub(" ", text))
    if len(words) < _ENGLISH_WORDS or is_romanised_thai(text):
        return None  # "yak jaeng rueang khrap": Thai without a Thai keyboard, not English
    return "en"


def choose(user: LineUser, language: str) -> None:
    """The person named the language they want: keep it whatever they write next."""
    user.language = language
    CHOSEN.begin(user, language_chosen=True)


def follow(user: LineUser, text: str | None) -> None:
    """Answer in the language of the text, unless the person chose one."""
    if CHOSEN.is_current(user):
        return
    language = written_in(text)
    # Only a change is set: setting the same value still made the row's flush dearer.
    if language is not None and language != user.language:
        user.language = language
