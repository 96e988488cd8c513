from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from blog.models import Author, NewsCategory


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = _("Authors")
    list_display = ["name", "role"]
    search_fields = ["name", "role"]


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("Categories")
    list_display = ["name", "slug"]


class NewsSnippetsGroup(SnippetViewSetGroup):
    items = (AuthorViewSet, NewsCategoryViewSet)
    menu_icon = "doc-full"
    menu_label = _("News")
    menu_name = "news"


register_snippet(NewsSnippetsGroup)
