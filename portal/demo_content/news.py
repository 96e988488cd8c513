"""Demo news for load_demo_data: categories, authors, articles and their translations.

Rich text values are HTML strings limited to p, a, strong, em, ul, ol and li. A body is a
list of (block_type, value) tuples: heading, paragraph, quote, call_to_action, faq, table.
"""

# News categories, with their names in every portal language.
CATEGORIES = [
    {
        "slug": "policy",
        "name": {
            "en": "Policy",
            "fr": "Politiques publiques",
            "es": "Políticas públicas",
            "ar": "السياسات العامة",
        },
    },
    {
        "slug": "investment",
        "name": {
            "en": "Investment",
            "fr": "Investissement",
            "es": "Inversión",
            "ar": "الاستثمار",
        },
    },
    {
        "slug": "community",
        "name": {
            "en": "Community",
            "fr": "Communauté",
            "es": "Comunidad",
            "ar": "الجالية",
        },
    },
    {
        "slug": "consular-services",
        "name": {
            "en": "Consular services",
            "fr": "Services consulaires",
            "es": "Servicios consulares",
            "ar": "الخدمات القنصلية",
        },
    },
    {
        "slug": "education-culture",
        "name": {
            "en": "Education and culture",
            "fr": "Éducation et culture",
            "es": "Educación y cultura",
            "ar": "التعليم والثقافة",
        },
    },
]

# Staff of the Office for Diaspora Engagement who write the news.
AUTHORS = [
    {
        "name": "Amina Diallo",
        "role": "Head of Communications and Outreach",
        "bio": (
            "Amina leads the portal's editorial team and the Office's outreach to diaspora "
            "associations. She worked as a journalist in Paris and Brussels before joining the "
            "Office."
        ),
    },
    {
        "name": "Rafael Mendes",
        "role": "Investment and Diaspora Finance Officer",
        "bio": (
            "Rafael coordinates the Office's work on diaspora investment, remittances and the "
            "Diaspora Development Bond. He spent twelve years in banking in São Paulo and "
            "London before returning home."
        ),
    },
    {
        "name": "Leila Haddad",
        "role": "Consular Affairs Adviser",
        "bio": (
            "Leila is the link between the Office and the consular network and writes about "
            "passports, civil registration and crisis assistance. She has served at consulates "
            "in Montréal and Doha."
        ),
    },
    {
        "name": "Daniel Osei",
        "role": "Programmes Coordinator, Return of Talent and Knowledge Transfer",
        "bio": (
            "Daniel manages the mentoring, return of talent and knowledge-transfer programmes. "
            "He came home through the Return of Talent programme himself, after ten years as a "
            "hospital manager in Toronto."
        ),
    },
    {
        "name": "Priya Raman",
        "role": "Youth, Culture and Education Officer",
        "bio": (
            "Priya looks after the weekend classes, the Heritage Summer School and the "
            "Office's work with second- and third-generation members of the diaspora. She grew "
            "up in Melbourne."
        ),
    },
]

