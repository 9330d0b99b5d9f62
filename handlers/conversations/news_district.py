"""Choosing the district one gets news for."""

from __future__ import annotations

from handlers.conversations.state import FLOW, ConversationState

STATE = ConversationState("news_district", (FLOW,))
