"""The classifier beside the rules: trained from the package's own examples, it reads
threats the word lists do not name; it never turns a denial or a bribe into danger."""

from __future__ import annotations

import pytest

from handlers.understanding.reader import read


@pytest.mark.parametrize(
    "text",
    [
        "พวกมันมาป้วนเปี้ยนแถวบ้านทุกวันเลย",
        "มีผู้ชายสองคนมานั่งเฝ้าปากซอยบ้านทั้งวัน",
        "เพื่อนบ้านเตือนว่าอย่าออกไปไหนตอนกลางคืน",  # (dragged into a car: now a rule)
    ],
)
def test_threats_no_rule_names_are_danger_with_the_classifier(text):
    assert read(text, None, None, classify=False).intent != "danger"
    assert read(text, None, None).intent == "danger"


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("ไม่ได้โดนขู่ค่ะ", "what"),
        ("เขาเรียกเงินค่าเซ็นเอกสาร", "what"),
        ("ขู่ว่าจะไม่ให้เบี้ยยังชีพถ้าไม่จ่าย", "what"),
        ("ไม่บอกชื่อค่ะ กลัวโดนหมายหัว", "identity"),
    ],
)
def test_denials_bribes_and_reasons_for_anonymity_stay_calm(text, expecting):
    assert read(text, expecting, None).intent != "danger"


def test_an_answer_carrying_the_value_asked_for_stays_an_answer():
    read_ = read("ไม่บอกชื่อดีกว่า", "identity", None)
    assert read_.value("identity") == "anonymous"
    assert read_.intent == "answer"


def test_warm_trains_the_model_once_so_the_first_message_does_not_wait():
    from handlers.understanding import classifier, warm

    classifier.model.cache_clear()
    warm()
    trained = classifier.model()
    assert classifier.model.cache_info().currsize == 1
    warm()
    assert classifier.model() is trained


def test_the_character_ngrams_are_scikit_learns_char_wb_without_importing_it_to_read():
    from sklearn.feature_extraction.text import TfidfVectorizer

    from handlers.understanding import classifier
    from handlers.understanding.corpus import value_examples

    sklearn_reads = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4)).build_analyzer()
    texts = [row["text"] for row in value_examples()]
    for text in [*texts, "", "a", " x ", "ab  c\n\tDe", "SAO Nong Kong เรียกเงิน"]:
        assert classifier.char_ngrams(text) == sklearn_reads(text), text


def test_the_english_stop_words_are_scikit_learns():
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    from handlers.understanding import lexicon

    assert lexicon.ENGLISH_STOP_WORDS == ENGLISH_STOP_WORDS


@pytest.mark.parametrize(
    "text",
    [
        "ผู้ใหญ่บ้านเรียกเงินค่าเซ็นเอกสาร 500 บาท",
        "เขาขู่ว่าจะเผาบ้านถ้าไม่ถอนเรื่อง",
        "ต้องบอกชื่อไหมคะ",
        "the headman asked me for 200 baht to sign the form",
        "xyzzy",  # no gram any model knows
    ],
)
def test_the_kind_question_and_danger_models_read_a_text_as_with_their_own_vocabulary(text):
    """Their grams are looked up once for the three; each margin is the same to the last bit
    as the model's own look-up (a copy of a model is not one of the shared three)."""
    from dataclasses import replace

    from handlers.understanding import classifier

    for fitted in (classifier.kind_model(), classifier.faq_model(), classifier.danger_model()):
        classifier.forget()
        shared = fitted.scores(text)
        assert classifier._shared_column(fitted) is not None
        assert replace(fitted).scores(text) == shared
