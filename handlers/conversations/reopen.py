"""Taking up a cancelled or expired complaint again."""

from __future__ import annotations

from datetime import timedelta

from handlers.conversations.state import FLOW, ConversationState

#: How long a cancelled or expired draft can be taken up again, and a withdrawal taken back
#: ("ไม่ถอนแล้ว", "ขอเปิดเรื่องนี้อีกครั้ง": `withdrawal.take_back`).
REOPEN_WITHIN = timedelta(days=30)

DRAFT = "reopen_draft"
STATE = ConversationState("reopen", (FLOW, DRAFT))
