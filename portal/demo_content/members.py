"""Demo members for load_demo_data: sectors, names, places, headlines, skills and biographies.

Plain data, no Django: portal/demo_members.py turns it into users and profiles. Country
codes are ISO 3166-1 alpha-2, language codes ISO 639-1. Organisations are invented.
"""

# (name, slug) of every sector of activity.
SECTORS = [
    ("Health", "health"),
    ("Education and research", "education-research"),
    ("Information technology", "information-technology"),
    ("Agriculture and agribusiness", "agriculture-agribusiness"),
    ("Finance and banking", "finance-banking"),
    ("Energy", "energy"),
    ("Construction and engineering", "construction-engineering"),
    ("Tourism and hospitality", "tourism-hospitality"),
    ("Creative industries", "creative-industries"),
    ("Law", "law"),
    ("Public administration", "public-administration"),
    ("Trade and logistics", "trade-logistics"),
    ("Manufacturing", "manufacturing"),
    ("Non-profit and development", "non-profit-development"),
    ("Real estate", "real-estate"),
    ("Media and communications", "media-communications"),
]

# How a biography names the sector: "12 years of experience in ...".
SECTOR_PHRASES = {
    "health": "healthcare",
    "education-research": "education and research",
    "information-technology": "the technology sector",
    "agriculture-agribusiness": "agriculture and agribusiness",
    "finance-banking": "finance and banking",
    "energy": "the energy sector",
    "construction-engineering": "construction and engineering",
    "tourism-hospitality": "tourism and hospitality",
    "creative-industries": "the creative industries",
    "law": "the legal profession",
    "public-administration": "public administration",
    "trade-logistics": "trade and logistics",
    "manufacturing": "manufacturing",
    "non-profit-development": "international development",
    "real-estate": "real estate",
    "media-communications": "media and communications",
}

HEADLINES = {
    "health": [
        "Paediatric nurse and clinical educator",
        "Cardiologist and medical researcher",
        "Public health epidemiologist",
        "Hospital pharmacist specialising in antimicrobial stewardship",
    ],
    "education-research": [
        "Lecturer in development economics",
        "Secondary school mathematics teacher",
        "Postdoctoral researcher in materials science",
        "Education programme manager",
    ],
    "information-technology": [
        "Senior software engineer in digital payments",
        "Data scientist working on public-sector analytics",
        "Cloud architect and DevOps lead",
        "Cybersecurity consultant for banks and insurers",
    ],
    "agriculture-agribusiness": [
        "Agronomist specialising in drought-resistant crops",
        "Founder of a cashew processing start-up",
        "Agricultural value chain consultant",
        "Irrigation engineer",
    ],
    "finance-banking": [
        "Investment analyst covering frontier markets",
        "Chartered accountant and auditor",
        "Microfinance and mobile money specialist",
        "Risk manager at a commercial bank",
    ],
    "energy": [
        "Solar energy project developer",
        "Electrical engineer for power grids",
        "Energy policy adviser",
        "Off-grid energy entrepreneur",
    ],
    "construction-engineering": [
        "Civil engineer specialising in bridges",
        "Architect working on affordable housing",
        "Project manager for infrastructure works",
        "Structural engineer and BIM coordinator",
    ],
    "tourism-hospitality": [
        "Hotel general manager",
        "Founder of a cultural tour agency",
        "Chef and restaurant owner",
        "Destination marketing consultant",
    ],
    "creative-industries": [
        "Documentary filmmaker",
        "Fashion designer and brand founder",
        "Music producer and sound engineer",
        "Illustrator and graphic designer",
    ],
    "law": [
        "Immigration lawyer",
        "Corporate lawyer advising on cross-border investment",
        "Human rights advocate",
        "Legal counsel for a logistics group",
    ],
    "public-administration": [
        "Urban planner at a city council",
        "Policy officer for migration and integration",
        "Public procurement specialist",
        "Local government digital services lead",
    ],
    "trade-logistics": [
        "Supply chain manager for food imports",
        "Customs broker and freight forwarder",
        "Export development consultant",
        "Port operations manager",
    ],
    "manufacturing": [
        "Production engineer in the automotive industry",
        "Quality manager in pharmaceuticals",
        "Founder of a textile workshop",
        "Industrial maintenance supervisor",
    ],
    "non-profit-development": [
        "Programme manager for humanitarian response",
        "Monitoring and evaluation specialist",
        "Founder of a girls' education charity",
        "Community organiser and fundraiser",
    ],
    "real-estate": [
        "Property developer",
        "Real estate agent for residential sales",
        "Facilities and property manager",
        "Housing finance adviser",
    ],
    "media-communications": [
        "Journalist covering migration and Africa",
        "Communications director for an NGO",
        "Radio presenter and podcast host",
        "Digital marketing strategist",
    ],
}

