"""Small, deterministic labelled Dutch texts for fast tests (the demo generator is for scale)."""

from __future__ import annotations

import random

import pandas as pd

KEY_PHRASES = {
    "price_unclear": ["wat kost het aanbod precies", "de prijs van de actie is onduidelijk"],
    "coverage_question": ["is er dekking op mijn adres", "hebben jullie glasvezel in mijn straat"],
    "order_not_confirmed": ["geen orderbevestiging ontvangen", "bestelling niet bevestigd"],
    "porting_request_problem": ["nummerbehoud aanvragen lukt niet", "nummer meenemen wordt afgewezen"],
    "sim_not_delivered": ["simkaart niet geleverd", "toestel nooit aangekomen"],
    "delivery_appointment": ["koerier kwam niet op de afspraak", "bezorgafspraak verzetten"],
    "id_check_failed": ["identiteitscontrole mislukt bij levering", "legitimatie klopte niet bij de bezorger"],
    "activation_failed": ["nieuwe simkaart werkt niet na activatie", "overstap mislukt nummer doet het niet"],
    "network_outage": ["storing geen bereik", "gesprekken vallen weg geen netwerk"],
    "slow_internet": ["internet is heel traag", "mobiele data erg langzaam"],
    "app_login_problem": ["inloggen in de app lukt niet", "kan niet inloggen op mijn omgeving"],
    "invoice_unclear": ["factuur is onduidelijk", "ik begrijp de regels op mijn rekening niet"],
    "unexpected_charges": ["onverwachte kosten buiten de bundel", "extra kosten op de factuur"],
    "double_debit": ["twee keer afgeschreven", "dubbele incasso van mijn rekening"],
    "payment_arrangement": ["betalingsregeling treffen", "aanmaning ontvangen kan ik in termijnen betalen"],
    "moving_house": ["ik ga verhuizen naar een nieuw adres", "verhuizing doorgeven"],
    "subscription_change": ["abonnement upgraden", "bundel wijzigen naar meer data"],
    "callback_not_kept": ["niet teruggebeld zoals beloofd", "terugbelafspraak niet nagekomen"],
    "no_response": ["geen reactie op mijn mail", "nog steeds geen antwoord op mijn klacht"],
    "long_waiting_time": ["lang in de wacht gestaan", "wachttijd aan de telefoon was een uur"],
    "repeated_explanation": ["steeds opnieuw mijn verhaal uitleggen", "elke medewerker vraagt hetzelfde opnieuw"],
    "cancellation_request": ["ik wil mijn abonnement opzeggen", "contract beeindigen graag"],
    "cancellation_not_processed": ["opzegging niet verwerkt", "annulering niet doorgevoerd"],
    "final_invoice": ["eindafrekening klopt niet", "laatste factuur na opzeggen te hoog"],
    "other": ["testbericht graag negeren", "interne notitie over de lunch"],
}
OPENERS = ["", "hallo, ", "Goedemiddag, ", "beste, ", "Hoi ", "Geachte heer/mevrouw, "]
CLOSERS = ["", ".", "!!", " graag snel hulp", " dit is de tweede keer", " wat nu?", " mvg"]


def labelled_texts(per_signal: int = 12, seed: int = 0, signals: list[str] | None = None) -> pd.DataFrame:
    """Columns text, signal_id: key phrases in varied frames, deterministic for a seed."""
    rng = random.Random(seed)
    rows = []
    for signal in signals or list(KEY_PHRASES):
        for _ in range(per_signal):
            text = rng.choice(OPENERS) + rng.choice(KEY_PHRASES[signal]) + rng.choice(CLOSERS)
            rows.append({"text": text, "signal_id": signal})
    return pd.DataFrame(rows)


SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "ze", "pi", "du", "bra", "gle", "sto", "fin"]
KEY_WORDS_PER_SIGNAL = 3


def _invented_word(number: int) -> str:
    word = ""
    for _ in range(3):
        number, digit = divmod(number, len(SYLLABLES))
        word += SYLLABLES[digit]
    return word


def invented_texts(signals: list[str], per_signal: int = 8, seed: int = 0) -> pd.DataFrame:
    """Columns text, signal_id, origin for any list of signals (any taxonomy, any size): each signal
    has invented key words of its own, two of which stand in each text, in varied frames."""
    rng = random.Random(seed)
    rows = []
    for index, signal in enumerate(signals):
        words = [_invented_word(index * KEY_WORDS_PER_SIGNAL + k) for k in range(KEY_WORDS_PER_SIGNAL)]
        for _ in range(per_signal):
            text = rng.choice(OPENERS) + " ".join(rng.sample(words, 2)) + rng.choice(CLOSERS)
            rows.append({"text": text, "signal_id": signal, "origin": "label"})
    return pd.DataFrame(rows)
