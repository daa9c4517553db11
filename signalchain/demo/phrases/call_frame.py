"""Generic pieces of agent call notes: openings, closing remarks, a second topic, and non-signal calls."""

PREFIXES = [
    "", "", "", "", "kl belt ivm", "klant belt over", "kl belt:", "dhr belt,", "mevr belt,", "kl geeft aan:",
    "beller:", "kl meldt", "klant meldt:", "dhr geeft aan", "mevr belt ivm", "kl belt terug ivm",
    "zakelijke kl belt:", "dochter van kl belt:", "kl (boos) belt ivm", "2e keer bellen ivm",
]

CONNECTORS = [", ", " - ", ". ", " / ", ", ", "; "]

SUFFIXES = [
    "", "", "", "", "kl akkoord", "kl tevreden", "opgelost", "ticket aangemaakt", "terugbelverzoek ingepland",
    "evt terugbellen", "kl ontevreden", "mail met uitleg gestuurd", "kl belt terug indien nodig",
    "doorgezet naar 2e lijn", "notitie in dossier", "kl wil klacht indienen", "fcr", "afgehandeld",
    "kl dreigt over te stappen", "opvolging over 3 dgn",
]

SECONDARY = ["ook vraag over", "tevens", "daarnaast", "+ ook", "en nog:", "2e vraag:"]

PII_SUFFIXES = ["terugbellen op {phone}", "kl bereikbaar op {phone}", "contactpersoon {name}", "nieuw mailadres {email}",
                "terugbelnr {phone}", "gesproken met {name}"]

OTHER_NOTES = [
    "verkeerd verbonden", "kl hing op", "geen geluid, verbinding verbroken", "testgesprek", "stilte aan de lijn",
    "beller zocht gemeente", "sollicitant belt over vacature", "leverancier belt voor inkoop", "kl belde per ongeluk",
    "intern doorverbonden collega", "beller wilde andere provider", "marktonderzoeksbureau aan de lijn",
    "beller spreekt geen nl/en, opgehangen", "collega vroeg om hulp met systeem", "verkoper energiecontract, afgewimpeld",
    "kind aan de lijn, opgehangen", "fax toon", "lijn viel direct weg", "oefengesprek nieuwe medewerker",
]
