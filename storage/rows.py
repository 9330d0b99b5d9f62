"""Mapped objects from Core rows: what the ORM's loading does for a row, without its per-query
machinery (about half of the person's query, which runs at every event)."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import instance_state

from storage import owner_bindings


class Shape:
    """A mapped class's columns in select order, and how a row of them becomes an object."""

    def __init__(self, model) -> None:
        self.mapper = inspect(model)
        if len(self.mapper.attrs) != len(self.mapper.column_attrs):  # only plain columns
            raise TypeError(f"{model.__name__} maps more than columns")
        self.keys = tuple(prop.key for prop in self.mapper.column_attrs)
        self.columns = tuple(prop.columns[0] for prop in self.mapper.column_attrs)
        (primary,) = self.mapper.primary_key
        self._id_at = self.columns.index(primary)
        self._checked = self.mapper.class_ in owner_bindings.BOUND_JSON

    def persistent(self, session: Session, values):
        """The session's object for this row: the one it already holds (as a query returns
        it, not refreshed), else a new one in its identity map, checked as a load is."""
        key = self.mapper.identity_key_from_primary_key((values[self._id_at],))
        held = session.identity_map.get(key)
        if held is not None:
            return held
        obj = self.mapper.class_manager.new_instance()
        obj.__dict__.update(zip(self.keys, values, strict=True))  # as loaded: no history
        state = instance_state(obj)
        state.key = key
        # What `make_transient_to_detached` and `add` come to for a fresh row of columns
        # only (no history to clear, nothing to cascade), as the ORM's loading does it.
        session._update_impl(state)
        if self._checked:
            owner_bindings.check_loaded(obj)
        return obj
