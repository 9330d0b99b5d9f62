"""A citizen manages news in the chat: stop/start, district, next forum, RSVP, unfollow."""

from __future__ import annotations

from datetime import time, timedelta

from sqlalchemy import select

from handlers.outreach import forums
from handlers.outreach import runs as campaign_runs
from storage.campaign_models import ForumRsvp
from storage.users import user_for_line_id
from tests.factories import quick_data, texts


def _user(services, line_id):
    with services.uow() as uow:
        user = user_for_line_id(uow, line_id, lock=False)
        return user.following, user.subscribed, user.district


def _audience(services, audience="subscribers"):
    with services.uow() as uow:
        return [i for ids in campaign_runs.recipients(uow, audience).values() for i in ids]


def _forum(services, days=10, lat=15.01, lon=103.1):
    with services.uow() as uow:
        tomorrow = uow.now().astimezone(uow.settings.tz).date() + timedelta(days=days)
        forum = forums.create(
            uow,
            title="เวทีธรรมาภิบาลท้องถิ่น",
            day=tomorrow,
            at=time(9, 30),
            venue="ศาลากลางบ้านหนองโบสถ์",
            agenda="งบประมาณ อบต. ปี 2569",
            latitude=lat,
            longitude=lon,
            actor="test",
        )
        uow.commit()
        return forum.id


def test_follower_is_subscribed_and_can_stop_and_start_news(chat, services):
    chat.follow()
    assert _user(services, chat.user_id)[1] is True
    menu = chat.tap("menu=news")
    assert "กำลังรับข่าวสาร" in texts(menu)
    assert "หยุดรับข่าวสาร" in quick_data(menu)

    stopped = chat.say("หยุดรับข่าวสาร")
    assert "หยุดส่งข่าว" in texts(stopped)
    assert _user(services, chat.user_id)[1] is False
    assert chat.user_id not in _audience(services)

    started = chat.say("start news")
    assert "Type" not in texts(started)  # still answered in Thai
    assert "เริ่มส่งข่าว" in texts(started)
    assert chat.user_id in _audience(services)


def test_unfollow_stops_everything_and_refollow_restores_the_choice(chat, services):
    chat.follow()
    chat.say("หยุดรับข่าวสาร")
    chat.post(_unfollow(chat.user_id))
    assert _user(services, chat.user_id)[:2] == (False, False)
    chat.follow()
    assert _user(services, chat.user_id)[:2] == (True, False)  # still not subscribed
    assert chat.user_id not in _audience(services)

    chat.say("รับข่าวสาร")
    chat.post(_unfollow(chat.user_id))
    assert chat.user_id not in _audience(services)  # unfollowed: nothing at all
    with services.uow() as uow:
        assert campaign_runs.audience_size(uow, "all") == 0
    chat.follow()
    assert chat.user_id in _audience(services)


def test_district_is_set_by_typing_or_by_a_suggestion(chat, services):
    chat.follow()
    asked = chat.say("ตั้งอำเภอ")
    assert "อำเภอไหน" in texts(asked)
    done = chat.say("อ.นางรอง")
    assert "นางรอง" in texts(done)
    assert _user(services, chat.user_id)[2] == "นางรอง"
    assert chat.user_id in _audience(services, "district:นางรอง")

    near = chat.say("ตั้งอำเภอ ประโคนชยั")  # a typo: offered as a button
    choices = quick_data(near)
    assert "ประโคนชัย" in choices
    chat.tap(choices["ประโคนชัย"])
    assert _user(services, chat.user_id)[2] == "ประโคนชัย"

    chat.say("ตั้งอำเภอ")
    assert "ไม่ได้เปลี่ยน" in texts(chat.say("ยกเลิก"))
    assert _user(services, chat.user_id)[2] == "ประโคนชัย"


def test_next_forum_shows_card_with_rsvp_buttons_and_map(chat, services):
    chat.follow()
    assert "ยังไม่มีเวทีเสวนา" in texts(chat.say("เวทีถัดไป"))
    forum_id = _forum(services)
    shown = chat.say("เวทีถัดไป")
    assert [m["type"] for m in shown] == ["flex", "location"]
    body = texts(shown)
    assert "เวทีธรรมาภิบาลท้องถิ่น" in body and "09:30" in body and "จะไปร่วม" in body
    assert f"rsvp={forum_id}:yes" in str(shown[0])


def test_rsvp_is_idempotent_and_a_change_of_mind_is_kept(chat, services):
    chat.follow()
    forum_id = _forum(services)
    assert "จะไปร่วม" in texts(chat.tap(f"rsvp={forum_id}:yes"))
    chat.tap(f"rsvp={forum_id}:yes")  # a double tap
    with services.uow() as uow:
        assert forums.counts(uow, forum_id) == {"yes": 1, "no": 0}
    assert "ไม่สะดวก" in texts(chat.tap(f"rsvp={forum_id}:no"))
    with services.uow() as uow:
        assert forums.counts(uow, forum_id) == {"yes": 0, "no": 1}
        record = uow.session.scalars(select(ForumRsvp)).one()
        assert [h["answer"] for h in record.history] == ["yes", "no"]


def test_rsvp_to_a_forum_that_does_not_exist_is_answered_politely(chat):
    chat.follow()
    assert "ผ่านไปแล้ว" in texts(chat.tap("rsvp=999:yes"))
    assert "ผ่านไปแล้ว" in texts(chat.tap("rsvp=abc"))


def test_english_speaker_gets_english_news_menu(chat):
    chat.follow()
    chat.say("English")
    menu = chat.tap("menu=news")
    assert "receiving" in texts(menu)
    assert "Stop news" in quick_data(menu)


def _unfollow(user_id):
    from tests.factories import _base

    return _base("unfollow", user_id)
