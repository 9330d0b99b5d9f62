"""Small statistical readers beside the rules, trained from the package's own labelled
examples (`examples/`) at first use (once per process, or once per version of what they are
trained from with a model cache, below; nothing downloaded, no model file in the package):

- `model()`: the intent, from character n-grams of the question asked and the text;
- `kind_model()`: the kind of misconduct a description is (or "none"),
- `faq_model()`: which question back is asked, and
- `danger_model()`: whether the person or family is unsafe (danger against every other
  message and story), all three from character n-grams and PyThaiNLP's word tokens, so a
  paraphrase ("กินงบ", "เพิ่นเอาปุ๋ยหลวงไปขาย", "ฟาด") is read by its words as well as by
  its letters.

Each is TF-IDF and a linear SVM. Scoring one text is a few dictionary look-ups and one small
matrix product, so it costs far less than the 2 ms budget of one message.

Given a model cache (`model_cache`, `MODEL_CACHE_DIR`), the eight models are trained together
once for a digest of their inputs (`inputs_digest`) and loaded by every later process."""

from __future__ import annotations

import hashlib
import json
import math
import platform
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.metadata import version
from itertools import repeat
from pathlib import Path

import numpy as np
from pythainlp.tokenize import word_tokenize

from handlers.thai.normalise import clean
from handlers.understanding import lexicon, model_cache, romanised
from handlers.understanding.corpus import danger_examples, examples, value_examples

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


def char_ngrams(text: str) -> list[str]:
    """The text's character n-grams (1–4) within words, each word padded with a space:
    scikit-learn's `char_wb` analyzer, written out so that a process loading its models from
    the cache never imports scikit-learn (a second of CPU at every start)."""
    grams: list[str] = []
    for word in text.lower().split():
        grams += _word_grams(word)
    return grams


@lru_cache(maxsize=1024)  # the intent model and the shared vocabulary read the same words
def _word_grams(word: str) -> tuple[str, ...]:
    """One word's n-grams (1–4), padded with a space, in `char_ngrams`'s order."""
    padded = f" {word} "
    grams: list[str] = []
    for n in range(1, 5):
        grams += [padded[i : i + n] for i in range(max(1, len(padded) - n + 1))]
        if len(padded) <= n:  # a short word counted once
            break
    return tuple(grams)


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
    return tuple(char_ngrams(cleaned) + [f"w:{w}" for w in words] + [f"w:{p}" for p in pairs])


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
        # Each gram looked up once (a word's letters repeat): the known ones keep the order they
        # first came in, so the sums below are the same to the last bit. The look-ups are one
        # pass in C (`map`), the unknown ones (-1) dropped by a mask, not a Python loop.
        grams, counts = counted(self.read, features(text, expecting) if self.asked else text)
        column = _shared_column(self) if self.read is words_and_chars else None
        if column is not None:  # the kind, question and danger models: one look-up for all
            found = column[_shared_found(text)]
        else:
            found = np.fromiter(
                map(self.vocabulary.get, grams, repeat(-1)), dtype=np.intp, count=len(grams)
            )
        known = found >= 0
        if not known.any():
            return dict.fromkeys(self.classes, -1.0)
        indices = found[known]
        tf = _sublinear(counts[known]) * self.idf[indices]
        tf /= np.linalg.norm(tf)
        margins = tf @ self.weights[indices] + self.bias
        return dict(zip(self.classes, margins.tolist(), strict=True))


@lru_cache(maxsize=32)  # the kind, question and danger models read a text alike: counted once
def counted(read: Callable[[str], list[str]], text: str) -> tuple[tuple[str, ...], np.ndarray]:
    """The text's grams as `read` gives them, each once in the order it first came, and how
    many times each came (an array, read-only: it is shared by the models that read it)."""
    grams = Counter(read(text))
    times = np.fromiter(grams.values(), dtype=np.intp, count=len(grams))
    times.flags.writeable = False
    return tuple(grams), times


class _Shared:
    """One vocabulary for the models that read a text's words and letters alike (kind,
    question, danger): each gram's place in it, and per model its own index at each place
    (-1 where it never met the gram, and at the last place, where an unknown gram goes). A
    message's grams are then looked up once, not once per model: each look-up reaches into a
    large table's memory, the costly part. The models are held here, so the ids that key
    their columns stay theirs."""

    def __init__(self, models: tuple[Model, ...]) -> None:
        self.models = models
        self.places: dict[str, int] = {}
        for fitted in models:
            for gram in fitted.vocabulary:
                self.places.setdefault(gram, len(self.places))
        self.columns: dict[int, np.ndarray] = {}
        for fitted in models:
            column = np.full(len(self.places) + 1, -1, dtype=np.intp)
            column[[self.places[gram] for gram in fitted.vocabulary]] = list(
                fitted.vocabulary.values()
            )
            self.columns[id(fitted)] = column


_SHARED: list[_Shared] = []