# News articles. days_ago sets the publication date relative to the day the
# demo data is loaded; category is a CATEGORIES slug, authors are AUTHORS names.
NEWS = [
    {
        "slug": "mobile-consular-service-days",
        "title": "Mobile consular teams to visit six cities over the next two months",
        "days_ago": 2,
        "category": "consular-services",
        "tags": ["consular", "youth"],
        "authors": ["Leila Haddad"],
        "intro": (
            "Consular staff will hold service days in Lyon, Manchester, Calgary, Perth, Durban "
            "and Al Ain for members of the diaspora who live far from an embassy or consulate."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Many members of the diaspora live several hours from the nearest "
                    "embassy or consulate, and renewing a passport can mean a day off work and "
                    "a long journey for the whole family. To close that gap, the consular "
                    "network is sending mobile teams to six cities with large communities but "
                    "no consular post. Each visit is organised with local community "
                    "associations, which provide the venue and volunteers to guide visitors on "
                    "the day.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Mobile service days and appointments available",
                    "header": ["City", "Service days", "Appointments", "Organised by"],
                    "rows": [
                        ["Lyon, France", "2", "320", "Consulate General in Paris"],
                        ["Manchester, United Kingdom", "2", "300", "Embassy in London"],
                        ["Calgary, Canada", "1", "150", "Embassy in Ottawa"],
                        ["Perth, Australia", "2", "260", "Consulate General in Melbourne"],
                        ["Durban, South Africa", "1", "180", "Embassy in Pretoria"],
                        ["Al Ain, United Arab Emirates", "1", "200", "Embassy in Abu Dhabi"],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>The teams bring mobile biometric kits, so you can apply for or renew a "
                    "passport or national identity card, and register a birth, marriage or "
                    "death, on the spot. Photographs and fingerprints are taken during your "
                    "appointment. New documents are produced back home and sent to the "
                    "organising mission for collection, or to your address by registered post "
                    "for an extra 12 euros or the local equivalent.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Appointments are required and open 21 days before each service day. "
                    "Bring your current passport or identity card and the originals of any "
                    "certificates you want recorded; for a child's first passport, both "
                    "parents should attend or the absent parent must sign a consent form in "
                    "advance. Fees are the same as at the consulate and are paid by card on "
                    "the day. If all appointments are taken, join the standby list: slots "
                    "freed by cancellations are offered by text message the evening before.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Book a mobile service appointment",
                    "text": (
                        "Choose your city and a time slot, and check the documents you need "
                        "for your application."
                    ),
                    "link_label": "See dates and book",
                    "link_url": "/events/",
                },
            ),
        ],
    },
    {
        "slug": "diaspora-development-bond-opens",
        "title": "Diaspora Development Bond opens for subscription",
        "days_ago": 5,
        "category": "investment",
        "tags": ["investment", "remittances"],
        "authors": ["Rafael Mendes"],
        "intro": (
            "The five-year bond can be bought from 500 US dollars or 500 euros by nationals "
            "abroad and their descendants. The proceeds will finance affordable housing and "
            "renewable energy back home."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>The Ministry of Finance has opened subscriptions for the first "
                    "Diaspora Development Bond, prepared with the Office for Diaspora "
                    "Engagement after two years of consultation with diaspora associations and "
                    "banks abroad. The bond pays a fixed coupon every six months for five "
                    "years, and the capital is repaid in full at maturity. Subscriptions are "
                    "open for ten weeks, or until the first tranche of 150 million US dollars "
                    "has been fully taken up.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Key terms",
                    "header": ["Term", "Detail"],
                    "rows": [
                        ["Issuer", "Ministry of Finance, on behalf of the Treasury"],
                        ["Maturity", "Five years from the issue date"],
                        [
                            "Coupon",
                            (
                                "5.25% a year on the US dollar tranche, 4.50% a year on the "
                                "euro tranche, paid every six months"
                            ),
                        ],
                        [
                            "Minimum subscription",
                            "500 US dollars or 500 euros, then in multiples of 100",
                        ],
                        ["Maximum subscription", "250,000 US dollars or euros per investor"],
                        [
                            "Who can buy",
                            (
                                "Nationals living abroad, their spouses and their descendants, "
                                "with a passport, consular card or proof of descent"
                            ),
                        ],
                        [
                            "Tax",
                            (
                                "Coupons are exempt from income tax at home; tax abroad "
                                "depends on your country of residence"
                            ),
                        ],
                        [
                            "Use of proceeds",
                            "Affordable housing (60%) and solar and wind power (40%)",
                        ],
                    ],
                },
            ),
            (
                "quote",
                {
                    "text": (
                        "For years members of the diaspora have asked for a safe way to invest "
                        "at home that does not depend on knowing the right people. This bond "
                        "is that way, and every project it finances will be published."
                    ),
                    "attribution": "Rafael Mendes, Investment and Diaspora Finance Officer",
                },
            ),
            (
                "paragraph",
                (
                    "<p>You can subscribe through partner banks in London, Paris, Toronto, "
                    "Dubai and Johannesburg, or online through the Treasury's investor service "
                    "after a video identity check. Coupons can be paid into an account abroad "
                    "or back home, in the currency of the tranche you choose. The bond is a "
                    "direct obligation of the state, but it is not covered by deposit "
                    "guarantee schemes in your country of residence: read the prospectus and, "
                    "if in doubt, seek independent financial advice.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In line with its commitment to transparency, the Treasury will publish "
                    "a report every quarter listing each housing and energy project financed, "
                    "its location, the amount disbursed and its progress. Online information "
                    "sessions in English, French and Arabic are held every Wednesday during "
                    "the subscription period.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Read the prospectus and subscribe",
                    "text": (
                        "The prospectus, the list of partner banks and recordings of past "
                        "information sessions are in the opportunities directory."
                    ),
                    "link_label": "View the bond",
                    "link_url": "/directory/opportunities/",
                },
            ),
        ],
    },
    {
        "slug": "mentoring-programme-third-round",
        "title": "Mentoring programme seeks 150 mentors for its third round",
        "days_ago": 9,
        "category": "community",
        "tags": ["mentoring", "youth", "entrepreneurship"],
        "authors": ["Daniel Osei", "Priya Raman"],
        "intro": (
            "Experienced professionals abroad are invited to mentor graduates and young "
            "entrepreneurs back home for six months: one hour every two weeks, entirely online."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>The diaspora mentoring programme pairs professionals living abroad "
                    "with final-year students, recent graduates and founders of small "
                    "businesses back home. In its first two rounds it formed 212 pairs, with "
                    "mentors living in 31 countries, and 78% of mentees said the programme had "
                    "helped them find work, win a client or secure funding. For the third "
                    "round we are looking for 150 new mentors.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Mentors need at least five years of professional experience and must "
                    "commit to one video call every two weeks for six months. Before the first "
                    "meeting, every mentor completes a 90-minute online induction and signs "
                    "the programme's code of conduct, which covers confidentiality and the "
                    "protection of young people. Demand from mentees is highest in software "
                    "development, agribusiness, accounting, nursing, logistics and the "
                    "creative industries.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I expected to give advice. I did not expect to learn so much about "
                        "how young people at home build businesses with almost nothing. My "
                        "mentee now employs four people."
                    ),
                    "attribution": (
                        "Nadia Karim, civil engineer in Montréal and mentor since the first round"
                    ),
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Is mentoring paid?",
                        "answer": (
                            "<p>No, mentoring is voluntary. The programme pays for the online "
                            "platform and, for mentors visiting home, can arrange a meeting at "
                            "their mentee's university or business incubator.</p>"
                        ),
                    },
                    {
                        "question": "Can I mentor in French or Arabic?",
                        "answer": (
                            "<p>Yes. When you apply, list the languages you are comfortable "
                            "working in, and we will only match you with mentees who share at "
                            "least one of them.</p>"
                        ),
                    },
                    {
                        "question": "What happens if the pairing does not work?",
                        "answer": (
                            "<p>Either side can ask the programme team for a new match at any "
                            "time during the first six weeks, without giving a reason. After "
                            "that, we will help you bring the mentoring to a respectful "
                            "close.</p>"
                        ),
                    },
                ],
            ),
            (
                "paragraph",
                (
                    "<p>Mentees apply through their university or one of eleven partner "
                    "business incubators, which check each application. The programme team "
                    "makes the matches on the basis of sector, goals and language, and "
                    "announces them to both sides six weeks after applications close.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Become a mentor",
                    "text": (
                        "Applications for the third round close in four weeks. Applying takes "
                        "about 15 minutes."
                    ),
                    "link_label": "Apply to mentor",
                    "link_url": "/programmes/",
                },
            ),
        ],
    },
    {
        "slug": "weekend-language-culture-classes",
        "title": "Weekend language and culture classes return in 18 cities",
        "days_ago": 14,
        "category": "education-culture",
        "tags": ["culture", "education", "youth"],
        "authors": ["Priya Raman"],
        "intro": (
            "Weekend classes in the home language, history, music and dance for children aged "
            "5 to 16 start again next month, with new online groups for families who live far "
            "from a class."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>For many families abroad, the weekend class is where children first "
                    "learn to read and write the home language, pick up the songs their "
                    "grandparents know and make friends who share their background. This year "
                    "classes will run in 18 cities, taught by 140 teachers trained in the "
                    "national curriculum, and for the first time in online groups for families "
                    "who live more than an hour from a class.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Class locations (selection)",
                    "header": ["City", "Age groups", "Format"],
                    "rows": [
                        ["Paris", "5 to 16", "In person, Saturday morning"],
                        ["London", "5 to 16", "In person, Saturday morning"],
                        ["Toronto", "5 to 14", "In person, Saturday afternoon"],
                        ["Berlin", "6 to 14", "In person, Saturday morning"],
                        ["Doha", "5 to 16", "In person, Friday afternoon"],
                        ["Melbourne", "5 to 12", "In person, Sunday morning"],
                        ["São Paulo", "6 to 14", "In person, Saturday morning"],
                        [
                            "Online",
                            "8 to 16",
                            "Live video class, two sessions for different time zones",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Fees are 90 euros per term or the local equivalent, with a 50% "
                    "reduction for a second child and free places for families who could not "
                    "otherwise afford them. Children who complete a level receive a "
                    "certificate from the Ministry of Education, which schools back home "
                    "recognise if the family returns. Books and materials are included.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "My daughter was born in Berlin and used to answer her grandmother in "
                        "German. After two years of Saturday classes she writes to her in our "
                        "language, and she is the one who corrects my spelling."
                    ),
                    "attribution": "Karim Bensaïd, parent in Berlin",
                },
            ),
            (
                "paragraph",
                (
                    "<p>Registration is open now and places are allocated in order of "
                    "application, with priority for children who were enrolled last year. We "
                    "are also looking for volunteer classroom assistants, musicians and "
                    "storytellers: if you can give two Saturdays a month, please contact the "
                    "class coordinator in your city.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Enrol your child",
                    "text": (
                        "Find the nearest class, check the age groups and register online in a "
                        "few minutes."
                    ),
                    "link_label": "Find a class",
                    "link_url": "/courses/",
                },
            ),
        ],
    },
    {
        "slug": "crisis-register-reminder",
        "title": "Living, studying or travelling abroad? Join the consular crisis register",
        "days_ago": 21,
        "category": "consular-services",
        "tags": ["consular", "health"],
        "authors": ["Leila Haddad"],
        "intro": (
            "Registering takes five minutes and lets consular staff reach you and your family "
            "in an emergency. Fewer than one in four nationals abroad are registered today."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>When a natural disaster, a conflict or a major accident happens, the "
                    "first thing consular staff need to know is who may be affected and how to "
                    "reach them. The consular crisis register holds the contact details and "
                    "location of nationals who live in or are visiting another country, so "
                    "that embassies can send alerts, check on people's safety and organise "
                    "help quickly. At present fewer than one in four nationals abroad have "
                    "registered.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>During the floods and airport closures in the region earlier this "
                    "year, the embassies concerned were able to contact every registered "
                    "national within six hours, and 430 people were helped onto alternative "
                    "flights or into temporary accommodation. Staff spent several days trying "
                    "to trace people who had not registered, often through relatives back "
                    "home. Registering does not commit you to anything, and you can delete "
                    "your details at any time.</p>"
                ),
            ),
            (
                "faq",
                [
                    {
                        "question": "Who should register?",
                        "answer": (
                            "<p>Everyone who lives abroad, and anyone travelling or studying "
                            "abroad for more than two weeks. Parents can include children "
                            "under 18 in their own registration.</p>"
                        ),
                    },
                    {
                        "question": "What information do you ask for?",
                        "answer": (
                            "<p>Your name, date of birth, passport number, address and "
                            "telephone number abroad, and the name of an emergency contact. "
                            "Travellers also give their travel dates.</p>"
                        ),
                    },
                    {
                        "question": "Who can see my details?",
                        "answer": (
                            "<p>Only consular staff at the embassy or consulate responsible "
                            "for your country of residence, and the crisis unit back home "
                            "during an emergency. Your details are never shared with the "
                            "authorities of your host country without your consent.</p>"
                        ),
                    },
                    {
                        "question": "Does registration replace travel insurance?",
                        "answer": (
                            "<p>No. Consular staff can help you contact your family, find a "
                            "doctor or a lawyer and replace lost documents, but they cannot "
                            "pay medical bills or travel costs. Always travel with insurance "
                            "that covers medical treatment and repatriation.</p>"
                        ),
                    },
                    {
                        "question": "How do I update or remove my registration?",
                        "answer": (
                            "<p>Sign in and open the crisis registration section of your <a "
                            'href="/members/">member dashboard</a>. Registrations for '
                            "travellers are deleted automatically 30 days after the return "
                            "date.</p>"
                        ),
                    },
                ],
            ),
            (
                "paragraph",
                (
                    "<p>In an emergency, follow the advice of the local authorities first, "
                    "then contact the nearest embassy or consulate. Every mission has a "
                    "24-hour emergency number, listed in the consulates directory, and calls "
                    "outside office hours are transferred to the duty officer.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Register now",
                    "text": (
                        "It takes five minutes and can make all the difference in an emergency."
                    ),
                    "link_label": "Join the crisis register",
                    "link_url": "/consular-information/",
                },
            ),
        ],
    },
    {
        "slug": "return-of-talent-health-fellowship",
        "title": (
            "Return of Talent Fellowship offers 60 placements for doctors, nurses and midwives"
        ),
        "days_ago": 33,
        "category": "policy",
        "tags": ["return-of-talent", "health", "knowledge-transfer"],
        "authors": ["Daniel Osei"],
        "intro": (
            "Health professionals abroad can work in a public hospital back home for three to "
            "24 months, with a monthly allowance, housing and fast-track recognition of their "
            "qualifications."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Regional hospitals back home are short of specialists, while many of "
                    "the doctors, nurses and midwives who trained there now work in London, "
                    "Paris, Toronto, Dubai and Johannesburg. After a pilot with 15 intensive "
                    "care nurses last year, the Return of Talent Fellowship, run by the Office "
                    "for Diaspora Engagement with the Ministry of Health, now offers 60 "
                    "placements in the specialities where the need is greatest: anaesthesia, "
                    "obstetrics, paediatrics, emergency medicine, intensive care nursing and "
                    "midwifery.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "What fellows receive",
                    "header": ["Placement length", "Monthly allowance", "Other support"],
                    "rows": [
                        [
                            "3 to 6 months",
                            "1,800 euros",
                            "Return flight and furnished accommodation",
                        ],
                        [
                            "7 to 12 months",
                            "2,200 euros",
                            (
                                "Return flights for the fellow and their family, furnished "
                                "accommodation"
                            ),
                        ],
                        [
                            "13 to 24 months",
                            "2,600 euros",
                            (
                                "As above, plus school fees for children and duty-free import "
                                "of household goods"
                            ),
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Professional registration is often the main obstacle to coming home. "
                    "Fellows receive a temporary licence to practise within 30 working days of "
                    "applying, on the basis of their registration abroad, and the Medical "
                    "Council and the Nursing and Midwifery Council will fast-track full "
                    "registration for those who wish to stay. Several employers abroad, "
                    "including hospital trusts in the United Kingdom and health networks in "
                    "Canada, have agreed to grant unpaid leave so that fellows can return to "
                    "their posts afterwards.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Six months in the regional hospital taught me more than any course. "
                        "Together we trained twelve nurses in intensive care, and they are "
                        "still running the unit today."
                    ),
                    "attribution": (
                        "Esther Mensah, intensive care nurse from London, pilot fellow"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Applicants must hold a current registration abroad, have at least "
                    "three years of post-qualification experience and be nationals or "
                    "descendants of nationals. Applications close in eight weeks. Shortlisted "
                    "candidates will be interviewed online by a panel from the Ministry of "
                    "Health and the receiving hospitals, and placements start at the beginning "
                    "of next year.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Apply for the fellowship",
                    "text": (
                        "Read the full conditions, see the list of participating hospitals and "
                        "submit your application online."
                    ),
                    "link_label": "Apply now",
                    "link_url": "/programmes/",
                },
            ),
        ],
    },
    {
        "slug": "online-passport-renewal",
        "title": "Adults abroad can now renew their passport online",
        "days_ago": 47,
        "category": "consular-services",
        "tags": ["consular", "youth"],
        "authors": ["Leila Haddad", "Amina Diallo"],
        "intro": (
            "Adults whose passport is still valid or expired less than a year ago can renew "
            "without visiting a consulate. The new passport arrives by tracked courier within "
            "15 working days."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Until now, renewing a passport has required an appointment at an "
                    "embassy or consulate, and for members who live far from a mission that "
                    "could mean a long journey and a night in a hotel. From this month, adults "
                    "whose current passport was issued with fingerprints can renew entirely "
                    "online. The service is open to nationals living in any country where the "
                    "consular network has a courier agreement, which today covers 64 "
                    "countries.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>You upload a digital photograph that meets the passport photo rules, "
                    "confirm your details and complete a short video call in which a consular "
                    "officer checks your identity against your current passport. The fee is 60 "
                    "euros plus 15 euros for tracked delivery, paid by card. Your old passport "
                    "remains valid for travel until the new one is delivered, after which you "
                    "return it in the prepaid envelope provided.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Online renewal or an appointment at a consulate?",
                    "header": ["Criterion", "Online renewal", "At a consulate"],
                    "rows": [
                        [
                            "Who can use it",
                            "Adults whose current passport was issued with fingerprints",
                            "Everyone, including children and first-time applicants",
                        ],
                        ["Fee", "60 euros plus 15 euros for delivery", "60 euros"],
                        [
                            "Processing time",
                            "15 working days, including delivery",
                            "10 working days, then collection",
                        ],
                        ["Appointment needed", "No, only a 10-minute video call", "Yes"],
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": (
                            "My passport was lost or stolen. Can I use the online service?"
                        ),
                        "answer": (
                            "<p>No. Report the loss to the police where it happened and apply "
                            "in person, so that the old passport can be cancelled and your "
                            "identity checked.</p>"
                        ),
                    },
                    {
                        "question": "Can I renew my children's passports online?",
                        "answer": (
                            "<p>Not yet. Children under 18 must still attend a consulate or a "
                            "mobile service day with a parent. We expect to open the online "
                            "service to young people aged 12 to 17 next year.</p>"
                        ),
                    },
                    {
                        "question": "I have changed my name. Can I renew online?",
                        "answer": (
                            "<p>Only if the change is already recorded in the civil register "
                            "back home. Upload the updated birth or marriage certificate with "
                            "your application.</p>"
                        ),
                    },
                ],
            ),
            (
                "paragraph",
                (
                    "<p>The service reuses the fingerprints taken for your current passport, "
                    "which is why it is only available while that passport is valid or within "
                    "a year of its expiry. Your photograph is kept for the life of the new "
                    "passport, and the recording of your video call is deleted 90 days after "
                    "delivery.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "remittance-cost-report",
        "title": "Sending money home still costs 6.8% on average, report finds",
        "days_ago": 62,
        "category": "policy",
        "tags": ["remittances", "investment"],
        "authors": ["Rafael Mendes", "Amina Diallo"],
        "intro": (
            "Our second annual survey of 38 transfer corridors shows that costs are falling, "
            "but slowly. Digital services cost on average half as much as cash agents."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>The money members of the diaspora send to their families is one of the "
                    "largest sources of foreign income back home: larger than tourism and, in "
                    "most years, larger than foreign direct investment. The second Remittance "
                    "Cost Report, prepared by the Office for Diaspora Engagement with the "
                    "central bank, compares what 214 services charge to send the equivalent of "
                    "200 US dollars home from 38 countries. The average total cost, including "
                    "fees and the exchange-rate margin, fell from 7.4% to 6.8% in a year.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": (
                        "Average total cost of sending the equivalent of 200 US dollars home"
                    ),
                    "header": ["Sending from", "Average cost", "Cheapest type of service"],
                    "rows": [
                        ["United Arab Emirates", "3.7%", "Mobile app"],
                        ["United Kingdom", "4.9%", "Online money transfer operator"],
                        ["United States", "5.2%", "Online money transfer operator"],
                        ["France", "5.6%", "Mobile app"],
                        ["Canada", "6.1%", "Online money transfer operator"],
                        ["Australia", "7.5%", "Online money transfer operator"],
                        ["Brazil", "8.2%", "Bank transfer"],
                        ["South Africa", "9.4%", "Bank transfer"],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>The gap between services is wide. Sending money through a mobile app "
                    "or an online operator cost 4.1% on average, against 8.9% through cash "
                    "agents and 10.6% through banks. Costs were highest in corridors with few "
                    "competitors and for transfers under 100 US dollars, where fixed fees "
                    "weigh most. Exchange-rate margins, which many senders do not notice, made "
                    "up more than a third of the total cost.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The central bank has agreed with the five largest banks back home that "
                    "recipients will no longer be charged a fee on incoming transfers from "
                    "next year, and mobile wallets will be able to receive international "
                    "transfers directly. The shared goal is to bring the average cost below "
                    "3%, the target set in the Sustainable Development Goals. In the meantime, "
                    "the simplest way to save is to compare the amount your family will "
                    "actually receive, not the advertised fee.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Read the full report",
                    "text": (
                        "The report gives results for all 38 corridors and a checklist for "
                        "comparing money transfer services."
                    ),
                    "link_label": "Open the report",
                    "link_url": "/knowledge/",
                },
            ),
        ],
    },
    {
        "slug": "diaspora-investment-forum-results",
        "title": "Diaspora Investment Forum ends with 41 projects seeking partners",
        "days_ago": 78,
        "category": "investment",
        "tags": ["investment", "entrepreneurship"],
        "authors": ["Rafael Mendes"],
        "intro": (
            "More than 900 participants in Dubai and online heard from entrepreneurs and "
            "public agencies back home. The 41 projects presented are now listed in the "
            "opportunities directory."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>The third Diaspora Investment Forum brought together investors, "
                    "entrepreneurs and professionals from 27 countries for two days in Dubai, "
                    "with another 500 people following online. Public agencies and private "
                    "promoters presented 41 projects in agribusiness, tourism, renewable "
                    "energy, health care and technology, together seeking 310 million US "
                    "dollars in equity and loans. More than 260 one-to-one meetings were "
                    "arranged through the forum's matchmaking service.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "I left home twenty years ago and always assumed investing there would "
                        "be too complicated. In two days I met the regional development "
                        "agency, toured the site by video and signed a letter of intent with "
                        "two other investors from Johannesburg."
                    ),
                    "attribution": "Joseph Amani, engineer and investor based in Johannesburg",
                },
            ),
            (
                "table",
                {
                    "caption": "Projects presented, by sector",
                    "header": ["Sector", "Projects", "Finance sought (US dollars)"],
                    "rows": [
                        ["Agribusiness and food processing", "12", "84 million"],
                        ["Tourism and hospitality", "8", "71 million"],
                        ["Renewable energy", "6", "92 million"],
                        ["Health care", "7", "38 million"],
                        ["Technology and digital services", "8", "25 million"],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>The forum also launched the investment facilitation desk, a single "
                    "point of contact for diaspora investors. The desk helps with company "
                    "registration, which now takes five working days, checks land titles "
                    "before any commitment is made, and explains the incentives available, "
                    "including exemption from import duties on equipment for projects outside "
                    "the capital. Its officers speak English, French and Arabic and can be "
                    "reached by video call.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Each project presented at the forum now has a page in the "
                    "opportunities directory, with a summary, the amount sought and the "
                    "promoter's details, which are shared once you send an expression of "
                    "interest. The next forum will be held in Toronto.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Browse investment opportunities",
                    "text": (
                        "Verified investors can see full project documents and contact "
                        "promoters directly through the portal."
                    ),
                    "link_label": "See the opportunities",
                    "link_url": "/directory/opportunities/",
                },
            ),
        ],
    },
    {
        "slug": "heritage-summer-school",
        "title": "Heritage Summer School offers 120 places for young people aged 16 to 24",
        "days_ago": 95,
        "category": "education-culture",
        "tags": ["youth", "culture", "education"],
        "authors": ["Priya Raman"],
        "intro": (
            "Second- and third-generation members of the diaspora can spend three weeks back "
            "home learning the language, meeting young people from home and abroad and "
            "volunteering on a community project."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Many young people in the diaspora grew up hearing about home from "
                    "their parents and grandparents but have visited only briefly, or never. "
                    "The Heritage Summer School brings together 120 participants aged 16 to 24 "
                    "from around the world for three weeks in July, so that they can build a "
                    "connection of their own.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The first week is spent in the capital, with morning language classes "
                    "at three levels and afternoon visits to museums, parliament and "
                    "start-ups. In the second week, groups travel to different regions to stay "
                    "with host families and take part in a community project, from restoring a "
                    "village library to helping at a coastal conservation centre. The final "
                    "week brings everyone back together for workshops on studying and working "
                    "at home, and a closing festival prepared by the participants.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The programme pays for accommodation, meals, travel within the "
                    "country, insurance and all activities. Participants pay for their "
                    "international flight, but 40 bursaries covering the flight are reserved "
                    "for families on low incomes. Applicants write a short motivation "
                    "statement and take part in a 15-minute online interview.</p>"
                ),
            ),
            (
                "faq",
                [
                    {
                        "question": "Do I need to speak the language?",
                        "answer": (
                            "<p>No. Classes are offered at beginner, intermediate and advanced "
                            "levels, and all activities are run in English and French as well "
                            "as in the home language.</p>"
                        ),
                    },
                    {
                        "question": "I do not have a passport from home. Can I apply?",
                        "answer": (
                            "<p>Yes. Descendants of nationals can apply with a foreign "
                            "passport and proof of descent, such as a parent's birth "
                            "certificate, and we will help you obtain a free visa. Dual "
                            "citizenship is recognised, so if you are entitled to nationality "
                            "the summer school is also a good moment to start the "
                            "application.</p>"
                        ),
                    },
                    {
                        "question": "What about participants under 18?",
                        "answer": (
                            "<p>Participants aged 16 and 17 need written consent from both "
                            "parents. They stay in a separate residence with staff present at "
                            "all times, and host families for minors are vetted by the "
                            "regional authorities.</p>"
                        ),
                    },
                ],
            ),
            (
                "quote",
                {
                    "text": (
                        "I grew up in São Paulo speaking Portuguese at school and only a few "
                        "words of our language at home. After three weeks I could hold a "
                        "conversation with my grandmother, and I came back with friends in "
                        "eleven countries."
                    ),
                    "attribution": (
                        "Camila Souza, last year's participant, now studying engineering in "
                        "São Paulo"
                    ),
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Apply for the summer school",
                    "text": (
                        "Applications close at the end of next month. Successful applicants "
                        "will hear from us within three weeks."
                    ),
                    "link_label": "Apply now",
                    "link_url": "/programmes/",
                },
            ),
        ],
    },
    {
        "slug": "universities-join-knowledge-transfer",
        "title": "Twelve universities join the diaspora knowledge-transfer programme",
        "days_ago": 113,
        "category": "education-culture",
        "tags": ["knowledge-transfer", "education", "return-of-talent"],
        "authors": ["Daniel Osei"],
        "intro": (
            "Academics and researchers abroad can now teach short courses, co-supervise "
            "doctoral students and lead joint research with universities back home, with "
            "travel and accommodation covered."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Thousands of academics who trained at home now teach and do research "
                    "at universities in Europe, North America, the Gulf and Australia. The "
                    "knowledge-transfer programme gives them structured, funded ways to share "
                    "that expertise without giving up their posts abroad. Twelve public "
                    "universities have now signed partnership agreements with the Office for "
                    "Diaspora Engagement, up from four when the programme started.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Ways to take part",
                    "header": ["Format", "Duration", "What is covered"],
                    "rows": [
                        [
                            "Visiting lecturer",
                            "2 to 8 weeks on site",
                            "Return flight, accommodation and a daily allowance of 60 euros",
                        ],
                        [
                            "Doctoral co-supervision",
                            "Up to 4 years, mostly remote",
                            "One visit a year and online access to the university library",
                        ],
                        [
                            "Joint research project",
                            "12 to 24 months",
                            "Seed grant of up to 15,000 euros shared between the two teams",
                        ],
                        [
                            "Online course",
                            "One semester",
                            "A fee of 1,200 euros per course and technical support",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Departments back home publish their needs on the portal each semester, "
                    "and diaspora academics can respond to a specific request or propose their "
                    "own course or project. This year's priority areas are public health, data "
                    "science, climate adaptation, agricultural engineering and teacher "
                    "training. A joint committee reviews applications every month and sends "
                    "decisions within six weeks.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Our students now learn machine learning from a professor in Montréal "
                        "and soil science from a researcher in Melbourne, both of whom studied "
                        "in these same classrooms. No budget could have bought us that."
                    ),
                    "attribution": (
                        "Dr Hana Mansour, Vice-Rector for Research at a partner university"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>Intellectual property is governed by the agreement between the "
                    "academic's institution abroad and the partner university, and joint "
                    "publications credit both. Researchers who spend more than six months a "
                    "year at home can also apply for the Return of Talent tax incentives.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Offer your expertise",
                    "text": (
                        "See what partner departments are looking for this semester and submit "
                        "a proposal."
                    ),
                    "link_label": "View open requests",
                    "link_url": "/programmes/",
                },
            ),
        ],
    },
    {
        "slug": "diaspora-skills-survey-results",
        "title": (
            "Skills survey: 4,300 members tell us what they can offer and what holds them back"
        ),
        "days_ago": 131,
        "category": "policy",
        "tags": ["return-of-talent", "knowledge-transfer", "mentoring"],
        "authors": ["Amina Diallo"],
        "intro": (
            "The first diaspora skills survey shows a highly qualified community that wants to "
            "contribute, held back by slow recognition of qualifications, pension rules and a "
            "lack of information."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Over ten weeks, 4,312 members of the diaspora in 58 countries answered "
                    "our skills survey, online and through community associations. Two thirds "
                    "of respondents hold a university degree and one in five holds a doctorate "
                    "or a professional specialisation. Most live in Europe (44%), North "
                    "America (23%) and the Gulf states (17%).</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Respondents by sector",
                    "header": ["Sector", "Share of respondents"],
                    "rows": [
                        ["Health and social care", "19%"],
                        ["Engineering and construction", "16%"],
                        ["Information technology", "14%"],
                        ["Education and research", "12%"],
                        ["Finance, accounting and law", "11%"],
                        ["Business and trade", "10%"],
                        ["Other sectors", "18%"],
                    ],
                },
            ),
            (
                "paragraph",
                (
                    "<p>Asked how they would like to contribute, 61% said they would share "
                    "knowledge remotely, 48% would mentor young people, 37% would consider "
                    "investing and 22% would consider returning for a year or more. The "
                    "obstacles named most often were the time it takes to recognise foreign "
                    "qualifications, the loss of pension rights when moving, uncertainty about "
                    "schooling for children and a lack of reliable information about "
                    "opportunities.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>The findings have shaped this year's work plan. A joint task force "
                    "with the Ministry of Labour will propose a 60-day limit for the "
                    "recognition of qualifications, talks on social security agreements have "
                    "begun with four of the main countries of residence, and the directory of "
                    "professionals now lets members show which kinds of engagement they are "
                    "open to.</p>"
                ),
            ),
            (
                "faq",
                [
                    {
                        "question": "How were the answers collected and protected?",
                        "answer": (
                            "<p>The survey was anonymous and hosted on the portal. Answers "
                            "were analysed only in aggregate, and no result is published for a "
                            "group of fewer than 20 respondents.</p>"
                        ),
                    },
                    {
                        "question": "I missed the survey. Can I still share my skills?",
                        "answer": (
                            "<p>Yes. Create or update your profile in the directory of "
                            "professionals and choose which parts of it members, investors and "
                            "the public can see.</p>"
                        ),
                    },
                ],
            ),
            (
                "call_to_action",
                {
                    "title": "Add your profile to the directory",
                    "text": "Let partners back home find your skills, on your terms.",
                    "link_label": "Go to the directory",
                    "link_url": "/directory/",
                },
            ),
        ],
    },
    {
        "slug": "chambers-of-commerce-partnership",
        "title": "Seven chambers of commerce sign partnership to support diaspora businesses",
        "days_ago": 158,
        "category": "investment",
        "tags": ["entrepreneurship", "investment"],
        "authors": ["Rafael Mendes"],
        "intro": (
            "The national chamber of commerce and bilateral chambers in six cities abroad will "
            "open their networks, trade missions and advisory services to diaspora "
            "entrepreneurs."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Diaspora entrepreneurs often tell us that the hardest part of doing "
                    "business back home is knowing whom to call. Under a partnership signed "
                    "this week, the national chamber of commerce and the bilateral chambers in "
                    "London, Paris, Berlin, Toronto, Dubai and Johannesburg will treat "
                    "diaspora-owned businesses as part of their networks, whichever side they "
                    "are registered on.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>In practice, diaspora entrepreneurs will be able to join trade "
                    "missions at member rates, use the chambers' market studies and legal "
                    "helplines, and meet buyers and suppliers at two matchmaking days a year. "
                    "The national chamber will also name a diaspora business contact in each "
                    "of its regional offices to answer questions about permits, suppliers and "
                    "recruitment.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "Diaspora companies already trade in both directions. What they often "
                        "lack is an introduction, and our members want those introductions "
                        "just as much as they do."
                    ),
                    "attribution": (
                        "Marianne Okonkwo, Secretary-General of the bilateral chamber of "
                        "commerce in London"
                    ),
                },
            ),
            (
                "paragraph",
                (
                    "<p>The partnership will be reviewed after a year on the basis of the "
                    "number of businesses supported, the contracts signed at matchmaking days "
                    "and feedback from members. Chambers in Doha, São Paulo and New York have "
                    "already said they would like to join.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Register your business",
                    "text": (
                        "Add your company to the organisations directory so that chambers and "
                        "trade partners can contact you."
                    ),
                    "link_label": "Add your organisation",
                    "link_url": "/directory/organisations/",
                },
            ),
        ],
    },
    {
        "slug": "philanthropy-matching-fund",
        "title": "New matching fund doubles diaspora donations to schools and clinics",
        "days_ago": 187,
        "category": "community",
        "tags": ["philanthropy", "health", "education"],
        "authors": ["Amina Diallo"],
        "intro": (
            "For every euro or dollar that diaspora groups raise for an approved community "
            "project back home, the new matching fund will add another, up to 50,000 euros per "
            "project."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Hometown associations and diaspora charities have been building "
                    "classrooms, equipping health centres and digging wells for decades, "
                    "usually with little recognition and no public support. The Diaspora "
                    "Philanthropy Matching Fund, with a first budget of 4 million euros, will "
                    "match the money they raise for approved projects one to one, up to 50,000 "
                    "euros per project.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Eligible projects are in education, primary health care, water and "
                    "sanitation, and support for people with disabilities. Each must be "
                    "proposed by a registered diaspora organisation together with a local "
                    "partner back home, such as a municipality, a school board or a community "
                    "health committee, which commits to running and maintaining it. Funds are "
                    "paid in stages against progress reports with photographs and receipts, "
                    "and every project is visited at least once by an independent monitor.</p>"
                ),
            ),
            (
                "faq",
                [
                    {
                        "question": "Who can apply?",
                        "answer": (
                            "<p>Associations, foundations and groups of at least five members "
                            "of the diaspora, provided they are registered as an organisation "
                            "in their country of residence or back home.</p>"
                        ),
                    },
                    {
                        "question": "Do donations from individuals count?",
                        "answer": (
                            "<p>Yes. Individual donations, crowdfunding and the proceeds of "
                            "events all count towards the amount matched, as long as they are "
                            "paid into the project's dedicated account.</p>"
                        ),
                    },
                    {
                        "question": "Are donations tax-deductible?",
                        "answer": (
                            "<p>Donations to the fund itself are tax-deductible back home. "
                            "Whether your donation is deductible abroad depends on the rules "
                            "of your country of residence and on the status of the "
                            "organisation you give to.</p>"
                        ),
                    },
                    {
                        "question": "How long does approval take?",
                        "answer": (
                            "<p>Proposals are assessed every quarter, and you will receive a "
                            "decision within eight weeks of the quarterly deadline.</p>"
                        ),
                    },
                ],
            ),
            (
                "quote",
                {
                    "text": (
                        "Our association in Lyon raised 18,000 euros in two years for the "
                        "maternity ward in my parents' town. With the match, it will be "
                        "finished this year instead of in four years' time."
                    ),
                    "attribution": "Fatou Sarr, treasurer of a hometown association in Lyon",
                },
            ),
            (
                "paragraph",
                (
                    "<p>The first call for proposals closes in ten weeks. The Office will hold "
                    "online workshops in English, French and Arabic on preparing a proposal, "
                    "and organisations can ask for feedback on their draft before they submit "
                    "it.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Propose a project",
                    "text": (
                        "Read the guidelines, check that your project is eligible and download "
                        "the proposal form."
                    ),
                    "link_label": "See the guidelines",
                    "link_url": "/programmes/",
                },
            ),
        ],
    },
]

