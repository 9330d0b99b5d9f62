"""A long alternation of word patterns made cheaper to scan, matching exactly as before.

Python's `re` tries every alternative of a pattern at every position of the text: the
harmless uses of harm words (about 200 alternatives, many starting with a group or a
look-behind) took about a millisecond to scan one story, and a message is scanned several
times. `gated` puts a look-ahead before the pattern that holds the letters any match can begin
with (its first `DEPTH` letters, read from the pattern's own parse): at a position where none
can begin, the scan moves on after one cheap test. The look-ahead only ever says what a match
must begin with, so the pattern finds the same matches, at the same places, in the same order
(`tests/unit/handlers/understanding/test_gated.py` checks it on every example)."""

from __future__ import annotations

import re
from re import _constants as sre  # the parse `re` itself uses (CPython 3.11+)
from re import _parser as parser

#: How many letters the look-ahead holds: 3 scans the harmless uses about four times faster
#: than 1, and its look-ahead stays a few kilobytes.
DEPTH = 3
#: Beyond this many beginnings the look-ahead would cost what it saves: the pattern is kept.
MOST_BEGINNINGS = 20_000

_CATEGORIES = {
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
Beginning = tuple[str, ...]  # one pattern per letter (a literal, a class or ".")


class _Unread(Exception):
    """A part of a pattern whose beginnings are not read here (a back-reference, flags set
    inside it): the pattern is kept as it is."""


def gated(pattern: re.Pattern[str], depth: int = DEPTH) -> re.Pattern[str]:
    """`pattern` with a look-ahead for the letters its matches can begin with, or `pattern`
    itself when that cannot be read or would not narrow anything (it can match nothing)."""
    try:
        beginnings = _sequence(parser.parse(pattern.pattern, pattern.flags).data, depth)
    except _Unread:
        return pattern
    if () in beginnings or len(beginnings) > MOST_BEGINNINGS:
        return pattern
    ahead = f"(?={_alternatives(beginnings)})"
    end = "\n)" if pattern.flags & re.VERBOSE else ")"  # past a comment on the last line
    try:
        return re.compile(f"{ahead}(?:{pattern.pattern}{end}", pattern.flags)
    except re.error:  # flags set at its start ("(?i)…") must stay first
        return pattern


def _alternatives(beginnings: set[Beginning]) -> str:
    """The beginnings as one alternation, sharing their first letters (a trie)."""
    by_first: dict[str, set[Beginning]] = {}
    for beginning in beginnings:
        by_first.setdefault(beginning[0], set()).add(beginning[1:])
    parts = []
    for first in sorted(by_first):
        rest = by_first[first]
        if () in rest:  # the match may end after this letter: nothing more to ask
            parts.append(first)
        else:
            parts.append(f"{first}(?:{_alternatives(rest)})")
    return "|".join(parts)


def _sequence(items, depth: int) -> set[Beginning]:
    """The beginnings (up to `depth` letters) of a sequence of parsed items: each as long as
    `depth`, or shorter when the sequence can end there."""
    open_, done = {()}, set()
    for op, av in items:
        longer = set()
        for begun in open_:
            for more in _item(op, av, depth - len(begun)):
                grown = begun + more
                (done if len(grown) == depth else longer).add(grown)
        open_ = longer
        if len(open_) + len(done) > MOST_BEGINNINGS:
            raise _Unread("too many beginnings")
        if not open_:
            break
    return done | open_


def _item(op, av, depth: int) -> set[Beginning]:  # noqa: C901 (one case per kind of item)
    """The beginnings of one parsed item. Look-arounds and anchors take no letter (they only
    narrow what matches, so leaving them out keeps every real beginning)."""
    if depth == 0:
        return {()}
    if op is sre.LITERAL:
        return {(re.escape(chr(av)),)}
    if op is sre.NOT_LITERAL:
        return {(f"[^{re.escape(chr(av))}]",)}
    if op is sre.IN:
        return {(_class(av),)}
    if op is sre.ANY:
        return {(".",)}
    if op is sre.BRANCH:
        return set().union(*(_sequence(branch.data, depth) for branch in av[1]))
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            raise _Unread("flags inside the pattern")
        return _sequence(inner.data, depth)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av.data, depth)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _repeated(*av, depth)
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return {()}
    raise _Unread(str(op))


def _repeated(least: int, most: int, inner, depth: int) -> set[Beginning]:
    """The beginnings of `inner` repeated `least` to `most` times."""
    found: set[Beginning] = set()
    open_ = {()}
    for times in range(depth + 1):
        if times >= least:
            found |= open_
        if times == most or not open_:
            break
        longer = set()
        for begun in open_:
            for more in _sequence(inner.data, depth - len(begun)):
                grown = begun + more
                (found if len(grown) == depth else longer).add(grown)
        open_ = longer
    return found


def _class(items) -> str:
    """A parsed character class written back as a class."""
    parts, negated = [], False
    for op, av in items:
        if op is sre.NEGATE:
            negated = True
        elif op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unread(str(op))
    return f"[{'^' if negated else ''}{''.join(parts)}]"
