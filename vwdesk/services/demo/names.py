"""Made-up names, places and words for the demo file.

Every combination is invented; none refers to a real person. The lists hold
spelling variants on purpose (Mohammed/Muhammad, Al Hassan/El-Hassan,
Tesfaye/Tesfay) so the tolerant name search has something to find.
"""

from __future__ import annotations

# fmt: off
# nationality -> (male first names, female first names, family names, languages)
PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {
    "SY": (
        (
            "Mohammed", "Muhammad", "Ahmad", "Omar", "Khaled", "Hassan", "Mahmoud", "Yusuf",
            "Ibrahim", "Tarek", "Bashar", "Rami", "Samer", "Fadi", "Walid", "Ammar", "Majd",
            "Nizar", "Karim", "Anas", "Jamal", "Ziad", "Hamza", "Adnan",
        ),
        (
            "Fatima", "Aisha", "Rania", "Lina", "Noura", "Hala", "Samira", "Amal", "Reem", "Dima",
            "Rasha", "Yasmin", "Mariam", "Zainab", "Huda", "Salma", "Layla", "Nour", "Ghada",
            "Rima", "Sawsan", "Hiba", "Joud", "Sidra",
        ),
        (
            "Al Hassan", "El-Hassan", "Haddad", "Khalil", "Al Ahmad", "Darwish", "Saleh", "Nasser",
            "Hamdan", "Othman", "Al Masri", "Shami", "Abdullah", "Kanaan", "Suleiman", "Jaber",
            "Mansour", "Al Khatib", "Alkhatib", "Hamoud", "Al Halabi", "Zaher",
        ),
        "ar",
    ),
    "ER": (
        (
            "Tesfaye", "Tesfay", "Yohannes", "Mehari", "Semere", "Filmon", "Dawit", "Abraham",
            "Kibrom", "Biniam", "Natnael", "Robel", "Yonas", "Henok",
        ),
        (
            "Senait", "Helen", "Ruta", "Selam", "Yodit", "Feven", "Saba", "Mebrat", "Luwam",
            "Rahwa", "Winta", "Eden",
        ),
        (
            "Gebremedhin", "Tekle", "Haile", "Berhane", "Ghebremariam", "Tesfamariam", "Kidane",
            "Weldu", "Asmerom", "Habte", "Ghirmay", "Tewelde",
        ),
        "ti",
    ),
    "AF": (
        (
            "Ahmad", "Hamid", "Farid", "Nasir", "Jawad", "Mustafa", "Sohrab", "Wahid", "Rahim",
        ),
        (
            "Zahra", "Maryam", "Fereshta", "Sima", "Habiba", "Shabnam", "Nargis", "Parwana",
        ),
        (
            "Ahmadi", "Karimi", "Rahimi", "Hakimi", "Sultani", "Noori", "Hashimi", "Azizi",
        ),
        "fa,ps",
    ),
    "IR": (
        (
            "Reza", "Mehdi", "Saeed", "Amir", "Hossein", "Babak", "Kian",
        ),
        (
            "Shirin", "Parisa", "Neda", "Leila", "Mahsa", "Azadeh", "Niloufar",
        ),
        (
            "Hosseini", "Mohammadi", "Rezaei", "Moradi", "Jafari", "Tehrani", "Karimzadeh",
        ),
        "fa",
    ),
    "IQ": (
        (
            "Haider", "Mustafa", "Zaid", "Ahmed", "Ali", "Saif", "Yaser",
        ),
        (
            "Noor", "Zahraa", "Shahad", "Ruqaya", "Sara", "Huda", "Ban",
        ),
        (
            "Al-Jubouri", "Al Obaidi", "Kareem", "Jassim", "Al Tamimi", "Hadi",
        ),
        "ar,ku",
    ),
    "SO": (
        (
            "Abdi", "Abdirahman", "Mohamed", "Mahad", "Liban", "Hamse",
        ),
        (
            "Hodan", "Fadumo", "Ayaan", "Sahra", "Ifrah", "Hibaaq",
        ),
        (
            "Warsame", "Farah", "Hirsi", "Jama", "Abdullahi", "Egal",
        ),
        "so",
    ),
    "YE": (
        (
            "Nabil", "Fuad", "Adel", "Wael",
        ),
        (
            "Arwa", "Bushra", "Afrah", "Nada",
        ),
        (
            "Al Ansi", "Bamatraf", "Al Saqqaf", "Haidara",
        ),
        "ar",
    ),
}

