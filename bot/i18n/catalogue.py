"""The message catalogue: every text a user reads, Thai first, English second.

Texts live in gettext `.po` files, one folder per language (`bot/i18n/th/*.po`,
`bot/i18n/en/*.po`, one file per area, read with Babel, no compile step); a
msgid is a key such as `ask.kind`, and `{name}` placeholders are filled with
`str.format`. A key defined in two files of one language is an error. A text that counts
something has plural forms (`msgid_plural`, `msgstr[0]`…): its form is chosen by the
language's plural rule for the `n` parameter ("1 entry", "2 entries"; Thai has one form).
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

from handlers import masking

LANGUAGES = ("th", "en")
DEFAULT_LANGUAGE = "th"
I18N = Path(__file__).parent


@cache
def messages(language: str) -> dict[str, str]:
    """All texts of one language, by key, from every `.po` file of its folder (a text with
    plural forms by its first form: `plurals` has them all)."""
    table: dict[str, str] = {}
    for message, _ in _read(language):
        key = str(message.id[0] if message.pluralizable else message.id)
        if key in table:
            raise ValueError(f"{key!r} is defined twice in the {language} catalogue")
        table[key] = str(message.string[0] if message.pluralizable else message.string)
    return table


@cache
def plurals(language: str) -> dict[str, tuple[tuple[str, ...], Callable[[int], int]]]:
    """The texts of one language that have plural forms: their forms and the rule choosing one."""
    return {
        str(message.id[0]): (tuple(message.string), gettext.c2py(catalog.plural_expr))
        for message, catalog in _read(language)
        if message.pluralizable
    }


def _read(language: str):
    """Each message of the language's `.po` files with a text, beside its catalogue."""
    for path in sorted((I18N / language).glob("*.po")):
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        for message in catalog:
            if message.id and message.string and all(message.string):
                yield message, catalog


class MissingText(KeyError):
    """A key that the catalogue does not have."""


def text(language: str, key: str, **params) -> str:
    """The text for `key` in `language` (Thai when the language is unknown)."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    table = messages(language)
    try:
        template = table[key]
    except KeyError:
        raise MissingText(f"{key!r} is not in the {language} catalogue") from None
    counted = plurals(language).get(key)
    if counted is not None and "n" in params:
        forms, choose = counted
        template = forms[min(choose(int(params["n"])), len(forms) - 1)]
    return template.format(**params) if params else template


def has(language: str, key: str) -> bool:
    """Whether the catalogue has `key`."""
    return key in messages(language if language in LANGUAGES else DEFAULT_LANGUAGE)


def marks_in(language: str, value):
    """Words masked for a reviewer with their marks in the reader's language ("[ชื่อผู้ร้อง]")."""
    return masking.fill_marks(value, lambda whose: text(language, masking.MARK_KEY.format(whose)))