SKILLS = {
    "health": [
        "clinical research",
        "epidemiology",
        "nursing education",
        "health policy",
        "telemedicine",
        "global health",
        "patient safety",
        "maternal health",
        "health information systems",
    ],
    "education-research": [
        "curriculum design",
        "academic research",
        "grant writing",
        "e-learning",
        "teacher training",
        "statistics",
        "higher education policy",
        "stem outreach",
    ],
    "information-technology": [
        "python",
        "cloud infrastructure",
        "data engineering",
        "machine learning",
        "cybersecurity",
        "product management",
        "mobile development",
        "devops",
        "open source",
    ],
    "agriculture-agribusiness": [
        "agronomy",
        "irrigation",
        "food processing",
        "value chains",
        "soil health",
        "cooperatives",
        "climate-smart agriculture",
        "agricultural finance",
    ],
    "finance-banking": [
        "financial modelling",
        "audit",
        "microfinance",
        "mobile money",
        "risk management",
        "remittances",
        "impact investing",
        "accounting",
        "compliance",
    ],
    "energy": [
        "solar power",
        "grid engineering",
        "energy efficiency",
        "mini-grids",
        "energy policy",
        "project finance",
        "wind power",
    ],
    "construction-engineering": [
        "civil engineering",
        "structural design",
        "bim",
        "project management",
        "affordable housing",
        "site supervision",
        "urban infrastructure",
    ],
    "tourism-hospitality": [
        "hotel management",
        "event planning",
        "culinary arts",
        "destination marketing",
        "customer service",
        "ecotourism",
        "revenue management",
    ],
    "creative-industries": [
        "filmmaking",
        "photography",
        "graphic design",
        "music production",
        "fashion design",
        "storytelling",
        "illustration",
        "art direction",
    ],
    "law": [
        "immigration law",
        "corporate law",
        "human rights",
        "contract negotiation",
        "arbitration",
        "data protection",
        "legal research",
    ],
    "public-administration": [
        "urban planning",
        "public policy",
        "public procurement",
        "digital government",
        "migration policy",
        "local government",
        "policy evaluation",
    ],
    "trade-logistics": [
        "supply chain management",
        "customs",
        "freight forwarding",
        "export development",
        "warehousing",
        "trade finance",
        "procurement",
    ],
    "manufacturing": [
        "lean manufacturing",
        "quality assurance",
        "industrial maintenance",
        "production planning",
        "textiles",
        "process engineering",
        "health and safety",
    ],
    "non-profit-development": [
        "fundraising",
        "monitoring and evaluation",
        "humanitarian response",
        "community development",
        "project management",
        "volunteer management",
        "advocacy",
        "gender equality",
    ],
    "real-estate": [
        "property development",
        "real estate valuation",
        "property management",
        "mortgage advice",
        "negotiation",
        "land registration",
    ],
    "media-communications": [
        "journalism",
        "public relations",
        "social media",
        "podcasting",
        "copywriting",
        "digital marketing",
        "crisis communication",
        "translation",
    ],
}

