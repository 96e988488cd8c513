"""Builds the demo site: page tree, translations, settings, news, the demo users, and the
events, courses and programmes demo members have signed up for.

Every step looks for what it would create first, so a second run creates nothing.
``load_demo_data`` (home/management/commands) is the command around this module.
"""

import datetime
import os
import random
import zoneinfo
from collections import Counter
from contextlib import contextmanager
from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from blog.factories import AuthorFactory, NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory
from blog.models import Author, KnowledgeIndexPage, NewsCategory, NewsIndexPage, NewsPage
from directory.models import DirectoryIndexPage
from events.models import (
    CourseCohort,
    CourseIndexPage,
    CoursePage,
    EventIndexPage,
    EventOccurrence,
    EventPage,
    Offering,
    ProgrammeIndexPage,
    ProgrammePage,
    Registration,
)
from home.factories import FooterTextFactory, HomePageFactory, StandardPageFactory
from home.models import FooterText, HomePage, SiteSettings, StandardPage
from members.models import User
from portal.demo_content import courses as courses_content
from portal.demo_content import events as events_content
from portal.demo_content import news as news_content
from portal.demo_content import pages as page_content
from portal.demo_content import programmes as programmes_content
from portal.demo_images import draw_illustration
from portal.demo_members import build_members

DEMO_USERS = [
    # (e-mail, first name, last name, role)
    ("admin@example.org", "Ada", "Administrator", "administrator"),
    ("editor@example.org", "Esther", "Mensah", "editor"),
    ("member@example.org", "Karim", "Haddad", "member"),
    ("investor@example.org", "Lucía", "Fernández", "investor"),
]
SECTION_MODELS = {
    "events": EventIndexPage,
    "courses": CourseIndexPage,
    "programmes": ProgrammeIndexPage,
    "directory": DirectoryIndexPage,
    "knowledge": KnowledgeIndexPage,
}
# How a demo application reaches each state: the editors' decisions, or the applicant's
# withdrawal, after applying.
APPLICATION_STEPS = {
    "applied": [],
    "shortlisted": ["shortlisted"],
    "accepted": ["shortlisted", "accepted"],
    "declined": ["declined"],
    "withdrawn": ["withdrawn"],
}
# Standard pages shown in the main menu (after news and the sections, in tree order).
MENU_PAGES = {"about", "consular-information"}


def demo_password():
    return os.environ.get("DEMO_PASSWORD") or "portal-demo"


@contextmanager
def demo_emails_discarded():
    """The registration e-mails queued while the demo is built go nowhere: the demo members
    are made up, and the development console would print a couple of hundred e-mails."""
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        yield


def demo_people():
    """The generated demo members (not the demo logins), in a stable order."""
    return (
        User.objects.filter(email__endswith="@example.org")
        .exclude(email__in=[user[0] for user in DEMO_USERS])
        .order_by("pk")
    )


def local_time(day, hour, zone_name, minute=0):
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=zoneinfo.ZoneInfo(zone_name)
    )


def checked(outcome, what):
    """The registration engine's outcome, or an error: demo content must follow its rules."""
    if not outcome.ok:
        raise RuntimeError(f"Demo data: {what} was refused: {outcome.message}")
    return outcome


HOME_TEXT_FIELDS = [
    "title",
    "hero_heading",
    "hero_text",
    "hero_cta_label",
    "intro",
    "news_heading",
    "events_heading",
    "programmes_heading",
    "opportunities_heading",
]


def home_fields(text):
    """The home page's fields from one language's entry of demo_content.pages.HOME."""
    return {
        **{name: text[name] for name in HOME_TEXT_FIELDS},
        "search_description": text["hero_text"],
    }


