"""Sentences that carry personal data, as customers write them (slots are filled per contact)."""

PII_NL = {
    "phone": ["U kunt mij bereiken op {phone}.", "Bel me gerust terug op {phone}.", "Mijn nummer is {phone}.",
              "Telefonisch ben ik bereikbaar via {phone}.", "Tel: {phone}", "Mijn mobiele nummer: {phone}"],
    "landline": ["Overdag ben ik bereikbaar op {landline}.", "Vast nummer: {landline}", "Bel liever naar {landline}."],
    "email": ["Mijn mailadres is {email}.", "Graag antwoord naar {email}.", "Mail: {email}"],
    "iban": ["Mijn rekeningnummer is {iban}.", "Het gaat om rekening {iban}.", "Graag terugstorten op {iban}.",
             "Afschrijving van IBAN {iban}."],
    "address": ["Mijn adres is {street} {house}, {postcode} {city}.", "Postcode en huisnummer: {postcode} {house}.",
                "Ik woon op {postcode} {house}.", "Adres: {street} {house}, {postcode_compact} {city}"],
    "bsn": ["Mijn BSN is {bsn}, mocht u dat nodig hebben.", "Voor de zekerheid mijn burgerservicenummer: {bsn}."],
    "order": ["Ordernummer: {order}.", "Het gaat om order {order}.", "Referentie {order}."],
    "customer": ["Mijn klantnummer is {customer}.", "Klantnummer: {customer}", "Klantnr {customer}."],
}

PII_EN = {
    "phone": ["You can reach me at {phone}.", "My number is {phone}."],
    "landline": ["Landline: {landline}"],
    "email": ["My email is {email}.", "Please reply to {email}."],
    "iban": ["My account number is {iban}.", "Please refund to {iban}."],
    "address": ["My address is {street} {house}, {postcode} {city}."],
    "bsn": ["My BSN is {bsn}."],
    "order": ["Order number: {order}."],
    "customer": ["Customer number: {customer}."],
}
