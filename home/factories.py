"""Factories for the home app's pages and settings (demo data and tests)."""

import factory
import wagtail_factories

from home.models import FooterText, HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    slug = "home"
    hero_heading = "Stay connected with home, wherever you live"
    hero_text = "News, events, programmes and opportunities for our nationals abroad."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Information page {n}")
    intro = "What you need to know."

    class Meta:
        model = StandardPage


class FooterTextFactory(factory.django.DjangoModelFactory):
    body = "<p>The official portal for our nationals abroad.</p>"

    class Meta:
        model = FooterText
