"""Taking up a cancelled or expired complaint again."""

from __future__ import annotations

from handlers.conversations.state import FLOW, ConversationState

DRAFT = "reopen_draft"
STATE = ConversationState("reopen", (FLOW, DRAFT))
