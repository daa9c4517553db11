"""NPS, CSAT and CES against hand computation, edge cases included."""

import pytest

from signalchain.metrics import ces, csat, nps, nps_group


def test_nps_hand_computed():
    # 2 promoters, 1 passive, 1 detractor of 4: 50% - 25% = 25
    assert nps([10, 9, 7, 3]) == pytest.approx(25.0)


def test_nps_without_detractors():
    assert nps([9, 8, 10, 7]) == pytest.approx(50.0)


def test_nps_one_response():
    assert nps([6]) == pytest.approx(-100.0)
    assert nps([9]) == pytest.approx(100.0)
    assert nps([8]) == pytest.approx(0.0)


def test_no_responses_is_none_not_zero():
    assert nps([]) is None
    assert csat([]) is None
    assert ces([None]) is None


def test_csat_and_ces_are_means():
    assert csat([8, 5]) == pytest.approx(6.5)
    assert csat([7]) == pytest.approx(7.0)
    assert ces([1, 7]) == pytest.approx(4.0)


@pytest.mark.parametrize(("score", "group"), [(0, "detractor"), (6, "detractor"), (7, "passive"),
                                              (8, "passive"), (9, "promoter"), (10, "promoter")])
def test_nps_group_boundaries(score, group):
    assert nps_group(score) == group