# Organisation names; "{city}" is the member's city.
ORGANISATIONS = {
    "health": [
        "{city} University Hospital",
        "{city} Community Health Centre",
        "Meridian Health Partners",
        "Crescent Medical Group",
    ],
    "education-research": [
        "University of {city}",
        "{city} Institute of Technology",
        "Lumen Learning Trust",
        "Westbrook International School",
    ],
    "information-technology": [
        "Baobab Labs",
        "Kora Payments",
        "Northwind Cloud Services",
        "{city} Digital Agency",
    ],
    "agriculture-agribusiness": [
        "Sahel Harvest Cooperative",
        "GreenFurrow Consulting",
        "Golden Kernel Foods",
        "{city} Agricultural Research Station",
    ],
    "finance-banking": [
        "Harbourline Capital",
        "Atlas Commercial Bank",
        "Remit Bridge",
        "{city} Credit Union",
    ],
    "energy": [
        "SunCircle Energy",
        "{city} Power Utility",
        "Kilowatt Access",
        "Horizon Grid Engineering",
    ],
    "construction-engineering": [
        "Stonebridge Engineering",
        "{city} Housing Cooperative",
        "Atelier Terre et Toit",
        "Keystone Infrastructure",
    ],
    "tourism-hospitality": [
        "Grand Hotel {city}",
        "Teranga Journeys",
        "Saffron and Salt Restaurant",
        "{city} Convention Bureau",
    ],
    "creative-industries": [
        "Indigo Frame Productions",
        "Kente and Cloth Studio",
        "Studio Lagune",
        "{city} Arts Collective",
    ],
    "law": [
        "Mensah, Laurent and Partners",
        "{city} Legal Aid Centre",
        "Crossborder Counsel",
        "Okafor and Haddad Law",
    ],
    "public-administration": [
        "City of {city}",
        "{city} Regional Council",
        "National Migration Agency",
        "Office for Integration Services",
    ],
    "trade-logistics": [
        "BlueCorridor Logistics",
        "{city} Port Authority",
        "Spice Route Trading",
        "TransSahara Freight",
    ],
    "manufacturing": [
        "Ndoto Textiles",
        "Precision Parts {city}",
        "Helix Pharmaceuticals",
        "Ironwood Manufacturing",
    ],
    "non-profit-development": [
        "Bridges for Girls' Education",
        "Diaspora Action Network",
        "WaterWise Foundation",
        "{city} Refugee Support",
    ],
    "real-estate": [
        "Keyline Properties",
        "{city} Homes",
        "Courtyard Estates",
        "Hearthstone Housing Finance",
    ],
    "media-communications": [
        "Radio Diaspora {city}",
        "Open Lens Media",
        "The Continental Review",
        "Signal and Story Communications",
    ],
}

# Countries of residence: code -> (weight, cities).
COUNTRIES = {
    "FR": (14, ["Paris", "Lyon", "Marseille", "Lille", "Bordeaux", "Toulouse"]),
    "US": (12, ["New York", "Washington", "Houston", "Atlanta", "Minneapolis"]),
    "CA": (11, ["Montréal", "Toronto", "Ottawa", "Calgary"]),
    "GB": (11, ["London", "Manchester", "Birmingham", "Leeds"]),
    "AE": (8, ["Dubai", "Abu Dhabi", "Sharjah"]),
    "DE": (8, ["Berlin", "Frankfurt", "Munich", "Hamburg"]),
    "BE": (4, ["Brussels", "Antwerp", "Liège"]),
    "IT": (4, ["Milan", "Rome", "Turin"]),
    "ES": (4, ["Madrid", "Barcelona", "Valencia"]),
    "NL": (3, ["Amsterdam", "Rotterdam", "The Hague"]),
    "CH": (3, ["Geneva", "Zurich", "Lausanne"]),
    "QA": (3, ["Doha", "Al Wakrah"]),
    "SA": (3, ["Riyadh", "Jeddah", "Dammam"]),
    "ZA": (3, ["Johannesburg", "Cape Town", "Durban"]),
    "AU": (3, ["Sydney", "Melbourne", "Perth"]),
    "SE": (2, ["Stockholm", "Gothenburg", "Malmö"]),
    "PT": (2, ["Lisbon", "Porto"]),
    "IE": (2, ["Dublin", "Cork"]),
    "BR": (2, ["São Paulo", "Rio de Janeiro", "Salvador"]),
    "NG": (2, ["Lagos", "Abuja"]),
    "KE": (2, ["Nairobi", "Mombasa"]),
    "SN": (2, ["Dakar", "Saint-Louis", "Thiès"]),
    "MA": (2, ["Casablanca", "Rabat", "Marrakesh"]),
    "JP": (1, ["Tokyo", "Osaka"]),
    "NO": (1, ["Oslo", "Bergen"]),
    "AT": (1, ["Vienna", "Graz"]),
    "SG": (1, ["Singapore"]),
    "MX": (1, ["Mexico City", "Guadalajara"]),
}

