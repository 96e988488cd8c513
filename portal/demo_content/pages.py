"""Demo pages for load_demo_data: site settings, home page, standard pages and section indexes.

Rich text values are HTML strings limited to p, a, strong, em, ul, ol and li. A body is a
list of (block_type, value) tuples: heading, paragraph, quote, call_to_action, faq, table.
"""

# Site-wide settings: name, tagline, contact details, footer, social links.
SITE = {
    "site_name": "Diaspora Connect",
    "organisation_name": "Office for Diaspora Engagement",
    "tagline": {
        "en": "Connecting nationals abroad with opportunities back home",
        "fr": "Rapprocher nos ressortissants à l'étranger des opportunités au pays",
        "es": (
            "Conectamos a nuestros connacionales en el exterior con las oportunidades en el país"
        ),
        "ar": "نصل مواطنينا في الخارج بالفرص المتاحة في الوطن",
    },
    "contact_address": (
        "Office for Diaspora Engagement\n"
        "Ministry Quarter, 12 Independence Avenue\n"
        "PO Box 4410\n"
        "Capital District"
    ),
    "contact_email": "contact@example.org",
    "contact_phone": "+000 20 555 0140",
    "footer_text": {
        "en": (
            "Diaspora Connect is the official portal of the Office for Diaspora Engagement for "
            "nationals living abroad and their families."
        ),
        "fr": (
            "Diaspora Connect est le portail officiel de l'Office pour l'engagement de la "
            "diaspora, au service des ressortissants vivant à l'étranger et de leurs familles."
        ),
        "es": (
            "Diaspora Connect es el portal oficial de la Oficina para la Vinculación con la "
            "Diáspora, al servicio de los connacionales que viven en el exterior y de sus "
            "familias."
        ),
        "ar": (
            "بوابة Diaspora Connect هي الموقع الرسمي لمكتب التواصل مع الجالية، وهي مخصصة "
            "للمواطنين المقيمين في الخارج وأسرهم."
        ),
    },
    "social_links": [
        {
            "name": "Facebook",
            "url": "https://example.org/facebook/diasporaconnect",
        },
        {
            "name": "X",
            "url": "https://example.org/x/diasporaconnect",
        },
        {
            "name": "LinkedIn",
            "url": "https://example.org/linkedin/office-for-diaspora-engagement",
        },
        {
            "name": "YouTube",
            "url": "https://example.org/youtube/diasporaconnect",
        },
    ],
}

