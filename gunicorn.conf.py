"""gunicorn's settings for the `web` process (read from the working directory at start).

Webhook counters are kept per worker by prometheus-client's multiprocess mode, in one
directory per `web` process: emptied when the process starts, so counts begin at zero, and
each worker's files marked dead when it exits, so `/metrics` adds up the living ones.
"""

import os
import shutil

# Set before prometheus_client is first imported: it picks its multiprocess mode at import.
METRICS_DIR = os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR", "instance/metrics")

# gunicorn's own lines (booting, workers starting and exiting) as JSON, like the app's.
# Access lines stay off, as they were before a logconfig_dict switched them on.
logconfig_dict = {
    "formatters": {"generic": {"()": "bot.logs.formatter"}},
    "loggers": {
        "gunicorn.error": {"handlers": ["error_console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
    },
    "root": {"level": "INFO"},
}


def on_starting(server):
    """Before any worker starts: give the workers an empty metrics directory, and train the
    message classifier here, once, so that every worker (and one started again after a
    crash) is forked with it trained instead of spending ~2 s of CPU on it. With
    MODEL_CACHE_DIR the trained models are loaded from there (or written there once)."""
    shutil.rmtree(METRICS_DIR, ignore_errors=True)
    os.makedirs(METRICS_DIR, exist_ok=True)
    # Only the understanding (no app, no metrics, no database): nothing here that a fork
    # must not share.
    from bot.model_cache import use_environment
    from handlers.understanding import warm

    use_environment()
    warm()


def post_worker_init(worker):
    """A worker has loaded the app: the classifier is trained (forked so) before any request.
    What is loaded by then lives as long as the worker: frozen out of the collector's walks,
    it is not walked again at every collection nor at exit (a worker stopped in ~3 s, not
    ~11, under load)."""
    import gc

    from handlers.understanding import warm

    warm()
    gc.freeze()


def child_exit(server, worker):
    """A worker has gone: its live gauges no longer count."""
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
