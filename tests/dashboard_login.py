"""Signing in to the committee dashboard: one-time links and the CSRF token of a form."""

from __future__ import annotations

import re

from handlers.directory import members

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


def login_token(services, member_id: int, from_shell: bool = False) -> str:
    """A fresh one-time login token for the member (one made at a shell: `from_shell`)."""
    with services.uow() as uow:
        member = members.get_member(uow, member_id)
        token = members.issue_login_token(uow, member, from_shell=from_shell)
        uow.commit()
        return token


def csrf_token(client, url: str = "/committee/signed-out") -> str:
    """The CSRF token of the client's session, read from a page's form."""
    found = CSRF.search(client.get(url).get_data(as_text=True))
    assert found, f"no CSRF token on {url}"
    return found.group(1)


def sign_in(client, services, member_id: int, from_shell: bool = False):
    """Sign the test client in through a one-time link, as a member would (with a link made
    at a shell: `from_shell`, a session that only reads)."""
    token = login_token(services, member_id, from_shell)
    url = f"/committee/login/{token}"
    return client.post(url, data={"csrf_token": csrf_token(client, url)})
