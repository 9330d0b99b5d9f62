"""The trained-model cache (MODEL_CACHE_DIR), attacked as someone who may write its directory
but holds no key would: a file changed, re-sealed without the key, made from other examples,
cut short, written under another key, or a directory that refuses every write. Each time
the models are trained afresh and the bot reads messages exactly as without a cache.

"Training" here hands back the models this process holds, counting the calls
(tests/model_caches.py); a directory that cannot be written is tried with the whole app in
tests/integration/bot/test_model_cache_app.py."""

from __future__ import annotations

import hashlib
import io
import logging
import threading
from pathlib import Path

import numpy as np

from handlers.understanding import classifier, model_cache
from tests.conftest import TEST_KEYS
from tests.model_caches import KEY, OTHER_KEY, forget_models, reads_as_without_cache


def _use(directory: Path, key: bytes = KEY) -> Path:
    """Configure the cache as a process start would; the file its models go to."""
    model_cache.configure(directory, key)
    forget_models()
    return model_cache.configured().path(classifier.inputs_digest())


def test_the_models_are_trained_once_then_loaded_by_every_later_process(tmp_path, trainings, held):
    path = _use(tmp_path)
    reads_as_without_cache(held)
    assert sorted(trainings) == sorted(classifier.TRAINERS)
    assert path.exists()

    _use(tmp_path)  # the next process
    reads_as_without_cache(held)
    assert len(trainings) == len(classifier.TRAINERS)  # none trained again


def _written(tmp_path, trainings) -> Path:
    path = _use(tmp_path)
    classifier.model()
    trainings.clear()
    return path


def _trains_afresh_and_reads_the_same(tmp_path, trainings, held) -> None:
    path = _use(tmp_path)
    reads_as_without_cache(held)
    assert sorted(trainings) == sorted(classifier.TRAINERS)
    trainings.clear()
    _use(tmp_path)  # and wrote a good file again
    classifier.model()
    assert trainings == [] and path.exists()


def test_a_changed_byte_is_trained_over(tmp_path, trainings, held, caplog):
    path = _written(tmp_path, trainings)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING):
        _trains_afresh_and_reads_the_same(tmp_path, trainings, held)
    assert "does not verify" in caplog.text
    for secret in (TEST_KEYS["DATA_LOOKUP_KEY"], KEY.hex(), str(tmp_path)):
        assert secret not in caplog.text


def test_weights_of_an_outsiders_choosing_resealed_without_the_key_are_ignored(
    tmp_path, trainings, held
):
    path = _written(tmp_path, trainings)
    data = path.read_bytes()
    body = data[len(model_cache.MAGIC) + 32 :]
    with np.load(io.BytesIO(body), allow_pickle=False) as found:
        arrays = {name: found[name] for name in found.files}
    arrays["danger.bias"] = arrays["danger.bias"] + np.array([5.0, -5.0])  # all calm
    forged = io.BytesIO()
    np.savez(forged, **arrays)
    digest = classifier.inputs_digest().encode()
    for tag in (
        hashlib.sha256(model_cache.MAGIC + digest + forged.getvalue()).digest(),
        model_cache.ModelCache(tmp_path, b"")._tag(digest.decode(), forged.getvalue()),
    ):
        path.write_bytes(model_cache.MAGIC + tag + forged.getvalue())
        _trains_afresh_and_reads_the_same(tmp_path, trainings, held)
        trainings.clear()


RAN: list[str] = []


class Payload:
    """What a pickle would run on loading."""

    def __reduce__(self):
        return (RAN.append, ("code from the file",))


def test_even_a_file_sealed_with_the_key_never_runs_code(tmp_path, trainings, held):
    path = _written(tmp_path, trainings)
    forged = io.BytesIO()
    np.savez(forged, **{"intent.about": np.array([Payload()], dtype=object)})
    store = model_cache.configured()
    digest = classifier.inputs_digest()
    path.write_bytes(model_cache.MAGIC + store._tag(digest, forged.getvalue()) + forged.getvalue())
    _trains_afresh_and_reads_the_same(tmp_path, trainings, held)
    assert RAN == []


def test_a_file_made_from_other_examples_is_not_read(tmp_path, trainings, held, monkeypatch):
    path = _written(tmp_path, trainings)
    monkeypatch.setattr(classifier, "inputs_digest", lambda: "f" * 64)  # one example more
    _use(tmp_path).write_bytes(path.read_bytes())  # the old models where the new ones go
    _trains_afresh_and_reads_the_same(tmp_path, trainings, held)
    assert not path.exists()  # the old inputs' file is dropped once the new one is written


def test_one_more_example_names_another_file(tmp_path, monkeypatch):
    package = tmp_path / "understanding"
    (package / "examples").mkdir(parents=True)
    (package / "examples" / "more.jsonl").write_text('{"text": "ค่ะ", "intent": "none"}\n')
    monkeypatch.setattr(classifier, "_INPUTS", (package,))
    before = classifier.inputs_digest()
    with (package / "examples" / "more.jsonl").open("a") as lines:
        lines.write('{"text": "โกงค่ะ", "intent": "answer"}\n')
    assert classifier.inputs_digest() != before


