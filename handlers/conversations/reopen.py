"""Taking up a cancelled or expired complaint again."""

from __future__ import annotations

from handlers.conversations.state import FLOW, ConversationState

STATE = ConversationState("reopen", (FLOW, "draft"))
