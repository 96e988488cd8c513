"""Demo events for load_demo_data: past and upcoming, online and in person, one full, and
one series whose dates each have their own places.

``further_dates`` make an event a series; ``registrations`` (on the event and on each
further date) is how many demo members the loader signs up for that date.
"""

FULL_EVENT = "diaspora-investment-forum-paris"
SERIES_EVENT = "diaspora-investment-clinic"

EVENTS = [
    {
        "slug": "diaspora-investment-forum-paris",
        "tags": ["investment", "entrepreneurship"],
        "title": "Diaspora Investment Forum: Paris",
        "intro": (
            "A day of project pitches, bankers' clinics and one-to-one meetings between "
            "investors abroad and entrepreneurs from home."
        ),
        "days_from_now": 24,
        "hour": 8,
        "hours": 8,
        "time_zone": "Europe/Paris",
        "format": "in_person",
        "venue": "Maison de la Chimie",
        "address": "28 rue Saint-Dominique\n75007 Paris",
        "country": "FR",
        "capacity": 12,
        "body": [
            ("heading", "Programme"),
            (
                "paragraph",
                "<p>The morning opens with the investment climate at home: the new "
                "diaspora bond, the guarantee fund for small businesses and the one-stop "
                "shop for investors. In the afternoon, twelve entrepreneurs present projects "
                "in agribusiness, renewable energy and health, followed by meetings you book "
                "on the day.</p>",
            ),
            (
                "paragraph",
                "<p>Places are limited to keep the meetings useful. If the forum is full, "
                "join the waiting list: when someone cancels, the first person waiting gets "
                "the place and an e-mail.</p>",
            ),
        ],
    },
    {
        "slug": "consular-services-webinar",
        "tags": ["consular"],
        "title": "Webinar: consular services online",
        "intro": (
            "How to renew a passport, register a birth and book a consular appointment "
            "without travelling, with consular staff answering your questions live."
        ),
        "days_from_now": 9,
        "hour": 17,
        "hours": 1,
        "time_zone": "UTC",
        "format": "online",
        "join_url": "https://meet.example.org/consular-webinar",
        "capacity": None,
        "body": [
            (
                "paragraph",
                "<p>Consular officers walk through the online services step by step and "
                "answer questions sent in advance or asked during the session. The link to "
                "join is shown on this page once you are registered.</p>",
            ),
        ],
    },
    {
        "slug": "youth-heritage-day-toronto",
        "tags": ["youth", "culture"],
        "title": "Youth heritage day: Toronto",
        "intro": (
            "Music, language games, food and a careers corner for young people of the "
            "second and third generation and their families."
        ),
        "days_from_now": 45,
        "hour": 14,
        "hours": 5,
        "time_zone": "America/Toronto",
        "format": "in_person",
        "venue": "Harbourfront Community Centre",
        "address": "627 Queens Quay West\nToronto, ON",
        "country": "CA",
        "capacity": 150,
        "body": [
            (
                "paragraph",
                "<p>Organised with diaspora associations in Ontario, the day is free and "
                "open to all ages. Mentors from the diaspora professionals network run a "
                "careers corner for students.</p>",
            ),
        ],
    },
    {
        "slug": "health-professionals-return-info-session",
        "tags": ["return-of-talent", "health"],
        "title": "Information session: Return of Talent for health professionals",
        "intro": (
            "Doctors, nurses and midwives abroad learn how the fellowship works, from "
            "placements and allowances to recognition of qualifications."
        ),
        "days_from_now": 16,
        "hour": 12,
        "hours": 2,
        "time_zone": "Europe/London",
        "format": "hybrid",
        "venue": "High Commission, Conference Room",
        "address": "London",
        "country": "GB",
        "join_url": "https://meet.example.org/return-of-talent",
        "capacity": 40,
        "body": [
            (
                "paragraph",
                "<p>Fellows from last year's cohort share their experience, and the "
                "programme team explains the application and the timetable.</p>",
            ),
        ],
    },
    {
        "slug": "remittances-roundtable-dubai",
        "tags": ["remittances"],
        "title": "Roundtable on the cost of sending money home: Dubai",
        "intro": (
            "Money transfer operators, banks and community leaders discussed how to bring "
            "the cost of remittances below 3%."
        ),
        "days_from_now": -30,
        "hour": 10,
        "hours": 3,
        "time_zone": "Asia/Dubai",
        "format": "in_person",
        "venue": "Consulate General",
        "address": "Dubai",
        "country": "AE",
        "capacity": 30,
        "body": [
            (
                "paragraph",
                "<p>The roundtable agreed on a price comparison page and a campaign on "
                "digital transfers. The report is in the knowledge library.</p>",
            ),
        ],
    },
    {
        "slug": "diaspora-investment-clinic",
        "tags": ["investment", "entrepreneurship"],
        "title": "Diaspora investment clinic",
        "intro": (
            "Every four weeks, one hour online with the investment desk: bring your questions "
            "about buying land, opening a company or putting your savings to work at home."
        ),
        "days_from_now": 6,
        "hour": 12,
        "hours": 1,
        "time_zone": "America/New_York",
        "format": "online",
        "join_url": "https://meet.example.org/investment-clinic",
        "organiser": "Investment desk, Office for Diaspora Engagement",
        "speakers": (
            "Amara Diallo, head of the investment desk\n"
            "Joseph Okafor, Chamber of Commerce and Industry\n"
            "Leila Benali, notary, Association of Notaries"
        ),
        "capacity": 40,
        "registrations": 26,
        "further_dates": [
            {"days_from_now": 34, "capacity": 30, "registrations": 12},
            # Land and property: the notaries answer one by one, so fewer places.
            {"days_from_now": 62, "capacity": 25, "registrations": 23},
            {"days_from_now": 90, "capacity": 50, "registrations": 4},
        ],
        "body": [
            (
                "paragraph",
                "<p>The clinic runs at noon New York time, which is late afternoon in "
                "Europe and evening in the Gulf. Each session opens with a ten-minute update "
                "from the investment desk and then takes your questions, sent in advance or "
                "asked live: checking a title deed from abroad, choosing between a local "
                "company and a branch, the incentives for diaspora investors, and what banks "
                "ask for before moving money home.</p>",
            ),
            (
                "paragraph",
                "<p>Each date is a separate session with its own places, so register for the "
                "ones you want. Places are limited so that every question gets an answer; "
                "when a date is full you can join its waiting list. The link to join is shown "
                "on this page and in your confirmation e-mail.</p>",
            ),
        ],
    },
]
