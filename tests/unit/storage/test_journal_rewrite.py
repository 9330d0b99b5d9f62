"""`keys rotate` writes the record journal's files again (unkeyed tie names): lines changed
or dropped as asked, the others kept in order, and a line another process appends to the
file while it is being written again is not lost."""

from __future__ import annotations

from storage import journal_lines, record_journal


def test_lines_are_changed_dropped_or_kept_in_order(tmp_path):
    day = tmp_path / "journal-2026-01-02.log"
    day.write_text("a 1\nb 2\nc 3\n", encoding="utf-8")
    untouched = tmp_path / "journal-2026-01-03.log"
    untouched.write_text("d 4\n", encoding="utf-8")
    before = untouched.stat().st_ino

    def change(line: str) -> str | None:
        return None if line.startswith("b") else line.replace("a 1", "x 1")

    assert record_journal.rewrite(tmp_path, change) == 2
    assert day.read_text(encoding="utf-8") == "x 1\nc 3\n"
    assert untouched.stat().st_ino == before  # a file with nothing to change is left alone


def test_a_line_appended_meanwhile_is_carried_over(tmp_path):
    day = tmp_path / "journal-2026-01-02.log"
    day.write_text("member:1 1\nold 2\n", encoding="utf-8")
    writer = day.open("a", encoding="utf-8")  # another process, its file opened before

    def change(line: str) -> str | None:
        if line.startswith("old"):
            writer.write("member:1 2\n")  # it commits while the file is written again
            writer.flush()
            return "new 2\n"
        return line

    record_journal.rewrite(tmp_path, change)
    writer.close()
    assert day.read_text(encoding="utf-8") == "member:1 1\nnew 2\nmember:1 2\n"
    assert journal_lines.read(tmp_path).versions == {1: 2}


def test_the_file_keeps_its_permissions(tmp_path):
    day = tmp_path / "journal-2026-01-02.log"
    day.write_text("a 1\n", encoding="utf-8")
    day.chmod(0o600)
    record_journal.rewrite(tmp_path, lambda line: "b 1\n")
    assert day.stat().st_mode & 0o777 == 0o600
