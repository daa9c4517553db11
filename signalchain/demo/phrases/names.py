"""Name, address and bank data for fake but realistic-looking Dutch personal data."""

FIRST_NAMES_F = [
    "Anna", "Emma", "Sophie", "Julia", "Lisa", "Sanne", "Fleur", "Eva", "Lotte", "Anouk", "Marieke", "Ingrid",
    "Petra", "Monique", "Linda", "Esther", "Sandra", "Wilma", "Annemiek", "Els", "Joke", "Ria", "Fatima", "Samira",
    "Yasmina", "Noor", "Sara", "Zeynep", "Priya", "Agnieszka", "Maria", "Chantal", "Kim", "Iris", "Femke", "Mirjam",
    "Hanneke", "Tineke", "Gerda", "Nicole", "Bianca", "Lieke", "Merel", "Roos", "Demi", "Naima", "Ilse", "Carla",
]

FIRST_NAMES_M = [
    "Jan", "Piet", "Kees", "Henk", "Gerrit", "Willem", "Daan", "Sem", "Lucas", "Thijs", "Bram", "Ruben", "Joost",
    "Martijn", "Mark", "Erik", "Peter", "Hans", "Johan", "Frank", "Rob", "Jeroen", "Sander", "Dennis", "Mohamed",
    "Ahmed", "Youssef", "Mehmet", "Emre", "Kofi", "Tomasz", "Rajesh", "Bas", "Niels", "Wouter", "Koen", "Stefan",
    "Arjen", "Harm", "Dirk", "Theo", "Ton", "Ricardo", "Jayden", "Milan", "Tim", "Rik", "Hendrik",
]

LAST_NAMES = [
    "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan",
    "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "de Bruin", "van der Heijden",
    "Schouten", "van Beek", "Willems", "van Vliet", "van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster",
    "van Dam", "van der Wal", "Prins", "Blom", "Huisman", "Peeters", "de Lange", "Kuipers", "van Wijk",
    "Yilmaz", "El Amrani", "Bouzid", "Öztürk", "Nguyen", "Kowalski", "Pinas", "Tjon", "Ramdin", "Haddou",
    "Postma", "Veenstra", "Zijlstra", "van Rijn", "Scholten", "Kramer", "Groen", "Timmermans", "Wouters",
]

CITIES = [
    "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere", "Breda",
    "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zaandam", "Den Bosch", "Zwolle",
    "Leiden", "Maastricht", "Dordrecht", "Ede", "Leeuwarden", "Alkmaar", "Emmen", "Delft", "Venlo", "Deventer",
    "Hoorn", "Gouda", "Assen", "Sneek", "Goes", "Zutphen", "Harderwijk", "Roermond",
]

STREETS = [
    "Dorpsstraat", "Kerkstraat", "Schoolstraat", "Molenweg", "Stationsweg", "Julianalaan", "Beatrixstraat",
    "Wilhelminastraat", "Eikenlaan", "Berkenlaan", "Parallelweg", "Hoofdstraat", "Nieuwstraat", "Marktplein",
    "Lindelaan", "Industrieweg", "Vondelstraat", "Rembrandtlaan", "Prinses Irenestraat", "Van Goghstraat",
    "Sportlaan", "Burgemeester de Withstraat", "Zuiderweg", "Noordersingel", "Havenkade", "Kastanjelaan",
]

MAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "ziggo.nl", "kpnmail.nl", "live.nl", "planet.nl",
                "home.nl", "icloud.com", "xs4all.nl", "hotmail.nl", "yahoo.com"]

BANK_CODES = ["ABNA", "RABO", "INGB", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB"]

AREA_CODES = ["020", "010", "070", "030", "040", "050", "013", "036", "076", "024", "055", "023", "026", "053",
              "0570", "0513", "0113", "0575", "0341", "0475", "0592", "0229", "0182"]

COMPANY_TYPES = ["B.V.", "Installatietechniek", "Bouw", "Advies", "Transport B.V.", "& Zn.", "Schilders", "Kapsalon"]

PROVIDERS = ["KPN", "Vodafone", "Odido", "Ziggo", "Simpel", "Lebara", "Ben", "Youfone", "Delta", "Hollandsnieuwe"]

DEVICES = ["iPhone 15", "iPhone 13", "Samsung Galaxy S24", "Galaxy A55", "Pixel 8", "Fairphone 5", "modem", "tv-ontvanger"]
