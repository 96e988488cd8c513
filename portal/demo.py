"""Builds the demo site: page tree, translations, settings, news and the demo users.

Every step looks for what it would create first, so a second run creates nothing.
``load_demo_data`` (home/management/commands) is the command around this module.
"""

import datetime
import os
import zoneinfo
from collections import Counter
from urllib.parse import urlsplit

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from blog.factories import AuthorFactory, NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory
from blog.models import Author, KnowledgeIndexPage, NewsCategory, NewsIndexPage, NewsPage
from directory.models import DirectoryIndexPage
from events.models import CourseIndexPage, EventIndexPage, ProgrammeIndexPage
from home.factories import FooterTextFactory, HomePageFactory, StandardPageFactory
from home.models import FooterText, HomePage, SiteSettings, StandardPage
from members.models import User
from portal.demo_content import events as events_content
from portal.demo_content import news as news_content
from portal.demo_content import pages as page_content
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
# Standard pages shown in the main menu (after news and the sections, in tree order).
MENU_PAGES = {"about", "consular-information"}


def demo_password():
    return os.environ.get("DEMO_PASSWORD") or "portal-demo"


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
        with transaction.atomic():
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
        from events.models import EventIndexPage, EventPage

        index = EventIndexPage.objects.child_of(home).first()
        today = timezone.localdate()
        for number, data in enumerate(events_content.EVENTS):
            if EventPage.objects.child_of(index).filter(slug=data["slug"]).exists():
                continue
            # The event's local clock time, in its own time zone.
            start = datetime.datetime.combine(
                today + datetime.timedelta(days=data["days_from_now"]),
                datetime.time(data.get("hour", 9)),
                tzinfo=zoneinfo.ZoneInfo(data["time_zone"]),
            )
            event = EventPage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                body=stream(data["body"]),
                start=start,
                end=start + datetime.timedelta(hours=data["hours"]),
                time_zone=data["time_zone"],
                format=data["format"],
                venue=data.get("venue", ""),
                address=data.get("address", ""),
                country=data.get("country", ""),
                join_url=data.get("join_url", ""),
                organiser=data.get("organiser", "Office for Diaspora Engagement"),
                capacity=data.get("capacity"),
                waiting_list=data.get("waiting_list", True),
                listing_image=self.image(f"event-{number}", f"Illustration: {data['title']}"),
            )
            index.add_child(instance=event)
            event.tags.set(data.get("tags", []))
            self.publish(event)
            self.note("events")
        self.fill_demo_event(index)

    def fill_demo_event(self, index):
        """The full event: every place taken by demo members, and two people waiting."""
        from events import registration as engine
        from events.models import EventPage, Registration

        event = EventPage.objects.child_of(index).filter(slug=events_content.FULL_EVENT).first()
        if event is None or Registration.objects.filter(offering__page=event).exists():
            return
        people = User.objects.filter(email__endswith="@example.org").exclude(
            email__in=[user[0] for user in DEMO_USERS]
        )
        for person in people.order_by("pk")[: event.capacity + 2]:
            engine.register(event.offering.pk, person)
            self.note("registrations")

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


_NEWS_TITLES = {"fr": "Actualités", "es": "Noticias", "ar": "الأخبار"}
_NEWS_INTROS = {
    "fr": (
        "Annonces, témoignages et informations pour nos ressortissants à l’étranger "
        "et leurs familles."
    ),
    "es": "Anuncios, historias y novedades para nuestros nacionales en el exterior y sus familias.",
    "ar": "إعلانات وقصص ومستجدات لمواطنينا في الخارج وأسرهم.",
}
