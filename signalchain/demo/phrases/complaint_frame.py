"""The formal frame of a complaint: openings, introductions, escalation, demands (Dutch and English)."""

OPENINGS_NL = ["Geachte heer/mevrouw,", "Geachte klantenservice,", "Geachte directie,", "Geachte heer, mevrouw,",
               "Aan de klachtenafdeling,", "Geachte klachtenafdeling,"]

INTROS_NL = [
    "Hierbij dien ik een formele klacht in.", "Met deze brief wil ik een klacht indienen over uw dienstverlening.",
    "Ik wil hierbij mijn ongenoegen uiten over het volgende.", "Helaas zie ik mij genoodzaakt een klacht in te dienen.",
    "Ondanks eerdere contacten is mijn probleem niet opgelost, daarom dien ik nu een officiële klacht in.",
    "Via dit formulier dien ik een klacht in.", "Naar aanleiding van de gang van zaken de afgelopen weken het volgende.",
    "", "",
]

ESCALATIONS_NL = [
    "Ik heb hierover al meerdere keren contact gehad, zonder resultaat.",
    "Indien ik niet binnen 14 dagen een reactie ontvang, wend ik mij tot de Geschillencommissie Telecommunicatie.",
    "Ik heb hierover al {times} keer gebeld.", "Ik overweeg juridische stappen.",
    "Ik behoud mij het recht voor om schadevergoeding te vorderen.", "Ik heb de zaak ook gemeld bij de Consumentenbond.",
    "Ik ben al {years} jaar klant en ben zeer teleurgesteld.", "", "",
]

DEMANDS_NL = [
    "Ik verzoek u dringend dit op te lossen.", "Ik verwacht binnen 14 dagen een schriftelijke reactie.",
    "Graag ontvang ik een passende compensatie.", "Ik verzoek u mij hierover schriftelijk te informeren.",
    "Ik verwacht dat u contact met mij opneemt.", "Graag een reactie per brief.",
    "Ik verzoek u de onterecht betaalde bedragen terug te storten.", "",
]

CLOSINGS_NL = ["Hoogachtend,", "Met vriendelijke groet,", "Met vriendelijke groeten,", "In afwachting van uw reactie,",
               "Met teleurgestelde groet,"]

OPENINGS_EN = ["Dear Sir/Madam,", "To whom it may concern,", "Dear complaints department,"]

INTROS_EN = ["I would like to file a formal complaint.", "I am writing to complain about your service.",
             "Unfortunately I have to file a complaint.", ""]

GRIEVANCES_EN = [
    "This is completely unacceptable.", "I have contacted you several times without any result.",
    "I expect this to be resolved immediately.", "I am very disappointed in your service.",
    "I will take this to the dispute committee if it is not solved within 14 days.",
]

CLOSINGS_EN = ["Yours faithfully,", "Kind regards,", "Regards,"]

STATUSES = {"open": "open", "in_progress": "in behandeling", "closed": "afgehandeld", "rejected": "afgewezen"}
