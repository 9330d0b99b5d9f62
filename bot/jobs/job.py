"""What a periodic job is: a name, an APScheduler trigger and the work it runs.

This module imports nothing of the project, so the catalogue, the scheduler and the
runner can all use it without an import cycle.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Job:
    """A job: its name, its trigger (as APScheduler keyword arguments) and its work.

    `run(services, stop)` does the work; a long job checks `stop` (set on SIGTERM)
    between steps, finishes the step it is in and returns.
    """

    name: str
    trigger: str
    trigger_args: dict
    run: Callable[[Any, threading.Event], object]
    description: str
