"""The lists on the home page. Each is hidden by the template when it has nothing to show.

Events, programmes and opportunities add their sections here as those apps arrive; the
home page already carries their headings.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _


@dataclass
class Section:
    key: str
    heading: str
    items: list = field(default_factory=list)
    more_url: str = ""
    more_label: str = ""


def home_sections(home):
    from blog.models import NewsIndexPage, NewsPage

    news_index = NewsIndexPage.objects.live().filter(locale_id=home.locale_id).first()
    news = list(NewsPage.objects.listing(locale_id=home.locale_id)[:3]) if news_index else []
    sections = [
        Section(
            "news",
            home.news_heading,
            news,
            more_url=news_index.url if news_index else "",
            more_label=_("All news"),
        ),
    ]
    return [section for section in sections if section.items]
