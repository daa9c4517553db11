"""Hand-made raw input: each contact exists to test one rule (see the comment beside it).

Batch 1 is the first night; batch 2 the second: new contacts, a re-delivered changed call, a
late call that moves repeat flags, and a tag and a label arriving for old contacts.
"""

BATCH_1_AT = "2024-06-01 02:00:00+00"
BATCH_2_AT = "2024-06-02 02:00:00+00"

PHONE = "06-12345678"
LANDLINE = "020-1234567"
EMAIL = "jan.jansen@example.nl"
EMAIL_2 = "piet@voorbeeld.nl"
IBAN = "NL91ABNA0417164300"
PII = [PHONE, LANDLINE, EMAIL, EMAIL_2, IBAN]


def _call(call_id, customer_id, started_at, code, notes=None):
    return {"call_id": call_id, "customer_id": customer_id, "started_at": started_at, "duration_seconds": 300,
            "queue": "algemeen", "wrap_up_code": code, "notes": notes}


CUSTOMERS_1 = [
    {"customer_id": f"KL-10000{i}", "segment": "consument", "product": "mobiel", "customer_since": "2020-01-01",
     "migration_wave": "wave_1" if i < 3 else None, "migrated_at": "2024-04-01" if i < 3 else None}
    for i in range(1, 5)
]

CALLS_1 = [
    # repeat window on invoice_unclear for KL-100001: R2 exactly 168 h after R1 (repeat, the boundary
    # counts), R3 168 h + 1 s after R2 (not a repeat), R4 an hour later on another signal (not a repeat)
    _call("CALL-R1", "KL-100001", "2024-03-04 09:00:00+01:00", "FACT-UITLEG", f"Klant belde vanaf {PHONE}"),
    _call("CALL-R2", "KL-100001", "2024-03-11 09:00:00+01:00", "FACT-UITLEG", f"Uitleg gemaild naar {EMAIL}"),
    _call("CALL-R3", "KL-100001", "2024-03-18 09:00:01+01:00", "FACT-UITLEG", f"Terugbetaling naar {IBAN}"),
    _call("CALL-R4", "KL-100001", "2024-03-18 10:00:00+01:00", "FACT-DUBBEL", "klantnummer kl-100001 gecheckt"),
    # another customer on the same signal the same day: not a repeat
    _call("CALL-R7", "KL-100002", "2024-03-18 12:00:00+01:00", "FACT-UITLEG"),
    # the window is 7 x 24 hours, not 7 calendar days: across the autumn DST change, 7 local days are
    # 169 h (not a repeat, KL-100003) and 6 days 22 local hours are 167 h (a repeat, KL-100004)
    _call("CALL-D1", "KL-100003", "2024-10-24 12:00:00+02:00", "NW-STORING"),
    _call("CALL-D2", "KL-100003", "2024-10-31 12:00:00+01:00", "NW-STORING"),
    _call("CALL-E1", "KL-100004", "2024-10-24 12:00:00+02:00", "NW-STORING"),
    _call("CALL-E2", "KL-100004", "2024-10-31 10:00:00+01:00", "NW-STORING"),
    # unknown signals are never repeats; KL-100005 is not in the customer register
    _call("CALL-U1", "KL-100005", "2024-04-01 09:00:00+02:00", "OVERIG", "klant wil opzeggen"),
    _call("CALL-U2", "KL-100005", "2024-04-01 10:00:00+02:00", "OVERIG"),
    # signal order: a label beats the wrap-up code and the tag
    _call("CALL-P1", "KL-100002", "2024-05-01 10:00:00+02:00", "FACT-UITLEG"),
    # a signal-level wrap-up code beats the tag
    _call("CALL-P2", "KL-100002", "2024-05-02 10:00:00+02:00", "NW-STORING", "geen bereik thuis"),
    # a coarse code gives no signal; the tag abstains; the step comes from the code, not the tag
    _call("CALL-P3", "KL-100002", "2024-05-03 10:00:00+02:00", "factuur "),
]

MAILS_1 = [
    # a label with contact_id makes this a repeat of CALL-R3 across sources
    {"mail_id": "MAIL-R5", "customer_id": "KL-100001", "received_at": "2024-03-18 11:00:00+01:00",
     "subject": "Factuur", "body": f"Nog steeds onduidelijk. Groet, Jan ({EMAIL})"},
    # the classifier abstains on the signal but is sure of the step
    {"mail_id": "MAIL-P4", "customer_id": "KL-100002", "received_at": "2024-05-04 10:00:00+02:00",
     "body": "Waar blijft mijn pakket?", "channel": "Chat"},
    # no tag at all: unknown, no step
    {"mail_id": "MAIL-P5", "customer_id": "KL-100002", "received_at": "2024-05-05 10:00:00+02:00",
     "body": "Ik kan niet inloggen", "channel": None},
]

