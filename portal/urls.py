from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from directory import api as directory_api
from events import views as events_views
from portal import routing, views
from portal.api import api_router
from search import views as search_views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/directory/openapi.json", directory_api.openapi, name="directory_openapi"),
    path("api/v2/directory/<slug:endpoint>/", directory_api.listing, name="directory_api"),
    path(
        "api/v2/directory/<slug:endpoint>/suggest/",
        directory_api.suggestions,
        name="directory_api_suggest",
    ),
    path("api/v2/", api_router.urls),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("members/", include("members.urls")),
    path("registrations/", include("events.urls")),
    path("contact/", include("directory.urls")),
    path("events/feed.ics", events_views.events_feed, name="events_feed"),
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggestions, name="search_suggest"),
    path("newsletter/", include("home.urls")),
    # Wagtail's page serving comes last: it matches every other path. Its view is
    # wrapped to take the route from the page cache's store (portal/routing.py).
    path(
        "",
        include(
            [
                *(url for url in wagtail_urls.urlpatterns if url.name != "wagtail_serve"),
                re_path(serve_pattern, routing.serve, name="wagtail_serve"),
            ]
        ),
    ),
    prefix_default_language=False,
)

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