# Languages commonly used in each country of residence (the first is the main one).
RESIDENCE_LANGUAGES = {
    "FR": ["fr"],
    "US": ["en", "es"],
    "CA": ["en", "fr"],
    "GB": ["en"],
    "AE": ["ar", "en"],
    "DE": ["de"],
    "BE": ["fr", "nl"],
    "IT": ["it"],
    "ES": ["es", "ca"],
    "NL": ["nl"],
    "CH": ["fr", "de", "it"],
    "QA": ["ar", "en"],
    "SA": ["ar"],
    "ZA": ["en"],
    "AU": ["en"],
    "SE": ["sv"],
    "PT": ["pt"],
    "IE": ["en"],
    "BR": ["pt"],
    "NG": ["en", "yo", "ha"],
    "KE": ["sw", "en"],
    "SN": ["fr", "wo"],
    "MA": ["ar", "fr"],
    "JP": ["ja"],
    "NO": ["no"],
    "AT": ["de"],
    "SG": ["en"],
    "MX": ["es"],
}

# Countries of origin: code -> weight.
COUNTRY_OF_ORIGIN = {
    "SN": 12,
    "NG": 12,
    "MA": 11,
    "GH": 9,
    "LB": 9,
    "IN": 9,
    "KE": 8,
    "PH": 8,
    "CO": 8,
    "ET": 7,
}

# How a biography names each country of origin ("a family from the Philippines").
ORIGIN_NAMES = {
    "SN": "Senegal",
    "NG": "Nigeria",
    "MA": "Morocco",
    "GH": "Ghana",
    "LB": "Lebanon",
    "IN": "India",
    "KE": "Kenya",
    "PH": "the Philippines",
    "CO": "Colombia",
    "ET": "Ethiopia",
}

# Heritage language sets by country of origin: a member speaks one of these sets.
ORIGIN_LANGUAGES = {
    "SN": [["wo", "fr"], ["wo", "ff", "fr"], ["fr"]],
    "NG": [["en", "yo"], ["en", "ha"], ["en", "ig"], ["en"]],
    "MA": [["ar", "fr"], ["ar", "fr", "es"], ["ar"]],
    "GH": [["en", "ak"], ["en"]],
    "LB": [["ar", "fr", "en"], ["ar", "en"], ["ar", "fr"]],
    "IN": [["hi", "en"], ["ta", "en"], ["ml", "en"], ["bn", "en"]],
    "KE": [["sw", "en"], ["en"]],
    "PH": [["tl", "en"], ["en"]],
    "CO": [["es"], ["es", "en"]],
    "ET": [["am", "en"], ["am", "om"], ["ti", "am"]],
}

# Given names and family names by country of origin.
FIRST_NAMES = {
    "SN": [
        "Aminata", "Moussa", "Fatou", "Ousmane", "Awa", "Cheikh", "Mariama", "Ibrahima",
        "Khady", "Mamadou", "Ndeye", "Abdoulaye", "Coumba", "Babacar",
    ],
    "NG": [
        "Chinedu", "Ngozi", "Oluwaseun", "Funmilayo", "Emeka", "Adaeze", "Babatunde",
        "Zainab", "Ifeanyi", "Yetunde", "Tunde", "Amaka", "Musa", "Halima",
    ],
    "MA": [
        "Youssef", "Salma", "Mehdi", "Imane", "Nadia", "Hamza", "Khadija", "Omar",
        "Soukaina", "Rachid", "Leila", "Anas",
    ],
    "GH": [
        "Kwame", "Ama", "Kofi", "Akosua", "Yaw", "Efua", "Kwabena", "Abena", "Kojo",
        "Adwoa", "Nana", "Esi",
    ],
    "LB": [
        "Rami", "Nour", "Georges", "Maya", "Ziad", "Rania", "Elie", "Lara", "Hadi", "Yara",
        "Nadim", "Carla",
    ],
    "IN": [
        "Priya", "Arjun", "Ananya", "Rahul", "Kavya", "Vikram", "Deepa", "Sanjay", "Neha",
        "Rohan", "Meera", "Aditya",
    ],
    "KE": [
        "Wanjiru", "Achieng", "Njeri", "Akinyi", "Wambui", "Kiprotich", "Brian", "Faith",
        "Kevin", "Mercy", "Dennis", "Grace",
    ],
    "PH": [
        "Jose", "Maricel", "Rommel", "Joy", "Paolo", "Liza", "Jericho", "Analyn", "Carlo",
        "Rowena", "Kristine", "Marvin",
    ],
    "CO": [
        "Andrés", "Valentina", "Camilo", "Daniela", "Santiago", "Juliana", "Felipe",
        "Catalina", "Mateo", "Paola", "Sebastián", "Luisa",
    ],
    "ET": [
        "Abebe", "Selam", "Dawit", "Hiwot", "Yonas", "Meron", "Tesfaye", "Bethlehem",
        "Henok", "Mahlet", "Samuel", "Tigist",
    ],
}  # fmt: skip