def _shared_column(fitted: Model) -> np.ndarray | None:
    """`fitted`'s column in the shared vocabulary, when it is one of the process's kind,
    question and danger models (built once all three are); else None."""
    if _SHARED and (column := _SHARED[0].columns.get(id(fitted))) is not None:
        return column
    publics = (kind_model, faq_model, danger_model)
    if not all(public.cache_info().currsize for public in publics):
        return None  # not all trained yet: training none of them for this
    models = tuple(public() for public in publics)
    if not any(fitted is model for model in models):
        return None  # a model of its own (cross-validation, a test)
    _SHARED[:] = [_Shared(models)]
    _shared_found.cache_clear()
    return _SHARED[0].columns[id(fitted)]


@lru_cache(maxsize=32)  # read by the kind, question and danger models
def _shared_found(text: str) -> np.ndarray:
    """The places of the text's grams (`counted`, in their order) in the shared vocabulary."""
    places = _SHARED[0].places
    grams = counted(words_and_chars, text)[0]
    return np.fromiter(map(places.get, grams, repeat(len(places))), dtype=np.intp, count=len(grams))


#: 1 + log(n) for the counts a message's grams have (scikit-learn's `sublinear_tf`), once.
_SUBLINEAR = np.array([0.0] + [1.0 + math.log(n) for n in range(1, 64)])


def _sublinear(counts: np.ndarray) -> np.ndarray:
    """1 + log(n) of each count, as `math.log` gives it (the values the models were fitted to)."""
    if counts.max() < len(_SUBLINEAR):
        return _SUBLINEAR[counts]
    return np.array([1.0 + math.log(n) for n in counts.tolist()])


def train(
    texts: list[str], labels: list[str], read: Callable[[str], list[str]] = char_ngrams, asked=False
) -> Model:
    """A model of `labels` fitted to `texts` (each read by `read` into n-grams)."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # only to train: see char_ngrams
    from sklearn.svm import LinearSVC

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
    """The danger model trained from `examples/` (stories too) and the diagnosed rows, once
    per process."""
    return _trained("danger")


#: How much less the Thai-script danger model's vote counts on Thai typed in Latin letters:
#: it reads them as English letters, where a sound it never met ("tee", "pa") sways it.
LATIN_DISCOUNT = 0.2


@lru_cache(maxsize=32)  # one reading weighs a text, and the parts of it, more than once
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
    return _trained("intent")


@cache
def kind_model() -> Model:
    """The kind model trained from `examples/*.jsonl` and the lexicon, once per process."""
    return _trained("kind")


@cache
def faq_model() -> Model:
    """The question-back model trained from `examples/*.jsonl`, once per process."""
    return _trained("faq")


@cache
def romanised_model() -> Model:
    """The same examples' Thai ones romanised (`romanised.thai_words`), with those typed so:
    it reads Thai typed in Latin letters, and nothing else, so English is left to the first
    model."""
    return _trained("romanised_intent")


def train_romanised_intents() -> Model:
    """The romanised intent model (`romanised_model`) trained now."""
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
    return _trained("romanised_danger")


def train_romanised_danger() -> Model:
    """The romanised danger model (`romanised_danger_model`) trained now."""
    # Not the diagnosed rows, which the danger model for Thai script learns from: heard as
    # sounds, their many polite "ค่ะ" taught it that "kha" ("ฆ่า" too) is calm, and their few
    # Latin-typed threats that "khu" is a threat in "Nong Khu" (หนองคู, a place).
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
    return char_ngrams(keys) + [f"w:{w}" for w in words] + [f"w:{p}" for p in pairs]


@cache
def romanised_faq_model() -> Model:
    """The question-back model for Thai typed in Latin letters ("tong bok chue mai")."""
    return _trained("romanised_faq")


@cache
def romanised_kind_model() -> Model:
    """The kind model for Thai typed in Latin letters ("kin ngern luang")."""
    return _trained("romanised_kind")


def faq_scores(text: str) -> dict[str, float]:
    """Each question back's margin for the text, from the model for its script."""
    if romanised.is_romanised_thai(text):
        return romanised_faq_model().scores(romanised.as_thai(text))
    return faq_model().scores(text)


def kind_scores(text: str) -> dict[str, float]:
    """Each kind's margin for the text (and "none"), from the model for its script."""
    return dict(_kind_scores(text))  # the caller's own to change


@lru_cache(maxsize=32)  # a part of a message is read again (its frame, its asides)
def _kind_scores(text: str) -> dict[str, float]:
    if romanised.is_romanised_thai(text):
        return romanised_kind_model().scores(romanised.as_thai(text))
    return kind_model().scores(text)


def scores(text: str, expecting: str | None) -> dict[str, float]:
    """Each intent's margin for the text, from the model for its script."""
    return dict(_scores(text, expecting))  # the caller's own to change


@lru_cache(maxsize=32)
def _scores(text: str, expecting: str | None) -> dict[str, float]:
    if romanised.is_romanised_thai(text):
        return romanised_model().scores(romanised.as_thai(text), expecting)
    return model().scores(text, expecting)


