"""Floods hurt the flooder: guesses from some sources never lock out a right secret from others."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import event

from bot import create_app
from handlers.throttles import LIMITS
from tests.conftest import make_env
from tests.dashboard_login import csrf_token, login_token
from tests.factories import Chat, add_member, submitted, text_event, texts
from tests.integration.bot.public.test_status_page import look_up
from tests.shared_engines import release


def browser(app, address: str, forwarded: str | None = None):
    """A test client that the server sees coming from `address` (through a proxy if forwarded)."""
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    if forwarded:
        client.environ_base["HTTP_X_FORWARDED_FOR"] = forwarded
    return client


def use_link(client, token: str):
    """Tap "sign in" on a one-time link page."""
    url = f"/committee/login/{token}"
    return client.post(url, data={"csrf_token": csrf_token(client, url)})


def bogus_links(client, times: int) -> list[int]:
    """Post made-up login links; the status codes answered."""
    return [use_link(client, f"bogus-{i}-{time.monotonic_ns()}").status_code for i in range(times)]


def test_made_up_references_flooded_from_a_few_addresses_lock_no_real_ticket(app, chat, gateway):
    reference, code, *_ = submitted(chat)
    per_source = LIMITS["tracking"].per_subject
    flooders = [browser(app, f"203.0.113.{n}") for n in range(LIMITS["tracking"].overall // 5)]

    for n, flooder in enumerate(flooders):
        answers = [
            look_up(flooder, f"BRM-2569-{n:02d}{i:03d}", "AAAA-BBBB").status_code
            for i in range(per_source + 1)
        ]
        assert answers == [404] * per_source + [429]  # each flooder stops itself

    assert look_up(flooders[0], reference, code).status_code == 429
    assert look_up(browser(app, "198.51.100.7"), reference, code).status_code == 200
    villager = Chat(chat.client, gateway, "U" + "f" * 32, chat.secret)
    villager.tap("menu=lookup")
    villager.say(reference)
    shown = texts(villager.say(code))
    assert reference in shown and "ลองผิดหลายครั้งเกินไป" not in shown


def test_bogus_login_links_from_a_few_addresses_leave_the_chairs_fresh_link_working(app, services):
    chair = add_member(services, "chair")
    per_source = LIMITS["login_use"].per_subject
    flooders = [browser(app, f"203.0.113.{n}") for n in range(5)]

    for flooder in flooders:
        assert bogus_links(flooder, per_source) == [403] * per_source

    assert bogus_links(flooders[0], 1) == [429]  # the flooder is refused
    # A real link is heard even from a flooded address (an office shares one), and elsewhere.
    assert use_link(flooders[0], login_token(services, chair)).status_code == 303
    assert use_link(browser(app, "198.51.100.7"), login_token(services, chair)).status_code == 303


@pytest.fixture
def proxied_app(database_url, tmp_path, gateway):
    """The app behind one trusted reverse proxy (TRUSTED_PROXIES=1)."""
    env = make_env(database_url, tmp_path, TRUSTED_PROXIES="1")
    application = create_app({"ENV": env, "GATEWAY": gateway, "TESTING": True})
    yield application
    release(application.extensions["sujarit"].engine)


def test_behind_a_trusted_proxy_each_client_is_limited_by_its_own_address(proxied_app):
    services = proxied_app.extensions["sujarit"]
    chair = add_member(services, "chair")
    per_source = LIMITS["login_use"].per_subject
    flooder = browser(proxied_app, "10.0.0.2", forwarded="203.0.113.9")

    assert bogus_links(flooder, per_source) == [403] * per_source
    assert bogus_links(flooder, 1) == [429]
    chairs_phone = browser(proxied_app, "10.0.0.2", forwarded="198.51.100.7")
    assert use_link(chairs_phone, login_token(services, chair)).status_code == 303


def test_without_trusted_proxies_a_forged_forwarded_address_changes_nothing(app, services):
    per_source = LIMITS["login_use"].per_subject
    for n in range(per_source):
        forger = browser(app, "203.0.113.9", forwarded=f"198.51.100.{n}")
        assert bogus_links(forger, 1) == [403]

    forger = browser(app, "203.0.113.9", forwarded="192.0.2.1")
    assert bogus_links(forger, 1) == [429]


def test_an_existing_and_a_missing_reference_take_the_same_work(app, chat, services, monkeypatch):
    reference, *_ = submitted(chat)
    vault = services.uow.vault
    calls: list[tuple] = []
    statements: list[str] = []
    indexes = vault.indexes
    monkeypatch.setattr(vault, "indexes", lambda *args: calls.append(args) or indexes(*args))

    def work(ref: str, address: str) -> tuple[list, list]:
        client = browser(app, address)
        form = client.get("/status")  # the form's CSRF token, outside the measured work
        del calls[:], statements[:]
        answer = look_up(client, ref, "AAAA-BBBB")
        assert answer.status_code == 404 and form.status_code == 200
        return list(calls), list(statements)

    def record(_conn, _cursor, statement, *_):
        statements.append(statement)

    event.listen(services.engine, "before_cursor_execute", record)
    try:
        missing = work("BRM-2569-99999", "198.51.100.1")
        existing = work(reference, "198.51.100.2")
    finally:
        event.remove(services.engine, "before_cursor_execute", record)

    purposes = [[call[1:] for call in found] for found, _ in (existing, missing)]
    assert purposes[0] == purposes[1] and purposes[1].count(("tracking",)) == 1
    assert existing[1] == missing[1]  # the same statements, in the same order


def test_a_signed_event_older_than_the_kept_event_ids_is_refused(chat, gateway, services):
    window = services.config.retention_event_days
    old = text_event("เมนู", chat.user_id)
    old["timestamp"] = int((time.time() - (window + 1) * 86400) * 1000)

    replayed = chat.post(old)

    assert replayed.status_code == 200 and replayed.get_json()["handled"] == 0
    assert gateway.sent == []
    assert chat.post(text_event("เมนู", chat.user_id)).get_json()["handled"] == 1
