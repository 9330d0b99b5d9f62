"""Logs are JSON lines and never carry who someone is or what they typed."""

from __future__ import annotations

import io
import json
import logging

from bot.logs import formatter
from tests.factories import file_complaint


def test_a_whole_complaint_logs_no_identity_and_no_text(chat, services):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter())
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        file_complaint(chat, anonymous=False)
        chat.tap("a=summary:confirm")
        chat.say("ข้อมูลของฉัน")
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    lines = [line for line in stream.getvalue().splitlines() if line]
    assert lines, "the webhook logs each request"
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    assert any(r.get("message") == "webhook" and "handled" in r for r in records)
    everything = stream.getvalue()
    for secret in (chat.user_id, "สมหญิง", "0812345678", "081-234-5678", "ฮั้วประมูล", "อบต.หนองโบสถ์"):
        assert secret not in everything, secret
