"""Demo engagement programmes for load_demo_data, with the questions applicants answer and
the applications demo members have sent.

Dates are days from the day the demo is loaded (``deadline_days`` None: no deadline).
``questions`` are (block type, value) as the programme's StreamField stores them.
``applicants`` filters the demo members who apply (``User`` lookups). ``applications`` is
the state each application ends in, one applicant each, in order; ``answers`` are the
answers by question label, used in turn, where ``{headline}``, ``{organisation}``,
``{city}`` and ``{years}`` come from the applicant's profile. File questions are optional
and left empty.
"""

# What editors write to applicants with each decision.
DECISION_MESSAGES = {
    "shortlisted": (
        "Thank you for your application. You are on the shortlist: we will write to you "
        "within two weeks to arrange a 30-minute online interview."
    ),
    "accepted": (
        "Congratulations, your application is accepted. Your programme contact will write "
        "to you this week with the next steps and the documents we need."
    ),
    "declined": (
        "Thank you for applying. We received many more strong applications than we have "
        "places, and we cannot offer you one this time. We hope you will apply again."
    ),
}


def question(kind, label, help_text="", required=True, choices=None):
    value = {"label": label, "help_text": help_text, "required": required}
    if choices is not None:
        value["choices"] = choices
    return (kind, value)