LAST_NAMES = {
    "SN": [
        "Diop", "Ndiaye", "Fall", "Sow", "Diallo", "Faye", "Sarr", "Gueye", "Ba", "Mbaye",
        "Cissé", "Seck",
    ],
    "NG": [
        "Okafor", "Adeyemi", "Eze", "Balogun", "Okonkwo", "Abubakar", "Nwosu", "Adebayo",
        "Bello", "Olawale", "Ogunleye", "Umeh",
    ],
    "MA": [
        "El Amrani", "Benali", "Alaoui", "Bennani", "Tazi", "El Idrissi", "Berrada",
        "Chraibi", "Ouazzani", "Lahlou",
    ],
    "GH": [
        "Mensah", "Owusu", "Boateng", "Asante", "Osei", "Addo", "Appiah", "Agyeman", "Darko",
        "Ofori", "Amoah",
    ],
    "LB": [
        "Khoury", "Haddad", "Saad", "Nassar", "Aoun", "Frem", "Karam", "Salameh", "Chidiac",
        "Abi Nader",
    ],
    "IN": [
        "Sharma", "Patel", "Iyer", "Nair", "Reddy", "Gupta", "Menon", "Kapoor", "Desai",
        "Rao", "Singh",
    ],
    "KE": [
        "Kamau", "Otieno", "Mwangi", "Ochieng", "Kiprop", "Wanjala", "Njoroge", "Mutua",
        "Odhiambo", "Chebet", "Kariuki",
    ],
    "PH": [
        "Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Ramos",
        "Aquino", "Castillo", "Manalo", "Garcia",
    ],
    "CO": [
        "Rodríguez", "Gómez", "Martínez", "Restrepo", "Castaño", "Ospina", "Velásquez",
        "Cárdenas", "Moreno", "Jaramillo", "Zapata",
    ],
    "ET": [
        "Bekele", "Girma", "Alemu", "Haile", "Tadesse", "Mengistu", "Wolde", "Desta",
        "Kebede", "Gebre",
    ],
}  # fmt: skip

# Given names of members born and raised abroad (the second generation).
SECOND_GENERATION_FIRST_NAMES = [
    "Sarah", "Adam", "Nina", "Lucas", "Maya", "Yasmin", "Daniel", "Inès", "Noah", "Léa",
    "Sofia", "Elias", "Amir", "Hannah", "Jonathan", "Clara", "Ryan", "Layla", "Zoe", "Ethan",
]  # fmt: skip

