"""The registry of conversations: each state key has one owner, and state is begun and
ended only through the keys a conversation owns."""

from __future__ import annotations

from collections import Counter
from types import SimpleNamespace

import pytest

from handlers.conversation_registry import CONVERSATIONS
from handlers.conversations.lookup import STATE as LOOKUP
from handlers.conversations.state import FLOW
from handlers.conversations.withdraw import REFERENCE
from handlers.conversations.withdraw import STATE as WITHDRAW


def test_every_state_key_has_one_owner():
    owners = Counter(k for c in CONVERSATIONS for k in c.state.keys if k != FLOW)
    assert [key for key, count in owners.items() if count > 1] == []
    names = [c.state.name for c in CONVERSATIONS]
    assert len(set(names)) == len(names) == 10


def test_ending_one_conversation_leaves_the_rest_of_the_state():
    person = SimpleNamespace(state={"verified": ["BRM-2569-00001"]})
    WITHDRAW.begin(person, **{REFERENCE: "BRM-2569-00001"})
    assert WITHDRAW.is_current(person) and not LOOKUP.is_current(person)
    WITHDRAW.end(person)
    assert person.state == {"verified": ["BRM-2569-00001"]}


def test_a_conversation_cannot_write_a_key_it_does_not_own():
    with pytest.raises(KeyError):
        WITHDRAW.begin(SimpleNamespace(state={}), verified=["x"])
