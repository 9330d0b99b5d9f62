"""The app with a trained-model cache (MODEL_CACHE_DIR): one it cannot write still starts,
answers a citizen and reads messages exactly as without a cache (the refusal logged); a
process that loads its models from one imports no training library."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import uuid

import pytest

from bot import create_app
from handlers.understanding import classifier
from tests.conftest import TEST_KEYS, make_env
from tests.factories import Chat
from tests.model_caches import forget_models, reads_as_without_cache
from tests.paths import ROOT
from tests.shared_engines import release


@pytest.fixture
def unwritable_app(database_url, tmp_path, gateway, trainings):
    """The app, its MODEL_CACHE_DIR inside a file (nothing can be made there)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    env = make_env(database_url, tmp_path, MODEL_CACHE_DIR=str(blocker / "models"))
    app = create_app({"ENV": env, "GATEWAY": gateway, "TESTING": True})
    yield app
    release(app.extensions["sujarit"].engine)


def test_a_directory_that_cannot_be_written_still_starts_and_answers(
    unwritable_app, gateway, trainings, held, caplog
):
    forget_models()
    chat = Chat(
        unwritable_app.test_client(), gateway, "U" + uuid.uuid4().hex, "test-channel-secret"
    )
    with caplog.at_level(logging.WARNING):
        replies = chat.say("ผู้ใหญ่บ้านเรียกเงินค่าเซ็นเอกสารค่ะ")
        reads_as_without_cache(held)
    assert replies
    assert "cannot write" in caplog.text
    assert sorted(trainings) == sorted(classifier.TRAINERS)


def test_a_process_loading_its_models_imports_neither_scikit_learn_nor_excel(tmp_path):
    """What a start costs past the cache: training's library (and SciPy, under it) and the
    Excel writer are imported only by what needs them, even to read English or Thai typed in
    Latin letters."""
    classifier._cached_models()  # the session's file, under the keys given below
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LINE_", "SUJARIT_"))}
    env.update(
        SUJARIT_MODE="local",
        SECRET_KEY="test-secret-key",
        **TEST_KEYS,
        DATABASE_URL=f"sqlite:///{tmp_path / 'sujarit.db'}",
        EVIDENCE_DIR=str(tmp_path / "evidence"),
        RECORD_ANCHOR_DIR=str(tmp_path / "anchors"),
    )
    script = (
        "import sys; from bot import create_app; "
        "from handlers.understanding import understand, warm; "
        "create_app(); warm(); understand('khao ja pao baan'); understand('what is this'); "
        "print(sorted(m for m in ('sklearn', 'scipy', 'openpyxl') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, check=True
    )
    assert done.stdout.decode().strip().splitlines()[-1] == "[]"
