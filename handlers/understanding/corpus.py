"""Labelled utterances (JSON Lines) and how well `understand()` reads them: precision and
recall per intent, accuracy per value. The package's own examples live in `examples/`."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from handlers.understanding.lexicon.identity import PERSON_TITLES
from handlers.understanding.lexicon.officials import posts_spelt_out
from handlers.understanding.meaning import Understanding

EXAMPLES = Path(__file__).parent / "examples"
#: Held-out rows whose misses have been read by whoever fixed them: each round's diag half
#: once its session is over, and the fixers' own sets. Read, they are no longer held out, so
#: the danger model learns from them (`danger_examples`); the sealed halves (tests/fixtures)
#: never are.
DIAGNOSED = EXAMPLES / "diagnosed"
#: The day the corpus's relative dates ("เมื่อวาน") are written against, unless a line says.
CORPUS_TODAY = date(2026, 12, 3)


def load(paths: Iterable[Path]) -> list[dict]:
    """Every labelled line of the files, in order."""
    rows: list[dict] = []
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows


def examples() -> list[dict]:
    """The development examples shipped with the package (what the intent model learns from)."""
    return load(sorted(EXAMPLES.glob("*.jsonl")))


def diagnosed() -> list[dict]:
    """The diagnosed rows (`DIAGNOSED`)."""
    return load(sorted(DIAGNOSED.glob("*.jsonl")))


def value_examples() -> list[dict]:
    """Those and the rows written for one value (`examples/values/`: the kind a description
    is, the question asked back, danger or calm), which the kind and question models learn
    from too; the intent model does not (hundreds of stories would outweigh its few
    threats)."""
    return examples() + load(sorted((EXAMPLES / "values").glob("*.jsonl")))


def danger_examples() -> list[dict]:
    """What the danger model learns from: the value examples and the diagnosed rows, each a
    threat or not. Only the danger model learns from those: with them the intent model read
    fresh rounds a little better but older ones worse (their testers drew the lines between
    intents, kinds and questions differently), while danger is labelled alike by all."""
    return value_examples() + diagnosed()


def today_of(row: dict) -> date:
    """The day a line's dates are relative to."""
    return date.fromisoformat(row["today"]) if row.get("today") else CORPUS_TODAY


#: What testers labelled the court question ("ต้องไปขึ้นศาลไหม") as before it was a topic of its
#: own ("court", round 18): what happens next, or another question.
_COURT_LABELLED_BEFORE = ("what_happens_next", "other")


def value_matches(name: str, expected: object, got: object) -> bool:
    """A value as labelled: dates by their start and end ("date": null, no date read), the
    official with the posts' standard abbreviations spelt out on both sides ("ผญบ." meets
    "ผู้ใหญ่บ้าน": testers label either), a name with or without its title, anything else equal."""
    if name == "date" and expected is not None:
        return isinstance(got, dict) and all(got.get(k) == expected.get(k) for k in expected)
    if name == "official" and isinstance(expected, str) and isinstance(got, str):
        # "ผู้ใหญ่บ้านหมู่ 7" is kept as typed; testers label it with a space before หมู่ or without
        return _village_spaced(posts_spelt_out(got)) == _village_spaced(posts_spelt_out(expected))
    if name == "name" and isinstance(expected, str) and isinstance(got, str):
        # "นางสาวพิมพ์ชนก แก้วมณี": round 19 labelled it with the title, round 26 without; the
        # name is kept without it (reporter_steps.take_name), so either label is the name
        return _untitled(got) == _untitled(expected)
    if name == "faq" and got == "court" and expected in _COURT_LABELLED_BEFORE:
        return True  # labelled before the court question had its own answer
    return got == expected


_VILLAGE_WORD = re.compile(r"\s*หมู่\s*")


def _village_spaced(official: str) -> str:
    """An official's label with one space before and after "หมู่" however it was typed."""
    return _VILLAGE_WORD.sub(" หมู่ ", official).strip()


_TITLE_FIRST = re.compile(rf"^\s*(?:{PERSON_TITLES})\s*(?=[ก-๙])")


def _untitled(name: str) -> str:
    """A name without the title before it, as the flow keeps it (`name_values.without_title`)."""
    return _TITLE_FIRST.sub("", name).strip() or name


