"""Timeline entry ids: a place in the ticket's timeline and a random number."""

from __future__ import annotations

import pytest

from storage.entry_ids import MAX_PLACE, entry_id, place_of


def test_an_id_sorts_by_its_place_and_says_nothing_more():
    ids = [entry_id(place) for place in (1, 2, 3, 3, 4)]
    assert ids[:3] == sorted(ids[:3]) and ids[4] > max(ids[:4])
    assert [place_of(i) for i in ids] == [1, 2, 3, 3, 4]
    assert ids[2] != ids[3]  # two entries at one place (two tickets) are told apart at random
    assert place_of(41) == 0  # an id from the old sequence sorts before every new one


def test_an_id_fits_64_bits_and_a_longer_timeline_is_refused():
    assert entry_id(MAX_PLACE) < 2**63
    with pytest.raises(ValueError):
        entry_id(MAX_PLACE + 1)
