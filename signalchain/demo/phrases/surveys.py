"""Short survey comments: per signal (a complaint about that problem) and generic praise or remarks."""

SURVEY_COMMENTS = {
    "price_unclear": ["Prijzen op de site zijn onduidelijk", "Na de actie veel duurder dan gedacht", "geen idee wat ik ga betalen"],
    "coverage_question": ["Dekking bij mij thuis valt tegen", "Nog steeds geen glasvezel in de straat", "Weinig bereik op mijn adres"],
    "order_not_confirmed": ["Nooit een orderbevestiging gehad", "bestelling was onduidelijk, geen bevestiging", "Wist niet of mijn bestelling gelukt was"],
    "porting_request_problem": ["Nummerbehoud was een drama", "Nummer meenemen lukte pas na 3 pogingen", "overzetten nummer erg omslachtig"],
    "sim_not_delivered": ["Simkaart kwam veel te laat", "Pakket is nooit aangekomen", "Wachten op mijn sim duurde weken"],
    "delivery_appointment": ["Koerier kwam niet opdagen", "Bezorgafspraak niet nagekomen", "Hele dag voor niks thuis gebleven"],
    "id_check_failed": ["ID-controle bij de deur was belachelijk", "Pakket geweigerd door fout in mijn gegevens", "Koerier accepteerde mijn ID niet"],
    "activation_failed": ["Activatie ging helemaal mis", "Dagen zonder werkende sim", "overstap mislukt, nog steeds boos"],
    "network_outage": ["Te veel storingen", "Slecht bereik in huis", "Weer een storing, dit moet beter", "Verbinding valt steeds weg"],
    "slow_internet": ["Internet is te traag", "Snelheid haalt het niet bij wat beloofd is", "wifi erg traag"],
    "app_login_problem": ["App werkt niet", "Inloggen lukt nooit in één keer", "Mijn omgeving is onbruikbaar"],
    "invoice_unclear": ["Factuur is onduidelijk", "Ik snap de rekening nog steeds niet", "Factuur moet veel simpeler"],
    "unexpected_charges": ["Onverwachte kosten op de factuur", "Kosten die nergens vermeld stonden", "Voelde me opgelicht door extra kosten"],
    "double_debit": ["Twee keer afgeschreven, nog niet terug", "Dubbele incasso is slordig", "wacht nog op mijn geld"],
    "payment_arrangement": ["Weinig begrip voor mijn situatie", "Regeling treffen was lastig", "Aanmaning voelde als dreigement"],
    "moving_house": ["Verhuizing slecht geregeld", "Weken zonder internet na verhuizing", "Adreswijziging niet verwerkt"],
    "subscription_change": ["Wijziging duurde lang", "Abonnement aanpassen was omslachtig", "Verkeerde bundel ingesteld"],
    "callback_not_kept": ["Niet teruggebeld zoals beloofd", "Afspraken worden niet nagekomen", "Wacht nog steeds op een belletje"],
    "no_response": ["Nooit antwoord op mijn mail", "Geen reactie op mijn klacht", "Alleen automatische antwoorden"],
    "long_waiting_time": ["Veel te lang in de wacht", "Wachttijd was een uur", "Onbereikbare klantenservice"],
    "repeated_explanation": ["Moest alles drie keer uitleggen", "Niemand weet wat de vorige collega deed", "Van het kastje naar de muur"],
    "cancellation_request": ["Opzeggen werd moeilijk gemaakt", "Ik wilde gewoon opzeggen zonder verkooppraatje", "opzeggen duurde te lang"],
    "cancellation_not_processed": ["Opzegging niet verwerkt", "Na opzeggen nog steeds betalen", "Annulering genegeerd"],
    "final_invoice": ["Eindafrekening klopt niet", "Tegoed nog steeds niet terug", "Eindfactuur te hoog"],
}

PRAISE = [
    "Snel en vriendelijk geholpen", "Prima service", "Top, dank je wel!", "Medewerker was erg behulpzaam",
    "Goed geholpen, probleem opgelost", "Heel fijn contact", "Duidelijke uitleg gekregen", "Tevreden",
    "Alles werkt weer, bedankt", "Vlot geregeld", "Vriendelijke dame aan de telefoon", "Netjes opgelost",
    "Goede service, zo hoort het", "Snel antwoord in de chat", "Ik ben al jaren tevreden klant", "Super!",
    "Fijne app", "Internet werkt prima", "Geen klachten", "Prima",
]

NEUTRAL = [
    "Geen opmerkingen", "n.v.t.", "-", "Gaat wel", "Redelijk geholpen", "Het duurde even maar het is gelukt",
    "Prijs mag wat lager", "ok", "Niets aan toe te voegen", "Kan beter",
]

PRAISE_EN = ["Quick and friendly help", "Great service, thanks", "Problem solved, happy", "Good"]