# The home page in each language it is published in.
HOME = {
    "en": {
        "title": "Home",
        "hero_heading": "Wherever you live, stay connected to home",
        "hero_text": (
            "News, services and opportunities for nationals abroad and their families, in one "
            "place. Find a course, meet professionals, invest back home or get consular help."
        ),
        "hero_cta_label": "Explore the programmes",
        "intro": (
            "<p>Diaspora Connect is run by the Office for Diaspora Engagement for the millions "
            "of nationals who live abroad, and for their children and grandchildren. Whether "
            "you are in Toronto, Paris, Dubai, Johannesburg or Melbourne, you can follow what "
            "is happening at home, sign up for courses and events, and find the consular "
            "services you need.</p><p>The portal is also where you can put your skills to "
            "work: mentor a young entrepreneur, teach at a university for a few weeks, come "
            'home through the <a href="/programmes/">Return of Talent</a> programme or '
            'invest in a project listed in the <a href="/directory/">directory</a>. '
            "Membership is free, and you decide what others can see on your profile.</p>"
        ),
        "news_heading": "Latest news",
        "events_heading": "Upcoming events",
        "programmes_heading": "Get involved",
        "opportunities_heading": "Investment opportunities",
    },
    "fr": {
        "title": "Accueil",
        "hero_heading": "Où que vous viviez, gardez le lien avec le pays",
        "hero_text": (
            "Actualités, services et opportunités pour les ressortissants à l'étranger et "
            "leurs familles, réunis en un seul endroit. Trouvez une formation, rencontrez des "
            "professionnels, investissez au pays ou obtenez une aide consulaire."
        ),
        "hero_cta_label": "Découvrir les programmes",
        "intro": (
            "<p>Diaspora Connect est géré par l'Office pour l'engagement de la diaspora pour "
            "les millions de ressortissants qui vivent à l'étranger, ainsi que pour leurs "
            "enfants et petits-enfants. Que vous soyez à Toronto, Paris, Dubaï, Johannesburg "
            "ou Melbourne, vous pouvez suivre l'actualité du pays, vous inscrire à des "
            "formations et à des événements, et trouver les services consulaires dont vous "
            "avez besoin.</p><p>Le portail vous permet aussi de mettre vos compétences à "
            "profit : accompagner un jeune entrepreneur, enseigner quelques semaines dans une "
            'université, rentrer au pays grâce au programme <a href="/fr/programmes/">Retour '
            "des talents</a> ou investir dans un projet présenté dans l'<a "
            'href="/fr/directory/">annuaire</a>. L\'inscription est gratuite, et vous décidez '
            "de ce que les autres peuvent voir sur votre profil.</p>"
        ),
        "news_heading": "Dernières actualités",
        "events_heading": "Événements à venir",
        "programmes_heading": "S'engager",
        "opportunities_heading": "Opportunités d'investissement",
    },
    "ar": {
        "title": "الرئيسية",
        "hero_heading": "أينما كنتم، ابقوا على صلة بالوطن",
        "hero_text": (
            "أخبار وخدمات وفرص لمواطنينا في الخارج وأسرهم في مكان واحد. ابحثوا عن دورة، "
            "وتعرّفوا إلى مهنيين، واستثمروا في الوطن، أو احصلوا على المساعدة القنصلية."
        ),
        "hero_cta_label": "اكتشفوا البرامج",
        "intro": (
            "<p>يدير مكتب التواصل مع الجالية بوابة Diaspora Connect لخدمة ملايين المواطنين "
            "المقيمين في الخارج وأبنائهم وأحفادهم. وسواء كنتم في تورونتو أو باريس أو دبي أو "
            "جوهانسبرغ أو ملبورن، يمكنكم متابعة أخبار الوطن، والتسجيل في الدورات والفعاليات، "
            "والوصول إلى الخدمات القنصلية التي تحتاجون إليها.</p><p>والبوابة أيضًا مساحة "
            "لتوظيف مهاراتكم: يمكنكم إرشاد رائد أعمال شاب، أو التدريس بضعة أسابيع في إحدى "
            'الجامعات، أو العودة إلى الوطن عبر برنامج <a href="/ar/programmes/">عودة '
            "الكفاءات</a>، أو الاستثمار في مشروع مدرج في <a "
            'href="/ar/directory/">الدليل</a>. العضوية مجانية، وأنتم من يقرر ما يمكن للآخرين '
            "رؤيته في ملفكم الشخصي.</p>"
        ),
        "news_heading": "آخر الأخبار",
        "events_heading": "الفعاليات القادمة",
        "programmes_heading": "شاركوا معنا",
        "opportunities_heading": "فرص الاستثمار",
    },
}

