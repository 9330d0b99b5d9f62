"""The complainant answering a committee question: the next messages join the ticket."""

from __future__ import annotations

from handlers.conversations.state import ConversationState

TICKET = "answer_ticket"
SINCE = "answer_ticket_at"
FILES = "answer_files"
STATE = ConversationState("answering", (TICKET, SINCE, FILES), marker=TICKET)
