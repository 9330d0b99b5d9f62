"""A LINE message to a member names a role in Thai (walk33: "…เป็น reviewer…" told a chair)."""

from __future__ import annotations

from handlers.directory import members

CHAIR = "U" + "c" * 32
READER = "U" + "d" * 32
SECOND_CHAIR = "U" + "e" * 32


def test_a_member_added_at_a_shell_is_named_in_thai_to_the_chair(services, gateway):
    with services.uow() as uow:
        members.add_member(uow, CHAIR, "ประธานสมศรี", "chair")
        members.add_from_shell(uow, READER, "สมชาย", "reviewer")
        members.add_from_shell(uow, SECOND_CHAIR, "สมหญิง", "chair")
        uow.commit()
    services.sender.send_due()
    texts = [
        m["text"]
        for c in gateway.sent
        if c["kind"] == "push" and c["to"] == CHAIR
        for m in c["messages"]
    ]
    assert any("เป็น กรรมการพิจารณา" in t for t in texts), texts
    assert any("เป็น ประธาน" in t for t in texts), texts
    assert not any("reviewer" in t or "chair" in t for t in texts), texts
