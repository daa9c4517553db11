"""Sentences with personal data for one contact, from the customer's persona."""

from __future__ import annotations

import numpy as np

from demo.phrases import bank
from demo.text import pii
from demo.text.persona import Personas


class PiiWriter:
    def __init__(self, personas: Personas, customer_ids: np.ndarray, rng: np.random.Generator):
        self.p, self.ids = personas, customer_ids
        self.bsns = pii.bsns(rng, 500)
        self.orders = pii.order_numbers(rng, 2000)

    def values(self, kind: str, c: int, x: float) -> dict[str, str]:
        p, style = self.p, int(x * 1e6)
        if kind == "phone":
            return {"phone": p.phone(c, style)}
        if kind == "landline":
            return {"landline": p.landline_number(c)}
        if kind == "email":
            return {"email": p.email(c)}
        if kind == "iban":
            return {"iban": p.iban(c, spaced=style % 2 == 0)}
        if kind == "address":
            return {"street": p.street_name(c), "house": str(p.house[c]), "city": p.city_name(c),
                    "postcode": p.postcode_text(c, compact=style % 3 == 0),
                    "postcode_compact": p.postcode_text(c, compact=True)}
        if kind == "bsn":
            return {"bsn": self.bsns[style % len(self.bsns)]}
        if kind == "order":
            return {"order": self.orders[style % len(self.orders)]}
        return {"customer": self.ids[c]}

    def sentence(self, kind: str, c: int, english: bool, x: float) -> str:
        sentences = bank("pii")
        templates = (sentences.PII_EN if english else sentences.PII_NL)[kind]
        return templates[int(x * len(templates))].format(**self.values(kind, c, x))
