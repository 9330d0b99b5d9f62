"""`/privacy`: the full notice, public, in Thai and English, with configured contact and periods."""

from __future__ import annotations

import pytest

from bot import create_app
from tests.conftest import make_env


@pytest.fixture
def configured(sqlite_url, tmp_path):
    env = make_env(
        sqlite_url,
        tmp_path,
        PRIVACY_CONTROLLER="เครือข่ายทดสอบ",
        PRIVACY_CONTACT="dpo@example.org, 044-000-000",
        RETENTION_IDENTITY_DAYS="400",
    )
    app = create_app({"ENV": env, "TESTING": True})
    yield app.test_client()
    app.extensions["sujarit"].engine.dispose()


def test_thai_notice_names_controller_contact_rights_and_pdpc(configured):
    page = configured.get("/privacy").get_data(as_text=True)
    for part in (
        "เครือข่ายทดสอบ",
        "dpo@example.org",
        "400 วัน",
        "ป.ป.ท.",
        "ข้อมูลของฉัน",
        "ลบข้อมูลของฉัน",
        "ถอนความยินยอม",
        "สคส.",
        "มาตรา 19",
    ):
        assert part in page, part


def test_english_notice(configured):
    page = configured.get("/privacy?lang=en").get_data(as_text=True)
    assert "Data controller" in page and "PDPC" in page and "dpo@example.org" in page
    assert 'lang="en"' in page


def test_english_by_browser_preference(configured):
    page = configured.get("/privacy", headers={"Accept-Language": "en-US,en;q=0.9"})
    assert "Privacy notice" in page.get_data(as_text=True)
