"""A sealed witness's name is masked in the story a reviewer reads, but the words said around
it when it was given ("ชื่อ", "เห็น") are no name: "บ่อยากบอกชื่อเด้อ" must not become
"บ่อยากบอก[ชื่อพยาน]เด้อ" (walk21, W21-4)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from tests.factories import add_ticket
from tests.integration.bot.dashboard.test_tickets_pages import signed_in

STORY = "คนเก็บภาษีเรียกเงินเกินใบเสร็จ บ่อยากบอกชื่อเด้อ กลัวเขารู้ น้องสาวฉันชื่อบุษบาก็เห็น"


def test_the_witness_name_is_masked_and_the_word_name_is_not(app, services):
    ref = add_ticket(services, description=STORY, witnesses="น้องสาวฉัน ชื่อ บุษบา เห็นอยู่ในร้านด้วย")
    client, _ = signed_in(app, services, "reviewer")
    page = BeautifulSoup(client.get(f"/committee/tickets/{ref}").data, "html.parser")
    text = page.get_text(" ")
    assert "บุษบา" not in text, "the witness's name reached a reviewer"
    assert "บ่อยากบอกชื่อเด้อ" in text, "the complainant's own words were changed"
