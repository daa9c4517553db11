"""Per-customer fake identity, fixed across all of a customer's contacts (same name, phone, IBAN)."""

from __future__ import annotations

import numpy as np

from demo.phrases import bank
from demo.text import pii

names = bank("names")


class Personas:
    """Index arrays per customer; strings are formatted only for the contacts that mention them."""

    def __init__(self, n: int, rng: np.random.Generator):
        self.female = rng.random(n) < 0.5
        self.first = np.where(self.female, rng.integers(0, len(names.FIRST_NAMES_F), n),
                              rng.integers(0, len(names.FIRST_NAMES_M), n))
        self.last = rng.integers(0, len(names.LAST_NAMES), n)
        self.mobile = rng.integers(10_000_000, 100_000_000, n)
        self.area = rng.integers(0, len(names.AREA_CODES), n)
        self.landline = rng.integers(1_000_000, 10_000_000, n)
        self.bank = rng.integers(0, len(names.BANK_CODES), n)
        self.account = rng.integers(100_000_000, 10_000_000_000, n)
        self.postcode = rng.integers(1000, 10000, n)
        self.letters = rng.integers(0, len(pii.POSTCODE_LETTERS), n)
        self.house = np.minimum(rng.geometric(0.04, n), 250)
        self.street = rng.integers(0, len(names.STREETS), n)
        self.city = rng.integers(0, len(names.CITIES), n)
        self.mail_style = rng.integers(0, 4, n)
        self.mail_domain = rng.integers(0, len(names.MAIL_DOMAINS), n)
        self.birth_year = rng.integers(40, 100, n)

    def first_name(self, c: int) -> str:
        return (names.FIRST_NAMES_F if self.female[c] else names.FIRST_NAMES_M)[self.first[c]]

    def last_name(self, c: int) -> str:
        return names.LAST_NAMES[self.last[c]]

    def signature(self, c: int, style: int) -> str:
        first, last = self.first_name(c), self.last_name(c)
        capital = last[0].upper() + last[1:]
        title = "Mevr." if self.female[c] else "Dhr."
        return (f"{first} {last}", f"{first[0]}. {last}", first, f"{first} {last}", first.lower(),
                f"Fam. {capital}", f"{title} {capital}", f"{first} {last[0].upper()}.")[style % 8]

    def salutation_name(self, c: int) -> str:
        return f"{'mevr' if self.female[c] else 'dhr'} {self.last_name(c)}"

    def phone(self, c: int, style: int) -> str:
        return pii.mobile(int(self.mobile[c]), style)

    def landline_number(self, c: int) -> str:
        return pii.landline(names.AREA_CODES[self.area[c]], int(self.landline[c]))

    def email(self, c: int) -> str:
        first = self.first_name(c).lower()
        last = self.last_name(c).lower().replace(" ", "").replace("ö", "o")
        local = (f"{first}.{last}", f"{first[0]}{last}{self.birth_year[c]}", f"{first}{self.birth_year[c]}",
                 f"{first}_{last}")[self.mail_style[c]]
        return f"{local}@{names.MAIL_DOMAINS[self.mail_domain[c]]}"

    def iban(self, c: int, spaced: bool) -> str:
        return pii.iban(names.BANK_CODES[self.bank[c]], int(self.account[c]), spaced)

    def street_name(self, c: int) -> str:
        return names.STREETS[self.street[c]]

    def city_name(self, c: int) -> str:
        return names.CITIES[self.city[c]]

    def postcode_text(self, c: int, compact: bool) -> str:
        return pii.postcode(int(self.postcode[c]), int(self.letters[c]), compact)
