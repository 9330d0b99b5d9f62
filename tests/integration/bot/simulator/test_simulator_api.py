"""The simulator's endpoints: signed webhooks in, LINE messages out, across processes."""

from __future__ import annotations

import hashlib
import io
import json
import re

import pytest
from sqlalchemy import func, select

from bot import create_app
from storage.evidence import ticket_salt
from storage.models import Evidence, ProcessedEvent
from storage.simulator_models import SimulatedContent
from tests.conftest import ONE_DATABASE
from tests.factories import draft_buttons, texts
from tests.shared_engines import release

# The page's own checks (its CSRF token, a user's id, a file's type and headers, no CDN, not
# there beside a LINE channel) and the reading of a pin and a date: Python's, so on SQLite
# alone; the chats kept, seen from another process, and evidence stored run on both.
THE_PAGES = ONE_DATABASE


def local_app(database_url, tmp_path):
    """A local-mode app (no LINE channel) on the given database."""
    env = {
        "SUJARIT_MODE": "local",
        "DATABASE_URL": database_url,
        "EVIDENCE_DIR": str(tmp_path / "evidence"),
        "LINE_SENDER_THREADS": "0",  # replies land before the post returns, as the page reads them
    }
    return create_app({"ENV": env, "TESTING": True})


@pytest.fixture
def sim(database_url, tmp_path):
    application = local_app(database_url, tmp_path)
    yield application
    release(application.extensions["sujarit"].engine)


def csrf_token(client) -> str:
    """The token the simulator page hands its script."""
    page = client.get("/simulator").get_data(as_text=True)
    config = re.search(r'id="sim-config" type="application/json">(.*?)</script>', page, re.S)
    return json.loads(config.group(1))["csrf"]


@pytest.fixture
def web(sim):
    """The page's API, called as the page's script does (with its CSRF token)."""
    client = sim.test_client()
    client.environ_base["HTTP_X_CSRFTOKEN"] = csrf_token(client)
    return client


@THE_PAGES
def test_the_api_refuses_posts_without_the_pages_csrf_token(sim):
    stranger = sim.test_client()
    assert stranger.post("/simulator/api/users", json={"name": "x"}).status_code == 400
    user = "U" + "1" * 32
    refused = stranger.post("/simulator/api/send", json={"user": user, "type": "follow"})
    assert refused.status_code == 400


@THE_PAGES
def test_uploaded_content_is_served_as_an_attachment_never_as_a_page(web, sim):
    user = new_user(web)
    act(web, user, type="follow")
    page = b"<html><script>alert(document.cookie)</script></html>"
    sent = web.post(
        "/simulator/api/upload",
        data={"user": user, "file": (io.BytesIO(page), "x.html", "text/html")},
        content_type="multipart/form-data",
    )
    assert sent.status_code == 200
    with sim.extensions["sujarit"].uow() as uow:
        message_id = uow.session.scalars(select(SimulatedContent.message_id)).one()
    served = web.get(f"/simulator/api/content/{message_id}")
    assert served.headers["Content-Disposition"].startswith("attachment")
    assert served.headers["X-Content-Type-Options"] == "nosniff"


def new_user(web, name="สมศรี") -> str:
    response = web.post("/simulator/api/users", json={"name": name})
    assert response.status_code == 201
    return response.get_json()["id"]


def act(web, user: str, **action) -> dict:
    """Send as the simulated person; a complaint button is tapped as last shown (naming
    its draft)."""
    data = action.get("data", "")
    if data.startswith("a=") and "&d=" not in data:
        shown = [b for b in draft_buttons(bot_messages(web, user)) if b.split("&d=")[0] == data]
        action["data"] = shown[-1] if shown else data
    response = web.post("/simulator/api/send", json={"user": user, **action})
    assert response.status_code == 200, response.data
    return response.get_json()


def bot_messages(web, user: str) -> list[dict]:
    rows = web.get(f"/simulator/api/messages?user={user}").get_json()
    return [r["message"] for r in rows if r["sender"] == "bot"]


@THE_PAGES
def test_simulator_is_not_there_with_a_line_channel(client):
    assert client.get("/simulator").status_code == 404
    assert client.get("/simulator/api/users").status_code == 404


@THE_PAGES
def test_the_page_loads_without_any_cdn(web):
    page = web.get("/simulator")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "http://" not in html and "https://" not in html
    assert web.get("/simulator/assets/simulator.js").status_code == 200
    assert web.get("/simulator/richmenu.png").mimetype == "image/png"


def test_follow_goes_through_the_signed_webhook_and_the_welcome_comes_back(web, sim):
    user = new_user(web)
    assert act(web, user, type="follow") == {
        "status": 200,
        "handled": 1,
        "duplicates": 0,
        "failed": 0,
    }
    welcome = bot_messages(web, user)
    assert "เห็นเฉพาะประธาน" in texts(welcome)
    labels = [i["action"]["label"] for i in welcome[-1]["quickReply"]["items"]]
    assert "แจ้งเรื่องร้องเรียน" in labels
    with sim.extensions["sujarit"].uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(ProcessedEvent)) == 1


