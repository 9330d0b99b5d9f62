"""The message catalogue: every text a user reads, Thai first, English second.

Texts live in gettext `.po` files under `bot/i18n/` (read with Babel, no compile
step); a msgid is a key such as `ask.kind`, and `{name}` placeholders are filled
with `str.format`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"
I18N = Path(__file__).with_name("i18n")


@cache
def messages(language: str) -> dict[str, str]:
    """All texts of one language, by key."""
    with (I18N / f"{language}.po").open("rb") as handle:
        catalog = read_po(handle, locale=language)
    return {str(m.id): str(m.string) for m in catalog if m.id and m.string}


class MissingText(KeyError):
    """A key that the catalogue does not have."""


def text(language: str, key: str, **params) -> str:
    """The text for `key` in `language` (Thai when the language is unknown)."""
    table = messages(language if language in LANGUAGES else DEFAULT_LANGUAGE)
    try:
        template = table[key]
    except KeyError:
        raise MissingText(f"{key!r} is not in the {language} catalogue") from None
    return template.format(**params) if params else template


def has(language: str, key: str) -> bool:
    """Whether the catalogue has `key`."""
    return key in messages(language if language in LANGUAGES else DEFAULT_LANGUAGE)
