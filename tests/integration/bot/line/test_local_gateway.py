"""Local mode's gateway keeps what the bot sends in the database, behaving like LINE."""

from __future__ import annotations

import uuid

import pytest

from bot.config import load_config
from bot.line.local_gateway import LocalGateway
from bot.services import build_services
from storage import simulator
from tests.shared_engines import release

TEXT = [{"type": "text", "text": "สวัสดีค่ะ"}]


@pytest.fixture
def local(database_url, tmp_path):
    """Services of a local-mode process on the test database."""
    services = build_services(
        load_config(
            {
                "SUJARIT_MODE": "local",
                "DATABASE_URL": database_url,
                "EVIDENCE_DIR": str(tmp_path / "ev"),
            }
        )
    )
    yield services
    release(services.engine)


def _chat(services, user_id: str) -> list[tuple[str, dict]]:
    with services.uow() as uow:
        return [(m.channel, m.message) for m in simulator.messages_after(uow, user_id)]


def _user(services, following: bool = True) -> str:
    user_id = simulator.new_line_user_id()
    with services.uow() as uow:
        simulator.ensure_user(uow, user_id, "ทดสอบ").following = following
        uow.commit()
    return user_id


def test_local_mode_uses_the_database_gateway(local):
    assert isinstance(local.gateway, LocalGateway)


def test_a_reply_token_works_once(local):
    user = _user(local)
    with local.uow() as uow:
        token = simulator.issue_reply_token(uow, user)
        uow.commit()
    assert local.gateway.reply(token, TEXT).ok
    again = local.gateway.reply(token, TEXT)
    assert (again.ok, again.status) == (False, 400)
    assert local.gateway.reply("never-issued", TEXT).status == 400
    assert _chat(local, user) == [("reply", TEXT[0])]


def test_a_repeated_retry_key_is_409_and_delivers_once(local):
    user, key = _user(local), str(uuid.uuid4())
    assert local.gateway.push(user, TEXT, key).ok
    again = local.gateway.push(user, TEXT, key)
    assert again.already_accepted
    assert _chat(local, user) == [("push", TEXT[0])]


def test_multicast_and_broadcast_fan_out_to_simulated_users(local):
    first, second, blocked = _user(local), _user(local), _user(local, following=False)
    assert local.gateway.multicast([first, second], TEXT, str(uuid.uuid4())).ok
    assert local.gateway.broadcast(TEXT, str(uuid.uuid4())).ok
    assert [c for c, _ in _chat(local, first)] == ["multicast", "broadcast"]
    assert [c for c, _ in _chat(local, second)] == ["multicast", "broadcast"]
    assert _chat(local, blocked) == []


def test_messages_over_line_limits_are_refused_like_line(local):
    user = _user(local)
    result = local.gateway.push(user, TEXT * 6, str(uuid.uuid4()))
    assert (result.ok, result.status) == (False, 400)
    assert _chat(local, user) == []


def test_content_is_what_the_simulator_uploaded(local):
    with local.uow() as uow:
        message_id = simulator.store_content(uow, b"\x89PNG...", "image/png", "a.png")
        uow.commit()
    content = local.gateway.content(message_id)
    assert (content.status, content.data, content.content_type) == (200, b"\x89PNG...", "image/png")
    assert local.gateway.content("404404").status == 404