def test_another_process_sees_the_same_chat(web, database_url, tmp_path):
    user = new_user(web)
    act(web, user, type="follow")
    other = local_app(database_url, tmp_path)  # a second gunicorn worker, say
    try:
        assert "เห็นเฉพาะประธาน" in texts(bot_messages(other.test_client(), user))
    finally:
        other.extensions["sujarit"].engine.dispose()


def test_each_simulated_user_has_their_own_chat(web):
    first, second = new_user(web, "หนึ่ง"), new_user(web, "สอง")
    act(web, first, type="follow")
    act(web, first, type="text", text="English")
    assert bot_messages(web, second) == []
    assert "Switched to English" in texts(bot_messages(web, first)[-1:])
    users = {u["id"]: u for u in web.get("/simulator/api/users").get_json()}
    assert users[first]["following"] and not users[second]["following"]


def _to_district_question(web, user):
    act(web, user, type="postback", data="menu=complain", displayText="แจ้งเรื่องร้องเรียน")
    act(web, user, type="postback", data="a=consent:yes")
    act(web, user, type="postback", data="a=kind:bribery")
    act(web, user, type="text", text="โรงพยาบาลนางรอง")
    act(web, user, type="text", text="เจ้าหน้าที่การเงิน")


@THE_PAGES
def test_a_shared_place_and_a_picked_date_answer_their_questions(web):
    user = new_user(web)
    _to_district_question(web, user)
    act(web, user, type="location", place=1)  # ที่ว่าการอำเภอนางรอง
    assert "หมุดที่แชร์มาคือสถานที่เกิดเหตุใช่ไหมคะ" in texts(bot_messages(web, user)[-1:])
    act(web, user, type="postback", data="a=pin:scene")
    # the pin's address named the sub-district: not asked, on to the date
    assert "เกิดเมื่อไร" in texts(bot_messages(web, user)[-1:])
    act(web, user, type="postback", data="a=when:date", params={"date": "2025-03-14"})
    assert "เล่าให้ฟัง" in texts(bot_messages(web, user)[-1:])


def test_a_sent_photo_becomes_stored_evidence(web, sim):
    user = new_user(web)
    _to_district_question(web, user)
    photo = b"\x89PNG\r\n\x1a\n" + b"pixels" * 100
    response = web.post(
        "/simulator/api/upload",
        data={"user": user, "file": (io.BytesIO(photo), "receipt.png", "image/png")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 200
    assert "รวม 1 ชิ้น" in texts(bot_messages(web, user))
    with sim.extensions["sujarit"].uow() as uow:
        assert uow.session.scalars(select(Evidence)).one().status == "pending"
    ran = sim.test_cli_runner().invoke(args=["jobs", "run", "evidence"])  # the scheduler's job
    assert ran.exit_code == 0, ran.output
    with sim.extensions["sujarit"].uow() as uow:
        evidence = uow.session.scalars(select(Evidence)).one()
        assert evidence.status == "stored"
        digest, salt = hashlib.sha256(photo).hexdigest(), ticket_salt(uow, evidence)
        assert uow.vault.content_fits(evidence.sha256, digest, salt)


def test_a_voice_message_is_the_telling_and_its_recording_is_kept(web, sim):
    user = new_user(web)
    act(web, user, type="follow")
    response = web.post("/simulator/api/voice", json={"user": user, "seconds": 7})
    assert response.status_code == 200
    messages = bot_messages(web, user)
    assert "ได้รับข้อความเสียงแล้ว" in texts(messages)  # not asked what happened
    shown = web.get(f"/simulator/api/messages?user={user}").get_json()
    sent = [m["message"] for m in shown if m["sender"] == "user"]
    assert sent[-1]["type"] == "audio" and sent[-1]["duration"] == 7000
    ran = sim.test_cli_runner().invoke(args=["jobs", "run", "evidence"])
    assert ran.exit_code == 0, ran.output
    with sim.extensions["sujarit"].uow() as uow:
        evidence = uow.session.scalars(select(Evidence)).one()
        assert (evidence.media_kind, evidence.status) == ("audio", "stored")


@THE_PAGES
def test_a_bad_user_id_is_refused(web):
    response = web.post("/simulator/api/send", json={"user": "nobody", "type": "follow"})
    assert response.status_code == 400


@THE_PAGES
def test_a_photo_sent_without_a_type_is_kept_as_the_photo_it_is(web, sim):
    # walk27: a script's upload (requests names no type) made every photo "application/octet-stream"
    user = new_user(web)
    act(web, user, type="follow")
    photo = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
    sent = web.post(
        "/simulator/api/upload",
        data={"user": user, "file": (io.BytesIO(photo), "receipt.bin", "application/octet-stream")},
        content_type="multipart/form-data",
    )
    assert sent.status_code == 200
    with sim.extensions["sujarit"].uow() as uow:
        kept = uow.session.scalars(select(SimulatedContent.content_type)).one()
    assert kept == "image/jpeg"
