"""URL rules compiled once per test process and shared by every app the tests build.

Werkzeug compiles two Python functions for each URL rule of each new app (`Rule.compile`),
about 90 % of `create_app`'s time; the suite builds an app for most of its tests. A builder
depends only on the rule's text, its parsed parts and its defaults, so one compiled for the
same rule serves every app. Once the builders were shared, parsing each rule's text again
(`Rule._parse_rule`: its parts' regular expressions, weights and converters) was about half
of what was left: a rule's parse depends only on its text and the converter classes its map
names, so it is kept too, and a rule of another app takes its parts, trace, converters and
arguments as parsed (werkzeug's converters keep their map but never read it). Production
builds one app per process and gains nothing."""

from __future__ import annotations

from werkzeug.routing import Rule

_compile = Rule._compile_builder
_parse = Rule._parse_rule
_builders: dict[tuple, object] = {}
#: (rule text, the map's converter classes) -> (parts, trace, converters, arguments) it added.
_parsed: dict[tuple, tuple] = {}


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


def _shared_parse(self: Rule, rule: str):
    key = (rule, tuple(sorted(self.map.converters.items())))
    parsed = _parsed.get(key)
    if parsed is None:  # parsed here, as werkzeug does, and what it added kept
        trace, converters, arguments = len(self._trace), dict(self._converters), set(self.arguments)
        parts = list(_parse(self, rule))
        added = {name: c for name, c in self._converters.items() if converters.get(name) is not c}
        _parsed[key] = (parts, self._trace[trace:], added, self.arguments - arguments)
        return iter(parts)
    parts, trace, converters, arguments = parsed
    self._trace.extend(trace)
    self._converters.update(converters)
    self.arguments.update(arguments)
    return iter(parts)


def share_url_builders() -> None:
    """Make every `Rule` of this process reuse a builder compiled, and a rule text parsed,
    for the same rule."""
    Rule._compile_builder = _shared_builder
    Rule._parse_rule = _shared_parse