def forget() -> None:
    """Forget the segmentation and the scores of the message just read (they serve one
    reading only)."""
    memos = (_words_and_chars, counted, _shared_found, _scores, _kind_scores, danger_margin)
    for memo in (*memos, _word_grams):
        memo.cache_clear()


#: How each model is trained, by its name in the cache.
TRAINERS: dict[str, Callable[[], Model]] = {
    "intent": lambda: train_intents(examples()),
    "romanised_intent": train_romanised_intents,
    "kind": lambda: train_kinds(value_examples()),
    "faq": lambda: train_faqs(value_examples()),
    "danger": lambda: train_danger(danger_examples()),
    "romanised_faq": lambda: train(*_sounded(faq_rows(value_examples()))),
    "romanised_kind": lambda: train(*_sounded(kind_rows(value_examples()))),
    "romanised_danger": train_romanised_danger,
}
#: What each model may read its texts with, by a name a cache file can carry.
READERS: dict[str, Callable[[str], list[str]]] = {
    "char_ngrams": char_ngrams,
    "words_and_chars": words_and_chars,
    "sounds_and_pairs": sounds_and_pairs,
}
_PACKAGE = Path(__file__).parent
#: The files the training reads: its examples, and the code and word lists it runs (the
#: whole understanding package and the Thai normalisation, so no reader is forgotten).
_INPUTS = (_PACKAGE, _PACKAGE.parent / "thai")


def inputs_digest() -> str:
    """A digest of everything the models are trained from: the files of `_INPUTS` (examples,
    word lists, code) and the versions of Python, scikit-learn, numpy and PyThaiNLP."""
    digest = hashlib.sha256()
    libraries = ("scikit-learn", "numpy", "pythainlp")
    versions = (platform.python_version(), *(version(name) for name in libraries))
    digest.update(repr(versions).encode())
    for folder in _INPUTS:
        for path in sorted(folder.rglob("*")):
            if path.suffix in (".py", ".jsonl", ".json", ".txt") and path.is_file():
                digest.update(str(path.relative_to(folder.parent)).encode() + b"\0")
                digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


def _trained(name: str) -> Model:
    """The model `name`: from the cache when one is configured, else trained now."""
    models = _cached_models()
    return models[name] if models is not None else TRAINERS[name]()


@cache
def _cached_models() -> dict[str, Model] | None:
    """Every model, loaded from the configured cache or trained together and written there
    (None without a cache). A file that does not verify or does not fit is trained over."""
    store = model_cache.configured()
    if store is None:
        return None
    digest = inputs_digest()
    models = _loaded(store, digest)
    if models is None:
        with store.one_trainer():
            models = _loaded(store, digest)  # written while this process waited its turn
            if models is None:
                models = {name: train() for name, train in TRAINERS.items()}
                arrays = {k: v for name, m in models.items() for k, v in _arrays(name, m).items()}
                store.save(digest, arrays)
    return models


def _loaded(store: model_cache.ModelCache, digest: str) -> dict[str, Model] | None:
    """The models of the cache's file for `digest`, if it verifies and holds every one."""
    arrays = store.load(digest)
    if arrays is None:
        return None
    try:
        return {name: _from_arrays(name, arrays) for name in TRAINERS}
    except (KeyError, ValueError, TypeError) as exc:  # verified yet of another shape
        model_cache.log.warning("model cache: a file of another shape (%s); training", exc)
        return None


def _arrays(name: str, model: Model) -> dict[str, np.ndarray]:
    """A model as plain arrays (no code): its weights, and its words and settings as JSON."""
    reader = next(key for key, read in READERS.items() if read is model.read)
    terms = sorted(model.vocabulary, key=model.vocabulary.__getitem__)
    about = {"read": reader, "classes": model.classes, "asked": model.asked, "terms": terms}
    return {
        f"{name}.about": np.frombuffer(json.dumps(about).encode("utf-8"), dtype=np.uint8),
        f"{name}.idf": model.idf,
        f"{name}.weights": model.weights,
        f"{name}.bias": model.bias,
    }


def _from_arrays(name: str, arrays: dict[str, np.ndarray]) -> Model:
    """The model `_arrays` wrote."""
    about = json.loads(arrays[f"{name}.about"].tobytes().decode("utf-8"))
    terms = about["terms"]
    idf, weights, bias = (arrays[f"{name}.{part}"] for part in ("idf", "weights", "bias"))
    classes = tuple(str(c) for c in about["classes"])
    sizes = (len(idf), *weights.shape, *bias.shape)
    if sizes != (len(terms), len(terms), len(classes), len(classes)):
        raise ValueError(f"{name}: sizes do not match")
    return Model(
        READERS[about["read"]],
        {term: index for index, term in enumerate(terms)},
        idf,
        classes,
        weights,
        bias,
        bool(about["asked"]),
    )