# Nationalities other than Syrian, with their relative weight among the housed.
OTHER_NATIONALITIES = (("ER", 5), ("AF", 2), ("IR", 2), ("IQ", 2), ("SO", 1), ("YE", 1))

VOLUNTEER_FIRST = (
    "Anneke", "Bram", "Carla", "Dirk", "Els", "Frank", "Greetje", "Henk", "Ineke", "Jan", "Karin",
    "Lotte", "Marieke", "Niels", "Petra", "Ruud", "Sanne", "Thijs", "Wim", "Yvonne", "Joost",
    "Marloes", "Hanneke", "Kees", "Femke", "Gerrit", "Ria", "Sjoerd", "Willemijn", "Maarten",
    "Lieke", "Arjen", "Corrie", "Jeroen", "Mirjam", "Pieter", "Anouk", "Ton", "Wilma", "Rob",
    "Esther", "Gijs",
)
VOLUNTEER_LAST = (
    "de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit",
    "Dijkstra", "Smits", "van den Berg", "Verhoeven", "Kok", "Jacobs", "Vermeulen",
    "van der Linden", "Schouten", "Willems", "Hoekstra", "Koster", "van Wijk", "Post", "Kuipers",
    "Timmermans", "van Beek", "Prins",
)
VOLUNTEER_LANGUAGES = ("nl", "nl,en", "nl,en", "nl,en,de", "nl,en,fr", "nl,ar", "nl,en,ti")

# city -> (postcode prefixes, streets)
CITIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Bergschenhoek": (
        ("2661",),
        (
            "Dorpsstraat", "Julianastraat", "Boterbloem", "Koolwitjesdreef", "Olmenlaan",
            "Kruisweg", "Nieuwe Tiendweg", "Leeuweriklaan", "Hoogeveenseweg", "Wilgenlaan",
        ),
    ),
    "Berkel en Rodenrijs": (
        ("2651", "2652"),
        (
            "Noordeindseweg", "Oudelandselaan", "Rodenrijseweg", "Westersingel", "Klapwijkseweg",
            "Meerpaal", "Planetenlaan", "Herenstraat", "Anne Frankplein", "Laan van Berkel",
        ),
    ),
    "Bleiswijk": (
        ("2665", "2666"),
        (
            "Hoekeindseweg", "Dorpsstraat", "Merellaan", "Lijsterlaan", "Kerkstraat",
            "Van Beethovenlaan", "Lavendelweide", "Tuinbouwweg",
        ),
    ),
}
CITY_WEIGHTS = (("Bergschenhoek", 4), ("Berkel en Rodenrijs", 5), ("Bleiswijk", 2))

TOPICS = {
    "social_guidance": (
        "income", "allowances", "housing", "health", "school", "insurance", "integration", "work",
        "finance", "language", "post", "energy",
    ),
    "info_point": (
        "general", "language", "integration", "finance", "volunteering", "school",
    ),
    "legal": (
        "family_reunification", "residence_permit", "naturalisation", "travel_documents",
        "asylum_procedure",
    ),
}

REFERRAL_REASONS = {
    "CJG": "opvoedvragen",
    "Humanitas": "thuisadministratie",
    "Kwadraad": "psychosociale problemen",
    "Taalhuis": "taalmaatje en taalcafé",
    "VIP/Welzijn Lansingerland": "vrijwilligerswerk zoeken",
    "OBS de Vuurvogel": "aanmelding taalklas",
    "Plangroep": "schulden",
    "Bibliotheek Oostland": "lidmaatschap en taalcursus",
    "3B Wonen": "overlast in de buurt",
    "Schuldhulpmaatjes": "budgetbegeleiding na afloop",
    "Jeugd- en jongerenwerk": "sport voor de kinderen",
}
# Relative frequency of referrals per partner.
REFERRAL_WEIGHTS = {
    "CJG": 3,
    "Humanitas": 2,
    "Kwadraad": 3,
    "Taalhuis": 8,
    "VIP/Welzijn Lansingerland": 4,
    "OBS de Vuurvogel": 3,
    "Plangroep": 2,
    "Bibliotheek Oostland": 3,
    "3B Wonen": 1,
    "Schuldhulpmaatjes": 1,
    "Jeugd- en jongerenwerk": 2,
}

CREDITORS = (
    "Energieleverancier", "Zorgverzekeraar", "Belastingdienst/Toeslagen", "Woningcorporatie",
    "Telefoonabonnement", "Waterbedrijf",
)
# fmt: on
