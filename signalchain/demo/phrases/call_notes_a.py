"""Terse agent call notes (problem part, agent action part) for orient, order, deliver and use.

Agents write fast: abbreviations (kl = klant, ivm = in verband met, ontv = ontvangen), no capitals.
"""

CALL_NOTES_A = {
    "price_unclear": (
        ["vraag over prijs abo", "snapt actieprijs niet", "wil weten wat abo na actie kost", "prijs webshop wijkt af van winkel",
         "vraagt naar aansluitkosten", "twijfelt tussen 2 bundels, prijsverschil onduidelijk", "vraag over prijsverhoging",
         "info gevraagd over combivoordeel", "vraagt wat buiten bundel kost"],
        ["uitleg gegeven", "tarieven doorgenomen", "prijsoverzicht gemaild", "verwezen naar website", "kl denkt erover na"],
    ),
    "coverage_question": (
        ["vraag dekking op adres", "glasvezel beschikbaar?", "vraag 5g dekking", "postcodecheck geeft geen resultaat",
         "vraag bereik buitengebied", "vraag max snelheid op adres", "vraag bereik in buitenland", "dekking nieuwbouw"],
        ["dekkingskaart doorgenomen", "adres gecheckt, glasvezel nog niet beschikbaar", "adres gecheckt, dekking ok",
         "info over uitrol gegeven", "doorgezet naar sales"],
    ),
    "order_not_confirmed": (
        ["geen orderbevestiging ontv", "bestelling niet zichtbaar in mijn", "weet niet of bestelling gelukt is",
         "betaald maar geen bevestiging", "order {order} onbekend in systeem", "dubbel besteld ivm geen bevestiging",
         "order staat op in behandeling", "bevestiging verlenging ontbreekt"],
        ["order gevonden, bevestiging opnieuw gestuurd", "order niet gevonden, opnieuw ingevoerd", "dubbele order geannuleerd",
         "ticket naar orderafdeling", "status uitgelegd"],
    ),
    "porting_request_problem": (
        ["nummerbehoud lukt niet", "formulier accepteert simnr niet", "nummerbehoud afgewezen", "port aanvraag mislukt, naam wijkt af",
         "wil nr meenemen van {provider}, lukt niet online", "overstapcode niet geaccepteerd", "vraag nummerbehoud prepaid",
         "verkeerde overstapdatum ingevuld"],
        ["port handmatig aangevraagd", "gegevens oude provider gecontroleerd", "nieuwe portdatum ingepland",
         "kl moet icc nr opzoeken", "doorgezet naar porting team"],
    ),
    "sim_not_delivered": (
        ["sim nog niet ontv", "simkaart niet geleverd", "pakket niet ontvangen, t&t zegt bezorgd", "toestel niet geleverd alleen sim",
         "esim qr code niet ontv", "vervangende sim nooit aangekomen", "sim naar oud adres gestuurd", "zending staat al week onderweg",
         "doos zonder sim ontv"],
        ["nieuwe verstuurd", "nieuwe sim verstuurd", "onderzoek bij vervoerder gestart", "adres aangepast en opnieuw verzonden",
         "esim opnieuw gemaild"],
    ),
    "delivery_appointment": (
        ["koerier niet geweest", "bezorgafspraak niet nagekomen", "wil bezorgafspraak verzetten", "monteur niet verschenen",
         "bezorger te vroeg", "geen tijdvak ontv voor levering", "afspraak zonder bericht geannuleerd",
         "kl hele dag thuis gebleven, niemand gekomen"],
        ["nieuwe afspraak gemaakt", "afspraak verzet naar {date}", "klacht bij vervoerder ingediend",
         "afhaalpunt geregeld", "excuses aangeboden"],
    ),
    "id_check_failed": (
        ["id check mislukt bij levering", "koerier weigert levering, id klopt niet", "documentnr onjuist in systeem",
         "paspoort verlopen volgens koerier", "naam op id wijkt af", "verblijfsdoc niet geaccepteerd", "id upload mislukt",
         "geboortedatum onjuist, levering geweigerd"],
        ["id gegevens aangepast", "nieuwe levering ingepland", "kl moet id opnieuw uploaden", "order opnieuw aangemaakt",
         "documentnr gecorrigeerd"],
    ),
    "activation_failed": (
        ["nieuwe sim werkt niet", "activatie mislukt", "overstap mislukt, geen bereik", "nummer niet overgezet op portdatum",
         "esim geen verbinding", "modem knippert oranje, lijn niet actief", "geen service na activatie", "puk/pin geblokkeerd nw sim",
         "sim niet herkend"],
        ["sim handmatig geactiveerd", "provisioning opnieuw gestart", "storing activatie gemeld bij 2e lijn",
         "puk gegeven", "kl moet tel herstarten"],
    ),
    "network_outage": (
        ["storing geen bereik", "geen internet, modem rood", "gesprekken vallen weg", "alleen noodoproepen",
         "storing in wijk", "vaste lijn geen kiestoon", "tv en internet plat", "geen bereik binnenshuis", "storing sinds {date}"],
        ["storing bekend, kl geinformeerd", "storing aangemaakt", "modem reset op afstand", "monteur ingepland",
         "kl meldt zich als storing aanhoudt"],
    ),
    "slow_internet": (
        ["internet traag", "haalt maar {mbit}", "mobiel internet langzaam", "snelheid zakt in avond", "wifi traag sinds nieuw modem",
         "upload veel te laag", "streamen buffert", "traag 4g in centrum"],
        ["snelheidstest gedaan", "modem firmware update", "wifi advies gegeven", "wifi punt aangeboden",
         "lijn gemeten, geen afwijking"],
    ),
    "app_login_problem": (
        ["kan niet inloggen app", "verificatiecode komt niet aan", "app crasht bij inloggen", "ww reset link verlopen",
         "account geblokkeerd", "mijn omgeving laadt niet", "facturen niet te downloaden in mijn", "2fa werkt niet op nw tel"],
        ["account ontgrendeld", "ww reset gestuurd", "emailadres aangepast", "advies app opnieuw installeren",
         "bug gemeld bij digitale team"],
    ),
}
