"""The newsletter's pages: subscribe, confirm, preferences and unsubscribe.

The pages behind a signed link, and the forms with a CSRF token, are never stored in the
page cache (``never_cache``; a page that sets the CSRF cookie is not stored either). The
short form on the home page and in the footer sits in cached pages, so it cannot carry a
CSRF token: it posts to ``subscribe_quick``, which needs none and refuses posts whose
Origin header names another site. What it can do from another site is what anyone can do
with the form itself: ask for a confirmation e-mail, which changes nothing by itself.
The unsubscribe page takes a POST without a CSRF token too: its signed link is the proof,
and mail programs post to it directly for their one-click button (RFC 8058).
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from home import newsletter
from home.forms import PreferencesForm, QuickSubscribeForm, SubscribeForm
from home.topics import all_topics
from portal import ratelimit


def _form_page(request, form, status=200):
    return TemplateResponse(
        request, "home/newsletter/subscribe.html", {"form": form}, status=status
    )


def _allowed(request):
    """Count a sign-up from this visitor's address; False past the hourly limit (each
    sign-up may send an e-mail)."""
    return ratelimit.allow(
        "newsletter", ratelimit.client_ip(request), settings.NEWSLETTER_SIGNUPS_PER_HOUR, 3600
    )


def _too_many(request, form):
    """``form``, valid and holding what was typed, again with the reason (429)."""
    form.add_error(
        None,
        _(
            "Too many sign-ups have come from your network in the last hour. "
            "Please try again later."
        ),
    )
    return _form_page(request, form, status=429)


def _subscribe(form):
    data = form.cleaned_data
    newsletter.subscribe(
        data["email"],
        data.get("language") or translation.get_language(),
        data.get("topics") or all_topics(),
        data.get("countries") or [],
    )
    return redirect("newsletter:check_inbox")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    """The full form: address, topics, countries, language."""
    initial = {"email": request.GET.get("email", "")[:254]}
    form = SubscribeForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST" and form.is_valid():
        return _subscribe(form) if _allowed(request) else _too_many(request, form)
    return _form_page(request, form)


def _same_site(request):
    """False when the browser says the form was posted from another site."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True  # not a browser, or an old one: nothing to compare
    trusted = {urlsplit(item).netloc for item in settings.CSRF_TRUSTED_ORIGINS}
    return urlsplit(origin).netloc in {request.get_host(), *trusted}


@csrf_exempt
@never_cache
@require_POST
def subscribe_quick(request):
    """The short form of cached pages (see the module's docstring). Where it needs to say
    something, the full form says it, holding what was typed."""
    if not _same_site(request):
        raise PermissionDenied
    quick = QuickSubscribeForm(request.POST)
    if quick.is_valid() and _allowed(request):
        return _subscribe(quick)
    form = SubscribeForm(
        {
            "email": request.POST.get("email", "")[:254],
            "language": translation.get_language(),
            "topics": all_topics(),
        }
    )
    form.is_valid()
    if quick.is_valid():  # valid, so held back by the limit
        return _too_many(request, form)
    return _form_page(request, form)


def check_inbox(request):
    """The same answer for every address: known, pending, new or mistyped."""
    return TemplateResponse(request, "home/newsletter/check_inbox.html", {})


def _link_problem(request, error, status=400):
    return TemplateResponse(
        request,
        "home/newsletter/link_problem.html",
        {"reason": error.reason},
        status=status,
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """GET shows the button (mail scanners that open links confirm nothing), POST confirms."""
    try:
        subscriber = newsletter.read_token(token, newsletter.CONFIRM)
    except newsletter.TokenError as error:
        return _link_problem(request, error)
    if request.method == "POST" or subscriber.is_confirmed:
        if request.method == "POST":
            try:
                subscriber, _new = newsletter.confirm(token)
            except newsletter.TokenError as error:
                return _link_problem(request, error)
        return TemplateResponse(
            request,
            "home/newsletter/confirmed.html",
            {
                "subscriber": subscriber,
                "preferences_url": newsletter.link(subscriber, "preferences", newsletter.MANAGE),
            },
        )
    return TemplateResponse(request, "home/newsletter/confirm.html", {"subscriber": subscriber})


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET shows the button, POST unsubscribes (also mail programs' one-click POST)."""
    if request.method == "POST":
        try:
            email = newsletter.unsubscribe(token)
        except newsletter.TokenError as error:
            if error.reason != "gone":
                return _link_problem(request, error)
            email = ""  # already unsubscribed: the same answer
        return TemplateResponse(request, "home/newsletter/unsubscribed.html", {"email": email})
    try:
        subscriber = newsletter.read_token(token, newsletter.MANAGE)
    except newsletter.TokenError as error:
        if error.reason == "gone":
            return TemplateResponse(request, "home/newsletter/unsubscribed.html", {"email": ""})
        return _link_problem(request, error)
    return TemplateResponse(request, "home/newsletter/unsubscribe.html", {"subscriber": subscriber})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def preferences(request, token):
    try:
        subscriber = newsletter.read_token(token, newsletter.MANAGE)
    except newsletter.TokenError as error:
        return _link_problem(request, error)
    form = PreferencesForm(
        request.POST if request.method == "POST" else None,
        initial={
            "topics": subscriber.topics,
            "countries": [country.code for country in subscriber.countries],
            "language": subscriber.language,
        },
    )
    saved = False
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        newsletter.update_preferences(
            subscriber, data["language"], data["topics"], data["countries"]
        )
        saved = True
    return TemplateResponse(
        request,
        "home/newsletter/preferences.html",
        {
            "form": form,
            "subscriber": subscriber,
            "saved": saved,
            "unsubscribe_url": newsletter.link(subscriber, "unsubscribe", newsletter.MANAGE),
        },
    )
