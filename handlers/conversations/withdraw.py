"""Withdrawing a filed complaint: which one, then why."""

from __future__ import annotations

from handlers.conversations.state import FLOW, ConversationState

REFERENCE = "withdraw_reference"
STATE = ConversationState("withdraw", (FLOW, REFERENCE))
