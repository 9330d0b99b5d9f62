"""A district named in Latin letters with words around it is found (never refused as "not in
Buri Ram"), and English replies name places in English."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from storage.models import Draft
from tests.conftest import ONE_DATABASE
from tests.factories import texts

# Places in Latin letters are read, not queried: SQLite only (English on both: test_english_*).
pytestmark = ONE_DATABASE

THAI = re.compile(r"[\u0e00-\u0e7f]")


def to_the_district_question(chat) -> str:
    chat.follow()
    for line in ("English", "I want to report", "yes", "1", "the land office"):
        chat.say(line)
    return texts(chat.say("the clerk"))


def held_district(services) -> str | None:
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft).order_by(Draft.id.desc())).first()
        return draft.data.get("district")


@pytest.mark.parametrize(
    ("line", "district", "english"),
    [
        ("Nang Rong, as I just said", "นางรอง", "Nang Rong"),
        ("It was in lam plai mat I think", "ลำปลายมาศ", "Lam Plai Mat"),
        ("Khu Mueang please, near the market", "คูเมือง", "Khu Mueang"),
    ],
)
def test_a_district_among_other_words_is_found(chat, services, line, district, english):
    assert "district" in to_the_district_question(chat).lower()
    reply = texts(chat.say(line))
    assert held_district(services) == district
    assert "not in" not in reply and english in reply, reply
    assert not THAI.search(reply), reply  # an English reply names the place in English


def test_an_unknown_subdistrict_is_refused_in_english(chat, services):
    to_the_district_question(chat)
    chat.say("Nang Rong")
    reply = texts(chat.say("Zzyzx Village"))
    assert held_district(services) == "นางรอง"
    assert "Nang Rong" in reply and not THAI.search(reply), reply