# French and Arabic versions of the four most recent articles, keyed by slug.
# Each body has the same blocks, in the same order, as the English original.
NEWS_TRANSLATIONS = {
    "fr": {
        "mobile-consular-service-days": {
            "title": (
                "Des équipes consulaires mobiles se rendront dans six villes au cours des deux "
                "prochains mois"
            ),
            "intro": (
                "Le personnel consulaire tiendra des journées de service à Lyon, Manchester, "
                "Calgary, Perth, Durban et Al Ain pour les membres de la diaspora qui vivent "
                "loin d'une ambassade ou d'un consulat."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>De nombreux membres de la diaspora vivent à plusieurs heures de "
                        "l'ambassade ou du consulat le plus proche, et renouveler un passeport "
                        "peut signifier une journée de congé et un long trajet pour toute la "
                        "famille. Pour y remédier, le réseau consulaire envoie des équipes "
                        "mobiles dans six villes qui comptent d'importantes communautés mais "
                        "aucun poste consulaire. Chaque visite est organisée avec des "
                        "associations locales, qui fournissent la salle et des bénévoles pour "
                        "orienter les visiteurs le jour même.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Journées de service mobiles et rendez-vous disponibles",
                        "header": ["Ville", "Jours de service", "Rendez-vous", "Organisé par"],
                        "rows": [
                            ["Lyon, France", "2", "320", "Consulat général à Paris"],
                            ["Manchester, Royaume-Uni", "2", "300", "Ambassade à Londres"],
                            ["Calgary, Canada", "1", "150", "Ambassade à Ottawa"],
                            ["Perth, Australie", "2", "260", "Consulat général à Melbourne"],
                            ["Durban, Afrique du Sud", "1", "180", "Ambassade à Pretoria"],
                            [
                                "Al Ain, Émirats arabes unis",
                                "1",
                                "200",
                                "Ambassade à Abou Dhabi",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Les équipes apportent des kits biométriques mobiles : vous pourrez "
                        "donc demander ou renouveler un passeport ou une carte nationale "
                        "d'identité, et faire enregistrer une naissance, un mariage ou un "
                        "décès, sur place. Les photographies et les empreintes digitales sont "
                        "prises pendant le rendez-vous. Les nouveaux documents sont fabriqués "
                        "au pays puis envoyés à la représentation organisatrice, où vous "
                        "pourrez les retirer, ou à votre adresse en recommandé pour 12 euros "
                        "supplémentaires ou l'équivalent en monnaie locale.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>La prise de rendez-vous est obligatoire et ouvre 21 jours avant "
                        "chaque journée de service. Apportez votre passeport ou votre carte "
                        "d'identité en cours de validité et les originaux des actes que vous "
                        "souhaitez faire transcrire ; pour le premier passeport d'un enfant, "
                        "les deux parents doivent être présents ou le parent absent doit "
                        "signer au préalable un formulaire de consentement. Les droits sont "
                        "les mêmes qu'au consulat et se règlent par carte le jour même. Si "
                        "tous les rendez-vous sont pris, inscrivez-vous sur la liste d'attente "
                        ": les créneaux libérés par des annulations sont proposés par SMS la "
                        "veille au soir.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "Réserver un rendez-vous consulaire mobile",
                        "text": (
                            "Choisissez votre ville et un créneau, et vérifiez les pièces "
                            "nécessaires à votre demande."
                        ),
                        "link_label": "Voir les dates et réserver",
                        "link_url": "/fr/events/",
                    },
                ),
            ],
        },
        "diaspora-development-bond-opens": {
            "title": ("Ouverture des souscriptions à l'Obligation diaspora pour le développement"),
            "intro": (
                "Cette obligation à cinq ans est accessible dès 500 dollars américains ou 500 "
                "euros aux ressortissants à l'étranger et à leurs descendants. Les fonds "
                "financeront du logement abordable et des énergies renouvelables au pays."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Le ministère des Finances a ouvert les souscriptions à la première "
                        "Obligation diaspora pour le développement, préparée avec l'Office "
                        "pour l'engagement de la diaspora après deux ans de consultation avec "
                        "les associations de la diaspora et des banques à l'étranger. "
                        "L'obligation verse un coupon fixe tous les six mois pendant cinq ans, "
                        "et le capital est intégralement remboursé à l'échéance. Les "
                        "souscriptions sont ouvertes pendant dix semaines, ou jusqu'à ce que "
                        "la première tranche de 150 millions de dollars américains soit "
                        "entièrement souscrite.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Principales caractéristiques",
                        "header": ["Caractéristique", "Détail"],
                        "rows": [
                            ["Émetteur", "Ministère des Finances, pour le compte du Trésor"],
                            ["Échéance", "Cinq ans à compter de la date d'émission"],
                            [
                                "Coupon",
                                (
                                    "5,25 % par an pour la tranche en dollars américains, 4,50 "
                                    "% par an pour la tranche en euros, versé tous les six mois"
                                ),
                            ],
                            [
                                "Souscription minimale",
                                ("500 dollars américains ou 500 euros, puis par multiples de 100"),
                            ],
                            [
                                "Souscription maximale",
                                "250 000 dollars américains ou euros par investisseur",
                            ],
                            [
                                "Qui peut souscrire",
                                (
                                    "Les ressortissants vivant à l'étranger, leurs conjoints "
                                    "et leurs descendants, sur présentation d'un passeport, "
                                    "d'une carte consulaire ou d'une preuve de filiation"
                                ),
                            ],
                            [
                                "Fiscalité",
                                (
                                    "Les coupons sont exonérés d'impôt sur le revenu au pays ; "
                                    "leur imposition à l'étranger dépend de votre pays de "
                                    "résidence"
                                ),
                            ],
                            [
                                "Utilisation des fonds",
                                ("Logement abordable (60 %) et énergie solaire et éolienne (40 %)"),
                            ],
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Depuis des années, les membres de la diaspora demandent un moyen "
                            "sûr d'investir au pays sans dépendre de leurs relations. Cette "
                            "obligation répond à cette attente, et chaque projet qu'elle "
                            "finance sera rendu public."
                        ),
                        "attribution": (
                            "Rafael Mendes, chargé de l'investissement et de la finance de la "
                            "diaspora"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Vous pouvez souscrire auprès des banques partenaires à Londres, "
                        "Paris, Toronto, Dubaï et Johannesburg, ou en ligne sur le service aux "
                        "investisseurs du Trésor après une vérification d'identité par vidéo. "
                        "Les coupons peuvent être versés sur un compte à l'étranger ou au "
                        "pays, dans la devise de la tranche choisie. L'obligation est un "
                        "engagement direct de l'État, mais elle n'est pas couverte par les "
                        "systèmes de garantie des dépôts de votre pays de résidence : lisez le "
                        "prospectus et, en cas de doute, consultez un conseiller financier "
                        "indépendant.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Conformément à son engagement de transparence, le Trésor publiera "
                        "chaque trimestre un rapport présentant chaque projet de logement et "
                        "d'énergie financé, sa localisation, le montant décaissé et son état "
                        "d'avancement. Des séances d'information en ligne en anglais, en "
                        "français et en arabe ont lieu chaque mercredi pendant toute la "
                        "période de souscription.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "Consulter le prospectus et souscrire",
                        "text": (
                            "Le prospectus, la liste des banques partenaires et les "
                            "enregistrements des séances d'information précédentes se trouvent "
                            "dans l'annuaire des opportunités."
                        ),
                        "link_label": "Voir l'obligation",
                        "link_url": "/fr/directory/opportunities/",
                    },
                ),
            ],
        },
        "mentoring-programme-third-round": {
            "title": "Le programme de mentorat recherche 150 mentors pour sa troisième édition",
            "intro": (
                "Les professionnels expérimentés vivant à l'étranger sont invités à "
                "accompagner pendant six mois de jeunes diplômés et entrepreneurs au pays : "
                "une heure toutes les deux semaines, entièrement en ligne."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Le programme de mentorat de la diaspora met en relation des "
                        "professionnels vivant à l'étranger avec des étudiants en dernière "
                        "année, de jeunes diplômés et des fondateurs de petites entreprises au "
                        "pays. Lors de ses deux premières éditions, il a formé 212 binômes, "
                        "avec des mentors résidant dans 31 pays, et 78 % des mentorés estiment "
                        "que le programme les a aidés à trouver un emploi, à décrocher un "
                        "client ou à obtenir un financement. Pour la troisième édition, nous "
                        "recherchons 150 nouveaux mentors.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Les mentors doivent justifier d'au moins cinq ans d'expérience "
                        "professionnelle et s'engager à un appel vidéo toutes les deux "
                        "semaines pendant six mois. Avant la première rencontre, chaque mentor "
                        "suit une formation en ligne de 90 minutes et signe la charte du "
                        "programme, qui porte notamment sur la confidentialité et la "
                        "protection des jeunes. Les besoins des mentorés sont les plus forts "
                        "dans le développement logiciel, l'agro-industrie, la comptabilité, "
                        "les soins infirmiers, la logistique et les industries créatives.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Je pensais donner des conseils. Je ne m'attendais pas à apprendre "
                            "autant sur la façon dont les jeunes au pays créent des "
                            "entreprises avec presque rien. Ma mentorée emploie aujourd'hui "
                            "quatre personnes."
                        ),
                        "attribution": (
                            "Nadia Karim, ingénieure civile à Montréal et mentore depuis la "
                            "première édition"
                        ),
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Le mentorat est-il rémunéré ?",
                            "answer": (
                                "<p>Non, le mentorat est bénévole. Le programme prend en "
                                "charge la plateforme en ligne et peut organiser, pour les "
                                "mentors de passage au pays, une rencontre à l'université ou "
                                "dans l'incubateur de leur mentoré.</p>"
                            ),
                        },
                        {
                            "question": "Puis-je assurer le mentorat en français ou en arabe ?",
                            "answer": (
                                "<p>Oui. Lors de votre candidature, indiquez les langues dans "
                                "lesquelles vous êtes à l'aise : nous ne vous proposerons que "
                                "des mentorés qui en partagent au moins une.</p>"
                            ),
                        },
                        {
                            "question": "Que se passe-t-il si le binôme ne fonctionne pas ?",
                            "answer": (
                                "<p>Chacune des deux parties peut demander un nouveau binôme à "
                                "l'équipe du programme à tout moment pendant les six premières "
                                "semaines, sans avoir à se justifier. Passé ce délai, nous "
                                "vous aiderons à mettre fin au mentorat dans le respect de "
                                "chacun.</p>"
                            ),
                        },
                    ],
                ),
                (
                    "paragraph",
                    (
                        "<p>Les mentorés postulent par l'intermédiaire de leur université ou "
                        "de l'un des onze incubateurs d'entreprises partenaires, qui vérifient "
                        "chaque candidature. L'équipe du programme constitue les binômes en "
                        "fonction du secteur, des objectifs et de la langue, et les annonce "
                        "aux deux parties six semaines après la clôture des candidatures.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "Devenir mentor",
                        "text": (
                            "Il reste quatre semaines pour postuler à la troisième édition. La "
                            "candidature prend environ 15 minutes."
                        ),
                        "link_label": "Postuler comme mentor",
                        "link_url": "/fr/programmes/",
                    },
                ),
            ],
        },
        "weekend-language-culture-classes": {
            "title": "Les cours de langue et de culture du week-end reprennent dans 18 villes",
            "intro": (
                "Les cours du week-end consacrés à la langue, à l'histoire, à la musique et à "
                "la danse du pays reprennent le mois prochain pour les enfants de 5 à 16 ans, "
                "avec de nouveaux groupes en ligne pour les familles éloignées."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Pour de nombreuses familles à l'étranger, le cours du week-end est "
                        "l'endroit où les enfants apprennent à lire et à écrire la langue du "
                        "pays, découvrent les chansons que connaissent leurs grands-parents et "
                        "se font des amis qui partagent leurs origines. Cette année, les cours "
                        "auront lieu dans 18 villes, assurés par 140 enseignants formés au "
                        "programme national, et pour la première fois en groupes en ligne pour "
                        "les familles qui vivent à plus d'une heure d'un cours.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "Lieux des cours (sélection)",
                        "header": ["Ville", "Tranches d'âge", "Format"],
                        "rows": [
                            ["Paris", "5 à 16 ans", "En présentiel, samedi matin"],
                            ["Londres", "5 à 16 ans", "En présentiel, samedi matin"],
                            ["Toronto", "5 à 14 ans", "En présentiel, samedi après-midi"],
                            ["Berlin", "6 à 14 ans", "En présentiel, samedi matin"],
                            ["Doha", "5 à 16 ans", "En présentiel, vendredi après-midi"],
                            ["Melbourne", "5 à 12 ans", "En présentiel, dimanche matin"],
                            ["São Paulo", "6 à 14 ans", "En présentiel, samedi matin"],
                            [
                                "En ligne",
                                "8 à 16 ans",
                                ("Cours vidéo en direct, deux séances selon les fuseaux horaires"),
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Les frais s'élèvent à 90 euros par trimestre ou l'équivalent en "
                        "monnaie locale, avec une réduction de 50 % pour le deuxième enfant et "
                        "des places gratuites pour les familles qui ne pourraient pas les "
                        "payer. Les enfants qui terminent un niveau reçoivent un certificat du "
                        "ministère de l'Éducation, reconnu par les écoles au pays si la "
                        "famille rentre. Les manuels et le matériel sont compris.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ma fille est née à Berlin et répondait à sa grand-mère en "
                            "allemand. Après deux ans de cours du samedi, elle lui écrit dans "
                            "notre langue, et c'est elle qui corrige mes fautes d'orthographe."
                        ),
                        "attribution": "Karim Bensaïd, parent d'élève à Berlin",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Les inscriptions sont ouvertes et les places sont attribuées par "
                        "ordre d'arrivée des demandes, en priorité aux enfants inscrits l'an "
                        "dernier. Nous recherchons également des assistants de classe, des "
                        "musiciens et des conteurs bénévoles : si vous pouvez donner deux "
                        "samedis par mois, contactez le coordinateur des cours de votre "
                        "ville.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "Inscrire votre enfant",
                        "text": (
                            "Trouvez le cours le plus proche, vérifiez les tranches d'âge et "
                            "inscrivez-vous en ligne en quelques minutes."
                        ),
                        "link_label": "Trouver un cours",
                        "link_url": "/fr/courses/",
                    },
                ),
            ],
        },
    },
    "ar": {
        "mobile-consular-service-days": {
            "title": "فرق قنصلية متنقلة تزور ست مدن خلال الشهرين المقبلين",
            "intro": (
                "سيعقد الموظفون القنصليون أيام خدمة في ليون ومانشستر وكالغاري وبيرث وديربان "
                "والعين لفائدة أفراد الجالية الذين يقيمون بعيدًا عن السفارات والقنصليات."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>يقيم كثير من أفراد الجالية على بُعد ساعات من أقرب سفارة أو قنصلية، "
                        "وقد يعني تجديد جواز السفر التغيّب عن العمل يومًا كاملًا ورحلة طويلة "
                        "للأسرة بأكملها. ولسدّ هذه الفجوة، ترسل الشبكة القنصلية فرقًا متنقلة "
                        "إلى ست مدن تضم جاليات كبيرة ولا توجد فيها بعثة قنصلية. وتُنظَّم كل "
                        "زيارة بالتعاون مع جمعيات الجالية المحلية التي توفر المكان ومتطوعين "
                        "لإرشاد الزوار يوم الخدمة.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "أيام الخدمة المتنقلة والمواعيد المتاحة",
                        "header": ["المدينة", "أيام الخدمة", "المواعيد", "الجهة المنظمة"],
                        "rows": [
                            ["ليون، فرنسا", "2", "320", "القنصلية العامة في باريس"],
                            ["مانشستر، المملكة المتحدة", "2", "300", "السفارة في لندن"],
                            ["كالغاري، كندا", "1", "150", "السفارة في أوتاوا"],
                            ["بيرث، أستراليا", "2", "260", "القنصلية العامة في ملبورن"],
                            ["ديربان، جنوب أفريقيا", "1", "180", "السفارة في بريتوريا"],
                            [
                                "العين، الإمارات العربية المتحدة",
                                "1",
                                "200",
                                "السفارة في أبوظبي",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>تحمل الفرق معها أجهزة بيومترية متنقلة، بحيث يمكنكم في عين المكان "
                        "تقديم طلب جواز سفر أو بطاقة هوية وطنية أو تجديدهما، وتسجيل المواليد "
                        "وعقود الزواج والوفيات. وتُلتقط الصور وبصمات الأصابع خلال الموعد. "
                        "وتُصدَر الوثائق الجديدة في الوطن ثم تُرسَل إلى البعثة المنظمة "
                        "لاستلامها، أو إلى عنوانكم بالبريد المسجل مقابل 12 يورو إضافية أو ما "
                        "يعادلها بالعملة المحلية.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>الحجز المسبق إلزامي، ويُفتح باب المواعيد قبل 21 يومًا من كل يوم "
                        "خدمة. يُرجى إحضار جواز السفر أو بطاقة الهوية الساري المفعول وأصول "
                        "الشهادات المراد تسجيلها؛ وبالنسبة إلى أول جواز سفر للطفل، يجب أن يحضر "
                        "الوالدان معًا أو أن يوقّع الوالد الغائب استمارة موافقة مسبقًا. "
                        "والرسوم هي نفسها المعمول بها في القنصلية، وتُدفع بالبطاقة المصرفية "
                        "يوم الخدمة. وإذا حُجزت جميع المواعيد، يمكنكم التسجيل في قائمة "
                        "الانتظار، إذ تُعرض المواعيد الملغاة برسالة نصية مساء اليوم السابق.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "احجزوا موعدًا لدى الفريق القنصلي المتنقل",
                        "text": (
                            "اختاروا مدينتكم وموعدًا مناسبًا، وتحققوا من الوثائق المطلوبة لطلبكم."
                        ),
                        "link_label": "الاطلاع على المواعيد والحجز",
                        "link_url": "/ar/events/",
                    },
                ),
            ],
        },
        "diaspora-development-bond-opens": {
            "title": "فتح باب الاكتتاب في سندات الجالية للتنمية",
            "intro": (
                "يمكن لمواطنينا في الخارج ولذريتهم الاكتتاب في هذه السندات ذات الأجل البالغ "
                "خمس سنوات بدءًا من 500 دولار أمريكي أو 500 يورو، وستموّل عائداتها مشاريع "
                "السكن الميسّر والطاقة المتجددة في الوطن."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>فتحت وزارة المالية باب الاكتتاب في أول إصدار من سندات الجالية "
                        "للتنمية، الذي أُعدّ بالتعاون مع مكتب التواصل مع الجالية بعد عامين من "
                        "المشاورات مع جمعيات الجالية والمصارف في الخارج. وتدفع السندات عائدًا "
                        "ثابتًا كل ستة أشهر طوال خمس سنوات، ويُسترد رأس المال كاملًا عند "
                        "الاستحقاق. ويظل باب الاكتتاب مفتوحًا لمدة عشرة أسابيع، أو إلى حين "
                        "تغطية الشريحة الأولى البالغة 150 مليون دولار أمريكي بالكامل.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "الشروط الرئيسية",
                        "header": ["البند", "التفاصيل"],
                        "rows": [
                            ["الجهة المُصدِرة", "وزارة المالية نيابةً عن الخزينة العامة"],
                            ["أجل الاستحقاق", "خمس سنوات من تاريخ الإصدار"],
                            [
                                "العائد",
                                (
                                    "5.25% سنويًا على الشريحة المقوّمة بالدولار الأمريكي "
                                    "و4.50% سنويًا على الشريحة المقوّمة باليورو، يُدفع كل ستة "
                                    "أشهر"
                                ),
                            ],
                            [
                                "الحد الأدنى للاكتتاب",
                                "500 دولار أمريكي أو 500 يورو، ثم بمضاعفات 100",
                            ],
                            ["الحد الأقصى للاكتتاب", "250,000 دولار أمريكي أو يورو لكل مستثمر"],
                            [
                                "من يحق له الاكتتاب",
                                (
                                    "المواطنون المقيمون في الخارج وأزواجهم وذريتهم، بتقديم "
                                    "جواز سفر أو بطاقة قنصلية أو ما يثبت النسب"
                                ),
                            ],
                            [
                                "الضرائب",
                                (
                                    "العوائد معفاة من ضريبة الدخل في الوطن، أما خضوعها للضريبة "
                                    "في الخارج فيتوقف على بلد إقامتكم"
                                ),
                            ],
                            [
                                "أوجه استخدام العائدات",
                                "السكن الميسّر (60%) والطاقة الشمسية وطاقة الرياح (40%)",
                            ],
                        ],
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "طالما طلب أفراد الجالية وسيلة آمنة للاستثمار في الوطن لا تتوقف "
                            "على معرفة الأشخاص المناسبين. وهذه السندات هي تلك الوسيلة، "
                            "وسيُعلَن عن كل مشروع تموّله."
                        ),
                        "attribution": "رافاييل منديز، مسؤول الاستثمار وتمويل الجالية",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>يمكنكم الاكتتاب عبر المصارف الشريكة في لندن وباريس وتورونتو ودبي "
                        "وجوهانسبرغ، أو عبر الإنترنت من خلال خدمة المستثمرين التابعة للخزينة "
                        "العامة بعد التحقق من هويتكم بمكالمة فيديو. ويمكن تحويل العوائد إلى "
                        "حساب في الخارج أو في الوطن، بعملة الشريحة التي تختارونها. والسندات "
                        "التزام مباشر على الدولة، لكنها غير مشمولة بأنظمة ضمان الودائع في بلد "
                        "إقامتكم، لذا يُرجى قراءة نشرة الإصدار وطلب استشارة مالية مستقلة عند "
                        "الحاجة.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>ووفاءً بالالتزام بالشفافية، ستنشر الخزينة العامة تقريرًا فصليًا "
                        "يبيّن كل مشروع سكني أو طاقي مموَّل، وموقعه، والمبلغ المصروف، ومدى "
                        "تقدّمه. كما تُعقد جلسات إعلامية عبر الإنترنت باللغات الإنجليزية "
                        "والفرنسية والعربية كل يوم أربعاء طوال فترة الاكتتاب.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "اطّلعوا على نشرة الإصدار واكتتبوا",
                        "text": (
                            "تجدون نشرة الإصدار وقائمة المصارف الشريكة وتسجيلات الجلسات "
                            "الإعلامية السابقة في دليل الفرص الاستثمارية."
                        ),
                        "link_label": "عرض السندات",
                        "link_url": "/ar/directory/opportunities/",
                    },
                ),
            ],
        },
        "mentoring-programme-third-round": {
            "title": "برنامج الإرشاد المهني يبحث عن 150 مرشدًا لدورته الثالثة",
            "intro": (
                "ندعو المهنيين ذوي الخبرة المقيمين في الخارج إلى إرشاد الخريجين ورواد الأعمال "
                "الشباب في الوطن لمدة ستة أشهر، بمعدل ساعة كل أسبوعين، وبالكامل عبر الإنترنت."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>يجمع برنامج الإرشاد المهني للجالية بين مهنيين مقيمين في الخارج "
                        "وطلاب في سنتهم الدراسية الأخيرة وخريجين جدد ومؤسسي مشاريع صغيرة في "
                        "الوطن. وقد شكّل البرنامج في دورتيه الأوليين 212 ثنائيًا، مع مرشدين "
                        "يقيمون في 31 بلدًا، وأفاد 78% من المستفيدين بأن البرنامج ساعدهم على "
                        "إيجاد عمل أو كسب عميل أو الحصول على تمويل. ونبحث في الدورة الثالثة عن "
                        "150 مرشدًا جديدًا.</p>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>يُشترط في المرشدين أن تكون لديهم خبرة مهنية لا تقل عن خمس سنوات، "
                        "وأن يلتزموا بمكالمة فيديو كل أسبوعين لمدة ستة أشهر. وقبل اللقاء "
                        "الأول، يتابع كل مرشد تدريبًا تمهيديًا عبر الإنترنت مدته 90 دقيقة، "
                        "ويوقّع على ميثاق البرنامج الذي يتناول السرية وحماية الشباب. ويتركز "
                        "أكبر طلب من المستفيدين في مجالات تطوير البرمجيات والصناعات الزراعية "
                        "والمحاسبة والتمريض والخدمات اللوجستية والصناعات الإبداعية.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "كنت أظن أنني سأكتفي بتقديم النصائح، ولم أتوقع أن أتعلم الكثير عن "
                            "الطريقة التي يبني بها الشباب في الوطن مشاريعهم بإمكانات شبه "
                            "معدومة. والشابة التي أرشدها توظّف اليوم أربعة أشخاص."
                        ),
                        "attribution": (
                            "نادية كريم، مهندسة مدنية في مونتريال ومرشدة منذ الدورة الأولى"
                        ),
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "هل الإرشاد مدفوع الأجر؟",
                            "answer": (
                                "<p>لا، فالإرشاد عمل تطوعي. ويتحمل البرنامج تكاليف المنصة "
                                "الإلكترونية، ويمكنه أن ينظم للمرشدين الذين يزورون الوطن لقاءً "
                                "في الجامعة أو حاضنة الأعمال التي ينتمي إليها المستفيد.</p>"
                            ),
                        },
                        {
                            "question": "هل يمكنني تقديم الإرشاد باللغة الفرنسية أو العربية؟",
                            "answer": (
                                "<p>نعم. اذكروا عند التقديم اللغات التي ترتاحون للعمل بها، ولن "
                                "نقرنكم إلا بمستفيدين يتقنون لغة واحدة منها على الأقل.</p>"
                            ),
                        },
                        {
                            "question": "ماذا يحدث إذا لم ينجح الثنائي؟",
                            "answer": (
                                "<p>يمكن لأي من الطرفين أن يطلب من فريق البرنامج ثنائيًا "
                                "جديدًا في أي وقت خلال الأسابيع الستة الأولى دون الحاجة إلى "
                                "تقديم أسباب. وبعد ذلك، سنساعدكم على إنهاء الإرشاد بطريقة تحفظ "
                                "الاحترام المتبادل.</p>"
                            ),
                        },
                    ],
                ),
                (
                    "paragraph",
                    (
                        "<p>يتقدم المستفيدون بطلباتهم عبر جامعاتهم أو عبر واحدة من إحدى عشرة "
                        "حاضنة أعمال شريكة، تتحقق من كل طلب. ويشكّل فريق البرنامج الثنائيات "
                        "بحسب القطاع والأهداف واللغة، ويُبلغ بها الطرفين بعد ستة أسابيع من "
                        "إغلاق باب التقديم.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "كونوا مرشدين",
                        "text": (
                            "يُغلق باب التقديم للدورة الثالثة بعد أربعة أسابيع، ولا يستغرق "
                            "التقديم أكثر من 15 دقيقة تقريبًا."
                        ),
                        "link_label": "قدّموا طلب الإرشاد",
                        "link_url": "/ar/programmes/",
                    },
                ),
            ],
        },
        "weekend-language-culture-classes": {
            "title": "عودة دروس اللغة والثقافة في عطلة نهاية الأسبوع في 18 مدينة",
            "intro": (
                "تُستأنف الشهر المقبل دروس نهاية الأسبوع في لغة الوطن وتاريخه وموسيقاه ورقصاته "
                "للأطفال من سن 5 إلى 16 عامًا، مع مجموعات جديدة عبر الإنترنت للأسر البعيدة عن "
                "أماكن الدروس."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>بالنسبة إلى كثير من الأسر في الخارج، يمثل درس نهاية الأسبوع المكان "
                        "الذي يتعلم فيه الأطفال قراءة لغة الوطن وكتابتها، ويحفظون الأغاني التي "
                        "يعرفها أجدادهم، ويكوّنون صداقات مع أقران يشاركونهم أصولهم. وستُقدَّم "
                        "الدروس هذا العام في 18 مدينة على يد 140 معلمًا مدرَّبًا على المنهج "
                        "الوطني، كما ستُقدَّم لأول مرة عبر مجموعات إلكترونية للأسر التي تقيم "
                        "على بُعد أكثر من ساعة من أقرب درس.</p>"
                    ),
                ),
                (
                    "table",
                    {
                        "caption": "أماكن الدروس (مختارات)",
                        "header": ["المدينة", "الفئات العمرية", "الصيغة"],
                        "rows": [
                            ["باريس", "من 5 إلى 16 عامًا", "حضوريًا، صباح السبت"],
                            ["لندن", "من 5 إلى 16 عامًا", "حضوريًا، صباح السبت"],
                            ["تورونتو", "من 5 إلى 14 عامًا", "حضوريًا، بعد ظهر السبت"],
                            ["برلين", "من 6 إلى 14 عامًا", "حضوريًا، صباح السبت"],
                            ["الدوحة", "من 5 إلى 16 عامًا", "حضوريًا، بعد ظهر الجمعة"],
                            ["ملبورن", "من 5 إلى 12 عامًا", "حضوريًا، صباح الأحد"],
                            ["ساو باولو", "من 6 إلى 14 عامًا", "حضوريًا، صباح السبت"],
                            [
                                "عبر الإنترنت",
                                "من 8 إلى 16 عامًا",
                                "درس مباشر بالفيديو في حصتين تناسبان مناطق زمنية مختلفة",
                            ],
                        ],
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>تبلغ الرسوم 90 يورو للفصل الدراسي أو ما يعادلها بالعملة المحلية، "
                        "مع تخفيض بنسبة 50% للطفل الثاني، وأماكن مجانية للأسر التي لا تستطيع "
                        "تحمّل التكاليف. ويحصل الأطفال الذين يُتمّون مستوى دراسيًا على شهادة "
                        "من وزارة التربية والتعليم تعترف بها المدارس في الوطن إذا عادت الأسرة. "
                        "وتشمل الرسوم الكتب والمستلزمات.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "وُلدت ابنتي في برلين وكانت تجيب جدتها بالألمانية. وبعد عامين من "
                            "دروس السبت أصبحت تكتب لها بلغتنا، بل صارت هي من يصحح أخطائي "
                            "الإملائية."
                        ),
                        "attribution": "كريم بن سعيد، وليّ أمر في برلين",
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>باب التسجيل مفتوح الآن، وتُوزَّع الأماكن حسب أسبقية الطلبات مع "
                        "إعطاء الأولوية للأطفال المسجلين في العام الماضي. كما نبحث عن متطوعين "
                        "للعمل مساعدين في الفصول وموسيقيين ورواة حكايات، فإذا كان بإمكانكم "
                        "تخصيص يومَي سبت في الشهر، يُرجى التواصل مع منسّق الدروس في "
                        "مدينتكم.</p>"
                    ),
                ),
                (
                    "call_to_action",
                    {
                        "title": "سجّلوا أطفالكم",
                        "text": (
                            "ابحثوا عن أقرب درس وتحققوا من الفئات العمرية وسجّلوا عبر الإنترنت "
                            "في دقائق معدودة."
                        ),
                        "link_label": "ابحثوا عن درس",
                        "link_url": "/ar/courses/",
                    },
                ),
            ],
        },
    },
}
