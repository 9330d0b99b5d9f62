"""The reply language follows the script the person writes in until they choose one."""

from __future__ import annotations

import re

from handlers.conversations.state import ConversationState
from handlers.understanding.romanised import is_romanised_thai
from handlers.understanding.words import meaning
from storage.models import LineUser

#: Set once the person chose a language by name ("English", "ภาษาไทย"): never guessed again.
CHOSEN = ConversationState("language", keys=("language_chosen",), marker="language_chosen")
#: Set once the person wrote words (of either script): from then on a message in both scripts
#: keeps the language of the conversation ("SAO Ban Kruat ทำถนน concrete road …" from a Thai
#: writer is answered in Thai); only a message in one script alone changes it (walk29).
HEARD = ConversationState("language_heard", keys=("language_heard",), marker="language_heard")

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
#: Thai consonants: about three to a Thai word, to weigh Thai against English words.
_THAI_CONSONANT = re.compile(r"[\u0e01-\u0e2e]")
_LETTERS_A_WORD = 3
#: A text in both scripts is the one language only when it has this many times the words of
#: the other ("I told you already, the school โรงเรียนบ้านหนองกี่"); else the reply keeps to
#: the language it was in.
_MOSTLY = 1.5
#: Where a language asked for may end inside a longer message ("can you speak english? my
#: thai reading not so good", "English please. Since the new term started…").
_CLAUSES = re.compile(r"[?!.,;:\n]+")


def written_in(text: str | None, *, settled: bool = False) -> str | None:
    """ "th" for Thai script, "en" for English words, None when the text says neither.
    `settled`: the conversation already has a language, so a text in both scripts says
    neither (it keeps it)."""
    if not text:
        return None
    name = _THAI_NAME.fullmatch(text.strip()) and not _PARTICLES.search(text)
    words = _LATIN_WORD.findall(_NOT_WORDS.sub(" ", text))
    english = len(words) >= _ENGLISH_WORDS and not is_romanised_thai(text)
    if len(_THAI.findall(text)) >= _THAI_LETTERS and not name:
        if english:  # both: the one far more of it, else neither
            if settled:
                return None
            thai_words = len(_THAI_CONSONANT.findall(text)) / _LETTERS_A_WORD
            if len(words) >= _MOSTLY * thai_words:
                return "en"
            return "th" if thai_words >= _MOSTLY * len(words) else None
        return "th"
    if not english:
        return None  # "yak jaeng rueang khrap": Thai without a Thai keyboard, not English
    return "en"


def asked_for(text: str | None) -> str | None:
    """ "en" or "th" when a part of a longer message asks for that language by name ("can you
    speak english? my thai reading not so good"); None otherwise (the whole word alone is a
    global word, answered as one)."""
    parts = [p for p in _CLAUSES.split(text or "") if p.strip()]
    if len(parts) < 2:
        return None
    for part in parts:
        word = meaning(part.strip())
        if word in ("english", "thai"):
            return "en" if word == "english" else "th"
    return None


def choose(user: LineUser, language: str) -> None:
    """The person named the language they want: keep it whatever they write next."""
    user.language = language
    CHOSEN.begin(user, language_chosen=True)


def follow(user: LineUser, text: str | None) -> bool:
    """Answer in the language of the text, unless the person chose one. True when these are
    the first words heard and they are English: the welcome (sent in Thai on following) is
    said again in English (walk36: "Hello, I need to report…" met Thai bubbles only)."""
    asked = asked_for(text)
    if asked is not None:  # asked for by name inside a message: chosen, as "English" alone is
        choose(user, asked)
        return False
    if CHOSEN.is_current(user):
        return False
    settled = HEARD.is_current(user)
    language = written_in(text, settled=settled)
    # Only a change is set: setting the same value still made the row's flush dearer.
    if language is not None and language != user.language:
        user.language = language
    if not settled and _words(text):
        HEARD.begin(user, language_heard=True)
        return language == "en"
    return False


def _words(text: str | None) -> bool:
    """Whether a text says a language by its words (Thai letters, or English words, enough of
    them not to be a name, a code or "ok" alone)."""
    rest = _NOT_WORDS.sub(" ", text or "")
    thai = len(_THAI.findall(rest)) >= _THAI_LETTERS
    return thai or len(_LATIN_WORD.findall(rest)) >= _ENGLISH_WORDS
