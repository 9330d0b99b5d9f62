"""The message catalogue: every text a user reads, Thai first, English second.

Texts live in gettext `.po` files, one folder per language (`bot/i18n/th/*.po`,
`bot/i18n/en/*.po`, one file per area, read with Babel, no compile step); a
msgid is a key such as `ask.kind`, and `{name}` placeholders are filled with
`str.format`. A key defined in two files of one language is an error.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"
I18N = Path(__file__).parent


@cache
def messages(language: str) -> dict[str, str]:
    """All texts of one language, by key, from every `.po` file of its folder."""
    table: dict[str, str] = {}
    for path in sorted((I18N / language).glob("*.po")):
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        for message in catalog:
            if not (message.id and message.string):
                continue
            key = str(message.id)
            if key in table:
                raise ValueError(f"{key!r} is defined twice in the {language} catalogue")
            table[key] = str(message.string)
    return table


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