# Standard pages published under the home page (English).
STANDARD_PAGES = [
    {
        "slug": "about",
        "title": "About us",
        "intro": (
            "Diaspora Connect is the portal of the Office for Diaspora Engagement, the public "
            "body that works with nationals abroad and their descendants."
        ),
        "body": [
            ("heading", "Who we are"),
            (
                "paragraph",
                (
                    "<p>The Office for Diaspora Engagement was set up to give the diaspora a "
                    "single point of contact with public institutions back home. We are a team "
                    "of 38 people based in the capital, working closely with the network of "
                    "embassies and consulates that provides consular services in more than 90 "
                    "countries. An advisory council of 15 members, elected by diaspora "
                    "associations, meets twice a year to review our work plan and "
                    "priorities.</p>"
                ),
            ),
            ("heading", "Our mission"),
            (
                "paragraph",
                (
                    "<p>Nationals abroad and their families remain part of the nation wherever "
                    "they live. Our mission is to protect their rights and interests, to keep "
                    "them connected to the language and culture of home, and to make it easy "
                    "for those who wish to contribute to do so, through investment, knowledge, "
                    "volunteering, philanthropy or return. We also work with ministries to "
                    "remove the obstacles members tell us about, from the recognition of "
                    "qualifications to the portability of pensions.</p>"
                ),
            ),
            (
                "quote",
                {
                    "text": (
                        "The diaspora is not a loss to the nation but an extension of it. Our "
                        "task is to make sure that every national abroad, and every child of "
                        "the diaspora, finds a door open back home."
                    ),
                    "attribution": "Office for Diaspora Engagement, founding charter",
                },
            ),
            ("heading", "What the portal offers"),
            (
                "paragraph",
                (
                    "<p>Diaspora Connect brings together services that used to be scattered "
                    "across many websites:</p><ul><li><strong>News</strong> about the "
                    "policies, services and opportunities that affect the "
                    "diaspora.</li><li><strong>Events and courses</strong>, online and in "
                    "cities around the world, from investment forums to weekend language "
                    "classes.</li><li><strong>Engagement programmes</strong> for mentoring, "
                    "return of talent, knowledge transfer, volunteering and investment, with "
                    "online applications.</li><li>A <strong>directory</strong> of diaspora "
                    "professionals, organisations, investment opportunities and consular "
                    "missions.</li><li>A <strong>knowledge library</strong> of reports, guides "
                    "and policy documents.</li><li><strong>Consular information</strong> on "
                    "passports, civil registration and help in an emergency.</li></ul>"
                ),
            ),
            ("heading", "How we handle your data"),
            (
                "paragraph",
                (
                    "<p>We collect only the information needed to provide the services you "
                    "use. You decide which parts of your profile are visible to other members, "
                    "to verified investors or to the public, and your e-mail address is never "
                    "shown: other members contact you through the portal, and your details are "
                    "shared only if you accept their request. You can download or delete your "
                    'data at any time. Our <a href="/privacy/">privacy notice</a> explains '
                    "the details.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Join the community",
                    "text": (
                        "Create a free member account to register for events, apply to "
                        "programmes and appear in the directory of professionals."
                    ),
                    "link_label": "Create an account",
                    "link_url": "/accounts/signup/",
                },
            ),
        ],
    },
    {
        "slug": "consular-information",
        "title": "Consular information",
        "intro": (
            "How to obtain passports and civil documents abroad, what the consular network can "
            "do for you, and how to get help in an emergency."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Consular services for nationals abroad are provided by the embassies "
                    "and consulates listed in the <a "
                    'href="/directory/consulates/">consulates directory</a>, by honorary '
                    "consuls in cities without a mission, and by mobile teams that visit "
                    "communities far from a consulate. Most services require an appointment, "
                    "which you can book online. Fees are set in euros and charged in local "
                    "currency at the monthly consular exchange rate.</p>"
                ),
            ),
            ("heading", "Passports and identity cards"),
            (
                "paragraph",
                (
                    "<p>Passports are valid for ten years for adults and five years for "
                    "children under 16. You can apply at any embassy or consulate or at a "
                    "mobile service day, and adults whose current passport was issued with "
                    'fingerprints can <a href="/news/online-passport-renewal/">renew '
                    "online</a>. The fee is 60 euros for adults and 30 euros for children. If "
                    "your passport is lost or stolen, report it to the local police and book "
                    "an urgent appointment: an emergency travel document can usually be issued "
                    "the same day for 25 euros.</p>"
                ),
            ),
            ("heading", "Civil registration"),
            (
                "paragraph",
                (
                    "<p>Births, marriages and deaths that take place abroad must be recorded "
                    "in the civil register back home, so that your family's records are "
                    "complete and your children can obtain a passport and a national identity "
                    "number. Births should be registered within one year; after that, late "
                    "registration requires a decision by the civil registrar and takes longer. "
                    "Bring the original local certificate, with an apostille or legalisation "
                    "where required, and a certified translation if it is not in English, "
                    "French or one of the official languages.</p>"
                ),
            ),
            ("heading", "Dual citizenship and nationality"),
            (
                "paragraph",
                (
                    "<p>Dual citizenship is recognised: you do not lose your nationality by "
                    "acquiring that of your country of residence, and you do not need to "
                    "declare it. Children born abroad to at least one national parent are "
                    "nationals by descent, and grandchildren can apply for nationality on the "
                    "basis of a grandparent's birth record. Applications are made through the "
                    "consulate and decided by the Ministry of the Interior within six "
                    "months.</p>"
                ),
            ),
            ("heading", "Visas for foreign spouses and family"),
            (
                "paragraph",
                (
                    "<p>Foreign spouses and children of nationals can apply free of charge for "
                    "a family visa valid for multiple entries over five years. Apply at the "
                    "consulate with the marriage certificate, recorded in the civil register "
                    "back home, the national spouse's passport and the applicant's own "
                    "passport. Foreign spouses who have been married for at least three years "
                    "can apply for a residence card on arrival, which includes the right to "
                    "work.</p>"
                ),
            ),
            ("heading", "Notarial and legal services"),
            (
                "paragraph",
                (
                    "<p>Consular officers can certify signatures and copies, draw up powers of "
                    "attorney for use back home, for example to sell property or manage a bank "
                    "account, and legalise documents issued in your country of residence. A "
                    "power of attorney costs 20 euros and is usually ready on the day of your "
                    "appointment. Consular staff cannot give legal advice, but they can "
                    "provide a list of local lawyers who speak the home language.</p>"
                ),
            ),
            ("heading", "Help in an emergency"),
            (
                "paragraph",
                (
                    "<p>If you are arrested, seriously ill, the victim of a crime or caught up "
                    "in a disaster, contact the nearest embassy or consulate at any time: each "
                    "has a 24-hour emergency number. Consular staff can contact your family, "
                    "help you find a doctor or a lawyer, visit you in detention and issue "
                    "emergency travel documents. They cannot pay your bills, intervene in "
                    "court proceedings or obtain better treatment for you than local citizens "
                    "receive.</p>"
                ),
            ),
            ("heading", "Crisis registration"),
            (
                "paragraph",
                (
                    "<p>We strongly encourage everyone living abroad, and anyone travelling "
                    "for more than two weeks, to join the consular crisis register from their "
                    '<a href="/members/">member dashboard</a>. In a crisis, the embassy uses '
                    "the register to send alerts by text message and e-mail, check on your "
                    "safety and, if needed, organise evacuation. Registrations for travellers "
                    "are deleted automatically 30 days after the return date.</p>"
                ),
            ),
            (
                "table",
                {
                    "caption": "Main consular services",
                    "header": ["Service", "Where", "Typical processing time"],
                    "rows": [
                        [
                            "Passport, first application or renewal",
                            "Embassy, consulate or mobile service day",
                            "10 working days",
                        ],
                        [
                            "Online passport renewal (adults)",
                            "Online, with a video identity check",
                            "15 working days, including delivery",
                        ],
                        ["Emergency travel document", "Embassy or consulate", "Same day"],
                        [
                            "National identity card",
                            "Embassy, consulate or mobile service day",
                            "15 working days",
                        ],
                        [
                            "Registration of a birth, marriage or death",
                            "Embassy, consulate or mobile service day",
                            "20 working days",
                        ],
                        [
                            "Family visa for a foreign spouse or child",
                            "Embassy or consulate",
                            "10 working days",
                        ],
                        [
                            "Power of attorney, certified signatures and copies",
                            "Embassy, consulate or honorary consul",
                            "Same day",
                        ],
                        ["Nationality by descent", "Embassy or consulate", "Up to 6 months"],
                        [
                            "Criminal record certificate from home",
                            "Online or at a consulate",
                            "5 working days",
                        ],
                    ],
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Do I need an appointment?",
                        "answer": (
                            "<p>Yes, for every service except emergencies. Appointments can be "
                            "booked online up to 60 days in advance. If you cannot find a "
                            "slot, check the dates of mobile service days near you on the <a "
                            'href="/events/">events page</a>.</p>'
                        ),
                    },
                    {
                        "question": "Which consulate should I go to?",
                        "answer": (
                            "<p>You can use any embassy or consulate for passports, but civil "
                            "registration and nationality applications are handled by the "
                            "mission responsible for your place of residence. The <a "
                            'href="/directory/consulates/">consulates directory</a> shows '
                            "which mission covers your area.</p>"
                        ),
                    },
                    {
                        "question": "Can someone else collect my passport?",
                        "answer": (
                            "<p>Yes, if they bring your signed authorisation, a copy of your "
                            "identity document and their own identity document. Children's "
                            "passports must be collected by a parent or legal guardian.</p>"
                        ),
                    },
                    {
                        "question": "My child was born abroad. Is my child a national?",
                        "answer": (
                            "<p>Yes, if at least one parent was a national at the time of the "
                            "birth. Register the birth at the consulate as soon as possible; "
                            "you can apply for your child's passport at the same "
                            "appointment.</p>"
                        ),
                    },
                    {
                        "question": (
                            "Will I lose my nationality if I become a citizen of my country of "
                            "residence?"
                        ),
                        "answer": (
                            "<p>No. Dual citizenship is recognised and you do not need to "
                            "inform the consulate. Check, however, whether your country of "
                            "residence allows dual citizenship.</p>"
                        ),
                    },
                    {
                        "question": "How do I pay consular fees?",
                        "answer": (
                            "<p>By bank card at the consulate, or online when you apply. Some "
                            "missions also accept bank transfers. Cash is accepted only by "
                            "honorary consuls.</p>"
                        ),
                    },
                    {
                        "question": (
                            "Can the consulate help me transfer my pension or send money home?"
                        ),
                        "answer": (
                            '<p>Not directly, but the <a href="/knowledge/">knowledge '
                            "library</a> has our guide to social security agreements and the "
                            "latest report comparing the cost of money transfer services.</p>"
                        ),
                    },
                ],
            ),
            (
                "call_to_action",
                {
                    "title": "Find your nearest consulate",
                    "text": (
                        "Addresses, opening hours and 24-hour emergency numbers for every "
                        "mission abroad."
                    ),
                    "link_label": "Consulates directory",
                    "link_url": "/directory/consulates/",
                },
            ),
        ],
    },
    {
        "slug": "accessibility",
        "title": "Accessibility statement",
        "intro": (
            "We want everyone to be able to use Diaspora Connect, whatever their device, "
            "language or ability. This statement explains how accessible the portal is and how "
            "to tell us about problems."
        ),
        "body": [
            ("heading", "Our commitment"),
            (
                "paragraph",
                (
                    "<p>Diaspora Connect aims to meet the Web Content Accessibility Guidelines "
                    "(WCAG) 2.1 at level AA. The portal is designed to work with screen "
                    "readers, screen magnifiers and voice control, and to remain usable when "
                    "text is enlarged to 200% or pages are viewed on a small screen. Pages in "
                    "Arabic are laid out from right to left, and every page declares its "
                    "language so that assistive technology pronounces it correctly.</p>"
                ),
            ),
            ("heading", "Using the portal with a keyboard"),
            (
                "paragraph",
                (
                    "<p>Every part of the portal can be used without a mouse:</p><ul><li>Press "
                    "<strong>Tab</strong> to move to the next link, button or form field, and "
                    "<strong>Shift + Tab</strong> to move back.</li><li>The first link on "
                    "every page, <em>Skip to main content</em>, takes you straight past the "
                    "navigation.</li><li>Press <strong>Enter</strong> to follow a link, and "
                    "<strong>Enter</strong> or <strong>Space</strong> to activate a "
                    "button.</li><li>Press <strong>Escape</strong> to close an open menu or "
                    "dialogue and return to where you were.</li><li>The element that has "
                    "keyboard focus is always shown with a visible outline.</li></ul>"
                ),
            ),
            ("heading", "Known limitations"),
            (
                "paragraph",
                (
                    "<p>Some older documents in the knowledge library are scanned PDF files "
                    "that screen readers cannot read. We are replacing them with accessible "
                    "versions, starting with the most downloaded, and will send an accessible "
                    "copy of any document on request within five working days. Some recorded "
                    "webinars do not yet have captions; we are adding captions to every "
                    "recording published in the last two years.</p>"
                ),
            ),
            ("heading", "Reporting a problem"),
            (
                "paragraph",
                (
                    "<p>If you find content you cannot use, or you need information in another "
                    "format such as large print, easy read or audio, write to "
                    "<strong>contact@example.org</strong> with <em>Accessibility</em> in the "
                    "subject line, or call the number at the bottom of this page. Tell us the "
                    "address of the page and what went wrong. We will acknowledge your message "
                    "within two working days and aim to fix the problem, or explain what we "
                    "will do about it, within ten working days.</p>"
                ),
            ),
            ("heading", "How we test"),
            (
                "paragraph",
                (
                    "<p>Every new page template is checked with automated tools, and manually "
                    "with a keyboard and at least one screen reader, before it is published. "
                    "An independent audit of the whole portal is carried out every year, and "
                    "this statement is reviewed after each audit.</p>"
                ),
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy notice",
        "intro": (
            "What information Diaspora Connect keeps about you, who can see it, and how you "
            "can download or delete it."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>The Office for Diaspora Engagement is responsible for the personal "
                    "data processed on this portal. We use your data to provide the services "
                    "you ask for, to keep the portal secure and, if you agree, to send you "
                    "news. We do not sell your data and do not use it for advertising.</p>"
                ),
            ),
            ("heading", "What we keep"),
            (
                "paragraph",
                (
                    "<p>Depending on the services you use, we keep:</p><ul><li><strong>Your "
                    "account</strong>: name, e-mail address, password (stored only in hashed "
                    "form) and preferred language.</li><li><strong>Your profile</strong>, if "
                    "you create one: country and city of residence, profession, sectors, "
                    "skills, languages and the kinds of engagement you are open "
                    "to.</li><li><strong>Your activity</strong>: registrations for events and "
                    "courses, applications to programmes, investment opportunities you list, "
                    "and contact requests you send or receive.</li><li><strong>Technical "
                    "records</strong>: server logs with IP addresses, kept for 90 days to "
                    "protect the portal against abuse.</li></ul>"
                ),
            ),
            ("heading", "You control who sees your profile"),
            (
                "paragraph",
                (
                    "<p>Each field of your profile has its own visibility setting: <em>only "
                    "me</em>, <em>members</em>, <em>verified investors</em> or "
                    "<em>public</em>. Your profile appears in the directory of professionals "
                    "only if you choose to list it, and search results never include a field "
                    "you have not made visible to the person searching. Your e-mail address "
                    "and telephone number are never displayed. When someone wants to contact "
                    "you, they send a request through the portal, and your details are shared "
                    "only if you accept it.</p>"
                ),
            ),
            ("heading", "Export and deletion"),
            (
                "paragraph",
                (
                    "<p>You can download all the data linked to your account at any time, as a "
                    'machine-readable file, from your <a href="/members/">member '
                    "dashboard</a>, and you can delete your account there too. Deletion "
                    "removes your profile and directory listing immediately. Your "
                    "registrations and applications are anonymised so that event and programme "
                    "statistics stay correct, and copies in backups are overwritten within 35 "
                    "days.</p>"
                ),
            ),
            ("heading", "How long we keep data"),
            (
                "paragraph",
                (
                    "<p>Account and profile data are kept for as long as your account is "
                    "active. Accounts that have not been used for three years are deleted "
                    "after two reminders by e-mail. Applications to programmes are kept for "
                    "five years after the programme ends, as required for audits of public "
                    "funds.</p>"
                ),
            ),
            ("heading", "Contact and complaints"),
            (
                "paragraph",
                (
                    "<p>For any question about your data, or to exercise your rights of "
                    "access, correction, objection or deletion, write to our data protection "
                    "officer at <strong>dataprotection@example.org</strong>. We reply within "
                    "one month. If you are not satisfied with our answer, you can complain to "
                    "the data protection authority back home or in your country of "
                    "residence.</p>"
                ),
            ),
            (
                "call_to_action",
                {
                    "title": "Manage your data",
                    "text": (
                        "Change the visibility of your profile, download your data or delete "
                        "your account from your dashboard."
                    ),
                    "link_label": "Go to my dashboard",
                    "link_url": "/members/",
                },
            ),
        ],
    },
]

