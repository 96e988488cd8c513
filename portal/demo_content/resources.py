"""Demo knowledge library for load_demo_data: resources and country hub factsheets.

Plain data, no Django. The resources summarise real-world diaspora engagement policies,
programmes and reference documents the way a policy library would: what was done, by
whom, when, and what others can learn from it. They state no figures of their own. The
Office's own guides are about the portal's (fictional) country.

A body is a list of (block_type, value) tuples, as in ``news.py``. ``sheet`` marks the
resources that come with a summary sheet (a generated PDF document).
"""

OFFICE = "Office for Diaspora Engagement"

RESOURCES = [
    # -- Policies and country examples -------------------------------------------------
    {
        "slug": "ireland-global-irish-diaspora-policy",
        "title": "Global Irish: Ireland's diaspora policy",
        "type": "policy",
        "countries": ["IE", "GB", "US", "CA"],
        "instruments": ["culture", "philanthropy", "investment", "permanent_return"],
        "year": 2015,
        "source": "Department of Foreign Affairs and Trade, Ireland",
        "source_url": "",
        "summary": (
            "Ireland's first written diaspora policy sets out why and how the state engages "
            "the Irish abroad: supporting those in need, connecting communities, facilitating "
            "return and recognising the diaspora's contribution."
        ),
        "body": [
            (
                "paragraph",
                "<p>Published in 2015 after a public consultation, the policy groups the "
                "state's work under five headings: <em>support</em>, <em>connect</em>, "
                "<em>facilitate</em>, <em>recognise</em> and <em>evolve</em>. It brings "
                "together programmes that had grown separately over the previous decade, from "
                "welfare grants for emigrants to business networks.</p>",
            ),
            ("heading", "What others can learn"),
            (
                "paragraph",
                "<ul><li>A written policy gives a single place to explain what the state offers "
                "and why.</li><li>Support for the most vulnerable emigrants (older people, those "
                "in crisis) sits next to economic engagement rather than after it.</li><li>The "
                "policy treats return as something to prepare for, with information on the "
                "practical obstacles returning emigrants meet.</li></ul>",
            ),
        ],
    },
    {
        "slug": "ireland-emigrant-support-programme",
        "title": "Ireland's Emigrant Support Programme",
        "type": "country_example",
        "countries": ["IE", "GB", "US", "AU"],
        "instruments": ["consular_protection", "culture", "philanthropy"],
        "year": 2004,
        "source": "Department of Foreign Affairs and Trade, Ireland",
        "source_url": "",
        "summary": (
            "Since 2004 Ireland has funded voluntary organisations that serve Irish "
            "communities abroad, first for the welfare of vulnerable emigrants and later also "
            "for heritage, culture and business networks."
        ),
        "body": [
            (
                "paragraph",
                "<p>Rather than building services of its own in every city, the state gives "
                "grants to organisations already trusted by the community: advice centres, "
                "befriending services for older emigrants, cultural associations. Applicants "
                "report on what the money achieved each year.</p>",
            ),
            (
                "paragraph",
                "<p>The model suits a consular network that cannot be everywhere. Its limits are "
                "those of any grant scheme: it depends on strong local organisations, and on "
                "stable funding from one budget year to the next.</p>",
            ),
        ],
    },
    {
        "slug": "philippines-commission-on-filipinos-overseas",
        "title": "The Commission on Filipinos Overseas",
        "type": "country_example",
        "countries": ["PH", "US", "CA", "AE", "SA"],
        "instruments": ["philanthropy", "education", "culture", "knowledge_transfer"],
        "year": 1980,
        "source": "Commission on Filipinos Overseas, Philippines",
        "source_url": "https://www.cfo.gov.ph",
        "summary": (
            "Created in 1980, the Commission is one of the oldest diaspora institutions. It "
            "prepares emigrants before they leave, keeps links with permanent emigrants and "
            "channels their donations to projects at home."
        ),
        "body": [
            (
                "paragraph",
                "<p>The Commission works with Filipinos who settle abroad for good, alongside "
                "the agencies that protect temporary overseas workers. Its best-known tools are "
                "the guidance and counselling sessions emigrants attend before departure, and "
                "the <em>Lingkod sa Kapwa Pilipino</em> programme, which matches donations from "
                "abroad with schools, health centres and livelihood projects.</p>",
            ),
            ("heading", "Why it matters"),
            (
                "paragraph",
                "<p>Pre-departure sessions reach every emigrant once, at the moment they most "
                "need practical information. A donation-matching service gives diaspora "
                "philanthropy a trusted channel and a way to report back to donors.</p>",
            ),
        ],
    },
    {
        "slug": "philippines-balikbayan-programme",
        "title": "The Balikbayan programme: welcoming nationals home on visits",
        "type": "country_example",
        "countries": ["PH", "US", "CA"],
        "instruments": ["tourism", "permanent_return", "culture"],
        "year": 1989,
        "source": "Republic Act No. 6768, Philippines",
        "source_url": "",
        "summary": (
            "The Philippines' Balikbayan law gives returning Filipinos and their foreign "
            "spouses and children easier entry and travel privileges, treating diaspora "
            "visits as both family ties and tourism."
        ),
        "body": [
            (
                "paragraph",
                "<p>A <em>balikbayan</em> is a Filipino who comes back home. The 1989 law, "
                "amended in 2003, grants visa-free stays to former Filipinos and to the family "
                "travelling with them, and a duty-free shopping allowance on arrival. The "
                "programme also gave its name to the <em>balikbayan box</em>, the parcels "
                "emigrants send to their families.</p>",
            ),
            (
                "paragraph",
                "<p>For countries with a large second generation, the lesson is that visiting "
                "is the first form of engagement: making entry simple for descendants who hold "
                "another passport keeps the door open for later investment or return.</p>",
            ),
        ],
    },
    {
        "slug": "mexico-three-for-one-programme",
        "title": "Mexico's 3x1 programme for migrants",
        "type": "country_example",
        "countries": ["MX", "US"],
        "instruments": ["philanthropy", "investment"],
        "year": 2002,
        "source": "Secretaría de Desarrollo Social, Mexico",
        "source_url": "",
        "summary": (
            "Under the 3x1 programme, every peso that a hometown association of migrants put "
            "into a local project was matched by the municipal, state and federal "
            "governments. It became the best-studied example of matched diaspora "
            "philanthropy."
        ),
        "body": [
            (
                "paragraph",
                "<p>Mexican hometown associations in the United States had funded roads, "
                "churches and water systems in their villages for decades. Zacatecas began "
                "matching their contributions in the 1990s, and the federal programme "
                "generalised the idea in 2002.</p>",
            ),
            ("heading", "Lessons from the evaluations"),
            (
                "paragraph",
                "<ul><li>Matching funds multiply what migrants give and bring them to the table "
                "with local governments.</li><li>Projects went where associations were "
                "strongest, which were not always the poorest places.</li><li>Joint "
                "committees that choose and follow the projects are what build trust.</li>"
                "</ul>",
            ),
        ],
        "sheet": True,
    },
    {
        "slug": "mexico-institute-for-mexicans-abroad",
        "title": "The Institute for Mexicans Abroad and its consular services",
        "type": "country_example",
        "countries": ["MX", "US", "CA"],
        "instruments": ["consular_protection", "education", "culture"],
        "year": 2003,
        "source": "Secretaría de Relaciones Exteriores, Mexico",
        "source_url": "",
        "summary": (
            "Mexico's Institute for Mexicans Abroad turned its large consular network into a "
            "platform for community services: health information desks, adult education and "
            "financial literacy, offered where nationals already go for documents."
        ),
        "body": [
            (
                "paragraph",
                "<p>Created in 2003 within the foreign ministry, the Institute works through "
                "the consulates. Its health windows (<em>Ventanillas de Salud</em>) and "
                "community education spaces bring partner organisations into the consulate's "
                "waiting room, so that a visit for a passport can also be a visit for "
                "advice.</p>",
            ),
            (
                "paragraph",
                "<p>An advisory council elected by community leaders gives the diaspora a "
                "formal voice in the Institute's work.</p>",
            ),
        ],
    },
    {
        "slug": "ethiopia-diaspora-bonds",
        "title": "Ethiopia's diaspora bonds for power infrastructure",
        "type": "country_example",
        "countries": ["ET", "US"],
        "instruments": ["investment"],
        "year": 2011,
        "source": "Ethiopian Electric Power Corporation",
        "source_url": "",
        "summary": (
            "Ethiopia offered bonds to its diaspora twice, for the Millennium Corridor in "
            "2008 and for the Renaissance Dam in 2011. Take-up was modest, and the issues "
            "show what diaspora bonds need beyond patriotism."
        ),
        "body": [
            (
                "paragraph",
                "<p>Both issues were sold in small denominations to Ethiopians abroad, to "
                "finance electricity generation. Studies of the first issue point to low "
                "confidence in the issuer, exchange-rate risk and the lack of a secondary "
                "market. Securities regulators in the United States later took action over "
                "sales to residents there that had not been registered.</p>",
            ),
            ("heading", "What to take from it"),
            (
                "paragraph",
                "<p>A bond sold abroad is subject to the rules of the countries where it is "
                "sold. Investors compare it with what their savings earn where they live. And "
                "transparency about the project, before and after the sale, matters as much "
                "as the coupon.</p>",
            ),
        ],
        "sheet": True,
    },
    {
        "slug": "israel-bonds",
        "title": "Israel Bonds: seven decades of diaspora borrowing",
        "type": "country_example",
        "countries": ["IL", "US", "CA"],
        "instruments": ["investment"],
        "year": 1951,
        "source": "Development Corporation for Israel",
        "source_url": "https://www.israelbonds.com",
        "summary": (
            "Israel has sold bonds to its diaspora and friends abroad since 1951, through an "
            "organisation registered in the countries where it sells. It is the longest "
            "continuous diaspora bond programme."
        ),
        "body": [
            (
                "paragraph",
                "<p>The bonds are issued by the state and sold through the Development "
                "Corporation for Israel, which is registered with the securities regulators "
                "of the countries where it operates. Buyers have kept buying through crises, "
                "which studies attribute to a mix of investment and solidarity.</p>",
            ),
            (
                "paragraph",
                "<p>The programme shows the three conditions that recur in the literature: a "
                "reliable issuer, a sales organisation that follows local law, and a long "
                "relationship with buyers.</p>",
            ),
        ],
    },
    {
        "slug": "india-diaspora-deposit-schemes",
        "title": "India's diaspora deposit schemes of 1998 and 2000",
        "type": "country_example",
        "countries": ["IN", "US", "GB", "AE"],
        "instruments": ["investment"],
        "year": 2000,
        "source": "State Bank of India",
        "source_url": "",
        "summary": (
            "Twice, when it needed foreign currency quickly, India offered its diaspora "
            "five-year instruments through the State Bank of India: the Resurgent India Bonds "
            "in 1998 and the India Millennium Deposits in 2000."
        ),
        "body": [
            (
                "paragraph",
                "<p>Both were sold through the bank's branches and correspondents abroad and "
                "restricted to non-resident Indians. They are often cited as examples of "
                "diaspora finance raised at a time when international markets were less "
                "welcoming.</p>",
            ),
            (
                "paragraph",
                "<p>Studies note that a well-known bank with branches abroad lowered the cost "
                "of reaching buyers, and that the instruments were designed for a one-off need "
                "rather than as a permanent programme.</p>",
            ),
        ],
    },
    {
        "slug": "india-overseas-citizenship",
        "title": "Overseas Citizenship of India",
        "type": "policy",
        "countries": ["IN", "US", "GB", "CA", "AE"],
        "instruments": ["permanent_return", "temporary_return", "investment", "tourism"],
        "year": 2005,
        "source": "Ministry of Home Affairs, India",
        "source_url": "",
        "summary": (
            "India does not allow dual citizenship. Since 2005, people of Indian origin with "
            "another nationality can hold Overseas Citizenship of India: a lifelong visa and "
            "most economic rights, without the vote."
        ),
        "body": [
            (
                "paragraph",
                "<p>Overseas citizens may live, work, study and invest in India without a "
                "visa for each visit, and are treated like non-resident Indians in most "
                "economic matters. Political rights and some kinds of property remain reserved "
                "to citizens.</p>",
            ),
            (
                "paragraph",
                "<p>It is an example of a status between citizen and foreigner, designed for "
                "countries that want to keep descendants close without changing their "
                "nationality law.</p>",
            ),
        ],
    },
    {
        "slug": "india-pravasi-bharatiya-divas",
        "title": "Pravasi Bharatiya Divas: a diaspora day",
        "type": "country_example",
        "countries": ["IN", "GB", "US"],
        "instruments": ["culture", "investment"],
        "year": 2003,
        "source": "Ministry of External Affairs, India",
        "source_url": "",
        "summary": (
            "Since 2003 India has held a diaspora convention around 9 January, the date "
            "Gandhi returned from South Africa. It honours members of the diaspora and gives "
            "ministries a stage to present what they offer."
        ),
        "body": [
            (
                "paragraph",
                "<p>The convention combines recognition (awards to members of the diaspora), "
                "policy announcements and business sessions with the states of India. It was "
                "held every year at first and later every two years, with smaller regional "
                "editions abroad.</p>",
            ),
            (
                "paragraph",
                "<p>Diaspora days work best when they are a moment in a longer relationship: "
                "announcements made there need follow-up that participants can see.</p>",
            ),
        ],
    },
    {
        "slug": "scotland-globalscot-network",
        "title": "GlobalScot: a network of business leaders abroad",
        "type": "country_example",
        "countries": ["GB", "US", "CA"],
        "instruments": ["knowledge_transfer", "investment"],
        "year": 2001,
        "source": "Scottish Enterprise",
        "source_url": "",
        "summary": (
            "Scotland's economic development agency invites senior business people with a "
            "link to Scotland to advise and open doors for Scottish companies. Members give "
            "time and contacts rather than money."
        ),
        "body": [
            (
                "paragraph",
                "<p>Launched in 2001, the network is by invitation: members are chosen for "
                "their position and their willingness to help, not only for their origin. "
                "Companies at home ask for specific help, such as an introduction or market "
                "advice, and the agency matches the request with a member.</p>",
            ),
            (
                "paragraph",
                "<p>Its lesson is about scale: a small, well-managed network of people who "
                "answer requests can do more than a large database nobody uses.</p>",
            ),
        ],
    },
    {
        "slug": "birthright-armenia",
        "title": "Birthright Armenia: volunteering trips for young people of the diaspora",
        "type": "country_example",
        "countries": ["AM", "US", "FR", "CA"],
        "instruments": ["temporary_return", "education", "culture", "tourism"],
        "year": 2003,
        "source": "Birthright Armenia",
        "source_url": "https://birthrightarmenia.org",
        "summary": (
            "Young adults of Armenian descent spend several weeks or months in Armenia as "
            "volunteers, living with host families and taking language classes. Travel costs "
            "are partly refunded once the placement is done."
        ),
        "body": [
            (
                "paragraph",
                "<p>Placements are matched to the volunteer's skills, in hospitals, schools, "
                "NGOs or businesses. Living with a family and learning the language are part "
                "of the programme, not extras.</p>",
            ),
            (
                "paragraph",
                "<p>The programme is aimed at the second and third generations, for whom a "
                "first long stay often decides whether the link with the country grows or "
                "fades.</p>",
            ),
        ],
    },
    {
        "slug": "ghana-year-of-return",
        "title": "Ghana's Year of Return, 2019",
        "type": "country_example",
        "countries": ["GH", "US", "GB"],
        "instruments": ["tourism", "culture", "investment"],
        "year": 2019,
        "source": "Ghana Tourism Authority",
        "source_url": "",
        "summary": (
            "Four hundred years after the first enslaved Africans were brought to Virginia, "
            "Ghana invited the African diaspora to visit in 2019, with a year of events, "
            "easier visas and investment forums."
        ),
        "body": [
            (
                "paragraph",
                "<p>The campaign addressed a wide diaspora: people of African descent in the "
                "Americas and Europe as well as Ghanaians abroad. Heritage sites, festivals "
                "and business events were grouped under one message, and a follow-up "
                "programme continued the effort in the following years.</p>",
            ),
            (
                "paragraph",
                "<p>It shows how a single symbolic date can gather tourism, culture and "
                "investment promotion into one invitation.</p>",
            ),
        ],
    },
    {
        "slug": "kenya-diaspora-policy",
        "title": "Kenya Diaspora Policy",
        "type": "policy",
        "countries": ["KE", "GB", "US", "AE"],
        "instruments": ["investment", "knowledge_transfer", "consular_protection"],
        "year": 2014,
        "source": "Ministry of Foreign Affairs, Kenya",
        "source_url": "",
        "summary": (
            "Kenya's diaspora policy aims to integrate Kenyans abroad into national "
            "development: lowering the cost of remittances, protecting workers abroad, "
            "mapping skills and creating channels for investment."
        ),
        "body": [
            (
                "paragraph",
                "<p>The policy gives the foreign ministry a coordinating role and lists "
                "commitments across government: consular services closer to where Kenyans "
                "live, support for migrant workers in the Gulf, a diaspora database, and "
                "incentives for investment at home.</p>",
            ),
            (
                "paragraph",
                "<p>Like most diaspora policies, its results depend on the institutions "
                "created to carry it out and on the budget they receive.</p>",
            ),
        ],
    },
    {
        "slug": "nigeria-diaspora-commission",
        "title": "Nigerians in Diaspora Commission",
        "type": "country_example",
        "countries": ["NG", "GB", "US", "ZA"],
        "instruments": ["investment", "knowledge_transfer", "consular_protection"],
        "year": 2017,
        "source": "Nigerians in Diaspora Commission",
        "source_url": "https://nidcom.gov.ng",
        "summary": (
            "Nigeria created a commission for its diaspora by law in 2017. It links Nigerians "
            "abroad with government, promotes their investment and skills at home, and "
            "speaks for them when they face difficulties abroad."
        ),
        "body": [
            (
                "paragraph",
                "<p>The commission sits at the centre of government rather than inside one "
                "ministry, which gives it a convening role. Its work ranges from diaspora "
                "investment summits to help for nationals caught in crises abroad.</p>",
            ),
            (
                "paragraph",
                "<p>A commission established by law outlasts changes of government, a point "
                "diaspora organisations had long asked for.</p>",
            ),
        ],
    },
    {
        "slug": "senegal-faise-investment-fund",
        "title": "Senegal's investment support fund for Senegalese abroad",
        "type": "country_example",
        "countries": ["SN", "FR", "IT", "ES"],
        "instruments": ["investment", "permanent_return"],
        "year": 2008,
        "source": "Government of Senegal",
        "source_url": "",
        "summary": (
            "The FAISE fund finances business projects of Senegalese living abroad or coming "
            "back, with loans and guarantees, and advises them on their business plans."
        ),
        "body": [
            (
                "paragraph",
                "<p>The <em>Fonds d'appui à l'investissement des Sénégalais de l'extérieur</em> "
                "was set up in 2008. Applicants present a project, receive help to prepare it "
                "and may then obtain financing through partner institutions.</p>",
            ),
            (
                "paragraph",
                "<p>Funds of this kind are most useful when they offer advice as well as "
                "money: many projects by returning nationals fail on the practical knowledge "
                "of the local market, not on capital.</p>",
            ),
        ],
    },
    {
        "slug": "morocco-hassan-ii-foundation",
        "title": "Morocco's Hassan II Foundation for Moroccans Resident Abroad",
        "type": "country_example",
        "countries": ["MA", "FR", "BE", "ES", "NL", "IT"],
        "instruments": ["culture", "education", "consular_protection"],
        "year": 1990,
        "source": "Hassan II Foundation for Moroccans Resident Abroad",
        "source_url": "",
        "summary": (
            "Since 1990 the Foundation has offered Moroccans abroad language and culture "
            "classes for their children, legal and social assistance, and a welcome during "
            "the summer crossing home."
        ),
        "body": [
            (
                "paragraph",
                "<p>The Foundation's best-known work is teaching Arabic and Moroccan culture "
                "to children in Europe, often in partnership with host-country schools, and "
                "assisting families each summer, when Moroccans from all over Europe drive "
                "home through Spain.</p>",
            ),
            (
                "paragraph",
                "<p>Morocco later created a consultative council for its community abroad "
                "(2007), which advises on policy while the Foundation delivers services.</p>",
            ),
        ],
    },
    {
        "slug": "moldova-pare-one-plus-one",
        "title": "Moldova's PARE 1+1: matching migrants' savings for small businesses",
        "type": "country_example",
        "countries": ["MD", "IT"],
        "instruments": ["investment", "permanent_return"],
        "year": 2010,
        "source": "Organisation for Small and Medium Enterprises Development, Moldova",
        "source_url": "",
        "summary": (
            "For every leu a migrant or their family invests in a new or growing business in "
            "Moldova, the programme adds one, up to a ceiling, after a business training "
            "course."
        ),
        "body": [
            (
                "paragraph",
                "<p>The <em>Programme for Attracting Remittances into the Economy</em> "
                "combines training, a grant matching the applicant's own money and follow-up. "
                "Applicants must show that the money comes from work abroad.</p>",
            ),
            (
                "paragraph",
                "<p>It is a compact example of turning remittances into productive "
                "investment without asking migrants to hand their savings to the state.</p>",
            ),
        ],
    },
    {
        "slug": "portugal-programa-regressar",
        "title": "Portugal's Programa Regressar",
        "type": "policy",
        "countries": ["PT", "FR", "GB", "CH", "DE"],
        "instruments": ["permanent_return"],
        "year": 2019,
        "source": "Government of Portugal",
        "source_url": "",
        "summary": (
            "Portugal encourages emigrants who left during the economic crisis to come home, "
            "with income tax relief for the first years after return, help with moving costs "
            "and a job-matching service."
        ),
        "body": [
            (
                "paragraph",
                "<p>The programme was launched in 2019 for Portuguese who had lived abroad for "
                "several years. It bundles measures from several ministries under one name and "
                "one website, including support for recognising qualifications earned "
                "abroad.</p>",
            ),
            (
                "paragraph",
                "<p>Return programmes are judged on who actually returns: tax relief attracts "
                "people who already wanted to come back, and information on jobs and schools "
                "helps families decide.</p>",
            ),
        ],
    },
    {
        "slug": "ecuador-welcome-home-plan",
        "title": "Ecuador's Welcome Home plan for returning migrants",
        "type": "country_example",
        "countries": ["EC", "ES", "IT", "US"],
        "instruments": ["permanent_return", "investment"],
        "year": 2008,
        "source": "Secretaría Nacional del Migrante, Ecuador",
        "source_url": "",
        "summary": (
            "When the financial crisis hit Spain and Italy, Ecuador offered returning "
            "migrants duty-free import of their household goods and tools, and seed capital "
            "for business projects through the El Cucayo fund."
        ),
        "body": [
            (
                "paragraph",
                "<p>The plan, <em>Bienvenid@s a Casa</em>, was run by a ministry-level "
                "secretariat for migrants created in 2007. Its business fund asked applicants "
                "to contribute part of the capital and offered training to prepare their "
                "plans.</p>",
            ),
            (
                "paragraph",
                "<p>It illustrates a return policy designed for a moment of crisis in the "
                "countries of residence, when many migrants were weighing whether to stay.</p>",
            ),
        ],
    },
    {
        "slug": "colombia-law-of-return",
        "title": "Colombia's law of return",
        "type": "policy",
        "countries": ["CO", "US", "ES"],
        "instruments": ["permanent_return", "investment"],
        "year": 2012,
        "source": "Law 1565 of 2012, Colombia",
        "source_url": "",
        "summary": (
            "Colombia's 2012 law gives returning nationals tax exemptions on the household "
            "goods and professional tools they bring back, and guides them towards jobs, "
            "training or a business."
        ),
        "body": [
            (
                "paragraph",
                "<p>The law defines several kinds of return (for work, to start a business, "
                "on humanitarian grounds) with support adapted to each, delivered through the "
                "foreign ministry's programme for Colombians abroad, <em>Colombia Nos "
                "Une</em>.</p>",
            ),
            (
                "paragraph",
                "<p>Its structure, one law with a typology of returns, is useful for "
                "countries whose returning nationals have very different needs.</p>",
            ),
        ],
    },
    {
        "slug": "sweden-mother-tongue-tuition",
        "title": "Sweden: mother tongue tuition in public schools",
        "type": "country_example",
        "countries": ["SE"],
        "instruments": ["education", "culture"],
        "year": 1977,
        "source": "Swedish National Agency for Education",
        "source_url": "",
        "summary": (
            "Since the home language reform of 1977, children in Sweden who speak another "
            "language at home may be taught it at school. Diaspora families rely on it to "
            "keep their children's language alive."
        ),
        "body": [
            (
                "paragraph",
                "<p>Tuition is organised by the municipality when enough pupils ask for a "
                "language and a teacher is available. It usually takes place outside ordinary "
                "lessons, once or twice a week.</p>",
            ),
            (
                "paragraph",
                "<p>Where a host country offers such classes, associations and consulates can "
                "help families find them and help schools find qualified teachers.</p>",
            ),
        ],
    },
    {
        "slug": "germany-recognition-act",
        "title": "Germany's Recognition Act for foreign professional qualifications",
        "type": "country_example",
        "countries": ["DE"],
        "instruments": ["education", "knowledge_transfer"],
        "year": 2012,
        "source": "Federal Ministry of Education and Research, Germany",
        "source_url": "https://www.anerkennung-in-deutschland.de",
        "summary": (
            "Since 2012 anyone with a foreign professional qualification has a right to have "
            "it assessed against the German equivalent, with a decision usually due within "
            "a few months of a complete application."
        ),
        "body": [
            (
                "paragraph",
                "<p>The federal Recognition Act created a procedure for the professions the "
                "federal government regulates; the federal states passed similar laws for "
                "theirs. An official portal explains which authority is responsible for each "
                "profession.</p>",
            ),
            (
                "paragraph",
                "<p>For nationals living in Germany, recognition decides whether a nurse works "
                "as a nurse. The portal's professionals can share their experience of the "
                "procedure in the directory.</p>",
            ),
        ],
    },
    {
        "slug": "south-africa-homecoming-revolution",
        "title": "Homecoming Revolution: an NGO that helps South Africans return",
        "type": "country_example",
        "countries": ["ZA", "GB", "AU"],
        "instruments": ["permanent_return", "knowledge_transfer"],
        "year": 2003,
        "source": "Homecoming Revolution",
        "source_url": "",
        "summary": (
            "A non-profit started in 2003 encourages skilled South Africans abroad to come "
            "home, with information on jobs and schools, events in the cities where they live "
            "and stories of people who returned."
        ),
        "body": [
            (
                "paragraph",
                "<p>The organisation works with employers who recruit abroad and holds "
                "information fairs in London and other cities. It was created by civil "
                "society rather than government.</p>",
            ),
            (
                "paragraph",
                "<p>Its example shows the place of non-governmental actors, who may be trusted "
                "by emigrants who left because of the situation at home.</p>",
            ),
        ],
    },
    # -- International frameworks and reports ------------------------------------------
    {
        "slug": "global-compact-for-migration",
        "title": "Global Compact for Safe, Orderly and Regular Migration",
        "type": "policy",
        "countries": [],
        "instruments": ["consular_protection", "investment", "knowledge_transfer"],
        "year": 2018,
        "source": "United Nations General Assembly",
        "source_url": "",
        "summary": (
            "The first intergovernmental agreement covering all dimensions of migration, "
            "adopted in 2018. Three of its 23 objectives concern diaspora engagement "
            "directly: consular protection, diaspora contributions and cheaper remittances."
        ),
        "body": [
            (
                "paragraph",
                "<p>The Compact is not legally binding. Objective 14 asks states to enhance "
                "consular protection and cooperation; objective 19 to create conditions for "
                "migrants and diasporas to contribute to development in all countries; "
                "objective 20 to promote faster, safer and cheaper transfer of remittances.</p>",
            ),
            (
                "paragraph",
                "<p>It gives a common vocabulary for bilateral discussions with countries "
                "of residence, and regular international reviews of progress.</p>",
            ),
        ],
    },
    {
        "slug": "vienna-convention-on-consular-relations",
        "title": "Vienna Convention on Consular Relations: what a consulate may do",
        "type": "policy",
        "countries": [],
        "instruments": ["consular_protection"],
        "year": 1963,
        "source": "United Nations",
        "source_url": "",
        "summary": (
            "The 1963 Convention sets out the functions of consulates and the rights of "
            "nationals abroad, including the right of a detained national to contact their "
            "consulate without delay."
        ),
        "body": [
            (
                "paragraph",
                "<p>Article 5 lists consular functions: protecting nationals, issuing passports "
                "and visas, acting as notary and civil registrar, helping nationals in "
                "distress. Article 36 requires the authorities of the host country to tell an "
                "arrested foreigner that they may ask for their consulate to be informed.</p>",
            ),
            (
                "paragraph",
                "<p>Knowing these rules helps members understand what their consulate can do "
                "for them, and what it cannot: it does not overrule the courts of the host "
                "country.</p>",
            ),
        ],
    },
    {
        "slug": "eu-directive-consular-protection",
        "title": "EU rules on consular protection for unrepresented citizens",
        "type": "country_example",
        "countries": ["FR", "DE", "BE", "IT", "ES", "NL", "SE"],
        "instruments": ["consular_protection"],
        "year": 2015,
        "source": "Council Directive (EU) 2015/637",
        "source_url": "https://eur-lex.europa.eu/eli/dir/2015/637/oj",
        "summary": (
            "Citizens of the European Union whose country has no embassy or consulate where "
            "they are may ask any other EU member's mission for help, on the same terms as "
            "its own nationals. The directive organises how."
        ),
        "body": [
            (
                "paragraph",
                "<p>The directive covers arrest, serious accidents or illness, death, and "
                "emergency travel documents, and sets out how the costs are settled between "
                "states afterwards.</p>",
            ),
            (
                "paragraph",
                "<p>For countries with a small consular network, pooling consular help with "
                "partners is one way to reach nationals where there is no mission.</p>",
            ),
        ],
    },
    {
        "slug": "road-map-for-engaging-diasporas",
        "title": "Developing a Road Map for Engaging Diasporas in Development",
        "type": "toolkit",
        "countries": [],
        "instruments": ["investment", "knowledge_transfer", "philanthropy", "temporary_return"],
        "year": 2012,
        "source": "International Organization for Migration and Migration Policy Institute",
        "source_url": "https://www.iom.int",
        "summary": (
            "A handbook for policymakers in countries of origin and destination: identify "
            "the goals, map the diaspora and its capacities, build trust, then mobilise it, "
            "with examples from many countries at each step."
        ),
        "body": [
            (
                "paragraph",
                "<p>The handbook argues for a deliberate sequence. Governments first decide "
                "what they want from engagement and what they can offer, then learn who their "
                "diaspora are, then build trust through services and recognition, and only "
                "then ask for contributions.</p>",
            ),
            (
                "paragraph",
                "<p>Chapters cover the institutions governments have created, diaspora "
                "finance, skills and knowledge, philanthropy and tourism.</p>",
            ),
        ],
        "sheet": True,
    },
    {
        "slug": "oecd-connecting-with-emigrants",
        "title": "Connecting with Emigrants: A Global Profile of Diasporas",
        "type": "report",
        "countries": [],
        "instruments": ["knowledge_transfer", "education"],
        "year": 2015,
        "source": "OECD",
        "source_url": "https://www.oecd.org",
        "summary": (
            "A reference profile of emigrant populations by country of origin: where they "
            "live, their age, education and employment, drawn from the censuses and surveys "
            "of the countries of residence."
        ),
        "body": [
            (
                "paragraph",
                "<p>The report gives one profile per country of origin and compares them. It "
                "is useful to see how the diaspora of one country differs from others, for "
                "example in its share of highly educated people or of women.</p>",
            ),
            (
                "paragraph",
                "<p>Its figures come from the countries of residence and count people born "
                "abroad; they do not cover the second generation.</p>",
            ),
        ],
    },
    {
        "slug": "world-bank-remittance-prices-worldwide",
        "title": "Remittance Prices Worldwide",
        "type": "report",
        "countries": ["FR", "US", "GB", "AE", "CA", "ZA"],
        "instruments": ["investment", "philanthropy"],
        "year": 2008,
        "source": "World Bank",
        "source_url": "https://remittanceprices.worldbank.org",
        "summary": (
            "The World Bank's database compares the cost of sending money between pairs of "
            "countries, by provider, and is updated every quarter. It tracks progress towards "
            "the international target of cheaper remittances."
        ),
        "body": [
            (
                "paragraph",
                "<p>The database records what it costs to send a fixed amount through banks, "
                "money transfer operators and mobile services, including the exchange-rate "
                "margin. The Sustainable Development Goals ask for costs of no more than 3 per "
                "cent by 2030.</p>",
            ),
            (
                "paragraph",
                "<p>Members can use it to compare providers on their own corridor before "
                "choosing one; the Office uses it to discuss costs with providers.</p>",
            ),
        ],
    },
    {
        "slug": "diaspora-bonds-track-record",
        "title": "Development Finance via Diaspora Bonds: Track Record and Potential",
        "type": "report",
        "countries": ["IL", "IN"],
        "instruments": ["investment"],
        "year": 2007,
        "source": "World Bank Policy Research Working Paper",
        "source_url": "",
        "summary": (
            "An early study of diaspora bonds, drawn from the experience of Israel and "
            "India, which sets out when they can work: a diaspora with savings, trust in the "
            "issuer, and the right registration in the countries of sale."
        ),
        "body": [
            (
                "paragraph",
                "<p>The authors argue that diaspora investors may accept a lower return in "
                "exchange for the chance to contribute, and that their willingness to hold "
                "bonds through crises is a form of insurance for the issuer.</p>",
            ),
            (
                "paragraph",
                "<p>The paper is the starting point of most later work on the subject, "
                "including the Office's own bond.</p>",
            ),
        ],
    },
    {
        "slug": "tokten-transfer-of-knowledge",
        "title": "TOKTEN: Transfer of Knowledge Through Expatriate Nationals",
        "type": "country_example",
        "countries": ["TR"],
        "instruments": ["temporary_return", "knowledge_transfer"],
        "year": 1977,
        "source": "United Nations Development Programme",
        "source_url": "",
        "summary": (
            "One of the first programmes to bring skilled emigrants home for short "
            "assignments, started by the UNDP in Türkiye in 1977 and later run in dozens of "
            "countries."
        ),
        "body": [
            (
                "paragraph",
                "<p>Volunteers from the diaspora take short consultancies in universities, "
                "ministries and companies at home, often for a few weeks, with travel and a "
                "living allowance paid. They bring the language and culture a foreign "
                "consultant lacks.</p>",
            ),
            (
                "paragraph",
                "<p>The model inspired most later temporary return programmes, including the "
                "Office's own knowledge transfer missions.</p>",
            ),
        ],
    },
    {
        "slug": "mida-migration-for-development-in-africa",
        "title": "Migration for Development in Africa (MIDA)",
        "type": "country_example",
        "countries": ["GH", "NL", "GB", "ET"],
        "instruments": ["temporary_return", "knowledge_transfer"],
        "year": 2001,
        "source": "International Organization for Migration",
        "source_url": "https://www.iom.int",
        "summary": (
            "IOM's programme organises temporary assignments of African professionals from "
            "the diaspora in their countries of origin, for example health workers from the "
            "Netherlands and the United Kingdom in Ghanaian hospitals."
        ),
        "body": [
            (
                "paragraph",
                "<p>Assignments are requested by institutions at home, which say what skills "
                "they need. Participants keep their job and residence abroad; some projects "
                "also bring staff from home for training in the country of residence.</p>",
            ),
            (
                "paragraph",
                "<p>Evaluations stress the institutions' role: where the hospital or ministry "
                "had planned how to use the expert, the knowledge stayed after they left.</p>",
            ),
        ],
    },
    # -- The Office's own guides and toolkits ------------------------------------------
    {
        "slug": "guide-registering-with-your-consulate",
        "title": "Registering with your consulate when you move abroad",
        "type": "guide",
        "countries": [],
        "instruments": ["consular_protection"],
        "year": 2025,
        "source": OFFICE,
        "source_url": "",
        "summary": (
            "Why consular registration matters, what it costs (nothing), which documents to "
            "bring and how your data is used: the Office's guide for nationals settling "
            "abroad."
        ),
        "body": [
            (
                "paragraph",
                "<p>Registration lets the consulate reach you in a crisis, speeds up passport "
                "renewals and civil registration, and lets you vote from abroad. It is free "
                "and can be done at any consulate or online.</p>",
            ),
            ("heading", "What to bring"),
            (
                "paragraph",
                "<ul><li>Your passport or national identity card.</li><li>Proof of your "
                "address in the country of residence.</li><li>The civil status documents of "
                "your children born abroad, if they are not yet registered.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Your registration is used only by the consular services. Tell the "
                "consulate when you move, or when you return home.</p>",
            ),
        ],
        "sheet": True,
    },
    {
        "slug": "guide-moving-home-checklist",
        "title": "Moving home: a checklist for returning nationals",
        "type": "guide",
        "countries": [],
        "instruments": ["permanent_return"],
        "year": 2025,
        "source": OFFICE,
        "source_url": "",
        "summary": (
            "What to arrange before you leave your country of residence and in your first "
            "months back: documents, pensions, diplomas, schools, healthcare and customs "
            "allowances for household goods."
        ),
        "body": [
            ("heading", "Before you leave"),
            (
                "paragraph",
                "<ul><li>Ask for a statement of your pension contributions and of your social "
                "security record.</li><li>Have your diplomas and your children's school "
                "reports legalised or apostilled.</li><li>Register your return with the "
                "consulate: it issues the certificate customs asks for.</li></ul>",
            ),
            ("heading", "In your first months back"),
            (
                "paragraph",
                "<ul><li>Enrol with the health insurance fund.</li><li>Ask for the recognition "
                "of professional qualifications earned abroad.</li><li>Contact the Office's "
                "return desk: it answers questions by e-mail and by phone.</li></ul>",
            ),
        ],
        "sheet": True,
    },
    {
        "slug": "guide-comparing-money-transfer-costs",
        "title": "Sending money home: how to compare transfer costs",
        "type": "guide",
        "countries": ["FR", "US", "GB", "CA", "AE"],
        "instruments": ["investment", "philanthropy"],
        "year": 2024,
        "source": OFFICE,
        "source_url": "",
        "summary": (
            "The fee is only part of the price: the exchange rate the provider applies often "
            "costs more. How to compare the total cost of a transfer, and what to ask before "
            "choosing a provider."
        ),
        "body": [
            (
                "paragraph",
                "<p>Compare the amount your family will actually receive, not the fee. Ask "
                "each provider for the exchange rate it applies and compare it with the "
                "market rate of the day.</p>",
            ),
            (
                "paragraph",
                "<ul><li>Check that the provider is authorised in your country of "
                "residence.</li><li>Sending larger amounts less often usually costs less in "
                "fees.</li><li>Mobile money and bank transfers are often cheaper than cash "
                "collection.</li></ul>",
            ),
        ],
    },
    {
        "slug": "guide-short-assignments-at-home",
        "title": "Volunteering at home for a few weeks: what to arrange",
        "type": "guide",
        "countries": [],
        "instruments": ["temporary_return", "knowledge_transfer"],
        "year": 2025,
        "source": OFFICE,
        "source_url": "",
        "summary": (
            "For professionals joining a knowledge transfer mission: leave from your "
            "employer, insurance, the host institution's expectations and how to hand over "
            "what you did when you leave."
        ),
        "body": [
            (
                "paragraph",
                "<p>Agree on the objectives of the assignment with the host institution "
                "before you travel, in writing. Most missions fail on unclear expectations, "
                "not on skills.</p>",
            ),
            (
                "paragraph",
                "<ul><li>Check that your health insurance covers you at home.</li><li>Ask your "
                "employer about unpaid leave or a secondment.</li><li>Plan the last week for "
                "handing over: notes, contacts and what should happen next.</li></ul>",
            ),
        ],
    },
    {
        "slug": "toolkit-due-diligence-for-diaspora-investors",
        "title": "Investing at home from abroad: a due diligence toolkit",
        "type": "toolkit",
        "countries": [],
        "instruments": ["investment"],
        "year": 2024,
        "source": OFFICE,
        "source_url": "",
        "summary": (
            "Questions to ask before putting money into a project at home: who the promoters "
            "are, who owns the land, what the permits say, how you will be informed and how "
            "you can get your money back."
        ),
        "body": [
            (
                "paragraph",
                "<p>Investing at a distance means relying on others' information. This "
                "toolkit lists the documents to ask for and the checks you can do yourself, "
                "from the companies register to the land registry.</p>",
            ),
            ("heading", "Warning signs"),
            (
                "paragraph",
                "<ul><li>Pressure to decide quickly.</li><li>Returns promised without "
                "risk.</li><li>No written contract, or a contract governed by no identifiable "
                "law.</li></ul>",
            ),
        ],
        "sheet": True,
    },
    {
        "slug": "guide-setting-up-an-association-in-france",
        "title": "Setting up a diaspora association in France",
        "type": "guide",
        "countries": ["FR"],
        "instruments": ["culture", "philanthropy"],
        "year": 2023,
        "source": OFFICE,
        "source_url": "",
        "summary": (
            "Most diaspora associations in France are declared under the 1901 law on "
            "associations. The steps, the statutes to write and what the declaration allows "
            "an association to do."
        ),
        "body": [
            (
                "paragraph",
                "<p>An association needs at least two founders, statutes and a declaration to "
                "the prefecture, which can be made online. Once declared it can open a bank "
                "account, receive membership fees and apply for grants.</p>",
            ),
            (
                "paragraph",
                "<p>The Office lists declared associations in the directory on request; the "
                "embassy in Paris can advise on statutes.</p>",
            ),
        ],
    },
    {
        "slug": "guide-working-in-the-gulf",
        "title": "Working in the Gulf states: contracts, rights and where to get help",
        "type": "guide",
        "countries": ["AE", "SA", "QA"],
        "instruments": ["consular_protection"],
        "year": 2025,
        "source": OFFICE,
        "source_url": "",
        "summary": (
            "What to check in a job offer before leaving, which documents never to hand "
            "over, and how the embassies and consulates in the region can help when things "
            "go wrong."
        ),
        "body": [
            (
                "paragraph",
                "<p>Read the contract before you travel and keep a copy. Check that the job, "
                "salary and working hours match what you were promised, and that your "
                "employer is registered.</p>",
            ),
            (
                "paragraph",
                "<ul><li>Keep your passport: employers are not allowed to hold it in most "
                "states of the region.</li><li>Register with the embassy or consulate when "
                "you arrive.</li><li>Save the consulate's emergency number in your "
                "phone.</li></ul>",
            ),
        ],
    },
    {
        "slug": "guide-crisis-what-the-consulate-can-do",
        "title": "In a crisis abroad: what your consulate can and cannot do",
        "type": "guide",
        "countries": [],
        "instruments": ["consular_protection"],
        "year": 2024,
        "source": OFFICE,
        "source_url": "",
        "summary": (
            "In an arrest, accident, natural disaster or political crisis, the consulate "
            "can visit you, contact your family, issue emergency documents and help you "
            "leave. It cannot pay your bills or intervene in the courts."
        ),
        "body": [
            (
                "paragraph",
                "<p>The consulate can: give you a list of local lawyers and doctors, visit you "
                "in hospital or detention, contact your family with your consent, issue an "
                "emergency travel document, and organise departures in a major crisis.</p>",
            ),
            (
                "paragraph",
                "<p>It cannot: pay fines, legal or medical costs, get you out of prison, or "
                "interfere with the decisions of the host country's courts.</p>",
            ),
        ],
    },
    {
        "slug": "toolkit-heritage-language-classes",
        "title": "Heritage language classes for children abroad: a toolkit for associations",
        "type": "toolkit",
        "countries": ["CA", "US", "GB", "SE"],
        "instruments": ["education", "culture"],
        "year": 2023,
        "source": OFFICE,
        "source_url": "",
        "summary": (
            "How associations can run weekend language classes: finding teachers and rooms, "
            "grouping children by level, the teaching materials the Office provides free of "
            "charge, and keeping parents involved."
        ),
        "body": [
            (
                "paragraph",
                "<p>Classes of eight to twelve children, grouped by level rather than age, "
                "work best. Public libraries and schools often lend rooms at weekends to "
                "registered associations.</p>",
            ),
            (
                "paragraph",
                "<p>The Office sends textbooks and reading books to associations that run "
                "regular classes, and trains volunteer teachers online twice a year.</p>",
            ),
        ],
    },
    {
        "slug": "guide-diaspora-development-bond",
        "title": "The Diaspora Development Bond: questions and answers",
        "type": "guide",
        "countries": [],
        "instruments": ["investment"],
        "year": 2025,
        "source": OFFICE,
        "source_url": "",
        "summary": (
            "Who can buy the bond, in which currencies, how interest is paid, what the money "
            "finances and how the Office reports on the projects: the bond explained without "
            "jargon."
        ),
        "body": [
            (
                "paragraph",
                "<p>The bond is open to nationals abroad and their descendants. It is sold "
                "only where the sale is allowed by local law: check the list of countries "
                "before you apply.</p>",
            ),
            (
                "paragraph",
                "<p>The money finances projects chosen in advance and listed in the "
                "prospectus. The Office publishes a report on their progress every year.</p>",
            ),
        ],
    },
]


