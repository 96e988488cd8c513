"""The blog app's models: news (``news``) and the knowledge library (``knowledge``)."""

from blog.models.knowledge import (
    MIN_PUBLICATION_YEAR,
    CountryPage,
    EngagementInstrument,
    KnowledgeIndexPage,
    ResourceDocument,
    ResourcePage,
    ResourceType,
)
from blog.models.news import (
    NEWS_PER_PAGE,
    Author,
    NewsCategory,
    NewsIndexPage,
    NewsListing,
    NewsPage,
    NewsPageManager,
    NewsPageQuerySet,
    NewsPageRelatedLink,
    NewsPageTag,
)

__all__ = [
    "MIN_PUBLICATION_YEAR",
    "NEWS_PER_PAGE",
    "Author",
    "CountryPage",
    "EngagementInstrument",
    "KnowledgeIndexPage",
    "NewsCategory",
    "NewsIndexPage",
    "NewsListing",
    "NewsPage",
    "NewsPageManager",
    "NewsPageQuerySet",
    "NewsPageRelatedLink",
    "NewsPageTag",
    "ResourceDocument",
    "ResourcePage",
    "ResourceType",
]