# Index pages for the site sections, created empty and filled by other loaders.
SECTION_PAGES = {
    "events": {
        "title": {
            "en": "Events",
            "fr": "Événements",
            "es": "Eventos",
            "ar": "الفعاليات",
        },
        "intro": (
            "Investment forums, webinars, consular service days and community gatherings, "
            "online and in cities around the world."
        ),
    },
    "courses": {
        "title": {
            "en": "Courses",
            "fr": "Formations",
            "es": "Cursos",
            "ar": "الدورات",
        },
        "intro": (
            "Language and culture classes, professional training and online courses for "
            "members of the diaspora and their children."
        ),
    },
    "programmes": {
        "title": {
            "en": "Programmes",
            "fr": "Programmes",
            "es": "Programas",
            "ar": "البرامج",
        },
        "intro": (
            "Mentoring, return of talent, knowledge transfer, volunteering and investment "
            "programmes that you can apply to online."
        ),
    },
    "directory": {
        "title": {
            "en": "Directory",
            "fr": "Annuaire",
            "es": "Directorio",
            "ar": "الدليل",
        },
        "intro": (
            "Find diaspora professionals, organisations, investment opportunities and consular "
            "missions around the world."
        ),
    },
    "knowledge": {
        "title": {
            "en": "Knowledge library",
            "fr": "Bibliothèque de ressources",
            "es": "Biblioteca de recursos",
            "ar": "مكتبة المعرفة",
        },
        "intro": (
            "Reports, guides, policy documents and country examples on diaspora engagement, "
            "investment and return."
        ),
    },
}
