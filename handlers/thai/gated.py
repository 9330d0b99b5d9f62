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

import functools
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


def _needed(items) -> set[str] | None:
    """The literal words one of which every match of the parsed sequence holds: its longest run of
    letters, or the words of a group (each branch of it holding one) it cannot skip."""
    found: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            found.append({"".join(run)})
            run = []
        inner = _needed_within(op, av)
        if inner:
            found.append(inner)
    if run:
        found.append({"".join(run)})
    return max(found, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _needed_within(op, av) -> set[str] | None:
    """The words one of which a group, a choice or a repeat the match cannot skip holds."""
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _needed(inner.data)
    if op is sre.ATOMIC_GROUP:
        return _needed(av.data)
    if op is sre.BRANCH:
        branches = [_needed(branch.data) for branch in av[1]]
        return set().union(*branches) if all(branches) else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _needed(av[2].data)
    return None


class Narrowed:
    """A long alternation scanned with only the alternatives a text can match: those whose
    needed words (`_needed`) it holds, in their order, so the same matches are found at
    the same places (an alternative whose words are not in the text matches nowhere in it).
    Most messages hold the words of a few of ~150 harmless uses; the whole alternation,
    even gated, took about a millisecond a scan."""

    def __init__(self, alternatives: tuple[str, ...], flags: int = 0) -> None:
        self.full = gated(re.compile("|".join(alternatives), flags))
        self.pattern = self.full.pattern
        self._alternatives, self._flags = alternatives, flags
        parsed = [parser.parse(alternative, flags) for alternative in alternatives]
        # an alternative whose words cannot be told, or are not all case-blind and ASCII
        # when case is ignored, is always kept; a reference to a group keeps them all (left
        # out, an earlier alternative's groups would shift its number)
        self._needs: list[tuple[str, ...] | None] = [self._words_of(one.data) for one in parsed]
        self._narrows = not any(_refers(one.data) for one in parsed)
        self._always = tuple(at for at, words in enumerate(self._needs) if words is None)
        self._by_word: dict[str, list[int]] = {}
        for at, words in enumerate(self._needs):
            for word in words or ():
                self._by_word.setdefault(word, []).append(at)
        # the longest word beginning at each place is found; the words inside it are there too
        self._words = longest_at_each_place(frozenset(self._by_word))
        self._within = {word: {w for w in self._by_word if w in word} for word in self._by_word}

    def _words_of(self, items) -> tuple[str, ...] | None:
        words = _needed(items)
        if not words:
            return None
        if self._flags & re.IGNORECASE:
            if any(not _case_plain(word) for word in words):
                return None
            return tuple(word.lower() for word in words)
        return tuple(words)

    def _kept(self, text: str) -> tuple[int, ...] | None:
        """The alternatives `text` can match, in their order; None when the whole alternation
        must be read (it refers to a group, or a cased letter beyond ASCII may fold to an
        ASCII one)."""
        if not self._narrows:
            return None
        if self._flags & re.IGNORECASE:
            if not _case_plain(text):
                return None
            text = text.lower()
        present = set().union(*(self._within[word] for word in self._words.findall(text)))
        return tuple(
            sorted({*self._always, *(at for word in present for at in self._by_word[word])})
        )

    @functools.lru_cache(maxsize=1024)  # noqa: B019 (a few module-level instances, kept for good)
    def _alone(self, at: int) -> re.Pattern[str]:
        """The alternative `at` compiled by itself (once per process): the kept ones are each
        scanned alone, so a text's own set of them costs no compiling (a new set's alternation,
        gated, took tens of milliseconds to compile, at the first message that held it)."""
        return gated(re.compile(self._alternatives[at], self._flags))

    def compile_all(self) -> None:
        """Compile every alternative now (a process start): a text's first sight of one
        otherwise pays its compiling, ~1 ms each, as the person sending it waits."""
        for at in range(len(self._alternatives)):
            self._alone(at)

    def _matches(self, text: str, kept: tuple[int, ...]):
        """The alternation's matches of the `kept` alternatives, as `finditer` gives them: at
        each place from the left the first alternative (in their order) that matches there,
        which is the one of least index among those whose own search begins there; the next
        scan begins where that match ended (none of these alternatives matches empty: see
        `sub`). Each alternative's next match is searched again only once passed."""
        alone = [self._alone(at) for at in kept]
        ahead = [pattern.search(text) for pattern in alone]
        while True:
            first = None
            for match in ahead:
                if match is not None and (first is None or match.start() < first.start()):
                    first = match
            if first is None:
                return
            yield first
            end = first.end()
            if end == first.start():  # an empty match: `re` steps on otherwise
                raise _Empty
            for at, match in enumerate(ahead):
                if match is not None and match.start() < end:
                    ahead[at] = alone[at].search(text, end)

    def sub(self, repl: str, text: str) -> str:
        """As `re.Pattern.sub` (`repl` a plain string)."""
        kept = self._kept(text)
        if kept is None or "\\" in repl:
            return self.full.sub(repl, text)
        try:
            parts, done = [], 0
            for match in self._matches(text, kept):
                parts += (text[done : match.start()], repl)
                done = match.end()
        except _Empty:
            return self.full.sub(repl, text)
        return "".join(parts) + text[done:] if parts else text

    def search(self, text: str) -> re.Match[str] | None:
        """As `re.Pattern.search`: the same span (its groups are numbered as the alternative's
        own: callers ask only whether and where)."""
        kept = self._kept(text)
        if kept is None:
            return self.full.search(text)
        found = None
        for at in kept:  # the leftmost; at a tie the first alternative
            match = self._alone(at).search(text)
            if match is not None and (found is None or match.start() < found.start()):
                found = match
        return found

    def finditer(self, text: str):
        """As `re.Pattern.finditer` (the spans; groups numbered as each alternative's own)."""
        kept = self._kept(text)
        if kept is None:
            return self.full.finditer(text)
        try:
            return iter(list(self._matches(text, kept)))
        except _Empty:
            return self.full.finditer(text)


class _Empty(Exception):
    """An alternative matched the empty string: `re`'s own stepping past it is not redone."""


def _case_plain(text: str) -> bool:
    """No letter beyond ASCII that has a case (Thai has none): `str.lower` then folds case
    exactly as `re.IGNORECASE` does."""
    return all(c.lower() == c.upper() for c in _BEYOND_THAI_AND_ASCII.findall(text))


_BEYOND_THAI_AND_ASCII = re.compile(r"[^\x00-\x7f\u0e00-\u0e7f]")


def _refers(items) -> bool:
    """The parsed pattern refers to a group by its number or name."""
    for op, av in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
            return True
        for part in av if isinstance(av, (tuple, list)) else (av,):
            if isinstance(part, parser.SubPattern) and _refers(part.data):
                return True
            if isinstance(part, list) and any(
                isinstance(p, parser.SubPattern) and _refers(p.data) for p in part
            ):
                return True
    return False


def longest_at_each_place(words: frozenset[str]) -> re.Pattern[str]:
    """One pattern whose `findall` gives, at each place in a text where one of `words` begins,
    the longest of them that begins there: their letters shared as a trie, so that one pass
    over the text finds what a look for each word would (the longest of all among them)."""
    return re.compile(f"(?=({_trie(sorted(w for w in words if w))}))")


def _trie(words: list[str]) -> str:
    """The words (none empty) as one alternation sharing their first letters, each branch as
    long as it can go before it gives back to a shorter word."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(word[1:])
    parts = []
    for first, rests in sorted(by_first.items()):
        longer = [rest for rest in rests if rest]
        if not longer:
            parts.append(re.escape(first))
        else:
            optional = "?" if "" in rests else ""
            parts.append(f"{re.escape(first)}(?:{_trie(longer)}){optional}")
    return "|".join(parts)
