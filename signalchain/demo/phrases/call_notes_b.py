"""Terse agent call notes (problem part, agent action part) for bill, change, service and leave."""

CALL_NOTES_B = {
    "invoice_unclear": (
        ["kl belt ivm factuur", "factuur onduidelijk", "vraag over opbouw factuur", "snapt naberekening niet",
         "fact hoger dan verwacht", "vraag pro rata op fact", "korting niet zichtbaar op fact", "twee periodes op 1 factuur",
         "vraag over toestelaflossing op fact"],
        ["uitleg gegeven", "factuur doorgenomen", "specificatie gemaild", "kl begrijpt het nu", "fact klopt, uitgelegd"],
    ),
    "unexpected_charges": (
        ["onverwachte kosten op fact", "buitenbundel kosten {amount}", "roamingkosten, kl niet in buitenland",
         "kosten betaalde sms dienst", "aansluitkosten niet verwacht", "kosten 0900 nrs betwist", "extra kosten na verlagen bundel",
         "verzendkosten onterecht"],
        ["kosten gecrediteerd", "{amount} gecrediteerd", "premium sms geblokkeerd", "uitleg gegeven, kosten terecht",
         "creditnota aangevraagd"],
    ),
    "double_debit": (
        ["dubbele afschrijving", "2x geincasseerd {amount}", "te veel afgeschreven", "betaald en ook geincasseerd",
         "kl staat rood door dubbele incasso", "terugbetaling dubbele afschr nog niet ontv", "jaarbedrag ineens afgeschreven"],
        ["terugstorting aangevraagd", "bedrag teruggestort", "incasso gecorrigeerd", "doorgezet naar debiteuren",
         "bankkosten vergoed"],
    ),
    "payment_arrangement": (
        ["vraagt betalingsregeling", "aanmaning ontv", "achterstand, wil in termijnen betalen", "incassobureau ingeschakeld",
         "deurwaarder brief ontv", "tel geblokkeerd ivm achterstand", "uitstel betaling gevraagd", "regeling stopgezet"],
        ["regeling getroffen 3 termijnen", "betaalregeling ingesteld", "blokkade opgeheven", "doorgezet naar debiteuren",
         "incassodatum verzet"],
    ),
    "moving_house": (
        ["verhuizing doorgeven", "kl verhuist per {date}", "adreswijziging niet verwerkt", "geen glasvezel op nieuw adres",
         "monteur op verkeerd adres", "vraag verhuiskosten", "verhuisformulier geeft fout", "verhuist naar buitenland"],
        ["verhuizing ingevoerd", "adres aangepast", "installatie ingepland nieuw adres", "opties uitgelegd",
         "verhuisorder gecorrigeerd"],
    ),
    "subscription_change": (
        ["wil abo wijzigen", "bundel verhogen", "bundel verlagen", "overstap naar sim only", "extra sim erbij",
         "wijziging via app niet doorgevoerd", "vraag verlengopties", "tv pakket erbij"],
        ["abo aangepast", "bundel gewijzigd per volgende maand", "verlengaanbod gedaan", "extra sim besteld",
         "wijziging alsnog doorgevoerd"],
    ),
    "callback_not_kept": (
        ["niet teruggebeld", "terugbelafspraak niet nagekomen", "zou binnen 24u gebeld worden, niet gebeurd",
         "2e keer geen terugbelactie", "tl zou terugbellen, niet gedaan", "terugbelverzoek website niet opgepakt"],
        ["excuses gemaakt", "nieuwe terugbelafspraak gepland", "escalatie naar tl", "zelf afgehandeld",
         "kl boos, compensatie aangeboden"],
    ),
    "no_response": (
        ["geen reactie op mail", "klacht niet beantwoord", "alleen automatisch antwoord ontv", "wacht al weken op reactie",
         "chat gesloten zonder antwoord", "bericht via social niet beantwoord", "ticket staat al weken open"],
        ["mail opgezocht en afgehandeld", "ticket geescaleerd", "excuses aangeboden", "reactie binnen 2 dgn toegezegd",
         "doorgezet naar klachtenteam"],
    ),
    "long_waiting_time": (
        ["klaagt over wachttijd", "{minutes} min in de wacht gestaan", "lange wachttijd, verbinding verbroken",
         "kon niet doorkomen", "wachttijd chat te lang", "kl geirriteerd over wachttijd"],
        ["excuses gemaakt", "feedback genoteerd", "kl gewezen op terugbeloptie", "tip: bellen buiten piekuren",
         "vraag alsnog afgehandeld"],
    ),
    "repeated_explanation": (
        ["moet verhaal steeds opnieuw doen", "al {times} keer gebeld zelfde probleem", "geen notities vorig gesprek",
         "van kastje naar muur", "steeds doorverbonden", "nieuw ticket ipv oude opgepakt"],
        ["dossier compleet gemaakt", "vast aanspreekpunt toegewezen", "ticket samengevoegd", "escalatie naar 2e lijn",
         "excuses gemaakt"],
    ),
    "cancellation_request": (
        ["wil opzeggen", "opzegverzoek abo", "contract loopt af, wil niet verlengen", "opzeggen ivm overstap {provider}",
         "opzeggen ivm overlijden", "opzeggen ivm verhuizing buitenland", "vraag opzegtermijn", "wil tv opzeggen"],
        ["opzegging verwerkt", "behoudaanbod gedaan, kl zegt toch op", "behoudaanbod geaccepteerd", "opzegbevestiging gestuurd",
         "opzegtermijn uitgelegd"],
    ),
    "cancellation_not_processed": (
        ["opzegging niet verwerkt", "na opzegging nog steeds afschrijving", "annulering order niet verwerkt",
         "opzegging niet in systeem", "abo stilzwijgend verlengd", "factuur na annulering bedenktijd",
         "modem retour maar nog maandkosten"],
        ["opzegging alsnog verwerkt", "bedrag gecrediteerd", "opzegdatum gecorrigeerd", "doorgezet naar backoffice",
         "excuses en creditnota"],
    ),
    "final_invoice": (
        ["vraag over eindafrekening", "eindfact onduidelijk", "eindafrekening {amount} te hoog", "restwaarde toestel te hoog",
         "tegoed eindafrekening niet ontv", "modem retour maar kosten op eindfact", "eindfactuur nog niet ontv"],
        ["eindafrekening uitgelegd", "eindfact gecorrigeerd", "tegoed teruggestort", "retour modem bevestigd, kosten vervallen",
         "specificatie gemaild"],
    ),
}
