"""Small statistical readers beside the rules, trained from the package's own labelled
examples (`examples/`) at first use (once per process; nothing downloaded, no model file):

- `model()`: the intent, from character n-grams of the question asked and the text;
- `kind_model()`: the kind of misconduct a description is (or "none"),
- `faq_model()`: which question back is asked, and
- `danger_model()`: whether the person or family is unsafe (danger against every other
  message and story), all three from character n-grams and PyThaiNLP's word tokens, so a
  paraphrase ("กินงบ", "เพิ่นเอาปุ๋ยหลวงไปขาย", "ฟาด") is read by its words as well as by
  its letters.

Each is TF-IDF and a linear SVM. Scoring one text is a few dictionary look-ups and one small
matrix product, so it costs far less than the 2 ms budget of one message."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np
from pythainlp.tokenize import word_tokenize
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from handlers.thai.normalise import clean
from handlers.understanding import lexicon, romanised
from handlers.understanding.corpus import examples, value_examples

#: The class of a text that names no kind of misconduct at all ("ผู้ใหญ่บ้านค่ะ").
NO_KIND = "none"
#: The answers to these questions name no kind unless labelled so: what the kind model
#: learns "none" from (a story told at "what" may carry one unlabelled, so it is left out).
_KINDLESS_STEPS = frozenset(
    {
        "agency",
        "official",
        "district",
        "subdistrict",
        "when",
        "witnesses",
        "identity",
        "name",
        "phone",
        "reported",
        "evidence",
        "consent",
        "summary",
        "pin",
    }
)


def features(text: str, expecting: str | None) -> str:
    """What the intent model reads: the question asked, then the cleaned text."""
    return f"<{expecting or '-'}> {clean(text)}"


_CHARS = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4)).build_analyzer()


def words_and_chars(text: str) -> list[str]:
    """What the kind, question and danger models read: the cleaned text's character n-grams
    (1–4, within words), and its words (PyThaiNLP's dictionary segmentation) alone and in
    pairs."""
    return list(_words_and_chars(text))


@lru_cache(maxsize=16)  # one message is read by three models: segmented once
def _words_and_chars(text: str) -> tuple[str, ...]:
    cleaned = clean(text).lower()
    words = [w for w in word_tokenize(cleaned, engine="newmm", keep_whitespace=False) if w.strip()]
    pairs = [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    return tuple(_CHARS(cleaned) + [f"w:{w}" for w in words] + [f"w:{p}" for p in pairs])


@dataclass(frozen=True)
class Model:
    """A fitted n-gram model: what it reads, vocabulary, idf weights, one weight row per class."""

    read: Callable[[str], list[str]]
    vocabulary: dict[str, int]
    idf: np.ndarray
    classes: tuple[str, ...]
    weights: np.ndarray  # features × classes
    bias: np.ndarray
    asked: bool = False  # reads the question asked beside the text (the intent model)

    def scores(self, text: str, expecting: str | None = None) -> dict[str, float]:
        """Each class's margin for the text (higher is surer; above 0 is a vote for it).
        `expecting` is read only by a model trained with the question asked."""
        counts: dict[int, int] = {}
        for gram in self.read(features(text, expecting) if self.asked else text):
            index = self.vocabulary.get(gram)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        if not counts:
            return dict.fromkeys(self.classes, -1.0)
        indices = np.fromiter(counts, dtype=np.intp)
        tf = np.array([1.0 + math.log(counts[i]) for i in counts]) * self.idf[indices]
        tf /= np.linalg.norm(tf)
        margins = tf @ self.weights[indices] + self.bias
        return dict(zip(self.classes, margins.tolist(), strict=True))


def train(
    texts: list[str], labels: list[str], read: Callable[[str], list[str]] = _CHARS, asked=False
) -> Model:
    """A model of `labels` fitted to `texts` (each read by `read` into n-grams)."""
    vectorizer = TfidfVectorizer(analyzer=read, sublinear_tf=True)
    matrix = vectorizer.fit_transform(texts)
    svm = LinearSVC(C=1.0, class_weight="balanced").fit(matrix, labels)
    weights, bias = svm.coef_, svm.intercept_
    if len(svm.classes_) == 2:  # one row, for the second class: the first's is its negative
        weights, bias = np.vstack([-weights, weights]), np.concatenate([-bias, bias])
    return Model(
        read,
        dict(vectorizer.vocabulary_),
        vectorizer.idf_,
        tuple(str(c) for c in svm.classes_),
        np.ascontiguousarray(weights.T),
        bias,
        asked,
    )


def train_intents(rows: list[dict]) -> Model:
    """The intent model fitted to labelled rows."""
    texts = [features(r["text"], r.get("expecting")) for r in rows]
    return train(texts, [r["intent"] for r in rows], asked=True)


def kind_rows(rows: list[dict]) -> list[tuple[str, str]]:
    """(text, kind) to learn from: every row labelled with a kind, each of the lexicon's
    kind words alone, and "none" for answers to questions that carry no kind."""
    found = [(r["text"], r["values"]["kind"]) for r in rows if "kind" in (r.get("values") or {})]
    found += [(w, kind) for kind, words in lexicon.KIND_KEYWORDS.items() for w in words]
    found += [(w, kind) for kind, words in lexicon.OPTIONS["kind"].items() for w in words]
    found += [
        (r["text"], NO_KIND)
        for r in rows
        if "kind" not in (r.get("values") or {})
        and r["intent"] != "danger"
        and (r["intent"] != "answer" or r.get("expecting") in _KINDLESS_STEPS)
    ]
    return found


def train_kinds(rows: list[dict]) -> Model:
    """The kind model fitted to labelled rows (see `kind_rows`)."""
    pairs = kind_rows(rows)
    return train([t for t, _ in pairs], [k for _, k in pairs], words_and_chars)


def faq_rows(rows: list[dict]) -> list[tuple[str, str]]:
    """(text, question asked) to learn from: every row labelled with a FAQ topic, and each
    of the lexicon's cue words alone."""
    found = [(r["text"], r["values"]["faq"]) for r in rows if "faq" in (r.get("values") or {})]
    return found + [(w, faq) for faq, words in lexicon.FAQ_CUES.items() for w in words]


def train_faqs(rows: list[dict]) -> Model:
    """The question-back model fitted to labelled rows."""
    pairs = faq_rows(rows)
    return train([t for t, _ in pairs], [k for _, k in pairs], words_and_chars)


#: The danger model's classes: unsafe now, and anything else.
UNSAFE, SAFE = "danger", "safe"


def train_danger(rows: list[dict]) -> Model:
    """The danger model fitted to labelled rows: each row is danger or not, stories of
    misconduct included (calm texts full of officials, money and projects)."""
    labels = [UNSAFE if r["intent"] == "danger" else SAFE for r in rows]
    return train([r["text"] for r in rows], labels, words_and_chars)


@cache
def danger_model() -> Model:
    """The danger model trained from `examples/*.jsonl` (stories too), once per process."""
    return train_danger(value_examples())


#: How much less the Thai-script danger model's vote counts on Thai typed in Latin letters:
#: it reads them as English letters, where a sound it never met ("tee", "pa") sways it.
LATIN_DISCOUNT = 0.2


def danger_margin(text: str) -> float:
    """How surely the danger models read the text as unsafe (above 0 is a vote for it); for
    Thai typed in Latin letters, the surer of the romanised model and the discounted other."""
    margin = danger_model().scores(text)[UNSAFE]
    if romanised.is_romanised_thai(text):
        sounded = romanised_danger_model().scores(romanised.as_thai(text))[UNSAFE]
        return max(sounded, margin - LATIN_DISCOUNT)
    return margin


@cache
def model() -> Model:
    """The intent model trained from `examples/*.jsonl`, built once per process."""
    return train_intents(examples())


@cache
def kind_model() -> Model:
    """The kind model trained from `examples/*.jsonl` and the lexicon, once per process."""
    return train_kinds(value_examples())


@cache
def faq_model() -> Model:
    """The question-back model trained from `examples/*.jsonl`, once per process."""
    return train_faqs(value_examples())


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
    return train_intents(rows + typed)


def _sounded(pairs: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """The Thai texts of (text, label) pairs as the sound keys of their words, as Thai typed
    in Latin letters is read (`romanised.as_thai`)."""
    thai = [(t, label) for t, label in pairs if romanised.has_thai(t)]
    kept = [(" ".join(romanised.thai_words(t)), label) for t, label in thai]
    return [t for t, _ in kept], [label for _, label in kept]


@cache
def romanised_danger_model() -> Model:
    """The danger model for Thai typed in Latin letters ("khao ja pao baan"): the Thai rows
    as sound keys and the rows typed so, each danger or not. The model for Thai script reads
    Latin letters as English, and a sound it never met ("pa", "tee") swayed it either way."""
    rows = value_examples()
    pairs = [(r["text"], UNSAFE if r["intent"] == "danger" else SAFE) for r in rows]
    texts, labels = _sounded(pairs)
    typed = [(romanised.as_thai(t), label) for t, label in pairs if romanised.is_romanised_thai(t)]
    return train(
        texts + [t for t, _ in typed], labels + [label for _, label in typed], sounds_and_pairs
    )


def sounds_and_pairs(keys: str) -> list[str]:
    """What the romanised danger model reads: the sound keys' character n-grams, and the
    keys alone and in pairs. One sound is many Thai words ("ti": ที่ and ตี), so a pair
    tells them apart ("ma ti ban" came to the house, "ti pom" hit me)."""
    words = keys.split()
    pairs = [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
    return _CHARS(keys) + [f"w:{w}" for w in words] + [f"w:{p}" for p in pairs]


@cache
def romanised_faq_model() -> Model:
    """The question-back model for Thai typed in Latin letters ("tong bok chue mai")."""
    return train(*_sounded(faq_rows(value_examples())))


@cache
def romanised_kind_model() -> Model:
    """The kind model for Thai typed in Latin letters ("kin ngern luang")."""
    return train(*_sounded(kind_rows(value_examples())))


def faq_scores(text: str) -> dict[str, float]:
    """Each question back's margin for the text, from the model for its script."""
    if romanised.is_romanised_thai(text):
        return romanised_faq_model().scores(romanised.as_thai(text))
    return faq_model().scores(text)


def kind_scores(text: str) -> dict[str, float]:
    """Each kind's margin for the text (and "none"), from the model for its script."""
    if romanised.is_romanised_thai(text):
        return romanised_kind_model().scores(romanised.as_thai(text))
    return kind_model().scores(text)


def scores(text: str, expecting: str | None) -> dict[str, float]:
    """Each intent's margin for the text, from the model for its script."""
    if romanised.is_romanised_thai(text):
        return romanised_model().scores(romanised.as_thai(text), expecting)
    return model().scores(text, expecting)


def forget() -> None:
    """Forget the segmentation of the message just read (it serves one reading only)."""
    _words_and_chars.cache_clear()
