"""Confirming an erasure or a withdrawal of consent."""

from __future__ import annotations

from handlers.conversations.state import FLOW, ConversationState

STATE = ConversationState("privacy", (FLOW, "step"))
