"""Demo investment opportunities: twelve kinds of project in seven countries of origin.

Each entry reads like a real listing: what the project is, where, how much it seeks and on
what terms. A few are closed or past their deadline, so that the default results hide them.
"""

import datetime

COUNTRIES = [
    ("SN", ["Thiès", "Saint-Louis", "Ziguinchor"]),
    ("MA", ["Souss-Massa", "Fès-Meknès", "Oriental"]),
    ("KE", ["Nakuru", "Kisumu", "Machakos"]),
    ("NG", ["Lagos", "Kaduna", "Enugu"]),
    ("CO", ["Antioquia", "Valle del Cauca", "Santander"]),
    ("GH", ["Ashanti", "Volta", "Northern"]),
    ("PH", ["Cebu", "Davao", "Iloilo"]),
]

# title, sector, instrument, stage, ticket (min, max), currency, summary, description, return
PROJECTS = [
    (
        "Solar mini-grid for {n} villages",
        "energy",
        "equity",
        "growth",
        (100_000, 750_000),
        "EUR",
        "A 600 kW solar mini-grid with battery storage supplying {n} villages and their "
        "mills in {region}.",
        "The operator already runs two grids with 1,900 paying connections. Funds pay for panels, "
        "batteries and smart meters; customers pay by mobile money. Risks: currency, theft, tariff "
        "regulation.",
        "Target return 11% a year over 8 years; 9,000 people connected",
    ),
    (
        "Wind and solar hybrid for an industrial park",
        "energy",
        "ppp",
        "idea",
        (2_000_000, 15_000_000),
        "USD",
        "A 20 MW hybrid plant selling power to the industrial park of {region} under a "
        "20-year contract.",
        "The regional government offers the land and a power purchase agreement. The feasibility "
        "study is complete; the consortium seeks equity partners and lenders.",
        "Project IRR 13%",
    ),
    (
        "Cold storage for fruit and vegetable farmers",
        "agriculture-agribusiness",
        "loan",
        "growth",
        (50_000, 300_000),
        "EUR",
        "Solar-powered cold rooms at three markets in {region}, cutting post-harvest losses "
        "by half.",
        "Farmers rent crates by the day. The company has run one cold room for two years at 85% "
        "occupancy and seeks a five-year loan for three more.",
        "8% interest, quarterly repayments",
    ),
    (
        "Mango drying and export cooperative",
        "agriculture-agribusiness",
        "crowdfunding",
        "early",
        (5_000, 80_000),
        "EUR",
        "A women's cooperative in {region} wants a second drying line to export certified "
        "organic dried mango.",
        "The cooperative has 140 members and an organic certificate. The line doubles its "
        "capacity; "
        "a European buyer has signed a letter of intent.",
        "Reward-based: products and a share of profits",
    ),
    (
        "Affordable housing: {n} homes",
        "real-estate",
        "real_estate",
        "growth",
        (250_000, 2_500_000),
        "USD",
        "{n} two- and three-bedroom homes near the new ring road in {region}, sold with "
        "diaspora mortgages.",
        "The developer owns the land with clean title and has building permits. Homes are "
        "pre-sold to "
        "diaspora buyers in instalments.",
        "Expected return 14% over 3 years",
    ),
    (
        "Diaspora bond for regional hospitals",
        "health",
        "diaspora_bond",
        "mature",
        (1_000, 50_000),
        "USD",
        "A five-year government bond financing the equipment of four regional hospitals, "
        "open to the diaspora.",
        "Issued by the Development Bank with a state guarantee. Minimum subscription 1,000; "
        "coupons paid "
        "twice a year into an account abroad or at home.",
        "5.5% a year, state guaranteed",
    ),
    (
        "Private clinic and diagnostic centre",
        "health",
        "equity",
        "early",
        (300_000, 1_500_000),
        "EUR",
        "A day clinic with imaging and laboratory in {region}, founded by diaspora doctors "
        "returning home.",
        "The founders bring 40 years of practice abroad. Funds pay for a CT scanner and the "
        "laboratory; "
        "agreements with two insurers are signed.",
        "Target IRR 18%",
    ),
    (
        "Software school and outsourcing studio",
        "information-technology",
        "equity",
        "growth",
        (80_000, 400_000),
        "USD",
        "A coding school in {region} whose best graduates join its outsourcing studio "
        "serving clients abroad.",
        "120 graduates a year, 70% placed; the studio bills 600,000 a year. Funds open a "
        "second campus.",
        "Revenue share then equity; 3x target multiple",
    ),
    (
        "Fintech for small shop payments",
        "finance-banking",
        "equity",
        "early",
        (150_000, 1_000_000),
        "USD",
        "A mobile app that lets small shops in {region} accept card and wallet payments and "
        "get working-capital loans.",
        "12,000 merchants onboarded in 18 months; licensed by the central bank as a payment "
        "institution.",
        "Seed round, 15% equity offered",
    ),
    (
        "Eco-lodge and heritage trail",
        "tourism-hospitality",
        "equity",
        "idea",
        (200_000, 900_000),
        "EUR",
        "A 24-room eco-lodge on the heritage trail of {region}, with guides trained from "
        "nearby villages.",
        "The site is leased for 30 years; the tourism board co-markets the trail. Seeking "
        "lead investors.",
        "Target return 12%; 40 local jobs",
    ),
    (
        "Vocational school for building trades",
        "education-research",
        "grant",
        "early",
        (10_000, 120_000),
        "EUR",
        "Workshops and tools for a vocational school training 300 young people a year in "
        "{region} as electricians and plumbers.",
        "Run by an NGO with the regional education office. Donations fund equipment and "
        "scholarships.",
        "Impact: 300 trained a year, 75% employed within six months",
    ),
    (
        "Logistics hub and bonded warehouse",
        "trade-logistics",
        "loan",
        "mature",
        (500_000, 5_000_000),
        "USD",
        "A 12,000 m² bonded warehouse near the port serving importers and exporters of {region}.",
        "The operator has ten years of customs brokerage. A seven-year loan finances the building; "
        "anchor tenants cover 60% of the space.",
        "9% interest, secured on the building",
    ),
]

