"""The name and the phone of a person who gives them: typed on one line they are two
answers, the summary never shows a missing one as "None", and a typed correction keeps
what it says."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sqlalchemy import select

from storage.models import Draft
from tests.conftest import ONE_DATABASE
from tests.factories import summarised, texts

# Name and phone are read, not queried: SQLite only (filing on both kinds: test_conversation).
pytestmark = ONE_DATABASE


def identity_of(services) -> SimpleNamespace:
    """The latest draft's step, name and phone, as the chair would read them."""
    with services.uow() as uow:
        draft = uow.session.scalars(select(Draft).order_by(Draft.id.desc())).first()
        data = draft.data
        return SimpleNamespace(
            step=draft.step,
            name=uow.vault.decrypt(data.get("name_enc")),
            phone=uow.vault.decrypt(data.get("phone_enc")),
        )


def to_the_name_question(chat) -> None:
    summarised(chat)  # anonymous first, then the person chooses to give a name
    chat.say("แก้ 10")
    chat.tap("a=identity:named")


@pytest.mark.parametrize(
    ("line", "name", "phone"),
    [
        ("ธนากร ศรีสุข 0891234567", "ธนากร ศรีสุข", "0891234567"),
        ("มาลี ทองดี เบอร์ 089-765-4321 ค่ะ", "มาลี ทองดี", "0897654321"),
        # one's own name is kept without its title (fixW23: round 17's "นางสำราญ พรมมา")
        ("นายสมศักดิ์ ใจงาม โทร ๐๘๑ ๒๒๒ ๓๓๓๓", "สมศักดิ์ ใจงาม", "0812223333"),
    ],
)
def test_a_name_and_a_phone_on_one_line_are_both_taken(chat, services, line, name, phone):
    to_the_name_question(chat)
    reply = texts(chat.say(line))
    held = identity_of(services)
    assert (held.name, held.phone) == (name, phone)
    assert held.step == "summary" and "เบอร์โทรที่ติดต่อได้" not in reply  # not asked again
    assert f"{name} {phone}" in reply and "None" not in reply


def test_a_name_alone_still_asks_the_phone(chat, services):
    to_the_name_question(chat)
    assert "เบอร์โทร" in texts(chat.say("ประยูร มั่นคง"))
    assert identity_of(services).name == "ประยูร มั่นคง"


@pytest.mark.parametrize(
    "line",
    ["แก้ชื่อเป็น วิไล แสงทอง", "แก้ชื่อ เป็น วิไล แสงทอง ค่ะ", "ขอแก้ชื่อเป็น วิไล แสงทอง"],
)
def test_changing_the_name_in_one_message_keeps_the_new_name(chat, services, line):
    summarised(chat, anonymous=False)
    reply = texts(chat.say(line))
    assert identity_of(services).name == "วิไล แสงทอง"
    assert "วิไล แสงทอง" in reply and "None" not in reply


@pytest.mark.parametrize("line", ["แก้เบอร์เป็น 089-555-1234", "เปลี่ยนเบอร์โทรเป็น 0895551234 ค่ะ"])
def test_changing_the_phone_in_one_message_keeps_the_new_number(chat, services, line):
    summarised(chat, anonymous=False)
    reply = texts(chat.say(line))
    held = identity_of(services)
    assert (held.name, held.phone) == ("สมหญิง รักดี", "0895551234"), reply
