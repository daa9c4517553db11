"""The parts around a Dutch mail's problem sentence: greetings, openers, context, questions, sign-offs.

`{agent}` is a first name (a reply to an earlier mail); other slots as in the problem banks.
"""

GREETINGS = [
    "Beste,", "Beste klantenservice,", "Geachte heer/mevrouw,", "Geachte klantenservice,", "Hallo,",
    "Hoi,", "Goedemorgen,", "Goedemiddag,", "Goedenavond,", "Dag,", "Beste medewerker,",
    "Hallo daar,", "Geachte heer, mevrouw,", "Beste mensen,", "Goedendag,", "L.S.,",
    "Beste {agent},", "Hoi {agent},", "Geachte mevrouw {agent},", "Hallo {agent},", "Beste meneer/mevrouw",
    "Goede dag,", "Hallo allemaal,", "Geachte,",
]

OPENERS = [
    "Ik heb een vraag.", "Ik hoop dat jullie mij kunnen helpen.", "Via deze weg wil ik het volgende melden.",
    "Ik ben al {years} jaar klant bij jullie.", "Excuses voor de lange mail.",
    "Ik heb al eerder gebeld maar kom er niet uit.", "Ik mail namens mijn moeder, zij is zelf niet zo digitaal.",
    "Ik schrijf jullie omdat bellen niet lukt.", "Naar aanleiding van het telefoongesprek van vanochtend het volgende.",
    "Sorry dat ik weer mail.", "Mijn man vroeg mij om dit even te mailen.",
    "Ik weet niet of ik hiervoor bij jullie moet zijn, maar ik probeer het gewoon.",
    "Ik heb al op het klantenforum gezocht maar vind geen antwoord.", "Kort en bondig:",
    "Ik stuur deze mail ook namens mijn partner.", "Fijn dat ik via dit formulier contact kan opnemen.",
    "In vervolg op mijn vorige bericht:", "Ik heb het volgende probleem.",
]

CONTEXTS = [
    "Ik heb al twee keer gebeld.", "Dit is echt heel vervelend, want ik werk thuis.",
    "Ik ben al {years} jaar klant en heb nooit problemen gehad.", "Ik heb het al geprobeerd via de app.",
    "Mijn buurvrouw heeft hetzelfde probleem.", "Ik heb de telefoon al opnieuw opgestart.",
    "Ik heb het modem al een paar keer uit en aan gezet.", "Het is niet de eerste keer.",
    "Ik heb het in de chat gevraagd maar daar kon men mij niet helpen.",
    "Ik ben afhankelijk van mijn telefoon voor mijn werk.", "Mijn kinderen hebben internet nodig voor school.",
    "Ik heb de handleiding gelezen maar kom er niet uit.", "Ik ben 78 en niet zo handig met computers.",
    "Ik heb een screenshot bijgevoegd.", "Ik ben deze week overdag slecht bereikbaar.",
    "De medewerker in de winkel kon mij ook niet verder helpen.",
    "Ik heb op internet gelezen dat meer mensen hier last van hebben.", "Ik heb er nu echt genoeg van.",
    "Dit kost mij veel tijd en ergernis.", "Ik reken op een snelle oplossing.",
    "Mijn klantnummer staat in de bijlage.", "Ik heb alles al doorgegeven aan uw collega.",
    "Ik ben het afgelopen weekend weg geweest, dus ik heb het pas net gezien.",
    "Ik heb jullie al eerder een mail gestuurd hierover.", "Ik zit nu op het werk, dus bellen is lastig.",
    "Het gaat om het abonnement van mijn dochter.", "Ik overweeg om over te stappen als dit niet opgelost wordt.",
    "Op jullie website staat hier niets over.", "Ik heb alles al geprobeerd wat in de FAQ staat.",
    "Mijn zoon heeft er ook al naar gekeken.", "Het gaat om mijn zakelijke aansluiting.",
    "Ik ben zwanger en wil graag bereikbaar zijn.", "Ik heb al {days} dagen gewacht voordat ik deze mail stuurde.",
]

