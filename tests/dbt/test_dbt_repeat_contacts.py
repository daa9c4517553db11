"""Repeat contacts: same customer, same known signal, at most 7 x 24 h after an earlier contact."""

from tests.dbt.helpers import rows_by

FIRST_NIGHT = {
    "call:CALL-R1": (False, None),
    "call:CALL-R2": (True, "call:CALL-R1"),  # exactly 168 h later: the boundary counts
    "call:CALL-R3": (False, None),  # 168 h + 1 s later
    "call:CALL-R4": (False, None),  # another signal
    "mail:MAIL-R5": (True, "call:CALL-R3"),  # a labelled mail repeats a call
    "survey:RSP-R6": (False, None),  # survey comments are never repeats
    "call:CALL-R7": (False, None),  # another customer
    "call:CALL-D1": (False, None),
    "call:CALL-D2": (False, None),  # 7 local days across the DST change are 169 h
    "call:CALL-E1": (False, None),
    "call:CALL-E2": (True, "call:CALL-E1"),  # 167 h
    "call:CALL-U1": (False, None),  # unknown signals are never repeats
    "call:CALL-U2": (False, None),
}


def _flags(warehouse, ids):
    contacts = rows_by(warehouse, "marts.fct_contacts", "contact_id")
    return {cid: (contacts[cid]["is_repeat_contact"], contacts[cid]["repeat_of_contact_id"]) for cid in ids}


def test_repeat_contacts_around_the_window_edge(two_nights):
    assert _flags(two_nights.first, FIRST_NIGHT) == FIRST_NIGHT


def test_a_late_contact_moves_the_repeat_flags_after_it(two_nights):
    flags = _flags(two_nights.second, ["call:CALL-R3B", "call:CALL-R3", "mail:MAIL-R5"])
    assert flags == {"call:CALL-R3B": (True, "call:CALL-R2"), "call:CALL-R3": (True, "call:CALL-R3B"), "mail:MAIL-R5": (True, "call:CALL-R3")}
