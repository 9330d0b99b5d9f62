"""URL builders compiled once per test process and shared by every app the tests build.

Werkzeug compiles two Python functions for each URL rule of each new app (`Rule.compile`),
about 90 % of `create_app`'s time; the suite builds an app for most of its tests. A builder
depends only on the rule's text, its parsed parts and its defaults, so one compiled for the
same rule serves every app. Production builds one app per process and gains nothing."""

from __future__ import annotations

from werkzeug.routing import Rule

_compile = Rule._compile_builder
_builders: dict[tuple, object] = {}


def _shared_builder(self: Rule, append_unknown: bool = True):
    defaults = tuple(
        (name, type(self._converters.get(name)), repr(value))
        for name, value in (self.defaults or {}).items()
    )
    key = (self.rule, tuple(self._trace), defaults, append_unknown)
    builder = _builders.get(key)
    if builder is None:
        builder = _builders[key] = _compile(self, append_unknown)
    return builder


def share_url_builders() -> None:
    """Make every `Rule` of this process reuse a builder compiled for the same rule."""
    Rule._compile_builder = _shared_builder
