"""walk36 (fixW36c): an anonymous teller's kin named as a witness ("เมียผม ชื่อสมศรี") points to
him: for reviewers, the chair too, the name is masked like his own (`masking.kin_witnesses`);
another witness, or kin of a named teller, stays as the witnesses' rule has it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from handlers import masking


def _ticket(**fields) -> SimpleNamespace:
    return SimpleNamespace(description=fields.pop("description", ""), **fields)


@pytest.mark.parametrize(
    "witnesses, name",
    [
        ("เมียผม ชื่อสมศรี", "สมศรี"),
        ("ยายบุญมี ศรีสุข", "บุญมี ศรีสุข"),
        ("ลูกชายผม นายเอกชัย", "นายเอกชัย"),
        ("my wife Malee", "Malee"),
    ],
)
def test_an_anonymous_tellers_kin_witness_is_masked_as_the_teller(witnesses, name):
    ticket = _ticket(witnesses=witnesses, anonymous=True, description="เมียผมเห็นด้วย")
    hidden = masking.hidden_words(None, ticket)
    assert not [n for n, whose in hidden if whose == masking.WITNESS and name in n], hidden
    (kin,) = masking.kin_witnesses(ticket)
    assert name in kin[0] and kin[1] == masking.COMPLAINANT, kin
    assert name not in masking.masked(
        f"{witnesses} เห็นด้วย", hidden, {w: "[x]" for w in masking.WHOSE}
    )


def test_another_witness_of_an_anonymous_teller_is_only_a_witness():
    ticket = _ticket(witnesses="ลุงสงัด คนเลี้ยงวัว", anonymous=True)
    assert masking.kin_witnesses(ticket) == []


def test_a_named_tellers_kin_witness_stays_a_witness():
    ticket = _ticket(witnesses="เมียผม ชื่อสมศรี", anonymous=False)
    assert masking.kin_witnesses(ticket) == []
    assert ("สมศรี", masking.WITNESS) in masking.hidden_words(None, ticket)
