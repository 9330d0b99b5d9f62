"""The message catalogue: Thai and English hold the same keys; every key the code uses exists."""

from __future__ import annotations

import ast
import re
from datetime import date

import pytest

from bot.i18n import catalogue
from handlers.complaint.steps import EDITABLE, STEPS
from handlers.intake.fields import ELEMENTS, KINDS
from handlers.menu import MENU_ITEMS
from handlers.thai import dates as thai_dates
from storage.ticket_status import STATUSES
from tests.paths import ROOT  # noqa: E402

KEY = re.compile(r"^[a-z][a-z_]*(\.[a-z0-9_]+)+$")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _fresh(language: str) -> dict[str, str]:
    catalogue.messages.cache_clear()
    return catalogue.messages(language)


@pytest.fixture(scope="module")
def th():
    return _fresh("th")


@pytest.fixture(scope="module")
def en():
    return _fresh("en")


def test_thai_and_english_have_the_same_keys(th, en):
    assert sorted(set(th) - set(en)) == [], "in Thai but not in English"
    assert sorted(set(en) - set(th)) == [], "in English but not in Thai"


def test_placeholders_match_between_languages(th, en):
    wrong = {
        key: (sorted(PLACEHOLDER.findall(th[key])), sorted(PLACEHOLDER.findall(en[key])))
        for key in th
        if key in en and set(PLACEHOLDER.findall(th[key])) != set(PLACEHOLDER.findall(en[key]))
    }
    assert wrong == {}


def _literal_keys(prefixes: set[str]) -> dict[str, str]:
    """String constants in bot/ and handlers/ shaped like catalogue keys, with where they are."""
    found: dict[str, str] = {}
    for folder in ("bot", "handlers"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            # Pieces of f-strings are families (f"status.{x}"), checked below.
            pieces = {
                id(part)
                for node in ast.walk(tree)
                if isinstance(node, ast.JoinedStr)
                for part in node.values
            }
            for node in ast.walk(tree):
                if id(node) in pieces:
                    continue
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    value = node.value
                    if KEY.match(value) and value.split(".")[0] in prefixes:
                        found.setdefault(value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_key_written_in_the_code_exists(th):
    prefixes = {key.split(".")[0] for key in th}
    used = _literal_keys(prefixes)
    assert len(used) > 50  # the scan sees the code
    missing = {key: where for key, where in used.items() if key not in th}
    assert missing == {}


@pytest.mark.parametrize(
    "family, values",
    [
        ("status.{}", STATUSES),
        ("kind.{}", KINDS),
        ("help.step.{}", tuple(STEPS)),
        ("problem.wrong_kind.{}", tuple({step.wants for step in STEPS.values()})),
        ("element.{}", (*ELEMENTS, "evidence_or_witnesses")),
        ("field.{}", EDITABLE),
        ("menu.{}", (*MENU_ITEMS, "lookup")),
        ("lookup.ask_{}", ("reference", "code")),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_keys_built_at_run_time_cover_every_value(th, en, family, values):
    for table in (th, en):
        assert [family.format(v) for v in values if family.format(v) not in table] == []


def test_every_date_problem_has_a_message(th):
    today = date(2026, 3, 1)
    errors = {
        thai_dates.parse_when(text, today).error
        for text in ("1 ม.ค. 2575", "1 ม.ค. 2490", "วันไหนก็ไม่รู้ขอคิดก่อน")
    }
    assert errors == {"future", "too_old", "unreadable"}
    assert [e for e in errors if f"problem.date_{e}" not in th] == []


# The conversation's sentences; labels, bullets and lines ending with a value are not sentences.
CONVERSATION = (
    "welcome.", "help.", "language.", "group.", "flow.", "ask.", "evidence.", "track.", "lookup.",
    "withdraw.", "problem.", "submitted.", "summary.truth", "summary.missing",
    "summary.anonymous_letter", "menu.unknown", "menu.choose",
    "menu.greeting",
)  # fmt: skip
POLITE_END = re.compile(r"(ค่ะ|คะ)$")


def _last_words(line: str) -> str:
    """A line without what may follow its polite ending: an aside, examples, punctuation."""
    while True:
        if re.search(r"(ค่ะ|คะ)\)$", line):  # a polite aside closes the line
            return "ค่ะ"
        shorter = re.sub(r"\s*\([^()]*\)$", "", line.strip())
        if not POLITE_END.search(shorter):
            shorter = re.sub(r"\s+เช่น\s.*$", "", shorter)
        shorter = re.sub(r"[\s:.!?\"”]+$", "", shorter)
        if shorter == line:
            return line
        line = shorter


def test_thai_sentences_end_politely(th):
    rude = {}
    for key, value in th.items():
        if not key.startswith(CONVERSATION):
            continue
        for line in value.splitlines():
            words = _last_words(line)
            numbered = re.match(r"^\d+[.\s]", line)  # an option of a numbered list
            if line.startswith("•") or line.rstrip().endswith("}") or len(words) < 20 or numbered:
                continue
            if not POLITE_END.search(words):
                rude[key] = line
    assert rude == {}


@pytest.mark.parametrize(
    ("count", "said"), [(1, "has 1 entry."), (2, "has 2 entries."), (0, "0 entries")]
)
def test_a_count_in_english_takes_its_plural_form(count, said):
    record = catalogue.text(
        "en", "track.record", reference="BRM1", entries=count, n=count, status_url="u"
    )
    assert said in record


def test_plural_forms_keep_the_same_placeholders_in_every_form():
    for language in catalogue.LANGUAGES:
        for key, (forms, _) in catalogue.plurals(language).items():
            names = {tuple(sorted(PLACEHOLDER.findall(form))) for form in forms}
            assert len(names) == 1, (language, key, forms)
