"""The story told before any complaint: kept, and offered to be filed."""

from __future__ import annotations

from handlers.conversations.state import FLOW, ConversationState

TOLD = "story"
STATE = ConversationState("story", (FLOW, TOLD))
