"""The story told before any complaint: kept, and offered to be filed."""

from __future__ import annotations

from handlers.conversations.state import FLOW, ConversationState

TOLD = "story"
# When its last bubble came (a timestamp), and whether a later bubble was acknowledged.
HEARD_AT = "story_at"
NOTED = "story_noted"
#: Lines read as a threat while the story was told: kept beside it, never dropped.
THREATS = "story_threats"
STATE = ConversationState("story", (FLOW, TOLD, HEARD_AT, NOTED, THREATS))
