"""truth.json and _truth/contacts.parquet agree with the generated data."""

import pandas as pd

from demo.period import DEFAULT_END


def _customer_contacts(truth_contacts):
    frame = truth_contacts[truth_contacts["source"] != "survey"].copy()
    frame["date"] = frame["occurred_at"].dt.tz_convert("Europe/Amsterdam").dt.date
    return frame


def test_layout_and_defaults(truth):
    assert truth["end_date"] == DEFAULT_END.isoformat() and truth["days"] == 120
    assert {"signals", "actions", "seasonal_dip", "migration_waves", "highest_impact_signal"} <= set(truth)
    assert len(truth["signals"]) == 25 and "other" in truth["signals"]
    verdicts = {a["action_id"]: (a["planted_effect_pct"], a["expected_verdict"]) for a in truth["actions"]}
    assert verdicts["ACT-001"] == (-40, "improved") and verdicts["ACT-002"] == (0, "no_change")
    assert verdicts["ACT-003"][1] == "too_early"
    targeted = {a["signal_id"] for a in truth["actions"]}
    assert truth["seasonal_dip"]["signal_id"] not in targeted
    act2 = next(a for a in truth["actions"] if a["action_id"] == "ACT-002")
    assert truth["seasonal_dip"]["start"] == act2["go_live_date"]


def test_contacts_per_signal_match_expected(truth, truth_contacts):
    counts = _customer_contacts(truth_contacts)["signal_id"].value_counts()
    total = 0
    for signal, planted in truth["signals"].items():
        expected, got = planted["expected_contacts"], counts.get(signal, 0)
        assert got == planted["generated_contacts"]
        assert abs(got - expected) <= 4 * expected ** 0.5 + 3, signal
        total += expected
    assert abs(counts.sum() - total) <= 3 * total ** 0.5


def test_highest_impact_signal_is_first_on_both_axes(truth):
    signals = {s: v for s, v in truth["signals"].items() if s != "other"}
    top = truth["highest_impact_signal"]
    for key in ("expected_contacts_x_penalty", "expected_impact"):
        ranked = sorted(signals, key=lambda s: signals[s][key], reverse=True)
        assert ranked[0] == top and signals[top][key] > 1.5 * signals[ranked[1]][key]


def test_act_001_cuts_its_signal_by_the_planted_pct(truth, truth_contacts, customers):
    action = next(a for a in truth["actions"] if a["action_id"] == "ACT-001")
    go_live = pd.Timestamp(action["go_live_date"]).date()
    frame = _customer_contacts(truth_contacts)
    frame = frame[frame["signal_id"] == action["signal_id"]]
    days = pd.Series(pd.date_range(end=truth["end_date"], periods=truth["days"]).date)
    since = pd.to_datetime(customers["customer_since"]).dt.date
    until = pd.to_datetime(customers["customer_until"].replace("", "2999-12-31")).dt.date
    active = days.map(lambda d: int(((since <= d) & (until > d)).sum()))

    def rate(lo, hi):
        window = (days >= lo) & (days < hi)
        n = frame["date"].between(lo, hi - pd.Timedelta(days=1), inclusive="both").sum()
        return n / active[window].sum()

    before = rate(go_live - pd.Timedelta(days=28), go_live)
    after = rate(go_live, go_live + pd.Timedelta(days=28))
    assert abs(after / before - (1 + action["planted_effect_pct"] / 100)) < 0.15


def test_only_active_customers_contact(truth_contacts, customers):
    frame = _customer_contacts(truth_contacts).merge(customers, on="customer_id")
    until = frame["customer_until"].replace("", "2999-12-31")
    assert (frame["customer_since"] <= frame["date"].astype(str)).all()
    assert (frame["date"].astype(str) < until).all()


def test_migration_uplift_matches_the_plan(truth, truth_contacts, customers):
    for name, wave in truth["migration_waves"].items():
        assert wave["customers"] == (customers["migration_wave"] == name).sum() > 0
        extra = (truth_contacts["uplift_wave"] == name).sum()
        expected = wave["expected_extra_contacts"]
        assert abs(extra - expected) <= 4 * expected ** 0.5 + 3
        assert wave["uplift_pct_by_week"][:5] == [80, 50, 30, 15, 0]


def test_satisfaction_is_lower_for_customers_with_a_heavy_signal(truth):
    top = truth["signals"][truth["highest_impact_signal"]]
    assert top["observed_csat_gap"] > 0.5 * top["csat_penalty"]
    assert truth["signals"]["other"]["csat_penalty"] == 0