def test_a_file_cut_short_is_trained_over(tmp_path, trainings, held):
    path = _written(tmp_path, trainings)
    for size in (len(path.read_bytes()) // 2, 20, 0):
        path.write_bytes(path.read_bytes()[:size] if size else b"")
        _trains_afresh_and_reads_the_same(tmp_path, trainings, held)
        trainings.clear()


def test_a_file_written_under_another_key_is_trained_over(tmp_path, trainings, held):
    theirs = _use(tmp_path, OTHER_KEY)
    classifier.model()
    trainings.clear()
    ours = _use(tmp_path)
    assert ours != theirs
    ours.write_bytes(theirs.read_bytes())
    _trains_afresh_and_reads_the_same(tmp_path, trainings, held)


def test_a_process_that_waited_its_turn_loads_what_the_first_one_wrote(
    tmp_path, trainings, monkeypatch
):
    _written(tmp_path, trainings)  # by the process that trained while this one waited
    store = model_cache.configured()
    looked = []
    load = store.load

    def not_there_at_first_look(digest):
        looked.append(digest)
        return None if len(looked) == 1 else load(digest)

    monkeypatch.setattr(store, "load", not_there_at_first_look)
    forget_models()
    classifier.model()
    assert trainings == [] and len(looked) == 2


def test_two_processes_writing_at_once_leave_a_whole_file(tmp_path):
    store = model_cache.ModelCache(tmp_path, KEY)
    arrays = {f"m.{i}": np.arange(50_000, dtype=np.float64) * i for i in range(4)}
    writers = [threading.Thread(target=store.save, args=("d" * 64, arrays)) for _ in range(6)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    loaded = store.load("d" * 64)
    assert loaded is not None and all(np.array_equal(loaded[k], arrays[k]) for k in arrays)
    assert [p.name for p in tmp_path.iterdir()] == [store.path("d" * 64).name]


def test_without_a_directory_nothing_is_cached(tmp_path, trainings, held):
    model_cache.configure(None, KEY)
    forget_models()
    reads_as_without_cache(held)
    assert classifier._cached_models() is None
    assert list(tmp_path.iterdir()) == []


def test_a_link_to_an_endless_device_is_trained_over(tmp_path, trainings, held, caplog):
    path = _use(tmp_path)
    tmp_path.mkdir(exist_ok=True)
    path.symlink_to("/dev/zero")  # read to its end, it would never end
    with caplog.at_level(logging.WARNING):
        reads_as_without_cache(held)
    assert sorted(trainings) == sorted(classifier.TRAINERS)
    assert "cannot be read" in caplog.text


def test_a_file_larger_than_any_models_is_not_read(tmp_path, monkeypatch, caplog):
    store = model_cache.ModelCache(tmp_path, KEY)
    store.save("a" * 64, {"x": np.arange(1000)})
    monkeypatch.setattr(model_cache, "MAX_BYTES", 100)
    with caplog.at_level(logging.WARNING):
        assert store.load("a" * 64) is None
    assert "no file of models" in caplog.text


def test_a_lock_held_by_another_costs_a_bounded_wait_then_training(
    tmp_path, trainings, held, monkeypatch, caplog
):
    import fcntl
    import os

    _use(tmp_path)
    monkeypatch.setattr(model_cache, "LOCK_WAIT", 0.2)
    lock = model_cache.configured().directory / f".lock-{model_cache.configured()._key_name}"
    holder = os.open(lock, os.O_CREAT | os.O_RDWR, 0o600)  # another open file: another holder
    fcntl.flock(holder, fcntl.LOCK_EX)
    try:
        with caplog.at_level(logging.WARNING):
            reads_as_without_cache(held)
    finally:
        os.close(holder)
    assert sorted(trainings) == sorted(classifier.TRAINERS)
    assert "lock is not free" in caplog.text


def test_a_named_pipe_as_the_lock_is_no_lock(tmp_path, trainings, held):
    import os

    _use(tmp_path)
    store = model_cache.configured()
    os.mkfifo(store.directory / f".lock-{store._key_name}")
    with store.one_trainer() as locked:
        assert locked is False


def test_a_planted_file_with_the_right_head_costs_a_pass_not_its_size(tmp_path, caplog):
    """The format's head and a made-up tag before a sparse body at the size bound (no disk
    used): a miss, and the check reads it in small pieces (memory far below its size)."""
    import tracemalloc

    cache = model_cache.ModelCache(tmp_path, KEY)
    digest = "e" * 64
    with open(cache.path(digest), "wb") as planted:
        planted.write(model_cache.MAGIC + b"\0" * hashlib.sha256().digest_size)
        planted.truncate(model_cache.MAX_BYTES)
    tracemalloc.start()
    try:
        with caplog.at_level(logging.WARNING):
            assert cache.load(digest) is None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * model_cache.CHUNK
    assert "does not verify" in caplog.text
