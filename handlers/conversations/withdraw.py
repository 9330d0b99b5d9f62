"""Withdrawing a filed complaint: which one, then why."""

from __future__ import annotations

from handlers.conversations.state import FLOW, ConversationState

STATE = ConversationState("withdraw", (FLOW, "reference"))
