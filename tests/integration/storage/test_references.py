"""Ticket references given by the database's sequence: unique under a rotated lookup key and
beside a number already taken; what was given is never changed."""

from __future__ import annotations

from sqlalchemy import select

from storage import tickets
from storage.crypto import Vault
from storage.models import Ticket
from storage.reference_numbers import formatted, number_for
from storage.uow import UnitOfWorkFactory
from tests.conftest import TEST_KEYS
from tests.factories import new_ticket


def _references(uow) -> set[str]:
    return set(uow.session.scalars(select(Ticket.reference)))


def test_a_number_already_given_is_passed_over(services):
    with services.uow() as uow:
        key = uow.vault.reference_key("BRM", 2569)
        taken = f"BRM-2569-{formatted(number_for(key, 1))}"
        new_ticket(uow, reference=taken)  # e.g. given under the lookup key before a rotation
        assert tickets.next_reference(uow, "BRM", 2569) == (
            f"BRM-2569-{formatted(number_for(key, 2))}"
        )


def test_after_the_lookup_key_rotates_references_stay_and_new_ones_are_unique(services):
    with services.uow() as uow:
        before = {new_ticket(uow).reference for _ in range(5)}
        uow.commit()
    rotated = Vault(
        "test-secret-key",
        TEST_KEYS["DATA_ENCRYPTION_KEY"],
        "a-new-lookup-key-0123456789abcdefghijkl," + TEST_KEYS["DATA_LOOKUP_KEY"],
        TEST_KEYS["RECORD_SEAL_KEY"],
    )
    made = services.uow
    factory = UnitOfWorkFactory(made.session_factory, rotated, made.clock, made.settings)
    with factory() as uow:
        after = {new_ticket(uow).reference for _ in range(5)}
        uow.commit()
        assert _references(uow) == before | after and len(before | after) == 10
        key = rotated.reference_key("BRM", 2569)
        assert after == {f"BRM-2569-{formatted(number_for(key, n))}" for n in range(6, 11)}
