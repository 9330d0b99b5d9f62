"""A message typed in Latin letters has its values read from all of it (the span is the whole
message): what it tells beside them is read in its Thai, the values' own words taken out, as a
Thai message is. An official and a word or two of a deed is an answer; a deed told at length,
whoever it names, is a story (walk39's headman who cheated the flood relief)."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.understanding import tells_what_happened, understand

DECEMBER = date(2026, 12, 7)


def _told(text: str, step: str | None) -> bool:
    return tells_what_happened(text, understand(text, expecting=step, today=DECEMBER).values)


@pytest.mark.parametrize(
    ("said", "step"),
    [
        ("kamnan kep ngern krub", "official"),
        ("kamnan kep ngern krub", "when"),
        ("phu yai ban kep ngern krub", "official"),
        ("phu yai ban kong ngern krub", "official"),
    ],
)
def test_an_official_and_a_word_of_a_deed_in_latin_is_no_story(said, step):
    assert not _told(said, step)


@pytest.mark.parametrize(
    ("said", "step"),
    [
        ("phu yai ban tham kan kong ngern chuay lua nam thuam krub", None),
        ("phu yai ban tham kan kong ngern chuay lua nam thuam krub", "official"),
        ("phu yai ban kong ngern chuay lua nam thuam krub", "official"),
    ],
)
def test_a_deed_told_at_length_in_latin_is_a_story_whoever_it_names(said, step):
    assert _told(said, step)