QUESTIONS = [
    "Kunnen jullie dit oplossen?", "Wat moet ik nu doen?", "Graag een reactie.", "Ik hoor graag van jullie.",
    "Kunt u mij zo snel mogelijk terugbellen?", "Kunnen jullie hier naar kijken?", "Hoe los ik dit op?",
    "Graag hoor ik zo snel mogelijk wat jullie gaan doen.", "Kunt u dit voor mij uitzoeken?",
    "Wanneer wordt dit opgelost?", "Kunnen jullie mij laten weten hoe het zit?", "Help!",
    "Wat zijn de mogelijkheden?", "Ik verwacht een snelle reactie.", "Kunnen jullie dit rechtzetten?",
    "Is dit bekend bij jullie?", "Graag per mail antwoord, ik ben slecht bereikbaar.", "Alvast bedankt voor de moeite.",
    "Graag uw reactie binnen een week.", "Wie kan mij hiermee helpen?", "Zou u mij willen bellen?",
    "Ik zie uw antwoord graag tegemoet.", "Laat maar weten als jullie nog iets nodig hebben.",
]

CLOSINGS = [
    "Met vriendelijke groet,", "Groet,", "Mvg,", "Groetjes,", "Alvast bedankt,", "Vriendelijke groeten,",
    "Gr.", "Met vriendelijke groeten,", "Hartelijke groet,", "Dank u wel,", "Bvd,", "Groeten,",
    "Met groet,", "Hoogachtend,", "mvg", "Dank en groet,", "Fijne dag,", "Vr.gr.",
]

SECONDARY_CONNECTORS = [
    "Daarnaast nog iets anders:", "Verder nog dit:", "En dan nog een ander punt:", "Los daarvan:",
    "Ook nog:", "Nu ik toch mail:", "PS:", "Wat ik ook nog wilde melden:", "En nog iets:",
    "Tweede punt:", "Ander probleem:",
]

SUBJECTS_BY_STEP = {
    "orient": ["Vraag over aanbod", "Prijzen", "Dekking", "Informatie abonnement", "vraag", "Aanbieding"],
    "order": ["Bestelling", "Mijn bestelling", "Orderbevestiging", "Nummerbehoud", "Vraag over order"],
    "deliver": ["Levering", "Simkaart", "Pakket niet ontvangen", "Bezorging", "Activatie", "Koerier"],
    "use": ["Storing", "Internet", "Geen bereik", "Probleem met app", "Inloggen", "Traag internet"],
    "bill": ["Factuur", "Vraag over factuur", "Rekening", "Afschrijving", "Betaling", "Kosten"],
    "change": ["Wijziging", "Verhuizing", "Abonnement aanpassen", "Adreswijziging"],
    "service": ["Klacht", "Geen reactie", "KLACHT!!", "Terugbelverzoek", "Klantenservice"],
    "leave": ["Opzeggen", "Opzegging", "Eindafrekening", "Beëindiging contract", "Annulering"],
    "": ["Vraag", "Info", "Contact", "Bericht"],
}

SUBJECTS_GENERIC = ["", "Vraag", "Re: uw bericht", "Klacht", "Hulp nodig", "Fwd: ", "Re: Re: uw vraag", "Belangrijk"]

WEBFORM_TOPICS = {
    "orient": "Producten en prijzen", "order": "Bestellen", "deliver": "Levering en installatie",
    "use": "Storingen en techniek", "bill": "Factuur en betalen", "change": "Wijzigen",
    "service": "Klacht", "leave": "Opzeggen", "": "Overig",
}

CHAT_OPENERS = ["hoi", "Hallo", "hallo, ", "Hoi!", "Goedemiddag", "hey", "", "", "", "Hi", "Hallo, ik heb een vraag."]

CHAT_ENDINGS = ["", "", "", "?", " Graag snel hulp", " Kan iemand helpen?", " dank", " 😡", " 🙏", " Thx", " !!"]

AGENTS = ["Sanne", "Mark", "Fatima", "Joost", "Lisa", "Daan", "Yvonne", "Kevin", "Sophie", "Bas", "Noor", "Ricardo"]
