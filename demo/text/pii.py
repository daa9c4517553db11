"""Fake but valid-looking Dutch personal data: IBANs (mod-97), BSNs (11-test), phones, postcodes.

Order numbers are 9 digits that deliberately FAIL the 11-test, so a redactor that looks for
BSNs by their check must leave them alone.
"""

from __future__ import annotations

import numpy as np

POSTCODE_LETTERS = [a + b for a in "ABCDEFGHJKLMNPRTVWXZ" for b in "ABCDEFGHJKLMNPRSTVWXZ"
                    if a + b not in ("SA", "SD", "SS")]


def iban_check_digits(bank: str, account: str, country: str = "NL") -> str:
    digits = "".join(str(int(ch, 36)) for ch in bank + account + country) + "00"
    return f"{98 - int(digits) % 97:02d}"


def iban(bank: str, account: int, spaced: bool) -> str:
    acc = f"{account:010d}"
    compact = f"NL{iban_check_digits(bank, acc)}{bank}{acc}"
    return " ".join(compact[i:i + 4] for i in range(0, 18, 4)) if spaced else compact


def is_valid_iban(text: str) -> bool:
    compact = text.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def passes_eleven_test(number: str) -> bool:
    digits = [int(d) for d in number]
    return len(digits) == 9 and (sum(d * w for d, w in zip(digits, range(9, 1, -1))) - digits[8]) % 11 == 0


def bsns(rng: np.random.Generator, n: int) -> list[str]:
    """Nine-digit numbers that pass the 11-test (first digit non-zero)."""
    out: list[str] = []
    weights = np.arange(9, 1, -1)
    while len(out) < n:
        head = rng.integers(0, 10, (n, 8))
        head[:, 0] = rng.integers(1, 10, n)
        last = (head @ weights) % 11
        for row, check in zip(head.tolist(), last.tolist()):
            if check < 10 and len(out) < n:
                out.append("".join(map(str, row)) + str(check))
    return out


def order_numbers(rng: np.random.Generator, n: int) -> list[str]:
    """Nine-digit order numbers that fail the 11-test."""
    numbers = rng.integers(100_000_000, 1_000_000_000, n).tolist()
    out = []
    for number in numbers:
        text = str(number)
        if passes_eleven_test(text):
            text = text[:8] + str((int(text[8]) + 1) % 10)
        out.append(text)
    return out


def mobile(number: int, style: int) -> str:
    """A Dutch mobile number (06 + 8 digits) in one of the ways people write it."""
    d = f"{number:08d}"
    return (f"06-{d}", f"06{d}", f"06 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}", f"+31 6 {d}", f"+316{d}",
            f"06 - {d}", f"(06) {d}")[style % 7]


def landline(area: str, number: int) -> str:
    width = 10 - len(area)
    return f"{area}-{number % 10 ** width:0{width}d}"


def postcode(number: int, letters: int, compact: bool) -> str:
    pair = POSTCODE_LETTERS[letters % len(POSTCODE_LETTERS)]
    return f"{number}{pair}" if compact else f"{number} {pair}"
