"""The layers import only downwards (bot → handlers → storage) and no module imports itself
back through others: the contracts in pyproject.toml (import-linter), and every module-level
cycle (grimp, which import-linter is built on)."""

from __future__ import annotations

import subprocess
import sys

import grimp

from tests.paths import ROOT

PACKAGES = ("bot", "handlers", "storage")


def test_the_import_contracts_in_pyproject_hold():
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            "--no-cache",
            "--config",
            str(ROOT / "pyproject.toml"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def module_cycles(graph) -> list[tuple[str, ...]]:
    """Each import `a -> b` for which `b` also reaches `a`, with the way back."""
    cycles = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            try:
                back = graph.find_shortest_chain(importer=imported, imported=importer)
            except ValueError:  # grimp's word for a package and its own module, both ways
                back = (imported, importer)
            if back:
                cycles.append((importer, *back))
    return cycles


def test_no_module_imports_itself_back_through_others():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    assert module_cycles(graph) == []


def test_the_cycle_check_finds_a_cycle(tmp_path, monkeypatch):
    for name, body in {
        "a.py": "from loop import b\n",
        "b.py": "from loop import c\n",
        "c.py": "def f():\n    from loop import a\n",
    }.items():
        (tmp_path / "loop").mkdir(exist_ok=True)
        (tmp_path / "loop" / "__init__.py").write_text("")
        (tmp_path / "loop" / name).write_text(body)
    monkeypatch.syspath_prepend(str(tmp_path))
    graph = grimp.build_graph("loop", cache_dir=None)
    assert ("loop.a", "loop.b", "loop.c", "loop.a") in module_cycles(graph)
