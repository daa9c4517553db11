"""Repeat contacts: same customer, same known signal, at most 7 x 24 h after an earlier contact."""

from tests.dbt.helpers import rows_by

FIRST_NIGHT = {
    "CALL-R1": (False, None),
    "CALL-R2": (True, "CALL-R1"),  # exactly 168 h later: the boundary counts
    "CALL-R3": (False, None),  # 168 h + 1 s later
    "CALL-R4": (False, None),  # another signal
    "MAIL-R5": (True, "CALL-R3"),  # a labelled mail repeats a call
    "RSP-R6": (False, None),  # survey comments are never repeats
    "CALL-R7": (False, None),  # another customer
    "CALL-D1": (False, None),
    "CALL-D2": (False, None),  # 7 local days across the DST change are 169 h
    "CALL-E1": (False, None),
    "CALL-E2": (True, "CALL-E1"),  # 167 h
    "CALL-U1": (False, None),  # unknown signals are never repeats
    "CALL-U2": (False, None),
}


def _flags(warehouse, ids):
    contacts = rows_by(warehouse, "marts.fct_contacts", "contact_id")
    return {cid: (contacts[cid]["is_repeat_contact"], contacts[cid]["repeat_of_contact_id"]) for cid in ids}


def test_repeat_contacts_around_the_window_edge(two_nights):
    assert _flags(two_nights.first, FIRST_NIGHT) == FIRST_NIGHT


def test_a_late_contact_moves_the_repeat_flags_after_it(two_nights):
    flags = _flags(two_nights.second, ["CALL-R3B", "CALL-R3", "MAIL-R5"])
    assert flags == {"CALL-R3B": (True, "CALL-R2"), "CALL-R3": (True, "CALL-R3B"), "MAIL-R5": (True, "CALL-R3")}
