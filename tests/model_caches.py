"""The trained-model cache's tests' shared part: the models this process holds, how they read
a few messages, and a stand-in for training that hands them back, counting the calls
(training for real costs seconds of CPU; what is checked is when the cache trains, what it
writes, and that what it loads answers as those models do). Its fixtures (`held`,
`trainings`) serve every test module (tests/conftest.py's plugins)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from handlers.understanding import classifier, model_cache, understand
from storage.crypto import local_lookup_key, model_cache_key
from tests.conftest import TEST_KEYS

KEY = model_cache_key(TEST_KEYS["DATA_LOOKUP_KEY"])
OTHER_KEY = model_cache_key("another-deployments-lookup-key-0123456789")
MESSAGES = [
    ("ผู้ใหญ่บ้านเรียกเงินค่าเซ็นเอกสารค่ะ", None),
    ("เขาขู่จะเผาบ้านหนู", None),
    ("khao ja pao baan", None),
    ("kin ngern luang", "what"),
    ("ต้องบอกชื่อไหมคะ", "identity"),
    ("SAO Nong Kong เรียกเงิน", None),
]
PUBLIC = (
    classifier.model,
    classifier.romanised_model,
    classifier.kind_model,
    classifier.faq_model,
    classifier.danger_model,
    classifier.romanised_faq_model,
    classifier.romanised_kind_model,
    classifier.romanised_danger_model,
)


def forget_models() -> None:
    """As a new process: no model in memory."""
    classifier._cached_models.cache_clear()
    for public in PUBLIC:
        public.cache_clear()


def answers() -> list[tuple]:
    """How the bot reads the messages: intent, values and every model's margins."""
    found = []
    for text, expecting in MESSAGES:
        read = understand(text, expecting=expecting)
        found.append((read.intent, read.values, classifier.scores(text, expecting)))
        found.append((classifier.kind_scores(text), classifier.faq_scores(text)))
        found.append(classifier.danger_margin(text))
    return found


@pytest.fixture(scope="module")
def held():
    """The models this process holds (trained, or loaded from the session's cache) and how
    they read the messages: the answers without a cache of this test's own."""
    models = {name: classifier._trained(name) for name in classifier.TRAINERS}
    return models, answers()


@pytest.fixture
def trainings(held, monkeypatch):
    """The names of the models trained, in order; the session's cache comes back after."""
    models, _ = held
    calls: list[str] = []

    def trainer(name):
        return lambda: calls.append(name) or models[name]

    monkeypatch.setattr(classifier, "TRAINERS", {name: trainer(name) for name in models})
    monkeypatch.setattr(model_cache, "_configured", model_cache.configured())  # put back after
    forget_models()
    yield calls
    forget_models()


def reads_as_without_cache(held) -> None:
    """The messages are read exactly as the models this process held read them."""
    assert answers() == held[1]


def models_saved() -> None:
    """The session's trained models written in its cache (MODEL_CACHE_DIR) before a process
    the test starts reads them (gunicorn's master, the scheduler): trained here, or waited
    for while another of the suite's processes trains them, never trained by that process
    (~10 s of CPU, and a start that outlasted its wait under load). The file checked is the
    one that process loads: same inputs, same key (TEST_KEYS)."""
    store = model_cache.configured()
    if store is not None and not store.path(classifier.inputs_digest()).exists():
        classifier._cached_models()


def cache_models_for(secret_key: str) -> None:
    """The session's trained models, copied in the session's cache (MODEL_CACHE_DIR) to the
    key of a local-mode process whose SECRET_KEY is `secret_key` (its lookup key, and so its
    cache key, derives from it): that process loads them rather than training them again
    (~5 s of CPU). The arrays are copied as written, verified under the session's key; if
    none are there (no cache), the process trains as it would have."""
    models_saved()  # or trained and written under the session's key
    store = model_cache.configured()
    if store is None:
        return
    digest = classifier.inputs_digest()
    arrays = store.load(digest)
    local = model_cache.ModelCache(store.directory, model_cache_key(local_lookup_key(secret_key)))
    if arrays is not None and not local.path(digest).exists():
        local.save(digest, arrays)


#: The process training the session's models beside the workers' start (`train_beside`).
_BESIDE: list[subprocess.Popen] = []
_TRAIN = (
    "import os, sys\n"
    "from handlers.understanding import classifier, model_cache\n"
    "from storage.crypto import model_cache_key\n"
    "model_cache.LOCK_WAIT = float('inf')\n"
    "model_cache.configure(os.environ[model_cache.ENV], model_cache_key(sys.argv[1]))\n"
    "classifier._cached_models()\n"
)


def train_beside(config: pytest.Config) -> None:
    """On a whole run under xdist (`make test`), the controller starts one process that trains
    the session's models into its cache while the workers start and collect (~13 s of CPU
    each): the first tests (gunicorn's, the scheduler's) wait for those models, and one
    worker used to train them (~10 s of CPU) while the other only waited. A worker that needs
    them first waits for that process's lock and loads what it wrote (`one_trainer`), as it
    would for another worker's. A run of chosen files, or serial, trains where first needed."""
    if os.environ.get("PYTEST_XDIST_WORKER") or not getattr(config.option, "numprocesses", 0):
        return
    if config.args_source is not pytest.Config.ArgsSource.TESTPATHS:
        return
    _BESIDE.append(
        subprocess.Popen(
            [sys.executable, "-c", _TRAIN, TEST_KEYS["DATA_LOOKUP_KEY"]],
            cwd=config.rootpath,
            stdout=subprocess.DEVNULL,
        )
    )


def stop_training() -> None:
    """The process `train_beside` started, ended (a run stopped early) and waited for, before
    the session's cache is removed."""
    for process in _BESIDE:
        if process.poll() is None:
            process.terminate()
        process.wait()
    _BESIDE.clear()
