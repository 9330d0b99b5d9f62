"""`make run` is local mode on this machine only; the Procfile's web binds as configured."""

from __future__ import annotations

from tests.paths import ROOT


def test_make_run_asks_for_local_mode_on_the_loopback_address():
    makefile = (ROOT / "Makefile").read_text()
    assert "run: export SUJARIT_MODE = local" in makefile
    assert "run: export WEB_HOST = 127.0.0.1" in makefile


def test_the_web_process_binds_where_it_is_told():
    lines = (ROOT / "Procfile").read_text().splitlines()
    web = next(line for line in lines if line.startswith("web:"))
    assert "--bind ${WEB_HOST:-0.0.0.0}:${PORT:-8000}" in web
