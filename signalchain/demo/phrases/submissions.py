"""Employee submissions (route B): a signal seen on the floor, in the employee's own words."""

SUBMISSIONS = {
    "price_unclear": ["Klanten snappen de actieprijs op de site niet, veel vragen wat ze na 6 maanden betalen",
                      "Prijs in de winkel en online wijkt af, klanten voelen zich misleid"],
    "coverage_question": ["Veel vragen over glasvezel in nieuwbouwwijken, postcodecheck geeft niks",
                          "Dekkingskaart klopt niet in het buitengebied volgens meerdere klanten"],
    "order_not_confirmed": ["Klanten krijgen na online bestellen geen bevestigingsmail",
                            "Orders uit de winkel komen niet in Mijn omgeving, klanten bellen om te checken"],
    "porting_request_problem": ["Nummerbehoud aanvragen loopt vast als klant prepaid had bij oude provider",
                                "Formulier nummerbehoud weigert geldige ICC-nummers"],
    "sim_not_delivered": ["Veel simkaarten komen niet aan, track & trace zegt bezorgd",
                          "Vervangende simkaarten blijven hangen in het magazijn"],
    "delivery_appointment": ["Koeriers komen niet op de afgesproken tijd, klanten nemen vrij voor niks",
                             "Bezorgafspraak verzetten via sms-link werkt niet"],
    "id_check_failed": ["ID-check aan de deur faalt vaak bij namen met tussenvoegsel",
                        "Koeriers weigeren verblijfsdocumenten bij ID-controle"],
    "activation_failed": ["Na porting werkt de nieuwe sim vaak pas na een dag, klanten zijn onbereikbaar",
                          "eSIM activatie mislukt bij bepaalde toestellen"],
    "network_outage": ["Storingen in regio Oost worden niet op de storingspagina gezet",
                       "Klanten bellen massaal over wegvallende gesprekken bij een mast in de stad"],
    "slow_internet": ["Na de modemupdate klagen veel klanten over trage wifi",
                      "Avondspits: thuisinternet zakt in, klanten halen de helft van de snelheid"],
    "app_login_problem": ["Sms-code voor inloggen komt niet aan bij klanten met een nieuwe telefoon",
                          "App crasht bij inloggen sinds laatste release"],
    "invoice_unclear": ["Klanten begrijpen de nieuwe factuur niet, vooral de pro rata regels",
                        "Veel vragen over de naberekening op de factuur, uitleg ontbreekt"],
    "unexpected_charges": ["Klanten schrikken van roamingkosten buiten de EU, geen waarschuwing vooraf",
                           "Betaalde sms-diensten staan onverwacht op facturen"],
    "double_debit": ["Door de systeemwissel is bij een groep klanten dubbel geïncasseerd",
                     "Terugbetalingen van dubbele incasso's duren te lang"],
    "payment_arrangement": ["Klanten in de schuldhulp krijgen toch aanmaningen",
                            "Betalingsregeling instellen kost agents veel tijd, kan dit online?"],
    "moving_house": ["Verhuizingen worden niet goed doorgezet naar planning, monteur op oud adres",
                     "Klanten moeten verhuizing drie keer doorgeven"],
    "subscription_change": ["Bundelwijzigingen in de app worden niet doorgevoerd",
                            "Upgrade naar onbeperkt wordt pas volgende maand actief, klanten snappen dat niet"],
    "callback_not_kept": ["Terugbelverzoeken van de website komen nergens binnen",
                          "Terugbelafspraken 2e lijn worden niet nagekomen, klanten bellen boos terug"],
    "no_response": ["Mails in de klachtenmailbox blijven weken liggen",
                    "Berichten via social worden niet beantwoord in het weekend"],
    "long_waiting_time": ["Wachttijden op maandag zijn veel te lang, klanten hangen op",
                          "Chatwachtrij loopt op tot een uur"],
    "repeated_explanation": ["Notities worden niet gelezen, klanten moeten alles opnieuw vertellen",
                             "Doorverbinden naar techniek zonder overdracht"],
    "cancellation_request": ["Klanten vinden de opzegknop niet op de site",
                             "Opzeggen kan alleen telefonisch, klanten ergeren zich"],
    "cancellation_not_processed": ["Opzeggingen via de overstapservice worden niet verwerkt",
                                   "Na annulering in bedenktijd krijgen klanten toch een factuur"],
    "final_invoice": ["Eindafrekening rekent volle maand terwijl klant halverwege stopt",
                      "Tegoed op eindafrekening wordt niet automatisch teruggestort"],
}

FRAMES = [
    "{text}", "{text}.", "Ik merk dat: {text}", "Signaal: {text}", "{text}. Kan hier iets mee gedaan worden?",
    "Vandaag weer een paar keer gehad: {text}", "{text}, misschien iets voor het verbeterteam?",
    "Namens mijn team: {text}", "{text}. Dit speelt al een paar weken.", "Opvallend deze week: {text}",
    "{text}. Graag aandacht hiervoor!", "Tip vanuit de vloer: {text}",
]

OTHER_SUBMISSIONS = [
    "De koffieautomaat op de tweede verdieping is al een week stuk", "Kunnen we de kerstborrel eerder plannen?",
    "Parkeerterrein is 's ochtends altijd vol", "Mijn headset kraakt, wie kan een nieuwe bestellen?",
    "Idee: een teamuitje naar de Efteling", "Het is te koud op de werkvloer", "Roosterplanning voor de zomer is laat",
    "Kan de lunch vaker vegetarisch?", "De printer bij team B doet het niet", "Graag een extra scherm voor nieuwe collega's",
    "Wachtwoord voor het intranet verloopt te vaak", "Fietsenstalling is overvol",
]

SUBMITTERS = ["j.devries", "a.bakker", "m.jansen", "s.elhaddaoui", "t.visser", "k.smit", "r.meijer", "l.mulder",
              "n.degroot", "p.bos", "e.vos", "y.peters", "d.hendriks", "f.yilmaz", "b.vandijk", "h.dekker",
              "Team Facturatie", "Team Techniek", "Teamleider Klantenservice", "Winkel Utrecht", "Winkel Rotterdam"]

SUBMISSION_CHANNELS = ["telefoon", "mail", "chat", "winkel", "social", "monteur", "intern"]

PROCESSES = {"orient": "verkoop", "order": "bestellen", "deliver": "levering", "use": "techniek",
             "bill": "facturatie", "change": "wijzigingen", "service": "klantenservice", "leave": "opzeggen", "": "overig"}
