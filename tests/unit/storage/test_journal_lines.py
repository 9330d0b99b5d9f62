"""The record journal's own lines, read once and then only as they grow."""

from __future__ import annotations

from storage import journal_lines


def test_lines_appended_after_a_read_are_read_too(tmp_path):
    journal = tmp_path / "journal-2026-12-06.log"
    journal.write_text("member:4 2\nR-1 abc\n", encoding="utf-8")
    assert journal_lines.read(tmp_path).versions == {4: 2}
    with journal.open("a", encoding="utf-8") as more:
        more.write("member:4 3\nrole:chair\ncode:ab12 4\naccount:cd34 4\nmember:5 1")
    found = journal_lines.read(tmp_path)
    assert found.versions == {4: 3} and found.roles == {"chair"}
    assert found.codes == {"ab12": 4} and found.accounts == {"cd34": {4}}


def test_a_journal_replaced_by_a_shorter_one_is_read_again(tmp_path):
    journal = tmp_path / "journal-2026-12-06.log"
    journal.write_text("member:4 2\nmember:6 1\n", encoding="utf-8")
    journal_lines.read(tmp_path)
    journal.write_text("member:6 7\n", encoding="utf-8")
    assert journal_lines.read(tmp_path).versions[6] == 7


def test_lines_that_are_not_its_own_say_nothing(tmp_path):
    (tmp_path / "journal-2026-12-06.log").write_text(
        "conflict:3:9 f00\nmember:x 2\nrole:chair extra\nR-2 member:1\n", encoding="utf-8"
    )
    found = journal_lines.read(tmp_path)
    assert not (found.versions or found.roles or found.codes or found.accounts)


def test_a_commits_lines_keep_every_line_and_the_order_of_a_ties_marks():
    """Ticket lines go first in a random order; a tie's marks, the latest last, keep theirs."""
    from storage.record_journal import _unordered

    marks = [f"tie:1:agency:{'d' * 32} m{i}\n" for i in range(5)]
    entries = [f"t:{i:032x} e{i}\n" for i in range(20)]
    lines = [x for pair in zip(entries, [*marks, *[""] * 15], strict=True) for x in pair if x]
    written = _unordered(lines)
    assert sorted(written) == sorted(lines)
    assert written[:20] != entries or _unordered(lines)[:20] != entries  # not as written
    assert set(written[:20]) == set(entries) and written[20:] == marks


def test_todays_file_is_still_read_beside_one_named_for_a_later_day(tmp_path):
    """A file named for a later day sorts last; today's, read once, must still be read as
    it grows (fixA37)."""
    from datetime import UTC, datetime

    today = tmp_path / f"journal-{datetime.now(UTC).date().isoformat()}.log"
    today.write_text("member:4 2\n", encoding="utf-8")
    journal_lines.read(tmp_path)
    (tmp_path / "journal-2099-12-31.log").write_text("", encoding="utf-8")
    with today.open("a", encoding="utf-8") as more:
        more.write("member:4 3\n")
    assert journal_lines.read(tmp_path).versions == {4: 3}


def test_files_named_for_a_later_day_or_none_are_misdated(tmp_path):
    from datetime import date

    for name in ("2026-12-06", "2026-12-07", "2026-12-08", "zzz", "2026-13-01"):
        (tmp_path / f"journal-{name}.log").write_text("", encoding="utf-8")
    assert journal_lines.misdated(tmp_path, date(2026, 12, 7)) == [
        "journal-2026-12-08.log",
        "journal-2026-13-01.log",
        "journal-zzz.log",
    ]
