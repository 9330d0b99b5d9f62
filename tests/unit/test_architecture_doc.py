"""docs/architecture.md against the tree: every path it names exists, every package is in it."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
LAYERS = ("bot", "handlers", "storage")
# A repository path in backticks: `bot/http/webhook.py`, `storage/migrations/versions/`.
NAMED = re.compile(r"`((?:bot|handlers|storage|tests)/[\w./<>-]*)`")


def named_paths() -> list[str]:
    """The paths the doc names, without templates such as `bot/cards/<feature>.py`."""
    return sorted({p for p in NAMED.findall(DOC) if "<" not in p})


def packages() -> list[str]:
    """Every Python package under the three layers, as `bot/http/`."""
    found = []
    for layer in LAYERS:
        for init in (ROOT / layer).rglob("__init__.py"):
            package = init.parent.relative_to(ROOT).as_posix()
            if package != layer and "migrations" not in package:
                found.append(package + "/")
    return sorted(found)


def test_the_doc_names_paths():
    assert len(named_paths()) > 20


def test_every_path_the_doc_names_exists():
    missing = [p for p in named_paths() if not (ROOT / p).exists()]
    assert missing == []


def test_every_module_a_package_row_names_is_in_that_package():
    """In the table, `| `bot/http/` | `webhook.py` … |` means bot/http/webhook.py."""
    missing = []
    for package, text in re.findall(r"^\| `((?:bot|handlers|storage)/[\w/]*/)` \|(.*)$", DOC, re.M):
        for module in re.findall(r"`(\w+\.(?:py|mmd))`", text):
            if not (ROOT / package / module).exists():
                missing.append(package + module)
    assert missing == []


def test_every_package_is_described():
    undescribed = [p for p in packages() if f"`{p}`" not in DOC]
    assert undescribed == []


def test_the_migration_order_is_the_chain_of_down_revisions():
    versions = ROOT / "storage" / "migrations" / "versions"
    parent = {}
    for path in versions.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision = re.search(r'^revision = "(\w+)"', text, re.M).group(1)
        down = re.search(r"^down_revision = (?:\"(\w+)\"|None)", text, re.M).group(1)
        parent[revision] = down
    child = {down: revision for revision, down in parent.items()}
    chain, at = [], None
    while at in child:
        at = child[at]
        chain.append(at)
    section = DOC.split("## Migration order", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"\b(\d{4}) \w+", section) == chain
