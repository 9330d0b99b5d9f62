"""Per-label figures for the values with few labels: the kind of misconduct and the question
asked back, on the held-out corpus (never trained on) and, by 5-fold cross-validation, on the
development examples.

Run: `python benchmarks/understanding_values.py` (a script, not a test): precision, recall and
support per kind and per FAQ topic, and what each was read as when missed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sklearn.model_selection import StratifiedKFold  # noqa: E402

from handlers.understanding import classifier as models  # noqa: E402
from handlers.understanding import understand  # noqa: E402
from handlers.understanding.corpus import evaluate, load, value_examples  # noqa: E402

VALUES = ("kind", "faq")


def cross_validated(pairs: list[tuple[str, str]], skip: str | None = None) -> float:
    """Accuracy of a words-and-characters model over 5 folds of (text, label) pairs."""
    texts, labels = [t for t, _ in pairs], [k for _, k in pairs]
    right = seen = 0
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(texts, labels):
        fitted = models.train(
            [texts[i] for i in train], [labels[i] for i in train], models.words_and_chars
        )
        for i in test:
            if labels[i] == skip:
                continue
            scores = fitted.scores(texts[i])
            right += max(scores, key=scores.__getitem__) == labels[i]
            seen += 1
    return right / seen


def main() -> None:
    """Print the held-out figures per label, then the development cross-validation."""
    held_out = sorted((ROOT / "tests/fixtures/understanding").glob("heldout*.jsonl"))
    score = evaluate(load(held_out), understand)
    print(f"held-out files: {', '.join(p.name for p in held_out)}")
    for name in VALUES:
        print(score.label_report(name))
    rows = value_examples()
    kinds = cross_validated(models.kind_rows(rows), skip=models.NO_KIND)
    faqs = cross_validated(models.faq_rows(rows))
    print(f"development, 5-fold: kind {kinds:.1%}, faq {faqs:.1%}")


if __name__ == "__main__":
    main()
