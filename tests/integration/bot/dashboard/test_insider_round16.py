"""What a member sees since attack round 16: the chair's own invitee is told, on the ticket's
page, that another chair must confirm the inviter's proposal; a used login link armed again
in the database signs no one in and its member is told in LINE; a document's own name shows
to the chair of a named ticket, a neutral label to a reviewer."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from handlers.directory import members
from handlers.tickets import complainant_replies, endings
from storage import tickets
from storage.committee_models import LoginToken
from storage.models import AuditEntry, Member, OutboxMessage
from tests.attacks.recusal_probes import SQLITE, _listed, _named, _sees
from tests.dashboard_login import csrf_token, login_token, sign_in
from tests.factories import add_evidence, add_member, add_ticket, line_id


def _invited_by(services, chair: int) -> int:
    with services.uow() as uow:
        code = members.invite(uow, "chair", by=uow.session.get(Member, chair))
        uow.commit()
    with services.uow() as uow:
        member = members.join(uow, line_id(), code, "ประธานสอง")
        uow.commit()
        return member.id


def test_the_inviters_invitee_is_told_another_chair_must_confirm(app, services):
    founding = add_member(services, "chair")
    chair = _invited_by(services, founding)
    invitee = _invited_by(services, chair)
    ref = add_ticket(services, status="in_review")
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, ref)
        endings.propose(uow, uow.session.get(Member, chair), ticket, "resolved", "จบแล้ว")
        uow.commit()
    client = app.test_client()
    sign_in(client, services, invitee)
    page = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    assert "ต้องให้ประธานท่านอื่นยืนยัน" in page and "confirm_ending" not in page
    assert 'action="/committee/tickets/' + ref + "/confirm" not in page
    # The proposer's own inviter is no second pair of eyes either (round 18: both ways)...
    inviter = app.test_client()
    sign_in(inviter, services, founding)
    page = inviter.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    assert "ต้องให้ประธานท่านอื่นยืนยัน" in page
    # ...a chair who stands on nobody's word in the chain is.
    independent = add_member(services, "chair", name="ประธานสาม")
    other = app.test_client()
    sign_in(other, services, independent)
    assert "ต้องให้ประธานท่านอื่นยืนยัน" not in other.get(f"/committee/tickets/{ref}").get_data(
        as_text=True
    )


def test_a_re_armed_link_tells_its_member(app, client, services):
    chair = add_member(services, "chair")
    url = f"/committee/login/{login_token(services, chair)}"
    client.post(url, data={"csrf_token": csrf_token(client, url)})
    with services.uow() as uow:
        later = uow.now() + timedelta(hours=1)
        uow.session.execute(update(LoginToken).values(used_at=None, expires_at=later))
        uow.commit()
    thief = app.test_client()
    answer = thief.post(url, data={"csrf_token": csrf_token(thief, url)})
    with services.uow() as uow:
        told = uow.session.query(OutboxMessage).filter_by(purpose="committee:shell_login").count()
        failed = uow.session.query(AuditEntry.detail).filter_by(action="dashboard_login_failed")
        details = [detail for (detail,) in failed]
    assert answer.status_code == 403 and told == 1
    assert any(d.startswith("used link armed again") for d in details)


def test_a_documents_name_shows_to_the_chair_of_a_named_ticket_only(app, services, tmp_path):
    chair = add_member(services, "chair")
    reviewer = add_member(services, "reviewer")
    ref = add_ticket(services, anonymous=False, name="สมชาย ใจดี", phone="0812345678")
    document = tmp_path / "id.pdf"
    document.write_bytes(b"%PDF-1.4\n")
    add_evidence(services, ref, document, "application/pdf", name="สำเนาบัตร_สมชาย.pdf")
    pages = {}
    for who in (chair, reviewer):
        client = app.test_client()
        sign_in(client, services, who)
        pages[who] = client.get(f"/committee/tickets/{ref}").get_data(as_text=True)
    assert "สำเนาบัตร_สมชาย.pdf" in pages[chair]
    assert "สำเนาบัตร_สมชาย.pdf" not in pages[reviewer] and "ไฟล์ 1" in pages[reviewer]


@SQLITE
def test_a_file_sent_after_filing_named_for_the_tied_body_keeps_the_ticket(services):
    """The complainant sends, after filing, a document LINE names "หนังสือจากอบต.กลันทา.pdf":
    the reviewer tied to that body no longer sees the ticket."""
    tied, ref = _named(services)
    assert _sees(services, tied, ref)
    with services.uow() as uow:
        ticket = tickets.by_reference(uow, ref)
        complainant_replies.attach_file(uow, ticket, "m-1", "file", "หนังสือจากอบต.กลันทา.pdf", 9)
        uow.commit()
    assert not _sees(services, tied, ref) and not _listed(services, tied, ref)