PROGRAMMES = [
    {
        "slug": "diaspora-mentoring-third-round",
        "title": "Diaspora mentoring programme: third round",
        "kind": "mentoring",
        "intro": (
            "Mentor a graduate or a young entrepreneur back home for six months: one video "
            "call every two weeks, in a language you share, matched on your sector."
        ),
        "eligibility": (
            "<ul><li>At least five years of professional experience</li>"
            "<li>Able to give one hour every two weeks for six months</li>"
            "<li>Willing to complete a 90-minute online induction and sign the code of "
            "conduct, which covers confidentiality and the protection of young people</li>"
            "</ul>"
        ),
        "country": "",
        "duration": "6 months",
        "opens_days": -9,
        "deadline_days": 19,
        "places": 150,
        "body": [
            (
                "paragraph",
                "<p>The mentoring programme pairs professionals living abroad with final-year "
                "students, recent graduates and founders of small businesses at home. In its "
                "first two rounds it formed 212 pairs with mentors in 31 countries, and 78% "
                "of mentees said it helped them find work, win a client or secure funding. "
                "This round is looking for 150 mentors, especially in software development, "
                "agribusiness, accounting, nursing, logistics and the creative "
                "industries.</p>",
            ),
            ("heading", "How the matching works"),
            (
                "paragraph",
                "<p>Mentees apply through their university or one of eleven partner "
                "business incubators. The programme team matches pairs on sector, goals and "
                "language and announces them to both sides six weeks after applications "
                "close. Either side can ask for a new match during the first six weeks, "
                "without giving a reason.</p>",
            ),
            (
                "faq",
                [
                    {
                        "question": "Is mentoring paid?",
                        "answer": (
                            "<p>No, mentoring is voluntary. The programme pays for the online "
                            "platform and can arrange a meeting at your mentee's university or "
                            "incubator if you visit home.</p>"
                        ),
                    },
                ],
            ),
        ],
        "questions": [
            question("text", "Your current role and organisation"),
            question(
                "choice",
                "Who would you like to mentor?",
                choices=["A student or recent graduate", "A young entrepreneur", "Either"],
            ),
            question(
                "choice",
                "Preferred language for the calls",
                help_text="We only match you with mentees who share it.",
                choices=["English", "French", "Arabic", "Spanish"],
            ),
            question("yes_no", "Have you mentored before?"),
            question(
                "long_text",
                "What could you help a young professional with?",
                help_text="A few sentences are enough.",
            ),
        ],
        "applicants": {"profile__open_to_mentoring": True, "profile__years_of_experience__gte": 5},
        "applications": [
            "applied",
            "applied",
            "shortlisted",
            "applied",
            "withdrawn",
            "shortlisted",
            "applied",
            "shortlisted",
            "applied",
        ],
        "answers": [
            {
                "Your current role and organisation": "{headline}, {organisation}",
                "Who would you like to mentor?": "A young entrepreneur",
                "Preferred language for the calls": "English",
                "Have you mentored before?": "yes",
                "What could you help a young professional with?": (
                    "Finding first clients, pricing work and keeping the accounts in order. I "
                    "have {years} of experience and I mentored two interns last year."
                ),
            },
            {
                "Your current role and organisation": "{headline}, {organisation}",
                "Who would you like to mentor?": "A student or recent graduate",
                "Preferred language for the calls": "French",
                "Have you mentored before?": "no",
                "What could you help a young professional with?": (
                    "Preparing for interviews, writing a CV that works abroad and choosing a "
                    "first job. I wish someone had done this for me when I left."
                ),
            },
            {
                "Your current role and organisation": "{headline} in {city}",
                "Who would you like to mentor?": "Either",
                "Preferred language for the calls": "Arabic",
                "Have you mentored before?": "yes",
                "What could you help a young professional with?": (
                    "Planning a career in my sector, building a network and negotiating a "
                    "salary. I can also introduce a mentee to colleagues in {city}."
                ),
            },
        ],
    },
    {
        "slug": "return-of-talent-health-fellowship",
        "title": "Return of Talent Fellowship for health professionals",
        "kind": "return_of_talent",
        "intro": (
            "Doctors, nurses and midwives abroad: work in a regional public hospital at home "
            "for three to 24 months, with a monthly allowance, housing and a temporary "
            "licence to practise within 30 working days."
        ),
        "eligibility": (
            "<ul><li>A current registration as a doctor, nurse or midwife in your country "
            "of residence</li>"
            "<li>At least three years of experience after qualifying</li>"
            "<li>A national, or the child or grandchild of a national</li></ul>"
        ),
        "country": "",
        "duration": "3 to 24 months",
        "opens_days": -33,
        "deadline_days": 23,
        "places": 60,
        "body": [
            (
                "paragraph",
                "<p>Run by the Office for Diaspora Engagement with the Ministry of Health, the "
                "fellowship places health professionals in the specialities where regional "
                "hospitals need them most: anaesthesia, obstetrics, paediatrics, emergency "
                "medicine, intensive care nursing and midwifery.</p>",
            ),
            (
                "table",
                {
                    "caption": "What fellows receive",
                    "header": ["Placement length", "Monthly allowance", "Other support"],
                    "rows": [
                        ["3 to 6 months", "1,800 euros", "Return flight and accommodation"],
                        [
                            "7 to 12 months",
                            "2,200 euros",
                            "Return flights for your family, furnished accommodation",
                        ],
                        [
                            "13 to 24 months",
                            "2,600 euros",
                            "As above, plus school fees for children",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Shortlisted candidates are interviewed online by a panel from the "
                "Ministry of Health and the receiving hospitals. Placements start at the "
                "beginning of next year.</p>",
            ),
        ],
        "questions": [
            question(
                "choice",
                "Your profession",
                choices=["Doctor", "Nurse", "Midwife"],
            ),
            question(
                "text",
                "Your speciality",
                help_text="For example: anaesthesia, paediatrics, intensive care nursing",
            ),
            question(
                "choice",
                "How long could you stay?",
                choices=["3 to 6 months", "7 to 12 months", "13 to 24 months"],
            ),
            question(
                "yes_no",
                "Would your employer give you unpaid leave?",
                help_text="Several hospital trusts and health networks abroad have agreed to.",
            ),
            question(
                "file",
                "Your CV",
                help_text="PDF or Word. You can also send it later if you are shortlisted.",
                required=False,
            ),
        ],
        "applicants": {"profile__sectors__slug": "health", "profile__years_of_experience__gte": 3},
        "applications": [
            "accepted",
            "shortlisted",
            "applied",
            "declined",
            "shortlisted",
            "applied",
            "withdrawn",
            "accepted",
            "shortlisted",
            "applied",
            "applied",
        ],
        "answers": [
            {
                "Your profession": "Nurse",
                "Your speciality": "Intensive care nursing",
                "How long could you stay?": "7 to 12 months",
                "Would your employer give you unpaid leave?": "yes",
            },
            {
                "Your profession": "Doctor",
                "Your speciality": "Paediatrics",
                "How long could you stay?": "3 to 6 months",
                "Would your employer give you unpaid leave?": "yes",
            },
            {
                "Your profession": "Midwife",
                "Your speciality": "Midwifery and neonatal care",
                "How long could you stay?": "13 to 24 months",
                "Would your employer give you unpaid leave?": "no",
            },
            {
                "Your profession": "Doctor",
                "Your speciality": "Emergency medicine",
                "How long could you stay?": "7 to 12 months",
                "Would your employer give you unpaid leave?": "no",
            },
        ],
    },
    {
        "slug": "knowledge-transfer-visiting-experts",
        "title": "Knowledge transfer: teach, supervise or research with a partner university",
        "kind": "knowledge_transfer",
        "intro": (
            "Academics and researchers abroad can answer a partner university's request or "
            "propose their own course, doctoral co-supervision or joint research project. "
            "Proposals are reviewed every month."
        ),
        "eligibility": (
            "<ul><li>A teaching or research post at a university or research institute "
            "abroad, or a doctorate and relevant professional experience</li>"
            "<li>The agreement of your institution for joint work</li></ul>"
            "<p>This year's priority areas are public health, data science, climate "
            "adaptation, agricultural engineering and teacher training.</p>"
        ),
        "country": "",
        "duration": "2 weeks to 24 months, depending on the format",
        "opens_days": -113,
        "deadline_days": None,
        "places": None,
        "body": [
            (
                "paragraph",
                "<p>Twelve public universities have signed partnership agreements with the "
                "Office for Diaspora Engagement. Their departments publish what they need "
                "each semester, and a joint committee reviews proposals every month and "
                "decides within six weeks.</p>",
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
                            "Return flight, accommodation and 60 euros a day",
                        ],
                        [
                            "Doctoral co-supervision",
                            "Up to 4 years, mostly remote",
                            "One visit a year and access to the university library",
                        ],
                        [
                            "Joint research project",
                            "12 to 24 months",
                            "A seed grant of up to 15,000 euros",
                        ],
                        ["Online course", "One semester", "1,200 euros per course"],
                    ],
                },
            ),
        ],
        "questions": [
            question(
                "choice",
                "How would you like to take part?",
                choices=[
                    "Visiting lecturer",
                    "Doctoral co-supervision",
                    "Joint research project",
                    "Online course",
                ],
            ),
            question("text", "Your institution and position"),
            question(
                "long_text",
                "Your proposal",
                help_text="What you would teach or research, with whom, and when.",
            ),
            question(
                "file",
                "Course outline or research proposal",
                help_text="Optional: PDF or Word, up to 5 MB.",
                required=False,
            ),
        ],
        "applicants": {"profile__sectors__slug": "education-research"},
        "applications": [
            "accepted",
            "accepted",
            "shortlisted",
            "declined",
            "applied",
            "accepted",
            "applied",
        ],
        "answers": [
            {
                "How would you like to take part?": "Online course",
                "Your institution and position": "{headline}, {organisation}",
                "Your proposal": (
                    "A one-semester online course in introductory data analysis for "
                    "second-year students, with weekly live seminars and projects on local "
                    "public data."
                ),
            },
            {
                "How would you like to take part?": "Visiting lecturer",
                "Your institution and position": "{headline}, {organisation}",
                "Your proposal": (
                    "Four weeks of teaching and lab sessions on soil and water management, "
                    "with the agricultural engineering department, in the second semester."
                ),
            },
            {
                "How would you like to take part?": "Joint research project",
                "Your institution and position": "{headline} in {city}",
                "Your proposal": (
                    "A two-year study of climate adaptation in small farms with a partner "
                    "team, including two field visits and a shared doctoral student."
                ),
            },
        ],
    },
    {
        "slug": "heritage-summer-school-volunteers",
        "title": "Volunteer group leaders for the Heritage Summer School",
        "kind": "volunteering",
        "intro": (
            "Spend three weeks at home leading a group of young people from the diaspora "
            "through workshops, visits and a community project. Travel and board are "
            "covered."
        ),
        "eligibility": (
            "<ul><li>Aged 21 or over</li>"
            "<li>Experience with young people: teaching, youth work, coaching or scouting</li>"
            "<li>A criminal record certificate from your country of residence</li></ul>"
        ),
        "country": "",
        "duration": "3 weeks in July",
        "opens_days": -60,
        "deadline_days": -10,
        "places": 30,
        "body": [
            (
                "paragraph",
                "<p>The Heritage Summer School welcomes 120 young people aged 16 to 24 whose "
                "families live abroad. Each group of eight is led by two volunteers who "
                "stay with them for the three weeks: language workshops in the morning, "
                "visits and meetings in the afternoon, and a week on a community project "
                "in a rural town.</p>",
            ),
            (
                "paragraph",
                "<p>Volunteers receive a return flight, board and lodging and a three-day "
                "training before the young people arrive. Applications for this year are "
                "closed: the team is interviewing the last shortlisted candidates and will "
                "send every decision by the end of the month.</p>",
            ),
        ],
        "questions": [
            question(
                "text",
                "Your experience with young people",
                help_text="For example: secondary school teacher for six years",
            ),
            question(
                "choice",
                "Which languages could you lead a group in?",
                choices=["English", "French", "English and French", "Arabic and French"],
            ),
            question("yes_no", "Are you available for the whole three weeks?"),
        ],
        "applicants": {"profile__open_to_volunteering": True},
        "applications": [
            "accepted",
            "declined",
            "accepted",
            "shortlisted",
            "accepted",
            "withdrawn",
            "accepted",
            "declined",
            "accepted",
            "shortlisted",
        ],
        "answers": [
            {
                "Your experience with young people": "Youth football coach for five years",
                "Which languages could you lead a group in?": "English and French",
                "Are you available for the whole three weeks?": "yes",
            },
            {
                "Your experience with young people": "Secondary school teacher in {city}",
                "Which languages could you lead a group in?": "French",
                "Are you available for the whole three weeks?": "yes",
            },
            {
                "Your experience with young people": "Volunteer at a weekend language school",
                "Which languages could you lead a group in?": "Arabic and French",
                "Are you available for the whole three weeks?": "no",
            },
        ],
    },
    {
        "slug": "agribusiness-investment-mission",
        "title": "Investment mission: agribusiness and food processing",
        "kind": "investment_mission",
        "intro": (
            "Five days at home with twelve agribusiness and food-processing companies looking "
            "for partners, site visits in two regions and meetings with the investment "
            "promotion agency. For verified investors."
        ),
        "eligibility": (
            "<p>The mission is open to <b>verified investors</b> only: you can ask to be "
            "verified from your dashboard. Delegates pay their own travel; the programme "
            "covers local transport, interpreters and meeting rooms.</p>"
        ),
        "country": "",
        "duration": "5 days",
        "opens_days": -14,
        "deadline_days": 35,
        "places": 15,
        "who_may_register": "verified_investors",
        "body": [
            (
                "paragraph",
                "<p>The companies were selected by the investment promotion agency and the "
                "Chamber of Commerce and Industry from the projects presented at the last "
                "Diaspora Investment Forum. They need between 50,000 and 2 million euros "
                "for processing plants, cold storage, irrigation and export "
                "certification.</p>",
            ),
            (
                "paragraph",
                "<p>Before the mission, delegates receive each company's investment summary "
                "and can book one-to-one meetings. The agency's one-stop shop will be on "
                "hand to register companies and explain the incentives for diaspora "
                "investors.</p>",
            ),
        ],
        "questions": [
            question(
                "choice",
                "Ticket size you are considering",
                choices=[
                    "Under 100,000 euros",
                    "100,000 to 500,000 euros",
                    "Over 500,000 euros",
                ],
            ),
            question("text", "Fund, company or family office you represent", required=False),
            question("yes_no", "Would you invest alongside other diaspora investors?"),
        ],
        "applicants": {"profile__investor_status": "verified"},
        "applications": ["applied", "shortlisted", "accepted", "applied", "shortlisted"],
        "answers": [
            {
                "Ticket size you are considering": "100,000 to 500,000 euros",
                "Fund, company or family office you represent": "{organisation}",
                "Would you invest alongside other diaspora investors?": "yes",
            },
            {
                "Ticket size you are considering": "Under 100,000 euros",
                "Fund, company or family office you represent": "",
                "Would you invest alongside other diaspora investors?": "yes",
            },
            {
                "Ticket size you are considering": "Over 500,000 euros",
                "Fund, company or family office you represent": "{organisation}",
                "Would you invest alongside other diaspora investors?": "no",
            },
        ],
    },
    {
        "slug": "young-professionals-exchange",
        "title": "Young professionals exchange: six months at home",
        "kind": "exchange",
        "intro": (
            "Graduates of the second and third generation work for six months in a public "
            "agency or a company at home, while young professionals from home take their "
            "place with partner employers abroad."
        ),
        "eligibility": (
            "<ul><li>Aged 21 to 32, with a degree or vocational qualification</li>"
            "<li>At least one year of work experience</li>"
            "<li>Born abroad to a national, or a national who left before the age of 12"
            "</li></ul>"
        ),
        "country": "",
        "duration": "6 months",
        "opens_days": -5,
        "deadline_days": 50,
        "places": 20,
        "body": [
            (
                "paragraph",
                "<p>Host organisations at home include ministries, the national statistics "
                "office, two commercial banks, a logistics company and three technology "
                "start-ups. Participants receive a local salary, accommodation for the "
                "first month and a return flight.</p>",
            ),
        ],
        "questions": [
            question(
                "choice",
                "Which sector would you like to work in?",
                choices=[
                    "Public administration",
                    "Banking and finance",
                    "Technology",
                    "Logistics and trade",
                ],
            ),
            question("yes_no", "Do you speak a national language well enough to work in it?"),
            question("long_text", "Why do you want to spend six months at home?"),
        ],
        "applicants": {"profile__years_of_experience__lte": 10},
        "applications": ["applied", "applied", "withdrawn", "applied", "applied"],
        "answers": [
            {
                "Which sector would you like to work in?": "Technology",
                "Do you speak a national language well enough to work in it?": "yes",
                "Why do you want to spend six months at home?": (
                    "I grew up hearing about home from my parents and I want to know it as "
                    "an adult, through work, not only on holiday."
                ),
            },
            {
                "Which sector would you like to work in?": "Public administration",
                "Do you speak a national language well enough to work in it?": "no",
                "Why do you want to spend six months at home?": (
                    "I work on digital services in {city} and would like to see how they are "
                    "built at home, and bring back what I learn."
                ),
            },
        ],
    },
]
