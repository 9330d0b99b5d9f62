"""Instructions per text step, Sujarit beside the echo bot, counted by callgrind.

Run from the project root: `python benchmarks/step_instructions.py [--steps 200]`.
Runs `benchmarks/step_profile.py --count` under `valgrind --tool=callgrind`, which counts
only inside `sys.call_tracing` (the measured steps of each side, dumped one after the other),
and prints instructions per event for both and their ratio. Unlike CPU time, the count does
not change with other work on the machine (two runs differ by well under 1%), so it shows
what a change saves. A few minutes: everything runs some 50 times slower under valgrind.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _instructions(dump: Path) -> int:
    """The instructions a callgrind dump counted (its `totals:` or `summary:` line)."""
    text = dump.read_text()
    found = re.search(r"^(?:totals|summary):\s+(\d+)", text, re.MULTILINE)
    if found is None:
        raise SystemExit(f"no totals in {dump}")
    return int(found.group(1))


def main() -> None:
    """Count both sides' steps under callgrind; print instructions per event and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--keep", help="a directory to keep the callgrind dumps in")
    args = parser.parse_args()
    out = Path(args.keep or tempfile.mkdtemp(prefix="sujarit-callgrind-"))
    out.mkdir(parents=True, exist_ok=True)
    command = [
        "valgrind",
        "--tool=callgrind",
        "--collect-atstart=no",
        "--toggle-collect=sys_call_tracing",
        "--dump-after=sys_call_tracing",
        f"--callgrind-out-file={out}/callgrind.out.%p",
        sys.executable,
        str(ROOT / "benchmarks" / "step_profile.py"),
        "--count",
        "--steps",
        str(args.steps),
        "--users",
        str(args.users),
    ]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(run.stderr[-3000:])
    # The first two dumps of the process that ran the steps: the bot's, then the echo bot's.
    dumps = sorted(out.glob("callgrind.out.*.[12]"), key=lambda p: p.name)
    if len(dumps) != 2:
        raise SystemExit(f"expected two dumps in {out}, found {[p.name for p in dumps]}")
    bot, echo = (_instructions(dump) / args.steps for dump in dumps)
    print(f"{args.steps} text steps each, SQLite, replies to a fake LINE API on loopback")
    print(f"Sujarit:  {bot / 1e6:.2f} M instructions per event")
    print(f"echo bot: {echo / 1e6:.2f} M instructions per event")
    print(f"ratio: {bot / echo:.2f}x   (dumps in {out})")


if __name__ == "__main__":
    main()
