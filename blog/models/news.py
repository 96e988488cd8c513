"""News: the news index with its feeds, news items, authors and categories."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from rest_framework import serializers
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet, TranslatableMixin
from wagtail.search import index

from portal.blocks import BodyBlock
from portal.models import optional_image

NEWS_PER_PAGE = 10


class Author(models.Model):
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=150, blank=True)
    bio = models.TextField(_("short biography"), max_length=600, blank=True)
    photo = optional_image(_("photo"))

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("bio"), FieldPanel("photo")]
    api_fields = [APIField("name"), APIField("role")]

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name


class NewsCategory(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_category_slug_locale")
        ]

    def __str__(self):
        return self.name


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "blog.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPageQuerySet(PageQuerySet):
    def listing(self, locale_id):
        """Published news of one language, newest first, with what a listing shows."""
        return (
            self.live()
            .public()
            .filter(locale_id=locale_id)
            .select_related("listing_image", "category")
            .prefetch_related("listing_image__renditions")
            .order_by("-date", "-pk")
        )


NewsPageManager = PageManager.from_queryset(NewsPageQuerySet)


class NewsListing:
    """One page of a news index's items, filtered by tag and category.

    Nothing is queried until the template asks, so a cached listing costs no query.
    """

    def __init__(self, index, params):
        self.index = index
        self.tag = params.get("tag", "").strip()[:100]
        self.category_slug = params.get("category", "").strip()[:80]
        self.page_number = params.get("page", "1")

    @cached_property
    def categories(self):
        return list(NewsCategory.objects.filter(locale_id=self.index.locale_id))

    @cached_property
    def category(self):
        if not self.category_slug:
            return None
        return next((c for c in self.categories if c.slug == self.category_slug), None)

    @cached_property
    def page(self):
        items = self.index.news()
        if self.tag:
            items = items.filter(tags__slug=self.tag)
        if self.category_slug:
            items = items.filter(category=self.category) if self.category else items.none()
        paginator = Paginator(items.prefetch_related("tags"), NEWS_PER_PAGE)
        try:
            return paginator.page(self.page_number)
        except PageNotAnInteger:
            return paginator.page(1)
        except EmptyPage:
            return paginator.page(paginator.num_pages)


class FeedRoutesMixin:
    """An index page's RSS feed at ``feed/`` and Atom feed at ``feed/atom/``: ``feeds``
    names the two feed classes of ``blog.feeds``."""

    feeds = ("", "")

    @path("feed/")
    def rss_feed(self, request):
        return self.serve_feed(self.feeds[0], request)

    @path("feed/atom/")
    def atom_feed(self, request):
        return self.serve_feed(self.feeds[1], request)

    def serve_feed(self, name, request):
        from blog import feeds

        return getattr(feeds, name)(self)(request)


class NewsIndexPage(FeedRoutesMixin, RoutablePageMixin, Page):
    feeds = ("NewsRssFeed", "NewsAtomFeed")
    intro = models.TextField(_("introduction"), max_length=500, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["blog.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def news(self):
        return NewsPage.objects.listing(self.locale_id).descendant_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = NewsListing(self, request.GET)
        return context

    @path("")
    def index(self, request):
        return self.render(request)


class NewsPage(Page):
    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"), max_length=300)
    listing_image = optional_image(_("listing image"))
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
    )
    authors = ParentalManyToManyField(Author, verbose_name=_("authors"), blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    objects = NewsPageManager()

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("authors"), FieldPanel("category"), FieldPanel("tags")],
            heading=_("About this item"),
        ),
        FieldPanel("intro"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Related pages"), max_num=6),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("date"),
        APIField("intro"),
        APIField("listing_image"),
        APIField("body"),
        APIField("category", serializer=serializers.StringRelatedField()),
        APIField("authors", serializer=serializers.StringRelatedField(many=True)),
        APIField("tags"),
    ]
    parent_page_types = ["blog.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news page")

    def related_pages(self):
        """Published, public related pages in the editor's order."""
        related_ids = [link.page_id for link in self.related_links.all()]
        if not related_ids:
            return []
        pages = Page.objects.live().public().filter(pk__in=related_ids)
        by_id = {page.pk: page for page in pages}
        return [by_id[pk] for pk in related_ids if pk in by_id]


class NewsPageRelatedLink(Orderable):
    source = ParentalKey(NewsPage, related_name="related_links", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page")]
