"""Demo courses for load_demo_data: self-paced and in cohorts, at different levels and in
different languages.

``modules`` are (title, summary, duration). A cohort starts ``starts_in_days`` from the day
the demo is loaded and lasts ``weeks``; enrolment closes a week before it starts.
``registrations`` is how many demo members the loader enrols (in the course, or in the
cohort); more than the places puts the rest on the waiting list.
"""

COURSES = [
    {
        "slug": "investing-back-home",
        "title": "Investing back home: a practical introduction",
        "intro": (
            "Savings, property, shares or your own business: learn what each investment at "
            "home offers, what it risks, and how to protect yourself from fraud when you are "
            "thousands of kilometres away."
        ),
        "mode": "self_paced",
        "format": "online",
        "level": "beginner",
        "language": "en",
        "time_commitment": "About 8 hours in total, at your own pace",
        "capacity": None,
        "registrations": 34,
        "modules": [
            (
                "Where your money can go",
                "Savings accounts in local currency, the Diaspora Development Bond, shares on "
                "the stock exchange, property and your own business: returns, risks and how "
                "easily you can get your money back.",
                "1 hour",
            ),
            (
                "Protecting yourself from fraud",
                "Why land scams target people abroad, how to check a title deed and a company "
                "registration, and whom to call before you transfer any money.",
                "1 hour 30 minutes",
            ),
            (
                "Opening accounts and moving money",
                "Non-resident and foreign-currency accounts, what transfers really cost, and "
                "the documents banks ask for.",
                "1 hour",
            ),
            (
                "Starting or buying into a business",
                "Company forms, the one-stop shop for investors, the incentives for diaspora "
                "investors and how to choose a local partner you can trust.",
                "2 hours",
            ),
            (
                "Tax at home and abroad",
                "Double-taxation agreements, declaring income from home where you live, and "
                "when to pay for professional advice.",
                "1 hour 30 minutes",
            ),
            (
                "Your investment plan",
                "A worksheet for your goals, budget and timetable. Send it in and an adviser "
                "from the investment desk will comment on it within two weeks.",
                "1 hour",
            ),
        ],
        "body": [
            ("heading", "How the course works"),
            (
                "paragraph",
                "<p>Each module has short videos, a reading list and a quiz. You can start "
                "the day you enrol, stop whenever you like and pick up where you left off. "
                "Everyone who passes the six quizzes receives a certificate from the Office "
                "for Diaspora Engagement and the Chamber of Commerce and Industry.</p>",
            ),
            (
                "paragraph",
                "<p>The course gives general information, not personal financial advice. "
                "For questions about your own plans, join the monthly online investment "
                "clinic.</p>",
            ),
        ],
    },
    {
        "slug": "sending-money-home-wisely",
        "title": "Sending money home wisely",
        "intro": (
            "A short course in Spanish for families who support relatives at home: compare "
            "transfer costs, save on every transfer, and turn part of what you send into "
            "savings that last."
        ),
        "mode": "self_paced",
        "format": "online",
        "level": "beginner",
        "language": "es",
        "time_commitment": "About 3 hours in total",
        "capacity": 200,
        "registrations": 18,
        "modules": [
            (
                "What a transfer really costs",
                "Fees, exchange-rate margins and hidden charges, and how to use the price "
                "comparison page to find the cheapest way to send 200 or 500 euros.",
                "45 minutes",
            ),
            (
                "Digital transfers and mobile money",
                "How to send from a phone safely, what to do if a transfer goes missing and "
                "how your family can receive money without travelling to an agency.",
                "45 minutes",
            ),
            (
                "A family budget across two countries",
                "Planning what you send together with the people who receive it, and keeping "
                "a reserve for emergencies on both sides.",
                "45 minutes",
            ),
            (
                "From remittances to savings",
                "Savings accounts your family can open at home, the diaspora bond and "
                "education savings plans for children.",
                "45 minutes",
            ),
        ],
        "body": [
            (
                "paragraph",
                "<p>The course follows the roundtable on the cost of remittances and is taught "
                "in Spanish, with subtitles in English. Places are limited to 200 a year "
                "because every participant can book a free 30-minute call with a financial "
                "counsellor; when they are all taken, you can join the waiting list.</p>",
            ),
        ],
    },
    {
        "slug": "running-a-diaspora-association",
        "title": "Running a diaspora association",
        "intro": (
            "Six weeks in French for volunteers who lead or want to set up a diaspora "
            "association: statutes and governance, funding, projects at home and accounts "
            "that donors trust."
        ),
        "mode": "cohort",
        "format": "hybrid",
        "level": "intermediate",
        "language": "fr",
        "time_commitment": "3 hours a week for 6 weeks, and one Saturday workshop",
        "modules": [
            (
                "Statutes, board and members",
                "Registering an association in your country of residence, writing statutes "
                "that work and running a general assembly.",
                "Week 1",
            ),
            (
                "Finding money",
                "Membership fees, events, crowdfunding and the matching fund that doubles "
                "diaspora donations to schools and clinics.",
                "Week 2",
            ),
            (
                "Projects at home",
                "Choosing a local partner, agreeing who does what, and following a project "
                "from abroad.",
                "Weeks 3 and 4",
            ),
            (
                "Volunteers and communication",
                "Keeping volunteers involved, reaching the second generation and telling "
                "your members what their money achieved.",
                "Week 5",
            ),
            (
                "Accounts and reports",
                "Simple bookkeeping, annual accounts and the reports funders ask for.",
                "Week 6",
            ),
        ],
        "body": [
            (
                "paragraph",
                "<p>Each week has a 90-minute online session on Tuesday evening and exercises "
                "on your own association. The course ends with a Saturday workshop at the "
                "Embassy in Paris or the Consulate General in Montréal, where each group "
                "presents a project plan to representatives of the matching fund.</p>",
            ),
            (
                "paragraph",
                "<p>Each cohort has 25 places, with at most two people per association.</p>",
            ),
        ],
        "cohorts": [
            {
                "name": "Winter cohort",
                "starts_in_days": 21,
                "weeks": 6,
                "capacity": 25,
                "registrations": 17,
            },
            {
                "name": "Spring cohort",
                "starts_in_days": 105,
                "weeks": 6,
                "capacity": 25,
                "registrations": 5,
            },
        ],
    },
    {
        "slug": "teaching-an-online-university-course",
        "title": "Designing and teaching an online university course",
        "intro": (
            "For diaspora academics in the knowledge-transfer programme: turn your expertise "
            "into a semester-long online course for students at a partner university, and "
            "teach it well across time zones."
        ),
        "mode": "cohort",
        "format": "online",
        "level": "advanced",
        "language": "en",
        "time_commitment": "4 hours a week for 8 weeks",
        "modules": [
            (
                "Who your students are",
                "Bandwidth, devices, timetables and expectations at the partner universities, "
                "from lecturers who teach there.",
                "Week 1",
            ),
            (
                "Course design",
                "Learning outcomes, a weekly rhythm and assessment that works online and "
                "meets the university's accreditation rules.",
                "Weeks 2 and 3",
            ),
            (
                "Teaching live and recorded",
                "Short recorded lectures, live seminars that survive a poor connection, and "
                "discussion boards students actually use.",
                "Weeks 4 and 5",
            ),
            (
                "Assessment and academic integrity",
                "Assignments, online exams and feedback, and how to handle plagiarism and "
                "generated text.",
                "Week 6",
            ),
            (
                "Your course, reviewed",
                "Each participant presents the outline of their course to peers and to the "
                "partner department that asked for it.",
                "Weeks 7 and 8",
            ),
        ],
        "body": [
            (
                "paragraph",
                "<p>The course is taught by the centre for teaching and learning of a partner "
                "university and by diaspora academics who already teach online for it. "
                "Sessions are on Thursdays at 14:00 UTC and are recorded for those who "
                "cannot attend live.</p>",
            ),
            (
                "paragraph",
                "<p>Places go first to academics with an accepted knowledge-transfer "
                "proposal. Each cohort has 20 places; when a cohort is full, the waiting "
                "list gives the next free place to the first person waiting.</p>",
            ),
        ],
        "cohorts": [
            # Full, with two people waiting.
            {
                "name": "January cohort",
                "starts_in_days": 28,
                "weeks": 8,
                "capacity": 20,
                "registrations": 22,
            },
            {
                "name": "April cohort",
                "starts_in_days": 120,
                "weeks": 8,
                "capacity": 20,
                "registrations": 3,
            },
        ],
    },
]
