"""Demo consular missions: the embassies, consulates and honorary consuls of the portal's
(fictional) country, in the countries where its diaspora lives."""

ALL = ("passports", "visas", "civil_registration", "notarial", "emergency")
BASIC = ("passports", "civil_registration", "emergency")
HONORARY = ("notarial", "emergency")

WEEKDAYS = (
    "Monday to Friday: 9:00–13:00 (appointments)\n"
    "Monday to Thursday: 14:30–16:30 (collection of documents)"
)
HONORARY_HOURS = "Tuesday and Thursday: 10:00–12:00, by appointment"

# kind, country, city, address, phone, services
MISSIONS = [
    ("embassy", "FR", "Paris", "18 rue de la Faisanderie\n75116 Paris", "+33 1 45 53 12 00", ALL),
    (
        "consulate",
        "FR",
        "Marseille",
        "40 boulevard Périer\n13008 Marseille",
        "+33 4 91 22 40 10",
        BASIC,
    ),
    ("consulate", "FR", "Lyon", "7 quai Jules Courmont\n69002 Lyon", "+33 4 78 37 20 15", BASIC),
    ("embassy", "BE", "Brussels", "Avenue Louise 326\n1050 Brussels", "+32 2 640 18 90", ALL),
    ("embassy", "DE", "Berlin", "Kurfürstendamm 121\n10711 Berlin", "+49 30 8900 2210", ALL),
    (
        "consulate",
        "DE",
        "Frankfurt am Main",
        "Mainzer Landstraße 46\n60325 Frankfurt",
        "+49 69 2400 730",
        BASIC,
    ),
    ("embassy", "GB", "London", "31 Queen's Gate\nLondon SW7 5JA", "+44 20 7581 4455", ALL),
    (
        "consulate",
        "GB",
        "Manchester",
        "1 Portland Street\nManchester M1 3BE",
        "+44 161 236 9180",
        BASIC,
    ),
    ("embassy", "IT", "Rome", "Via Nomentana 257\n00161 Rome", "+39 06 4423 1550", ALL),
    ("consulate", "IT", "Milan", "Via Fabio Filzi 25\n20124 Milan", "+39 02 6698 2010", BASIC),
    ("embassy", "ES", "Madrid", "Calle de Serrano 91\n28006 Madrid", "+34 91 563 2240", ALL),
    (
        "honorary",
        "ES",
        "Barcelona",
        "Passeig de Gràcia 55, 3º\n08007 Barcelona",
        "+34 93 488 1520",
        HONORARY,
    ),
    (
        "embassy",
        "NL",
        "The Hague",
        "Laan Copes van Cattenburch 70\n2585 GD The Hague",
        "+31 70 346 8800",
        ALL,
    ),
    ("embassy", "CH", "Bern", "Kirchenfeldstrasse 68\n3005 Bern", "+41 31 352 6060", ALL),
    ("consulate", "CH", "Geneva", "Rue de Lausanne 45\n1201 Geneva", "+41 22 731 4400", BASIC),
    ("embassy", "SE", "Stockholm", "Strandvägen 7A\n114 56 Stockholm", "+46 8 667 0940", ALL),
    (
        "embassy",
        "US",
        "Washington",
        "2118 Kalorama Road NW\nWashington, DC 20008",
        "+1 202 234 7690",
        ALL,
    ),
    (
        "consulate",
        "US",
        "New York",
        "866 Second Avenue, 9th floor\nNew York, NY 10017",
        "+1 212 832 0100",
        ALL,
    ),
    (
        "consulate",
        "US",
        "Houston",
        "3 Riverway, Suite 1200\nHouston, TX 77056",
        "+1 713 626 4455",
        BASIC,
    ),
    (
        "embassy",
        "CA",
        "Ottawa",
        "150 Metcalfe Street, Suite 1400\nOttawa, ON K2P 1P1",
        "+1 613 236 7177",
        ALL,
    ),
    (
        "consulate",
        "CA",
        "Montréal",
        "1000 rue Sherbrooke Ouest, bureau 2120\nMontréal, QC H3A 3G4",
        "+1 514 845 1260",
        ALL,
    ),
    (
        "consulate",
        "CA",
        "Toronto",
        "20 Eglinton Avenue West, Suite 1800\nToronto, ON M4R 1K8",
        "+1 416 481 0330",
        BASIC,
    ),
    (
        "embassy",
        "BR",
        "Brasília",
        "SES Avenida das Nações, Quadra 801, Lote 24\n70200-010 Brasília",
        "+55 61 3223 4540",
        ALL,
    ),
    (
        "embassy",
        "AE",
        "Abu Dhabi",
        "Embassies District, Plot 47\nAbu Dhabi",
        "+971 2 444 9110",
        ALL,
    ),
    ("consulate", "AE", "Dubai", "Al Seef Road, Umm Hurair 1\nDubai", "+971 4 397 2040", ALL),
    (
        "embassy",
        "SA",
        "Riyadh",
        "Diplomatic Quarter, Abdullah bin Hudhafa Street\nRiyadh 11693",
        "+966 11 488 3340",
        ALL,
    ),
    (
        "consulate",
        "SA",
        "Jeddah",
        "Al Andalus District, Street 14\nJeddah 23326",
        "+966 12 665 1870",
        BASIC,
    ),
    ("embassy", "QA", "Doha", "West Bay, Diplomatic Area, Street 810\nDoha", "+974 4483 6600", ALL),
    (
        "embassy",
        "TR",
        "Ankara",
        "Çankaya, Reşit Galip Caddesi 61\n06700 Ankara",
        "+90 312 446 3300",
        ALL,
    ),
    (
        "embassy",
        "ZA",
        "Pretoria",
        "1105 Park Street, Hatfield\nPretoria 0083",
        "+27 12 342 6610",
        ALL,
    ),
    (
        "honorary",
        "ZA",
        "Cape Town",
        "Wale Street 2, 4th floor\nCape Town 8001",
        "+27 21 424 3380",
        HONORARY,
    ),
    (
        "embassy",
        "SN",
        "Dakar",
        "Route de la Corniche Ouest, Fann Résidence\nDakar",
        "+221 33 869 1200",
        ALL,
    ),
    ("embassy", "CI", "Abidjan", "Boulevard Latrille, Cocody\nAbidjan", "+225 27 22 44 52 10", ALL),
    (
        "embassy",
        "NG",
        "Abuja",
        "Plot 1067, Cadastral Zone A06, Maitama\nAbuja",
        "+234 9 461 3300",
        ALL,
    ),
    ("embassy", "KE", "Nairobi", "Riverside Drive 120\nNairobi", "+254 20 444 7720", ALL),
    (
        "embassy",
        "CN",
        "Beijing",
        "Sanlitun Dongwujie 2\nChaoyang District, Beijing 100600",
        "+86 10 6532 1880",
        ALL,
    ),
    (
        "embassy",
        "JP",
        "Tokyo",
        "3-4-21 Minami-Azabu\nMinato-ku, Tokyo 106-0047",
        "+81 3 3444 2290",
        ALL,
    ),
    (
        "embassy",
        "AU",
        "Canberra",
        "14 Perth Avenue, Yarralumla\nCanberra ACT 2600",
        "+61 2 6273 4810",
        ALL,
    ),
    (
        "honorary",
        "AU",
        "Melbourne",
        "Level 12, 500 Collins Street\nMelbourne VIC 3000",
        "+61 3 9614 2270",
        HONORARY,
    ),
]

KIND_NAMES = {
    "embassy": "Embassy in {city}",
    "consulate": "Consulate General in {city}",
    "honorary": "Honorary Consulate in {city}",
}


def missions():
    """The demo missions as field dictionaries for ``ConsularMission``."""
    for kind, country, city, address, phone, services in MISSIONS:
        slug = city.lower().replace(" ", "-").replace("í", "i").replace("é", "e")
        yield {
            "name": KIND_NAMES[kind].format(city=city),
            "kind": kind,
            "country": country,
            "city": city,
            "address": address,
            "phone": phone,
            "emergency_phone": phone[:-2] + "99" if "emergency" in services else "",
            "email": f"consular.{slug}@example.org",
            "website": f"https://{slug}.mission.example.org/",
            "opening_hours": HONORARY_HOURS if kind == "honorary" else WEEKDAYS,
            **{service: service in services for service in ALL},
        }
