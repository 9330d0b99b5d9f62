"""A small statistical reader beside the rules: character n-grams (TF-IDF) and a linear SVM,
trained from the package's own labelled examples at first use (once per process; nothing
downloaded, no model file). Scoring one text is a few dictionary look-ups and one small
matrix product, so it costs far less than the rules' 2 ms budget."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from handlers.thai.normalise import clean
from handlers.understanding import romanised
from handlers.understanding.corpus import examples


def features(text: str, expecting: str | None) -> str:
    """What the model reads: the question asked, then the cleaned text."""
    return f"<{expecting or '-'}> {clean(text)}"


@dataclass(frozen=True)
class Model:
    """A fitted n-gram model: vocabulary, idf weights, and one weight row per intent."""

    vectorizer: TfidfVectorizer
    classes: tuple[str, ...]
    weights: np.ndarray  # features × intents
    bias: np.ndarray

    def scores(self, text: str, expecting: str | None) -> dict[str, float]:
        """Each intent's margin for the text (higher is surer; above 0 is a vote for it)."""
        counts: dict[int, int] = {}
        vocabulary = self.vectorizer.vocabulary_
        for gram in self.vectorizer.build_analyzer()(features(text, expecting)):
            index = vocabulary.get(gram)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        if not counts:
            return dict.fromkeys(self.classes, -1.0)
        indices = np.fromiter(counts, dtype=np.intp)
        tf = np.array([1.0 + math.log(counts[i]) for i in counts]) * self.vectorizer.idf_[indices]
        tf /= np.linalg.norm(tf)
        margins = tf @ self.weights[indices] + self.bias
        return dict(zip(self.classes, margins.tolist(), strict=True))


def train(rows: list[dict]) -> Model:
    """A model of intents fitted to labelled rows."""
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True)
    matrix = vectorizer.fit_transform([features(r["text"], r.get("expecting")) for r in rows])
    svm = LinearSVC(C=1.0, class_weight="balanced").fit(matrix, [r["intent"] for r in rows])
    classes = tuple(str(c) for c in svm.classes_)
    return Model(vectorizer, classes, np.ascontiguousarray(svm.coef_.T), svm.intercept_)


@cache
def model() -> Model:
    """The model trained from `examples/*.jsonl`, built once per process."""
    return train(examples())


@cache
def romanised_model() -> Model:
    """The same examples' Thai ones romanised (`romanised.thai_words`), with those typed so:
    it reads Thai typed in Latin letters, and nothing else, so English is left to the first
    model."""
    rows = [
        {**row, "text": " ".join(romanised.thai_words(row["text"]))}
        for row in examples()
        if romanised.has_thai(row["text"])
    ]
    typed = [
        {**row, "text": romanised.as_thai(row["text"])}
        for row in examples()
        if romanised.is_romanised_thai(row["text"])
    ]
    return train(rows + typed)


def scores(text: str, expecting: str | None) -> dict[str, float]:
    """Each intent's margin for the text, from the model for its script."""
    if romanised.is_romanised_thai(text):
        return romanised_model().scores(romanised.as_thai(text), expecting)
    return model().scores(text, expecting)