def stream(body):
    """Turn the content modules' (block_type, value) tuples into StreamField raw data."""
    blocks = []
    for block_type, value in body:
        if block_type == "heading":
            blocks.append(("heading", {"text": value, "level": "h2"}))
        elif block_type == "faq":
            blocks.append(("accordion", {"heading": "", "items": value}))
        elif block_type == "table":
            data = [value["header"], *value["rows"]]
            blocks.append(
                (
                    "table",
                    {
                        "data": data,
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                        "table_caption": value.get("caption", ""),
                    },
                )
            )
        elif block_type == "call_to_action":
            blocks.append(("call_to_action", {**value, "link_page": None}))
        else:
            blocks.append((block_type, value))
    return [{"type": block_type, "value": value} for block_type, value in blocks]


class DemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.created = Counter()

    def run(self):
        self.log("Building the demo site…")
        with demo_emails_discarded(), transaction.atomic():
            self.locales = self.make_locales()
            home = self.make_home()
            self.make_site(home)
            self.make_settings(home)
            news_index = self.make_news(home)
            self.make_sections(home)
            self.make_standard_pages(home)
            home = self.make_home_button(home)
            self.make_translations(home, news_index)
            self.make_users()
            build_members(self.created, self.log)
            self.make_events(home)
            self.make_courses(home)
            self.make_programmes(home)
            self.make_knowledge(home)
            self.make_search_promotions()
            self.make_consulates()
            self.make_organisations()
            self.make_opportunities()
            self.make_newsletter_and_alerts()
        if connection.vendor == "postgresql":
            # Planner statistics for what was just loaded in bulk (autovacuum would take
            # a while): without them the search's facet queries get nested-loop plans.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        return self.created

    # -- helpers -------------------------------------------------------------
    def note(self, kind):
        self.created[kind] += 1

    def publish(self, page):
        page.save_revision().publish()

    def image(self, key, title):
        image_model = get_image_model()
        image = image_model.objects.filter(title=title).first()
        if image is None:
            data = draw_illustration(key)
            image = image_model(title=title)
            image.file = ContentFile(data, name=f"demo-{key}.jpg")
            image.save()
            self.note("images")
        return image

    # -- steps ---------------------------------------------------------------
    def make_locales(self):
        locales = {}
        for code, _name in settings.LANGUAGES:
            locale, created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.note("locales")
            locales[code] = locale
        return locales

    def make_home(self):
        en = page_content.HOME["en"]
        home = HomePage.objects.filter(locale=self.locales["en"], depth=2).first()
        if home:
            return home
        root = Page.get_first_root_node()
        # Wagtail's migration makes a "Welcome" page; the demo home page replaces it.
        for welcome in Page.objects.filter(depth=2, content_type__model="page"):
            Site.objects.filter(root_page=welcome).delete()
            welcome.delete()
        home = HomePageFactory(
            parent=root,
            slug="home",
            seo_title=page_content.SITE["site_name"],
            locale=self.locales["en"],
            **home_fields(en),
        )
        self.note("pages")
        return home

    def make_site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            # Full URLs (feeds, canonical links) use the address the demo is served on.
            base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
            Site.objects.create(
                hostname=base_url.hostname or "localhost",
                port=base_url.port or (443 if base_url.scheme == "https" else 80),
                root_page=home,
                is_default_site=True,
                site_name=page_content.SITE["site_name"],
            )
            self.note("sites")
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = page_content.SITE["site_name"]
            site.save()
            self.note("sites")

    def make_settings(self, home):
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        if not site_settings.organisation_name:
            data = page_content.SITE
            site_settings.organisation_name = data["organisation_name"]
            site_settings.contact_address = data["contact_address"]
            site_settings.contact_email = data["contact_email"]
            site_settings.contact_phone = data["contact_phone"]
            site_settings.social_links = [
                {"type": "link", "value": {"platform": link["name"].lower(), "url": link["url"]}}
                for link in data["social_links"]
            ]
            site_settings.save()
            self.note("settings")
        footer = FooterText.objects.filter(locale=self.locales["en"]).first()
        if footer is None:
            footer = FooterTextFactory(
                body=f"<p>{page_content.SITE['footer_text']['en']}</p>", locale=self.locales["en"]
            )
            footer.save_revision().publish()
            self.note("snippets")
        for code, locale in self.locales.items():
            text = page_content.SITE["footer_text"].get(code)
            if code == "en" or not text or footer.has_translation(locale):
                continue
            translated = footer.copy_for_translation(locale)
            translated.body = f"<p>{text}</p>"
            translated.save()
            translated.save_revision().publish()
            self.note("snippets")

    def make_news(self, home):
        news_index = NewsIndexPage.objects.child_of(home).first()
        if news_index is None:
            news_index = NewsIndexPageFactory(
                parent=home,
                title="News",
                slug="news",
                intro=(
                    "Announcements, stories and updates for our nationals abroad and their "
                    "families."
                ),
                show_in_menus=True,
            )
            self.note("pages")

        categories = {}
        for item in news_content.CATEGORIES:
            category = NewsCategory.objects.filter(
                slug=item["slug"], locale=self.locales["en"]
            ).first()
            if category is None:
                category = NewsCategoryFactory(
                    name=item["name"]["en"], slug=item["slug"], locale=self.locales["en"]
                )
                self.note("categories")
            for code, locale in self.locales.items():
                if code != "en" and not category.has_translation(locale):
                    translated = category.copy_for_translation(locale)
                    translated.name = item["name"][code]
                    translated.save()
                    self.note("categories")
            categories[item["slug"]] = category

        authors = {}
        for item in news_content.AUTHORS:
            author = Author.objects.filter(name=item["name"]).first()
            if author is None:
                author = AuthorFactory(name=item["name"], role=item["role"], bio=item["bio"])
                self.note("authors")
            authors[item["name"]] = author

        today = timezone.localdate()
        # Oldest first, so the tree order matches the dates.
        for item in sorted(news_content.NEWS, key=lambda n: -n["days_ago"]):
            if NewsPage.objects.child_of(news_index).filter(slug=item["slug"]).exists():
                continue
            page = NewsPageFactory(
                parent=news_index,
                title=item["title"],
                slug=item["slug"],
                date=today - datetime.timedelta(days=item["days_ago"]),
                intro=item["intro"],
                body=stream(item["body"]),
                category=categories[item["category"]],
                listing_image=self.image(item["slug"], f"Illustration: {item['title']}"),
            )
            page.authors.set([authors[name] for name in item["authors"]])
            page.tags.set(item["tags"])
            page.first_published_at = timezone.now() - datetime.timedelta(days=item["days_ago"])
            self.publish(page)
            self.note("news")
        return news_index

    def make_sections(self, home):
        for slug, model in SECTION_MODELS.items():
            if model.objects.child_of(home).exists():
                continue
            data = page_content.SECTION_PAGES[slug]
            page = model(
                title=data["title"]["en"], slug=slug, intro=data["intro"], show_in_menus=True
            )
            home.add_child(instance=page)
            self.publish(page)
            self.note("pages")

    def make_standard_pages(self, home):
        for data in page_content.STANDARD_PAGES:
            if StandardPage.objects.child_of(home).filter(slug=data["slug"]).exists():
                continue
            page = StandardPageFactory(
                parent=home,
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                body=stream(data["body"]),
                show_in_menus=data["slug"] in MENU_PAGES,
            )
            self.publish(page)
            self.note("pages")

    def make_translations(self, home, news_index):
        for code, locale in self.locales.items():
            if code == "en":
                continue
            home_text = page_content.HOME.get(code)
            if home_text is None:
                continue
            translated_home = self.translate(home, locale, **home_fields(home_text))
            translations = news_content.NEWS_TRANSLATIONS.get(code, {})
            self.translate(news_index, locale, title=_NEWS_TITLES[code], intro=_NEWS_INTROS[code])
            for slug, text in translations.items():
                page = NewsPage.objects.child_of(news_index).get(slug=slug)
                self.translate(
                    page,
                    locale,
                    title=text["title"],
                    intro=text["intro"],
                    body=stream(text["body"]),
                    category=page.category.get_translation_or_none(locale) or page.category,
                )
            for slug, model in SECTION_MODELS.items():
                page = model.objects.child_of(home).first()
                # The section introductions exist in English only: leave them empty rather
                # than show English text on a translated page.
                self.translate(
                    page, locale, title=page_content.SECTION_PAGES[slug]["title"][code], intro=""
                )
            # The home button leads to the translated programmes page.
            target = home.hero_cta_page
            wanted = target.get_translation_or_none(locale) if target else None
            if wanted and translated_home.hero_cta_page_id != wanted.pk:
                # Fetched again: the copy in hand predates its children (stale numchild).
                translated_home = HomePage.objects.get(pk=translated_home.pk)
                translated_home.hero_cta_page = wanted
                self.publish(translated_home)

    def make_events(self, home):
        index = EventIndexPage.objects.child_of(home).first()
        today = timezone.localdate()
        for number, data in enumerate(events_content.EVENTS):
            if EventPage.objects.child_of(index).filter(slug=data["slug"]).exists():
                continue
            start = _event_start(data, today, data["days_from_now"])
            length = datetime.timedelta(hours=data["hours"])
            further_dates = [
                EventOccurrence(
                    start=_event_start(data, today, date["days_from_now"]),
                    end=_event_start(data, today, date["days_from_now"]) + length,
                    capacity=date["capacity"],
                )
                for date in data.get("further_dates", [])
            ]
            event = EventPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                body=stream(data["body"]),
                start=start,
                end=start + length,
                occurrences=further_dates,
                time_zone=data["time_zone"],
                format=data["format"],
                venue=data.get("venue", ""),
                address=data.get("address", ""),
                country=data.get("country", ""),
                join_url=data.get("join_url", ""),
                organiser=data.get("organiser", "Office for Diaspora Engagement"),
                speakers=data.get("speakers", ""),
                capacity=data.get("capacity"),
                waiting_list=data.get("waiting_list", True),
                listing_image=self.image(f"event-{number}", f"Illustration: {data['title']}"),
            )
            index.add_child(instance=event)
            event.tags.set(data.get("tags", []))
            self.publish(event)
            self.note("events")
        self.fill_demo_event(index)
        for data in events_content.EVENTS:
            if "registrations" in data:
                event = EventPage.objects.child_of(index).filter(slug=data["slug"]).first()
                dates = [data, *data.get("further_dates", [])]
                counts = [date["registrations"] for date in sorted(dates, key=_days_from_now)]
                self.sign_up_demo_members(event, counts)

    def fill_demo_event(self, index):
        """The full event: every place taken by demo members, and two people waiting."""
        from events import registration as engine

        event = EventPage.objects.child_of(index).filter(slug=events_content.FULL_EVENT).first()
        if event is None or Registration.objects.filter(offering__page=event).exists():
            return
        for person in demo_people()[: event.capacity + 2]:
            engine.register(event.offering.pk, person)
            self.note("registrations")

    def sign_up_demo_members(self, page, counts):
        """Sign up ``counts[i]`` demo members for the page's i-th date or cohort (soonest
        first), through the registration engine; more than the places go on the waiting
        list. Nothing happens once the page has any registration."""
        from events import registration as engine

        if page is None or Registration.objects.filter(offering__page=page).exists():
            return
        offerings = list(
            Offering.objects.filter(page=page, is_active=True).order_by("starts_at", "pk")
        )
        if len(offerings) != len(counts):
            raise RuntimeError(f"Demo data: {page.title} has {len(offerings)} dates or cohorts.")
        rng = random.Random(page.slug)  # noqa: S311 (demo data, not cryptography)
        people = list(demo_people())
        for offering, count in zip(offerings, counts, strict=True):
            for person in rng.sample(people, count):
                checked(
                    engine.register(offering.pk, person), f"{person.email}'s place in {page.title}"
                )
                self.note("registrations")

    def make_consulates(self):
        from directory.models import ConsularMission
        from portal.demo_content import consulates

        for fields in consulates.missions():
            _mission, created = ConsularMission.objects.get_or_create(
                name=fields["name"], country=fields["country"], defaults=fields
            )
            if created:
                self.note("consular missions")

    def make_organisations(self):
        from directory.models import Organisation
        from portal.demo_content import organisations
        from portal.models import Sector

        for fields in organisations.organisations():
            if Organisation.objects.filter(name=fields["name"]).exists():
                continue
            sectors = list(Sector.objects.filter(slug__in=fields.pop("sectors")))
            organisation = Organisation(**fields)
            organisation.sectors = sectors
            organisation.save()
            organisation.save_revision().publish()
            self.note("organisations")

    def make_opportunities(self):
        from directory.models import Opportunity, Organisation
        from portal.demo_content import opportunities
        from portal.models import Sector

        sectors = {sector.slug: sector for sector in Sector.objects.all()}
        for fields in opportunities.opportunities():
            if Opportunity.objects.filter(title=fields["title"]).exists():
                continue
            sponsor = Organisation.objects.filter(name=fields.pop("sponsor")).first()
            member = fields.pop("sponsor_member", None)
            fields["sector"] = sectors[fields["sector"]]
            if member:
                # The demo member sponsors one project, so that the contact flow can be
                # tried with the demo logins.
                sponsor = None
                fields["sponsor_member"] = User.objects.get(email=member)
            opportunity = Opportunity(sponsor_organisation=sponsor, **fields)
            opportunity.save()
            opportunity.save_revision().publish()
            self.note("investment opportunities")

    def make_newsletter_and_alerts(self):
        """Newsletter subscribers (confirmed and pending), a site-wide banner and a consular
        alert for members living in Canada; some members (the member login too) ask for
        alerts by e-mail. Nothing is e-mailed: the demo alerts are not marked for e-mail."""
        from home.models import Alert, Subscriber
        from home.topics import all_topics
        from members.models import Profile
        from portal.demo_content import newsletter_and_alerts as content

        now = timezone.now()

        def days_ago(days):
            return None if days is None else now - datetime.timedelta(days=days)

        for email, language, topics, countries, confirmed, digest in content.SUBSCRIBERS:
            if Subscriber.objects.filter(email=email).exists():
                continue
            subscriber = Subscriber.objects.create(
                email=email,
                language=language,
                topics=topics or all_topics(),
                countries=countries,
                confirmed_at=days_ago(confirmed),
                last_digest_at=days_ago(digest),
                notice_sent_at=days_ago((confirmed or 0) + 1),
            )
            Subscriber.objects.filter(pk=subscriber.pk).update(
                created=days_ago((confirmed or 0) + 1)
            )
            self.note("newsletter subscribers")

        for data in (content.SITEWIDE_ALERT, content.COUNTRY_ALERT):
            alert = Alert.objects.filter(title=data["title"]).first()
            if alert is None:
                alert = Alert(
                    title=data["title"],
                    message=data["message"],
                    level=data["level"],
                    countries=data.get("countries", []),
                    starts_at=now,
                    expires_at=now + datetime.timedelta(days=data["days"]),
                    send_email=False,
                )
                alert.save()
                alert.save_revision().publish()
                self.note("alerts")
            for language, text in data.get("translations", {}).items():
                locale = Locale.objects.filter(language_code=language).first()
                if locale is None or alert.has_translation(locale):
                    continue
                version = alert.copy_for_translation(locale)
                version.title, version.message = text["title"], text["message"]
                version.save()
                version.save_revision().publish()
                self.note("alert translations")

        if not Profile.objects.filter(alerts_by_email=True).exists():
            people = list(demo_people().values_list("pk", flat=True))
            chosen = [
                *people[:: content.ALERTS_OPT_IN_EVERY],
                *User.objects.filter(email="member@example.org").values_list("pk", flat=True),
            ]
            Profile.objects.filter(user_id__in=chosen).update(alerts_by_email=True)

    def make_courses(self, home):
        index = CourseIndexPage.objects.child_of(home).first()
        today = timezone.localdate()
        for data in courses_content.COURSES:
            if CoursePage.objects.child_of(index).filter(slug=data["slug"]).exists():
                continue
            cohorts = []
            for cohort in data.get("cohorts", []):
                starts_on = today + datetime.timedelta(days=cohort["starts_in_days"])
                closes_on = starts_on - datetime.timedelta(days=7)
                cohorts.append(
                    CourseCohort(
                        name=cohort["name"],
                        starts_on=starts_on,
                        ends_on=starts_on + datetime.timedelta(weeks=cohort["weeks"], days=-1),
                        capacity=cohort["capacity"],
                        enrolment_closes=local_time(closes_on, 23, settings.TIME_ZONE, 59),
                    )
                )
            course = CoursePage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                mode=data["mode"],
                format=data["format"],
                level=data["level"],
                language=data["language"],
                time_commitment=data["time_commitment"],
                capacity=data.get("capacity"),
                modules=[
                    ("module", {"title": title, "summary": summary, "duration": duration})
                    for title, summary, duration in data["modules"]
                ],
                body=stream(data["body"]),
                cohorts=cohorts,
                listing_image=self.image(
                    f"course-{data['slug']}", f"Illustration: {data['title']}"
                ),
            )
            index.add_child(instance=course)
            self.publish(course)
            self.note("courses")
        for data in courses_content.COURSES:
            course = CoursePage.objects.child_of(index).filter(slug=data["slug"]).first()
            if "cohorts" in data:
                cohorts = sorted(data["cohorts"], key=lambda cohort: cohort["starts_in_days"])
                counts = [cohort["registrations"] for cohort in cohorts]
            else:
                counts = [data["registrations"]]
            self.sign_up_demo_members(course, counts)

    def make_programmes(self, home):
        index = ProgrammeIndexPage.objects.child_of(home).first()
        today = timezone.localdate()

        def day(days_from_now, hour, minute=0):
            if days_from_now is None:
                return None
            moment = today + datetime.timedelta(days=days_from_now)
            return local_time(moment, hour, settings.TIME_ZONE, minute)

        for data in programmes_content.PROGRAMMES:
            if ProgrammePage.objects.child_of(index).filter(slug=data["slug"]).exists():
                continue
            programme = ProgrammePage(
                title=data["title"],
                slug=data["slug"],
                kind=data["kind"],
                intro=data["intro"],
                eligibility=data["eligibility"],
                country=data["country"],
                duration=data["duration"],
                applications_open=day(data["opens_days"], 9),
                deadline=day(data["deadline_days"], 23, 59),
                places=data["places"],
                who_may_register=data.get("who_may_register", "members"),
                questions=data["questions"],
                body=stream(data["body"]),
                listing_image=self.image(
                    f"programme-{data['slug']}", f"Illustration: {data['title']}"
                ),
            )
            index.add_child(instance=programme)
            self.publish(programme)
            self.note("programmes")
        for data in programmes_content.PROGRAMMES:
            programme = ProgrammePage.objects.child_of(index).filter(slug=data["slug"]).first()
            self.send_demo_applications(programme, data)

    def send_demo_applications(self, programme, data):
        """Demo members apply, spread over the weeks the programme has been open, and the
        editors' decisions (or the applicant's withdrawal) follow, all through the
        registration engine. Nothing happens once the programme has any application."""
        from events import registration as engine

        if programme is None or Registration.objects.filter(offering__page=programme).exists():
            return
        offering = programme.offering
        now = timezone.now()
        rng = random.Random(programme.slug)  # noqa: S311 (demo data, not cryptography)
        statuses = data["applications"]
        pool = list(demo_people().filter(**data["applicants"]).distinct())
        applicants = rng.sample(pool, len(statuses))
        last = min(offering.closes_at or now, now) - datetime.timedelta(hours=1)
        first = offering.opens_at or last - datetime.timedelta(days=30)
        for number, (status, person) in enumerate(zip(statuses, applicants, strict=True)):
            applied_at = first + (last - first) * (number + 1) / (len(statuses) + 1)
            sample = data["answers"][number % len(data["answers"])]
            answers = self.application_answers(programme, sample, person)
            what = f"{person.email}'s application to {programme.title}"
            registration = checked(
                engine.apply(offering.pk, person, answers, now=applied_at), what
            ).registration
            # Applications look sent on the day they were: the review list shows the dates.
            Registration.objects.filter(pk=registration.pk).update(created_at=applied_at)
            decided_at = min(applied_at + datetime.timedelta(days=rng.randint(2, 12)), now)
            for step in APPLICATION_STEPS[status]:
                if step == "withdrawn":
                    checked(engine.cancel(registration.pk, person), what)
                    continue
                message = programmes_content.DECISION_MESSAGES[step]
                checked(engine.decide(registration.pk, step, message, now=decided_at), what)
            self.note("applications")

    def application_answers(self, programme, sample, person):
        """The answers to the programme's questions as the application form stores them,
        from ``sample`` (answers by question label) and the applicant's profile."""
        from events.applications import ApplicationForm

        profile = person.profile
        years = profile.years_of_experience
        facts = {
            "headline": profile.headline,
            "organisation": profile.organisation,
            "city": profile.city,
            "years": f"{years} year{'' if years == 1 else 's'}",
        }
        data = {
            f"q_{block.id}": sample[block.value["label"]].format(**facts)
            for block in programme.questions
            if sample.get(block.value["label"])
        }
        form = ApplicationForm(programme.questions, data)
        if not form.is_valid():
            raise RuntimeError(f"Demo answers to {programme.title}: {form.errors.as_text()}")
        return form.answers()

    def make_home_button(self, home):
        home = HomePage.objects.get(pk=home.pk)
        if home.hero_cta_page_id is None:
            home.hero_cta_page = Page.objects.child_of(home).filter(slug="programmes").first()
            self.publish(home)
        return home

    def translate(self, page, locale, **fields):
        existing = page.get_translation_or_none(locale)
        if existing:
            return existing.specific
        translated = page.copy_for_translation(locale).specific
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.save()
        self.publish(translated)
        self.note("translations")
        return translated

    def make_search_promotions(self):
        """Promoted results of site search: what editors put first for common searches."""
        from wagtail.contrib.search_promotions.models import Query, SearchPromotion

        promotions = [
            ("passport", "consular-information", "Passports, visas and civil registration."),
            (
                "investment",
                "agribusiness-investment-mission",
                "Join the Office's next investment mission back home.",
            ),
        ]
        for words, slug, description in promotions:
            page = Page.objects.filter(slug=slug, locale__language_code="en", live=True).first()
            if page is None:
                continue
            _promotion, created = SearchPromotion.objects.get_or_create(
                query=Query.get(words), page=page, defaults={"description": description}
            )
            if created:
                self.note("promoted search results")

    def make_users(self):
        editors = [Group.objects.get(name=name) for name in ("Editors", "Moderators")]
        for email, first, last, role in DEMO_USERS:
            if User.objects.filter(email=email).exists():
                continue
            user = User.objects.create_user(
                email=email,
                password=demo_password(),
                first_name=first,
                last_name=last,
                is_staff=role == "administrator",
                is_superuser=role == "administrator",
            )
            if role == "editor":
                user.groups.add(*editors)
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            self.note("users")

    def make_knowledge(self, home):
        """The knowledge library's resources (some with a summary sheet), and a country hub
        for each of the ten countries of residence most represented among the demo
        members (counted from the data, ties broken by country code)."""
        from django.db.models import Count
        from django.utils import translation
        from django.utils.text import slugify
        from django_countries import countries

        from blog.models import CountryPage, ResourceDocument, ResourcePage
        from members.models import Profile
        from portal.demo_content import members as members_content
        from portal.demo_content import resources as content

        index = KnowledgeIndexPage.objects.child_of(home).first()
        now = timezone.now()
        total = len(content.RESOURCES)
        for number, item in enumerate(content.RESOURCES):
            if ResourcePage.objects.child_of(index).filter(slug=item["slug"]).exists():
                continue
            documents = (
                [ResourceDocument(document=self.summary_sheet(item))] if item.get("sheet") else []
            )
            page = ResourcePage(
                title=item["title"],
                slug=item["slug"],
                resource_type=item["type"],
                summary=item["summary"],
                body=stream(item["body"]),
                countries=item["countries"],
                instruments=item["instruments"],
                source_name=item["source"],
                source_url=item["source_url"],
                publication_year=item["year"],
                documents=documents,
            )
            index.add_child(instance=page)
            # Added over the past months, in the order of the content module.
            page.first_published_at = now - datetime.timedelta(days=5 * (total - number))
            self.publish(page)
            self.note("resources")

        residences = (
            Profile.objects.filter(user__email__endswith="@example.org")
            .exclude(country_of_residence="")
            .values("country_of_residence")
            .annotate(members=Count("pk"))
            .order_by("-members", "country_of_residence")[:10]
        )
        for row in residences:
            code = row["country_of_residence"]
            if CountryPage.objects.child_of(index).filter(country=code).exists():
                continue
            with translation.override("en"):
                name = str(countries.name(code))
            places = members_content.COUNTRIES.get(code, (0, []))[1][:4]
            hub = CountryPage(
                title=name,
                slug=slugify(name),
                country=code,
                **content.hub_fields(code, name, places),
            )
            index.add_child(instance=hub)
            self.publish(hub)
            self.note("country hubs")

    def summary_sheet(self, item):
        """The resource's one-page summary sheet (a PDF in the document library)."""
        from wagtail.documents import get_document_model

        from portal.demo_documents import text_pdf

        document_model = get_document_model()
        title = f"Summary sheet: {item['title']}"
        document = document_model.objects.filter(title=title).first()
        if document is None:
            paragraphs = [item["summary"], *_plain_paragraphs(item["body"])]
            data = text_pdf(
                item["title"],
                paragraphs,
                footer=f"{item['source']}, {item['year']}. Summary by the Office for "
                "Diaspora Engagement.",
            )
            document = document_model(title=title, file_size=len(data))
            document.file = ContentFile(data, name=f"summary-{item['slug']}.pdf")
            document.save()
            self.note("documents")
        return document


def _days_from_now(date):
    return date["days_from_now"]


def _event_start(data, today, days_from_now):
    """A demo event's date, at its local clock time in its own time zone."""
    day = today + datetime.timedelta(days=days_from_now)
    return local_time(day, data.get("hour", 9), data["time_zone"])


_NEWS_TITLES = {"fr": "Actualités", "es": "Noticias", "ar": "الأخبار"}
_NEWS_INTROS = {
    "fr": (
        "Annonces, témoignages et informations pour nos ressortissants à l’étranger "
        "et leurs familles."
    ),
    "es": "Anuncios, historias y novedades para nuestros nacionales en el exterior y sus familias.",
    "ar": "إعلانات وقصص ومستجدات لمواطنينا في الخارج وأسرهم.",
}


def _plain_paragraphs(body):
    """The text of a demo body's blocks, without markup, one string per block."""
    from django.utils.html import strip_tags

    texts = []
    for block_type, value in body:
        if block_type in {"heading", "paragraph"}:
            text = strip_tags(value.replace("</li>", "</li>; ")).strip().rstrip(";")
            texts.append(" ".join(text.split()))
    return texts
