"""Factories for news and the knowledge library (demo data and tests)."""

import datetime

import factory
import wagtail_factories
from django_countries import countries

from blog.models import (
    Author,
    CountryPage,
    KnowledgeIndexPage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
    ResourcePage,
)


class AuthorFactory(factory.django.DjangoModelFactory):
    name = factory.Faker("name")
    role = "Communications officer"

    class Meta:
        model = Author


class NewsCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")

    class Meta:
        model = NewsCategory


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "News"
    slug = "news"
    intro = "The latest from the Office for Diaspora Engagement."

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"News item {n}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    intro = "A short summary of the news."

    class Meta:
        model = NewsPage


class KnowledgeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Knowledge"
    slug = "knowledge"

    class Meta:
        model = KnowledgeIndexPage


class ResourcePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Resource {n}")
    resource_type = "report"
    summary = "What the resource covers, in two sentences. Who it is for."
    source_name = "Office for Diaspora Engagement"
    publication_year = 2024
    instruments = factory.LazyFunction(lambda: ["investment"])
    countries = factory.LazyFunction(list)

    class Meta:
        model = ResourcePage


class CountryPageFactory(wagtail_factories.PageFactory):
    title = factory.LazyAttribute(lambda page: countries.name(page.country))
    country = "CA"

    class Meta:
        model = CountryPage
