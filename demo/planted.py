"""The planted truth as data: rates, penalties, channel mixes, actions, dip and migration waves.

These numbers are what the generated data really follows; truth.json reports them (and the
expected counts derived from them) so tests and demos can check the pipeline finds them back.
"""

from __future__ import annotations

# signal -> (contacts per 1,000 active customers per day, CSAT penalty in points, weekday profile, channel profile)
SIGNALS = {
    "price_unclear": (1.2, 0.3, "office", "sales"),
    "coverage_question": (0.6, 0.2, "office", "sales"),
    "order_not_confirmed": (0.7, 0.6, "office", "order"),
    "porting_request_problem": (0.6, 0.8, "office", "order"),
    "sim_not_delivered": (1.0, 1.0, "delivery", "deliver"),
    "delivery_appointment": (0.6, 0.7, "delivery", "deliver"),
    "id_check_failed": (0.4, 0.9, "delivery", "deliver"),
    "activation_failed": (0.8, 1.1, "delivery", "deliver"),
    "network_outage": (4.0, 1.8, "usage", "tech"),
    "slow_internet": (2.4, 0.8, "usage", "tech"),
    "app_login_problem": (1.8, 0.5, "usage", "app"),
    "invoice_unclear": (3.0, 0.9, "billing", "bill"),
    "unexpected_charges": (1.8, 1.0, "billing", "bill"),
    "double_debit": (0.6, 1.2, "billing", "bill"),
    "payment_arrangement": (1.1, 0.4, "billing", "bill"),
    "moving_house": (1.2, 0.5, "office", "change"),
    "subscription_change": (2.0, 0.2, "office", "change"),
    "callback_not_kept": (0.5, 1.5, "office", "service"),
    "no_response": (0.6, 1.6, "office", "service"),
    "long_waiting_time": (1.0, 1.2, "office", "service"),
    "repeated_explanation": (0.5, 1.4, "office", "service"),
    "cancellation_request": (1.4, 0.6, "leave", "leave"),
    "cancellation_not_processed": (0.4, 1.3, "leave", "leave"),
    "final_invoice": (0.5, 0.7, "leave", "leave"),
    "other": (0.26, 0.0, "flat", "other"),
}