@dataclass
class Score:
    """Counts behind precision and recall per intent and accuracy per value."""

    intents: Counter = field(default_factory=Counter)  # (intent, "tp"|"fp"|"fn") → n
    values: Counter = field(default_factory=Counter)  # (name, "ok"|"all") → n
    pairs: Counter = field(default_factory=Counter)  # (name, labelled, read) → n
    misses: list[tuple[dict, Understanding]] = field(default_factory=list)
    total: int = 0
    right: int = 0

    def precision(self, intent: str) -> float:
        """Share of texts read as `intent` that were labelled so (1.0 when none were)."""
        tp, fp = self.intents[intent, "tp"], self.intents[intent, "fp"]
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, intent: str) -> float:
        """Share of texts labelled `intent` that were read so (1.0 when none were)."""
        tp, fn = self.intents[intent, "tp"], self.intents[intent, "fn"]
        return tp / (tp + fn) if tp + fn else 1.0

    def accuracy(self, name: str) -> float:
        """Share of labelled values called `name` found with the labelled value."""
        seen = self.values[name, "all"]
        return self.values[name, "ok"] / seen if seen else 1.0

    def labelled(self) -> list[str]:
        """The intents that occur in the labels or the readings."""
        return sorted({intent for intent, _ in self.intents})

    def value_names(self) -> list[str]:
        """The value names that occur in the labels."""
        return sorted({name for name, _ in self.values})

    def by_label(self, name: str) -> dict[str, tuple[float, float, int]]:
        """For a value with few possible labels (kind, faq): each label's precision, recall
        and support among the texts labelled with that value."""
        found: dict[str, tuple[float, float, int]] = {}
        labels = {k[1] for k in self.pairs if k[0] == name}
        for label in sorted(labels):
            tp = self.pairs[name, label, label]
            mine = [(want, got, n) for (v, want, got), n in self.pairs.items() if v == name]
            support = sum(n for want, _, n in mine if want == label)
            read = sum(n for _, got, n in mine if got == label)
            found[label] = (tp / read if read else 1.0, tp / support if support else 1.0, support)
        return found

    def label_report(self, name: str) -> str:
        """A table of `by_label(name)`, with what each label was read as when missed."""
        lines = [f"{name}: accuracy {self.accuracy(name):.1%} (n={self.values[name, 'all']})"]
        for label, (precision, recall, support) in self.by_label(name).items():
            missed = Counter(
                {
                    got: n
                    for (v, want, got), n in self.pairs.items()
                    if v == name and want == label and got != label
                }
            )
            also = ", ".join(f"{got} {n}" for got, n in missed.most_common())
            lines.append(
                f"  {label:18} precision {precision:6.1%}  recall {recall:6.1%}  (n={support})"
                + (f"  missed as: {also}" if also else "")
            )
        return "\n".join(lines)

    def report(self) -> str:
        """A table of the figures, for the test's output and the report."""
        lines = [
            f"intent accuracy {self.right}/{self.total} = {self.right / max(self.total, 1):.1%}"
        ]
        for intent in self.labelled():
            support = self.intents[intent, "tp"] + self.intents[intent, "fn"]
            lines.append(
                f"  {intent:13} precision {self.precision(intent):6.1%}  "
                f"recall {self.recall(intent):6.1%}  (n={support})"
            )
        for name in self.value_names():
            lines.append(
                f"  value {name:12} accuracy {self.accuracy(name):6.1%}  "
                f"(n={self.values[name, 'all']})"
            )
        return "\n".join(lines)


def evaluate(rows: list[dict], read: Callable[..., Understanding]) -> Score:
    """How `read` (e.g. `understand`) does on the labelled rows."""
    score = Score()
    for row in rows:
        got = read(row["text"], expecting=row.get("expecting"), today=today_of(row))
        score.total += 1
        wanted = row["intent"]
        if got.intent == wanted:
            score.right += 1
            score.intents[wanted, "tp"] += 1
        else:
            score.intents[wanted, "fn"] += 1
            score.intents[got.intent, "fp"] += 1
        wrong_value = False
        for name, expected in (row.get("values") or {}).items():
            score.values[name, "all"] += 1
            if isinstance(expected, str):
                score.pairs[name, expected, str(got.value(name))] += 1
            if value_matches(name, expected, got.value(name)):
                score.values[name, "ok"] += 1
            else:
                wrong_value = True
        if got.intent != wanted or wrong_value:
            score.misses.append((row, got))
    return score
