"""Demo newsletter subscribers and alerts. Subscribers' addresses are on example.net, so
they are never mistaken for the demo members' accounts."""

# e-mail, language, topics (None: all), countries, confirmed days ago (None: pending),
# last digest days ago
SUBSCRIBERS = [
    ("amina.diallo@example.net", "fr", None, [], 40, 7),
    ("jorge.ramirez@example.net", "es", ["events", "programmes"], ["ES", "MX"], 25, 7),
    ("samir.benali@example.net", "ar", ["news", "opportunities"], [], 18, None),
    ("grace.owusu@example.net", "en", ["opportunities"], ["GB", "US", "CA"], 60, 14),
    ("li.wei@example.net", "en", None, ["DE"], 9, None),
    ("nadia.haddad@example.net", "fr", ["news", "events"], ["FR", "BE"], 3, None),
    # Pending: they have not opened the confirmation link yet.
    ("tomas.silva@example.net", "es", None, [], None, None),
    ("fatou.ndiaye@example.net", "fr", ["programmes"], [], None, None),
]

SITEWIDE_ALERT = {
    "title": "Online consular appointments unavailable on Saturday morning",
    "message": (
        "The appointment booking system is being upgraded on Saturday from 08:00 to 12:00 "
        "(UTC). Appointments already booked are kept. Emergency assistance remains "
        "available at any time through the embassies' and consulates' emergency numbers."
    ),
    "level": "information",
    "days": 30,
    "translations": {
        "fr": {
            "title": "Rendez-vous consulaires en ligne indisponibles samedi matin",
            "message": (
                "Le système de prise de rendez-vous est mis à jour samedi de 8 h à 12 h "
                "(UTC). Les rendez-vous déjà pris sont maintenus. L’assistance d’urgence "
                "reste joignable à toute heure aux numéros d’urgence des ambassades et des "
                "consulats."
            ),
        },
    },
}

COUNTRY_ALERT = {
    "title": "Winter storm: consular services in Canada may close at short notice",
    "message": (
        "Environment Canada forecasts heavy snow and freezing rain in Ontario and Quebec "
        "this week. The embassy in Ottawa and the consulate in Montreal may close at short "
        "notice; appointments that are cancelled will be rebooked first. If you need "
        "emergency assistance, call the embassy's emergency number, which is answered day "
        "and night, and follow the instructions of local authorities."
    ),
    "level": "consular",
    "countries": ["CA"],
    "days": 10,
    "translations": {
        "fr": {
            "title": "Tempête hivernale : les services consulaires au Canada peuvent fermer "
            "sans préavis",
            "message": (
                "Environnement Canada annonce de fortes chutes de neige et de la pluie "
                "verglaçante en Ontario et au Québec cette semaine. L’ambassade à Ottawa et "
                "le consulat à Montréal peuvent fermer sans préavis ; les rendez-vous annulés "
                "seront reprogrammés en priorité. En cas d’urgence, appelez le numéro "
                "d’urgence de l’ambassade, joignable jour et nuit, et suivez les consignes "
                "des autorités locales."
            ),
        },
    },
}

# Every n-th generated demo member asks for alerts by e-mail (and the member login does).
ALERTS_OPT_IN_EVERY = 4