# -- Country hubs --------------------------------------------------------------------
#
# The demo makes a hub for each of the ten countries of residence most represented among
# the demo members (computed from the data). These are their factsheets; a country
# without one gets ``default_hub`` below. Sizes are estimates in words, never invented
# statistics.

HOST_INSTITUTIONS = {
    "FR": [
        (
            "Office français de l'immigration et de l'intégration (OFII)",
            "Welcomes newcomers with a residence permit, runs the integration contract and "
            "language courses.",
            "https://www.ofii.fr",
        ),
        (
            "CLEISS",
            "The French body for social security between countries: which system covers "
            "you when you move, and how periods of insurance are counted.",
            "https://www.cleiss.fr",
        ),
    ],
    "GB": [
        (
            "UK Visas and Immigration",
            "Decides visa, residence and citizenship applications.",
            "https://www.gov.uk/government/organisations/uk-visas-and-immigration",
        ),
    ],
    "US": [
        (
            "U.S. Citizenship and Immigration Services",
            "Handles green cards, work permits and naturalisation.",
            "https://www.uscis.gov",
        ),
    ],
    "CA": [
        (
            "Immigration, Refugees and Citizenship Canada",
            "Permanent residence, work and study permits, and citizenship.",
            "https://www.canada.ca/en/immigration-refugees-citizenship.html",
        ),
    ],
    "AE": [
        (
            "Ministry of Human Resources and Emiratisation",
            "Work permits and labour contracts in the private sector, and complaints about "
            "unpaid wages.",
            "https://www.mohre.gov.ae",
        ),
    ],
    "DE": [
        (
            "Federal Office for Migration and Refugees (BAMF)",
            "Integration courses, and information on residence in Germany.",
            "https://www.bamf.de",
        ),
        (
            "Recognition in Germany",
            "The official portal on having foreign qualifications recognised.",
            "https://www.anerkennung-in-deutschland.de",
        ),
    ],
    "ES": [
        (
            "Seguridad Social",
            "Social security registration, healthcare cards and pensions.",
            "https://www.seg-social.es",
        ),
    ],
    "ZA": [
        (
            "Department of Home Affairs",
            "Visas, permits and permanent residence.",
            "https://www.dha.gov.za",
        ),
    ],
    "NL": [
        (
            "Immigration and Naturalisation Service (IND)",
            "Residence permits and naturalisation.",
            "https://ind.nl",
        ),
    ],
    "SE": [
        (
            "Swedish Migration Agency (Migrationsverket)",
            "Residence and work permits, and citizenship.",
            "https://www.migrationsverket.se",
        ),
    ],
}