# Biographies: an opening, a sentence about the work, a closing. Placeholders: {role}
# (headline, lower-cased first letter), {Role}, {a_role} ("an architect ..."), {city},
# {origin} (country name), {years} ("12 years"), {field} (SECTOR_PHRASES), {organisation},
# {skill1}, {skill2}, {skill3}.
BIO_OPENINGS = [
    "{Role}, based in {city}, with {years} of experience in {field}.",
    "I have worked in {field} for {years}, most of it in {city}.",
    "Born in {origin}, I now live in {city}, where I work as {a_role}.",
    "{Role} living in {city}. I have spent {years} in {field}.",
    "After {years} in {field}, I am now settled in {city} and work as {a_role}.",
]
BIO_OPENINGS_SECOND_GENERATION = [
    "I grew up in {city} in a family from {origin}, and I have worked in {field} for {years}.",
    "Second-generation, raised between {city} and {origin}; {role} with {years} of experience.",
    "{Role} from {city}, with roots in {origin} and {years} in {field}.",
]
BIO_WORK = [
    "At {organisation} I focus on {skill1} and {skill2}.",
    "My day-to-day work at {organisation} covers {skill1}, {skill2} and {skill3}.",
    "I lead work on {skill1} at {organisation}, with a growing interest in {skill2}.",
    "Today I am with {organisation}, mostly on {skill1} projects.",
]
BIO_CLOSINGS = {
    "open_to_mentoring": [
        "I am glad to mentor students and young professionals starting out in {field}.",
        "Happy to mentor anyone from home who is thinking about a career in {field}.",
    ],
    "open_to_speaking": [
        "I speak at community and professional events and welcome invitations.",
    ],
    "open_to_volunteering": [
        "I volunteer with diaspora associations and can give a few hours a month.",
    ],
    "open_to_investing": [
        "I am looking at investment opportunities at home, particularly in {field}.",
    ],
    "open_to_return": [
        "I would consider a temporary assignment at home to share what I have learned.",
    ],
    "none": [
        "I joined Diaspora Connect to stay close to professionals from home.",
        "Here to reconnect with colleagues from home and follow what is happening in {field}.",
        "Always happy to exchange with people working on similar questions.",
    ],
}

# Paths of invented links under https://example.org/ ({slug} is first-last).
LINK_PATHS = [
    "in/{slug}",
    "portfolio/{slug}",
    "blog/{slug}",
    "research/{slug}",
    "talks/{slug}",
]

# Visibility changes members make, with how often each is picked (the rest keep defaults).
VISIBILITY_CHANGES = [
    ("city", "private", 5),
    ("bio", "members", 4),
    ("links", "public", 3),
    ("years_of_experience", "public", 2),
    ("country_of_residence", "public", 3),
    ("country_of_residence", "private", 1),
    ("organisation", "members", 3),
    ("photo", "public", 2),
    ("photo", "private", 1),
    ("skills", "members", 1),
    ("open_to", "members", 1),
    ("languages", "members", 1),
]

# The two demo logins (users made by portal.demo) get full, hand-written profiles.
DEMO_LOGIN_PROFILES = {
    "member@example.org": {
        "headline": "Civil engineer specialising in bridges",
        "bio": (
            "Civil engineer based in Montréal, with 14 years of experience in bridge design "
            "and inspection. I work at Stonebridge Engineering on the rehabilitation of "
            "ageing structures. I mentor young engineers from home and would consider a "
            "temporary assignment on a public works project."
        ),
        "country_of_origin": "LB",
        "country_of_residence": "CA",
        "city": "Montréal",
        "languages": ["ar", "fr", "en"],
        "sectors": ["construction-engineering", "public-administration"],
        "skills": ["civil engineering", "structural design", "site supervision", "bim"],
        "years_of_experience": 14,
        "organisation": "Stonebridge Engineering",
        "links": ["https://example.org/in/karim-haddad"],
        "open_to": ["open_to_mentoring", "open_to_return", "open_to_speaking"],
        "colour": "#1f7a8c",
    },
    "investor@example.org": {
        "headline": "Impact investor in agribusiness and renewable energy",
        "bio": (
            "Partner at Harbourline Capital in Madrid, with 20 years in finance, the last "
            "eight in impact investing. I back small and mid-sized companies in food "
            "processing and off-grid energy, and I am looking for projects led by people "
            "from home."
        ),
        "country_of_origin": "CO",
        "country_of_residence": "ES",
        "city": "Madrid",
        "languages": ["es", "en", "fr"],
        "sectors": ["finance-banking", "agriculture-agribusiness", "energy"],
        "skills": [
            "impact investing",
            "financial modelling",
            "agricultural finance",
            "solar power",
        ],
        "years_of_experience": 20,
        "organisation": "Harbourline Capital",
        "links": ["https://example.org/in/lucia-fernandez", "https://example.org/harbourline"],
        "open_to": ["open_to_investing", "open_to_mentoring", "open_to_speaking"],
        "investor_status": "verified",
        "colour": "#9a031e",
    },
}
