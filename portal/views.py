from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request):
    """Liveness: a fixed answer with no database or cache access."""
    return HttpResponse("ok", content_type="text/plain")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a request context: the database may be what failed.
    return render(None, "500.html", status=500)


@require_GET
def sitemap(request):
    from django.contrib.sitemaps.views import sitemap as render_sitemap

    from portal.sitemaps import PageSitemap

    return render_sitemap(request, sitemaps={"pages": PageSitemap(request)})


@require_GET
def robots_txt(request):
    """Crawl the pages, not the members' area, the forms or search; here is the sitemap."""
    from django.conf import settings

    from portal.sitemaps import PRIVATE_PATHS, site_for

    prefixes = ["/"] + [f"/{code}/" for code, _name in settings.LANGUAGES[1:]]
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: {prefix}{path}" for prefix in prefixes for path in PRIVATE_PATHS]
    lines += ["", f"Sitemap: {site_for(request).root_url}/sitemap.xml", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
