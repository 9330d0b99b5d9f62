"""Instructions per message of the understanding, counted by callgrind on a fixed sample.

Run from the project root: `python benchmarks/understanding_instructions.py [--keep DIR]`.
The sample is fixed by the texts alone (no timing): of every labelled row that is not sealed,
the 30 longest texts and every 300th row, each read once with the classifier as `understand`
reads it. The models are trained once into a model cache of this run, then the counted process
loads them from it, uninstrumented (`--instr-atstart=no`: the start-up runs a few times slower
under valgrind, not fifty); callgrind is switched on once the models are loaded and counts only
inside `sys.call_tracing` (the readings), so the start-up is not in the figure. Unlike CPU
time, the count does not move with other work on the machine, so it shows what a change saves.
A few minutes on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

#: The sample: the longest texts (the dearest readings) and every STRIDE-th row.
LONGEST = 30
STRIDE = 300
#: The model cache's key in this run (a benchmark's own directory, never a deployment's).
_KEY = b"benchmark-understanding-instructions"


def sample() -> list[dict]:
    """The fixed rows: of every labelled row outside the sealed files, the longest texts and
    every STRIDE-th, in the corpus's order."""
    from handlers.understanding.corpus import diagnosed, examples, load

    held_out = sorted((ROOT / "tests/fixtures/understanding").glob("heldout*.jsonl"))
    rows = examples() + diagnosed() + load(p for p in held_out if "sealed" not in p.name)
    rows = [row for row in rows if row.get("text")]
    longest = sorted(range(len(rows)), key=lambda i: (-len(rows[i]["text"]), i))[:LONGEST]
    chosen = sorted(set(longest) | set(range(0, len(rows), STRIDE)))
    return [rows[i] for i in chosen]


def _count(cache: str) -> None:
    """The counted process: load the models, then read the sample inside `sys.call_tracing`."""
    from handlers.understanding import model_cache, warm
    from handlers.understanding.corpus import today_of
    from handlers.understanding.reader import forget_reading, read

    model_cache.configure(cache, _KEY)
    warm()
    rows = sample()

    def read_all() -> None:
        for row in rows:
            read(row["text"], row.get("expecting"), today_of(row))
            forget_reading()  # as `understand` leaves every message

    print(len(rows), flush=True)  # ready: the outer process switches callgrind on
    sys.stdin.readline()
    sys.call_tracing(read_all, ())


def _instructions(dump: Path) -> int:
    """The instructions a callgrind dump counted (its `totals:` or `summary:` line)."""
    found = re.search(r"^(?:totals|summary):\s+(\d+)", dump.read_text(), re.MULTILINE)
    if found is None:
        raise SystemExit(f"no totals in {dump}")
    return int(found.group(1))


def main() -> None:
    """Fill the model cache, count the sample's readings under callgrind, print the figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", help="a directory to keep the callgrind dump in")
    parser.add_argument("--count", metavar="CACHE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.count:
        _count(args.count)
        return
    out = Path(args.keep or tempfile.mkdtemp(prefix="sujarit-callgrind-"))
    out.mkdir(parents=True, exist_ok=True)
    cache = tempfile.mkdtemp(prefix="sujarit-models-")
    env = {**os.environ, "PYTHONHASHSEED": "0"}  # the same sets' orders in every run
    me = [sys.executable, str(Path(__file__).resolve()), "--count", cache]
    subprocess.run(
        me, cwd=ROOT, env=env, check=True, capture_output=True, stdin=subprocess.DEVNULL
    )  # trains, fills
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        "--collect-atstart=no",
        "--toggle-collect=sys_call_tracing",
        "--dump-after=sys_call_tracing",
        f"--callgrind-out-file={out}/callgrind.out.%p",
        *me,
    ]
    with subprocess.Popen(
        command, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    ) as run:
        while not (line := run.stdout.readline()).strip().isdigit():
            if not line:
                raise SystemExit("the counted process ended before its readings")
        rows = int(line)
        subprocess.run(["callgrind_control", "-i", "on", str(run.pid)], check=True)
        run.stdin.write("go\n")
        run.stdin.close()
        run.stdout.read()
    if run.returncode != 0:
        raise SystemExit(f"valgrind ended with {run.returncode}")
    dumps = sorted(out.glob("callgrind.out.*.1"))
    if len(dumps) != 1:
        raise SystemExit(f"expected one dump in {out}, found {[p.name for p in dumps]}")
    total = _instructions(dumps[0])
    print(f"{rows} fixed rows (the {LONGEST} longest, every {STRIDE}th), with the classifier")
    print(f"{total:,} instructions, {total / rows / 1e6:.2f} M a message   (dump in {dumps[0]})")


if __name__ == "__main__":
    main()