COMPLAINTS_1 = [
    {"complaint_id": "CMP-P9", "customer_id": "KL-100004", "filed_at": "2024-05-08 10:00:00+02:00",
     "text": "Mijn naam is Piet de Vries. Jullie reclame is irritant.", "channel": None},
]

SURVEYS_1 = [
    # a survey comment is a contact, never a repeat, even when tagged with the same signal
    {"response_id": "RSP-R6", "customer_id": "KL-100001", "responded_at": "2024-03-18 12:00:00+01:00",
     "survey_type": "CSAT", "score": 4, "touchpoint": "factuur", "comment": "Slechte uitleg"},
    # a comment without a tag lands on the touchpoint's step
    {"response_id": "RSP-P6", "customer_id": "KL-100002", "responded_at": "2024-05-06 10:00:00+02:00",
     "survey_type": "NPS", "score": 3, "touchpoint": "Factuur", "comment": f"Bel me op {LANDLINE}"},
    # no comment: a survey response only, on the step of the contact it asks about
    {"response_id": "RSP-P7", "customer_id": "KL-100002", "responded_at": "2024-05-07 10:00:00+02:00",
     "survey_type": "NPS", "score": 9, "contact_id": "CALL-P1"},
    {"response_id": "RSP-P8", "customer_id": "KL-100003", "responded_at": "2024-05-07 11:00:00+02:00",
     "survey_type": "CES", "score": 6},
]

LABELS_1 = [
    {"text": "Factuur nog steeds onduidelijk", "signal_id": "invoice_unclear", "contact_id": "MAIL-R5"},
    # the qualified id, as the review queue writes it; the other references use the source's own id
    {"text": "dubbel afgeschreven", "signal_id": "double_debit", "contact_id": "call:CALL-P1"},
    {"text": "mijn factuur is te hoog", "signal_id": "unexpected_charges"},
]

_TAGGED_1 = "2024-06-01 03:00:00+00"
TAGS_1 = [
    ("survey:RSP-R6", "invoice_unclear", 0.9, "bill", 0.9, None, "v1", _TAGGED_1),
    ("call:CALL-P1", "network_outage", 0.95, "use", 0.95, None, "v1", _TAGGED_1),
    ("call:CALL-P2", "invoice_unclear", 0.8, "bill", 0.8, None, "v1", _TAGGED_1),
    ("call:CALL-P3", "unknown", 0.3, "use", 0.7, None, "v1", _TAGGED_1),
    ("mail:MAIL-P4", "unknown", 0.4, "deliver", 0.8, "sim_not_delivered", "v1", _TAGGED_1),
    ("complaint:CMP-P9", "other", 0.9, None, None, None, "v1", _TAGGED_1),
]

CALLS_2 = [
    _call("CALL-N1", "KL-100006", "2024-05-20 10:00:00+02:00", "NW-TRAAG"),
    # re-delivered with another wrap-up code: the contact is updated
    _call("CALL-P2", "KL-100002", "2024-05-02 10:00:00+02:00", "NW-TRAAG", "internet traag"),
    # a late call between R2 and R3: a repeat of R2 (167 h), and R3 becomes a repeat of it (1 h)
    _call("CALL-R3B", "KL-100001", "2024-03-18 08:00:01+01:00", "FACT-UITLEG"),
]

MAILS_2 = [
    {"mail_id": "MAIL-N2", "customer_id": "KL-100001", "received_at": "2024-05-21 10:00:00+02:00",
     "body": f"Mijn nieuwe adres is bekend bij {EMAIL_2}"},
]

LABELS_2 = [
    {"text": "klant wil opzeggen", "signal_id": "cancellation_request", "contact_id": "CALL-U1"},
]

TAGS_2 = [
    ("mail:MAIL-P5", "app_login_problem", 0.85, "use", 0.85, None, "v1", "2024-06-02 03:00:00+00"),
]

# what the second night must rewrite in fct_contacts, and nothing else
REWRITTEN_BY_BATCH_2 = {"call:CALL-N1", "mail:MAIL-N2", "call:CALL-P2", "call:CALL-R3B", "call:CALL-R3",
                        "mail:MAIL-P5", "call:CALL-U1"}

CUSTOMER_IDS = sorted({r["customer_id"] for rows in (CALLS_1, MAILS_1, COMPLAINTS_1, SURVEYS_1, CALLS_2, MAILS_2)
                       for r in rows})
