"""A conversation's hold on `user.state`: the keys it owns, begun, read and ended in one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from storage.models import LineUser

FLOW = "flow"  # the key that names the conversation under way, for most of them


@dataclass(frozen=True)
class ConversationState:
    """The state keys one conversation owns; `marker` says it is under way."""

    name: str
    keys: tuple[str, ...]  # cleared when it ends (the marker among them)
    marker: str = FLOW

    def is_current(self, user: LineUser) -> bool:
        """Whether this conversation is under way for the person."""
        value = user.state.get(self.marker)
        return value == self.name if self.marker == FLOW else bool(value)

    def begin(self, user: LineUser, **values: Any) -> None:
        """Start (or go on with) this conversation, holding `values` (keys it owns)."""
        unknown = set(values) - set(self.keys)
        if unknown:
            raise KeyError(f"{self.name} does not own {sorted(unknown)}")
        marker = {FLOW: self.name} if self.marker == FLOW else {}
        user.state = {**user.state, **marker, **values}

    def get(self, user: LineUser, key: str, default: Any = None) -> Any:
        """One of its values."""
        return user.state.get(key, default) if key in self.keys else default

    def end(self, user: LineUser) -> None:
        """Drop every key it owns (nothing else in the state is touched)."""
        if any(key in user.state for key in self.keys):
            user.state = {k: v for k, v in user.state.items() if k not in self.keys}