SPONSORS = [
    "Sahel Solar Ventures",
    "SunCircle Energy",
    "Harvest Bridge Foods",
    "Green Valley Agro-Processing",
    "Atelier Terre et Toit",
    "Development Bank",
    "MedLink Diagnostics",
    "Baobab Labs",
    "Diaspora Remit",
    "Coastline Hotels Group",
    "Open Classroom Foundation",
    "National Investment Promotion Agency",
]


def opportunities(today=None):
    today = today or datetime.date(2026, 11, 23)
    number = 0
    for country_index, (country, regions) in enumerate(COUNTRIES):
        for project_index, project in enumerate(PROJECTS):
            title, sector, instrument, stage, (low, high), currency, summary, description, ret = (
                project
            )
            region = regions[(country_index + project_index) % len(regions)]
            count = 4 + (country_index * 3 + project_index) % 9
            number += 1
            # Every ninth is closed, every eleventh past its deadline; the rest close later.
            closed = number % 9 == 0
            deadline = today + datetime.timedelta(days=20 + (number * 17) % 300)
            if number % 11 == 0:
                deadline = today - datetime.timedelta(days=10 + number % 30)
            scale = 1 + (number % 4) * 0.5
            yield {
                "title": f"{title.format(n=count)} ({region})",
                "summary": summary.format(n=count, region=region),
                "description": description,
                "expected_return": ret,
                "sector": sector,
                "country": country,
                "region": region,
                "instrument": instrument,
                "stage": stage,
                "ticket_min": int(low * scale),
                "ticket_max": int(high * scale),
                "currency": currency,
                "deadline": None if instrument == "diaspora_bond" else deadline,
                "status": "closed" if closed else "open",
                "verified": number % 3 != 0,
                "sponsor": SPONSORS[project_index],
                "sponsor_member": "member@example.org" if number == 1 else None,
            }