HUB_TEXT = {
    "FR": {
        "intro": (
            "France is home to our largest community abroad, from students in Lyon to "
            "families settled around Paris for three generations."
        ),
        "size": "Our largest community abroad: several tens of thousands of people",
        "policies": [
            (
                "Social security coordination",
                "Periods of insurance in France and at home are being brought together for "
                "pensions. Until an agreement is signed, keep every statement of your French "
                "contributions.",
                "Under negotiation",
            ),
        ],
    },
    "GB": {
        "intro": (
            "Our community in the United Kingdom is young and mobile: many came to study "
            "and stayed to work in health, finance and technology."
        ),
        "size": "One of our three largest communities: tens of thousands of people",
        "policies": [],
    },
    "US": {
        "intro": (
            "Nationals in the United States live far apart, from New York to Houston; "
            "associations and online events keep them connected."
        ),
        "size": "A large community spread over many states",
        "policies": [],
    },
    "CA": {
        "intro": (
            "Our community in Canada has grown quickly with skilled migration, and is "
            "strong in Montréal and Toronto."
        ),
        "size": "A growing community of several tens of thousands",
        "policies": [],
    },
    "AE": {
        "intro": (
            "Most nationals in the Emirates work there on fixed-term contracts; many send "
            "money home and plan to return."
        ),
        "size": "A large community of workers on temporary contracts",
        "policies": [
            (
                "Pre-departure information for workers",
                "Workers recruited for the Emirates are invited to an information session "
                "before they leave, on contracts, rights and the consulate's services.",
                "In place",
            ),
        ],
    },
}

