"""fixA35's own checks (issue #17, insiders): a `checked:` line is keyed over its check and
the audit start it was kept under, and `keys rotate` marks it again under the newest key."""

from __future__ import annotations

import json

from storage import journal_lines, start_witness
from storage.journal_lines import CHECKED_PREFIX
from tests.attacks.forging import audited, sql_rows, started, verify
from tests.conftest import TEST_KEYS
from tests.shared_engines import release

NEW_LOOKUP = "the-new-lookup-key-for-the-checked-lines-0123456789"


def _checked(folder) -> list[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("journal-*.log")))
    return [
        line[len(CHECKED_PREFIX) :] for line in text.splitlines() if line.startswith(CHECKED_PREFIX)
    ]


def _folder(tmp_path):
    return next(p.parent for p in tmp_path.rglob("journal-*.log"))


def _wanted(services) -> set[str]:
    """The mark each kept check's line has under the newest key and the current start."""
    checks = [c for (c,) in sql_rows(services, "SELECT id FROM chain_verifications")]
    with services.uow() as uow:
        start = start_witness.text_of(start_witness.current(uow))
        return {journal_lines.checked_marks(uow.vault, c, start)[0] for c in checks}


def test_a_checked_line_names_no_check_in_plain(database_url, tmp_path, gateway, clock):
    """The line of a kept check is its keyed mark, not its id."""
    app = started(database_url, tmp_path, gateway, clock)
    services = app.extensions["sujarit"]
    audited(services, 2)
    assert verify(app)[0] == 0
    lines = _checked(_folder(tmp_path))
    checks = {str(c) for (c,) in sql_rows(services, "SELECT id FROM chain_verifications")}
    assert lines and not checks & set(lines)
    assert set(lines) == _wanted(services)
    release(services.engine)


def test_keys_rotate_marks_the_checked_lines_again(database_url, tmp_path, gateway, clock):
    """After `keys rotate` and the old lookup key retired, each check's line is its mark
    under the new key (a line left under the retired key would answer to nothing)."""
    old = TEST_KEYS["DATA_LOOKUP_KEY"]
    first = started(database_url, tmp_path, gateway, clock, DATA_LOOKUP_KEY=old)
    audited(first.extensions["sujarit"])
    assert verify(first)[0] == 0
    release(first.extensions["sujarit"].engine)
    both = started(database_url, tmp_path, gateway, clock, DATA_LOOKUP_KEY=f"{NEW_LOOKUP},{old}")
    rotated = both.test_cli_runner().invoke(args=["keys", "rotate"])
    assert rotated.exit_code == 0, rotated.output
    assert json.loads(rotated.output.strip().splitlines()[-1])["rotated"]["audit_rejournalled"]
    release(both.extensions["sujarit"].engine)
    retired = started(database_url, tmp_path, gateway, clock, DATA_LOOKUP_KEY=NEW_LOOKUP)
    services = retired.extensions["sujarit"]
    try:
        assert _wanted(services) <= set(_checked(_folder(tmp_path)))
        assert verify(retired)[0] == 0
    finally:
        release(services.engine)
