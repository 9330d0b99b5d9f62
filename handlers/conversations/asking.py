"""A committee member typing a question to a complainant."""

from __future__ import annotations

from handlers.conversations.state import ConversationState

TICKET = "committee_ask"
SINCE = "committee_ask_at"
STATE = ConversationState("asking", (TICKET, SINCE), marker=TICKET)