EMBASSY_DESK = (
    "The embassy's diaspora desk",
    "Your first contact for the Office's programmes in this country, and for introductions "
    "to associations near you.",
    "",
)

VOTING = (
    "Voting from abroad",
    "Nationals registered with a consulate can vote in national elections at the embassy "
    "or consulates. Check your registration well before election day.",
    "In place",
)


def default_hub(name):
    return {
        "intro": (
            f"What nationals living in {name} need to know, and what the Office and its "
            "partners offer there."
        ),
        "size": "Several thousand people, by the embassy's estimate",
        "policies": [],
    }


def hub_fields(code, name, places):
    """The factsheet fields of the demo hub for ``code`` (``name`` in English)."""
    text = HUB_TEXT.get(code) or default_hub(name)
    institutions = [EMBASSY_DESK, *HOST_INSTITUTIONS.get(code, [])]
    policies = [*text["policies"], VOTING]
    return {
        "intro": text["intro"],
        "diaspora_size": text["size"],
        "diaspora_size_source": (
            "Estimate from consular registrations, which many nationals never make; not an "
            "official statistic"
        ),
        "main_places": ", ".join(places),
        "institutions": [
            {"type": "institution", "value": {"name": name_, "role": role, "url": url}}
            for name_, role, url in institutions
        ],
        "policies": [
            {
                "type": "policy",
                "value": {"title": title, "summary": summary, "status": status, "link": ""},
            }
            for title, summary, status in policies
        ],
    }
