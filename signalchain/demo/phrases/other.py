"""Texts that are not a customer signal (signal `other`): spam, internal remarks, misdirected mail, unrelated ideas."""

OTHER_MAILS = [
    "Gefeliciteerd! U bent geselecteerd voor een gratis iPhone. Klik op de link om uw prijs te claimen.",
    "Intern: deze mail is per ongeluk in de klantenmailbox beland, graag doorzetten naar team Zakelijk.",
    "Is dit het juiste adres voor de gemeente? Ik wil mijn paspoort verlengen.",
    "Automatisch antwoord: ik ben afwezig tot en met maandag en heb beperkt toegang tot mijn mail.",
    "Hierbij solliciteer ik naar de functie van klantenservicemedewerker. Mijn cv zit in de bijlage.",
    "Tip: jullie zouden eens de lokale voetbalclub moeten sponsoren, dat is goed voor jullie naam.",
    "Wij bieden SEO-diensten aan om uw website hoger in Google te krijgen. Interesse?",
    "Test, test. Komt deze mail aan?",
    "Ik wil graag een bedankje sturen aan de monteur van vorige week, wat een aardige man.",
    "Uw pakket kon niet worden bezorgd. Betaal € 1,99 verzendkosten via deze link.",
    "Onze school organiseert een sponsorloop, willen jullie een prijs doneren?",
    "Leuk idee voor jullie reclame: laat een hond de hoofdrol spelen!",
    "Collega's, vergeet niet de urenregistratie voor vrijdag in te vullen.",
    "Wat zijn de openingstijden van het gemeentehuis?",
    "Ik zag jullie reclame op tv, leuk gedaan. Geen vraag verder.",
    "Mijn oma wil de groeten doen aan de vriendelijke meneer van de winkel.",
    "Onderwerp: nieuwsbrief aanmelding bevestigd. Bedankt voor uw inschrijving.",
    "Wilt u deelnemen aan ons onderzoek over duurzaamheid? Het duurt maar 5 minuten.",
]

OTHER_MAILS_EN = [
    "Dear customer, your mailbox is full. Verify your account within 24 hours to avoid suspension.",
    "Hello, I am a Nigerian prince and need your help to transfer funds.",
    "Out of office: I am travelling until next week with limited access to email.",
    "We offer cheap SEO and web design services, reply for a free quote.",
    "Is this the right address for the municipality? I need a parking permit.",
]

OTHER_COMPLAINTS = [
    "Ik heb een klacht over mijn buren, die maken elke avond lawaai. Kunt u daar iets aan doen?",
    "Klacht: de bus van lijn 12 rijdt al weken niet op tijd.",
    "Ik wil een klacht indienen over mijn energieleverancier.",
    "Dit is een test van het klachtenformulier, graag negeren.",
    "Ik heb een klacht over de gemeente, de straatverlichting is kapot.",
    "Uw reclamebord langs de snelweg is lelijk.",
]

OTHER_SURVEY = ["test", "asdf", "Mooi weer vandaag", "Groetjes aan Henk", "Geen idee waarom ik deze enquête krijg"]