# Monday..Sunday, before normalising to a mean of 1.
WEEKDAY_PROFILES = {
    "office": (1.30, 1.15, 1.10, 1.10, 1.00, 0.75, 0.60),
    "billing": (1.45, 1.20, 1.05, 1.00, 0.95, 0.75, 0.60),
    "usage": (1.10, 1.05, 1.05, 1.05, 1.00, 0.90, 0.85),
    "delivery": (1.25, 1.20, 1.15, 1.10, 1.10, 0.80, 0.40),
    "leave": (1.35, 1.15, 1.10, 1.05, 1.00, 0.75, 0.60),
    "flat": (1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
}

# Where a contact lands: (source, channel). The channel names are those of channels.csv.
CHANNEL_OPTIONS = (
    ("call", "phone"), ("mail", "email"), ("mail", "webform"), ("mail", "chat"), ("mail", "social"),
    ("mail", "app"), ("complaint", "webform"), ("complaint", "letter"), ("complaint", "email"),
)

# profile -> (share by phone, share as complaint, mail channel mix email/webform/chat/social/app)
CHANNEL_PROFILES = {
    "sales": (0.45, 0.01, (0.30, 0.20, 0.35, 0.10, 0.05)),
    "order": (0.55, 0.02, (0.40, 0.25, 0.25, 0.05, 0.05)),
    "deliver": (0.60, 0.03, (0.35, 0.20, 0.30, 0.10, 0.05)),
    "tech": (0.62, 0.03, (0.25, 0.15, 0.30, 0.15, 0.15)),
    "app": (0.45, 0.02, (0.25, 0.15, 0.35, 0.10, 0.15)),
    "bill": (0.58, 0.08, (0.45, 0.20, 0.15, 0.05, 0.15)),
    "change": (0.50, 0.02, (0.35, 0.30, 0.20, 0.05, 0.10)),
    "service": (0.45, 0.25, (0.50, 0.20, 0.10, 0.20, 0.00)),
    "leave": (0.55, 0.15, (0.50, 0.30, 0.10, 0.05, 0.05)),
    "other": (0.40, 0.02, (0.60, 0.25, 0.05, 0.10, 0.00)),
}
COMPLAINT_CHANNEL_MIX = (0.55, 0.15, 0.30)  # webform, letter, email

# Improvement actions. `at` is a fraction of the period, or ("days_before_end", n). After go-live the signal's
# volume and its CSAT penalty both scale by (1 + effect_pct/100), and surveys on the signal's journey step
# score `step_csat_gain` CSAT points higher (NPS and CES shifted by their multipliers).
ACTIONS = (
    dict(action_id="ACT-001", signal_id="invoice_unclear", at=0.55, effect_pct=-40, verdict="improved",
         title="Nieuwe factuur met uitleg per kostenpost en één totaalbedrag", owner="Team Facturatie",
         cost_eur=85000.0, status="live", step_csat_gain=0.3),
    dict(action_id="ACT-002", signal_id="delivery_appointment", at=0.70, effect_pct=0, verdict="no_change",
         title="Bezorgvenster zelf kiezen via sms (2 uur tijdvak)", owner="Team Levering & Logistiek",
         cost_eur=32500.0, status="live", step_csat_gain=0.0),
    dict(action_id="ACT-003", signal_id="sim_not_delivered", at=("days_before_end", 10), effect_pct=-30,
         verdict="too_early", title="Track & trace-sms bij verzending simkaart", owner="Team Levering & Logistiek",
         cost_eur=12000.0, status="live", step_csat_gain=0.0),
)

# Route B's business case: the estimate made when an action was planned, as a share of its cost,
# and the days from go-live until the roll-out is done.
ACTION_ESTIMATE_FACTOR = 0.8
ACTION_ROLLOUT_DAYS = 21

# A seasonal dip in a signal no action targets, starting exactly at ACT-002's go-live.
DIP = dict(signal_id="subscription_change", starts_with_action="ACT-002", days=42, factor=0.5)

# Migration waves: share of customers and position in the period.
WAVES = (("wave_1", 0.40, 0.10), ("wave_2", 0.75, 0.10))
UPLIFT_PCT_BY_WEEK = (80, 50, 30, 15)  # extra contacts in weeks 0,1,2,3 since migration; 0 afterwards
# The extra contacts go to these signals in these proportions (mostly usage and billing).
UPLIFT_WEIGHTS = {"network_outage": 3, "slow_internet": 2, "app_login_problem": 3, "unexpected_charges": 2,
                  "double_debit": 1, "long_waiting_time": 1}

# Customer base dynamics.
JOINER_SHARE = 0.07  # of all customers, joining during the period
LEAVER_SHARE = 0.12  # of customers present at the start, leaving during the period
BUSINESS_SHARE = 0.12
PRODUCTS = (("mobiel", 0.55), ("thuis", 0.20), ("combi", 0.25))

# Contacts.
REPEAT_SHARE = 0.12  # contacts that follow up an earlier one of the same customer on the same signal (<= 7 days)
SECONDARY_SHARE = 0.08
ENGLISH_SHARE = 0.06  # of mails and complaints

# Surveys: CSAT = base + sd * e - penalty; NPS and CES follow the same latent e and penalty.
SURVEY_SHARE = 0.15
RELATIONSHIP_RATE_PER_1000 = 2.0  # relationship surveys per 1,000 active customers per day
SURVEY_TYPES = (("NPS", 0.35), ("CSAT", 0.45), ("CES", 0.20))
SCORE_MODEL = {"CSAT": (7.5, 1.3, 1.0, 1, 10), "NPS": (7.8, 1.8, 1.3, 0, 10), "CES": (5.3, 0.9, 0.55, 1, 7)}
# type -> (base, sd, penalty multiplier, min, max)
COMMENT_SHARE = {"post_contact": 0.35, "relationship": 0.25}
