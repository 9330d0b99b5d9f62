"""walk33 (fixW33b): a chair the shell made and nobody vouched for read "ปิดไว้ — เห็นได้เฉพาะ
ผู้รับผิดชอบเรื่องและประธาน" on witnesses, which says they are no chair. The page now says why
(no other chair has confirmed the role yet) and how it opens; a named ticket says the
complainant gave a name (never the name), so a chair knows identity can be opened."""

from __future__ import annotations

from bs4 import BeautifulSoup

from handlers.directory import members
from tests.dashboard_login import sign_in
from tests.factories import add_member, add_ticket, line_id
from tests.integration.bot.dashboard.test_tickets_pages import signed_in


def _page(client, reference: str) -> BeautifulSoup:
    return BeautifulSoup(client.get(f"/committee/tickets/{reference}").data, "html.parser")


def _shell_chair(app, services):
    add_member(services, "chair", "ประธานคนแรก")
    with services.uow() as uow:
        chair_id = members.add_from_shell(uow, line_id(), "ประธานใหม่", "chair").id
        uow.commit()
    client = app.test_client()
    assert sign_in(client, services, chair_id).status_code == 303
    return client


def test_an_unvouched_chair_is_told_why_witnesses_are_closed(app, services):
    reference = add_ticket(services, witnesses="นายสมปอง ข้างบ้าน")
    said = _page(_shell_chair(app, services), reference).get_text(" ", strip=True)
    assert "นายสมปอง" not in said  # the rule holds
    assert "เห็นได้เฉพาะผู้รับผิดชอบเรื่องและประธาน" not in said, said
    assert "ยืนยัน" in said and "ประธานอีกท่าน" in said


def test_a_reviewer_still_reads_who_may_see_witnesses(app, services):
    reference = add_ticket(services, witnesses="นายสมปอง ข้างบ้าน")
    client, _ = signed_in(app, services, "reviewer")
    said = _page(client, reference).get_text(" ", strip=True)
    assert "เห็นได้เฉพาะผู้รับผิดชอบเรื่องและประธาน" in said and "นายสมปอง" not in said


def test_a_named_ticket_says_a_name_was_given_but_not_the_name(app, services):
    named = add_ticket(services, name="สมชาย ใจดี", phone="0812345678")
    anonymous = add_ticket(services)
    client, _ = signed_in(app, services, "reviewer")
    page = _page(client, named)
    assert page.select_one("#named") is not None
    said = page.get_text(" ", strip=True)
    assert "ผู้แจ้งให้ชื่อไว้" in said and "สมชาย" not in said and "0812345678" not in said
    assert _page(client, anonymous).select_one("#named") is None
