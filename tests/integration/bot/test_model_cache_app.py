"""The app with a trained-model cache (MODEL_CACHE_DIR) it cannot write: it starts, answers
a citizen, and reads messages exactly as without a cache; the refusal is logged."""

from __future__ import annotations

import logging
import uuid

import pytest

from bot import create_app
from handlers.understanding import classifier
from tests.conftest import make_env
from tests.factories import Chat
from tests.model_caches import forget_models, reads_as_without_cache
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
