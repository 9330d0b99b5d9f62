"""Signing in to the committee dashboard: one-time links and the CSRF token of a form."""

from __future__ import annotations

import re

from handlers.directory import members

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def login_token(services, member_id: int) -> str:
    """A fresh one-time login token for the member."""
    with services.uow() as uow:
        token = members.issue_login_token(uow, members.get_member(uow, member_id))
        uow.commit()
        return token


def csrf_token(client, url: str = "/committee/signed-out") -> str:
    """The CSRF token of the client's session, read from a page's form."""
    found = CSRF.search(client.get(url).get_data(as_text=True))
    assert found, f"no CSRF token on {url}"
    return found.group(1)


def sign_in(client, services, member_id: int):
    """Sign the test client in through a one-time link, as a member would."""
    token = login_token(services, member_id)
    url = f"/committee/login/{token}"
    return client.post(url, data={"csrf_token": csrf_token(client, url)})
