"""Browser journeys: headless Chromium against pytest-django's live server and the demo site.

Every page a journey reaches goes through ``check_page``: axe-core must find no serious or
critical violation, and a full-page screenshot lands in var/screenshots/ for review.
"""

import mimetypes
import os
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT_DIR = REPO_ROOT / "var" / "screenshots"
E2E_DIR = Path(__file__).resolve().parent

CHROMIUM = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
CHROMIUM_MISSING = (
    "Chromium not found: install it with `apt-get install -y chromium` (CI's .ci/run does)"
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Impacts that fail a page; "moderate" and "minor" findings are not gated here.
BLOCKING_IMPACTS = {"serious", "critical"}


def pytest_collection_modifyitems(config, items):
    if CHROMIUM is not None:
        return
    for item in items:
        if E2E_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.skip(reason=CHROMIUM_MISSING))


@pytest.fixture(scope="package")
def playwright():
    """Playwright for the e2e package only.

    Package scope, not session scope: Playwright's sync API keeps an asyncio loop running in
    the main thread until it stops, and a running loop breaks ``asyncio.run`` and asgiref's
    ``async_to_sync`` in any test that runs after this package.
    """
    if CHROMIUM is None:
        pytest.skip(CHROMIUM_MISSING)
    from playwright.sync_api import sync_playwright

    # Django refuses ORM calls (SynchronousOnlyOperation) from a thread with a running event
    # loop, and Playwright's sync API runs one in the main thread, so the demo loader and the
    # database flush between tests would fail. The tests are synchronous code: allow it, only
    # while Playwright runs.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as instance:
            yield instance
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="package")
def browser(playwright):
    browser = playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


def _quiet(*args, **kwargs):
    pass


def _assert_test_database(connection):
    """Refuse to flush anything but a test database (test_<name>, its TEST NAME, in memory)."""
    name = str(connection.settings_dict["NAME"])
    test_name = connection.settings_dict.get("TEST", {}).get("NAME")
    is_test = name == test_name or Path(name).name.startswith("test_") or "mode=memory" in name
    assert is_test, f"refusing to flush {name}: not a test database"


@pytest.fixture(scope="package")
def demo_snapshot(playwright, django_db_setup, django_db_blocker):
    """The demo site, loaded once and serialized; every e2e test starts from it.

    The live server only sees committed data, so these tests use a transactional database,
    which Django flushes after each test. With serialized rollback, Django reloads
    ``connection._test_serialized_contents`` before each test: this fixture points it at the
    demo site (the DemoLoader creates only what is missing), then hands the database back
    as it found it, for the tests that run after this package.

    It must start after Playwright: while Playwright's event loop runs, Django's connection
    handler (an asgiref Local) gives this thread a different connection object, and the
    snapshot has to sit on the one the tests' setup and teardown use.
    """
    from django.core.management import call_command
    from django.db import connection

    from portal.demo import DemoLoader

    with django_db_blocker.unblock():
        _assert_test_database(connection)
        before = connection.creation.serialize_db_to_string()
        created = DemoLoader(log=_quiet).run()
        demo = connection.creation.serialize_db_to_string() if created else before
    had_contents = hasattr(connection, "_test_serialized_contents")
    previous = getattr(connection, "_test_serialized_contents", None)
    connection._test_serialized_contents = demo
    yield demo
    if had_contents:
        connection._test_serialized_contents = previous
    else:
        del connection._test_serialized_contents
    with django_db_blocker.unblock():
        _assert_test_database(connection)
        # Keep the sequences: the rows put back below keep their ids, new rows must not reuse them.
        call_command(
            "flush",
            interactive=False,
            inhibit_post_migrate=True,
            reset_sequences=False,
            verbosity=0,
        )
        connection.creation.deserialize_db_from_string(before)
        # This connection object is only reachable while Playwright runs: close it now, or
        # PostgreSQL refuses to drop the test database at the end of the run.
        connection.close()


@pytest.fixture
def site_url(demo_snapshot, live_server, transactional_db, django_db_serialized_rollback):
    """The live server's base URL; the database holds the demo site (see demo_snapshot)."""
    return live_server.url


def _serve_media(route):
    """Answer /media/ requests from MEDIA_ROOT: with DEBUG off, Django does not serve them."""
    from django.conf import settings
    from django.utils._os import safe_join

    path = unquote(urlsplit(route.request.url).path).removeprefix(settings.MEDIA_URL)
    try:
        file = Path(safe_join(settings.MEDIA_ROOT, path))
    except ValueError:  # a path outside MEDIA_ROOT
        file = None
    if file is None or not file.is_file():
        route.fulfill(status=404, body="Not found")
        return
    content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    route.fulfill(status=200, body=file.read_bytes(), content_type=content_type)


def _open_context(browser, site_url, **options):
    options.setdefault("viewport", {"width": 1280, "height": 800})
    context = browser.new_context(base_url=site_url, **options)
    context.set_default_timeout(10_000)
    origin = re.escape(site_url)
    context.route(re.compile(rf"^{origin}/media/"), _serve_media)
    # Stay offline: nothing outside the live server (e.g. Gravatar in the admin) is fetched.
    context.route(re.compile(rf"^(?!{origin}/|data:|blob:)"), lambda route: route.abort())
    return context


# Pages opened with java_script_enabled=False (see check_page: axe needs JavaScript).
_NO_JS_CONTEXTS = set()


@pytest.fixture
def new_context(browser, site_url):
    """Open browser contexts for this test (closed at the end); options as Playwright's."""
    contexts = []

    def open_context(**options):
        context = _open_context(browser, site_url, **options)
        if options.get("java_script_enabled") is False:
            _NO_JS_CONTEXTS.add(context)
        contexts.append(context)
        return context

    yield open_context
    for context in contexts:
        _NO_JS_CONTEXTS.discard(context)
        context.close()


@pytest.fixture
def page(new_context):
    """A fresh page in a fresh context, desktop size, JavaScript on."""
    return new_context().new_page()


def _slug(text):
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-")[:80]


def _describe(violation):
    targets = [
        " ".join(str(part) for part in node.get("target", [])) for node in violation["nodes"][:3]
    ]
    more = len(violation["nodes"]) - len(targets)
    listed = "; ".join(targets) + (f" (+{more} more)" if more > 0 else "")
    return (
        f"  - {violation['id']} [{violation['impact']}] {violation['help']}\n"
        f"    targets: {listed}\n"
        f"    see {violation['helpUrl']}"
    )


def _run_axe(axe, page, options):
    return axe.run(page, options=options).response["violations"]


def _run_axe_without_javascript(axe, page, browser, site_url, options):
    """Audit a page shown with JavaScript off.

    axe-core is asynchronous and a page without JavaScript runs no promise or timer, so the
    audit would never end. It runs instead on a JavaScript-enabled replay of the very HTML
    the page got, its scripts removed: the same DOM, CSS and viewport, no script effects.
    """
    html = re.sub(r"<script\b.*?</script>", "", page.content(), flags=re.DOTALL | re.I)
    replay = _open_context(browser, site_url, viewport=page.viewport_size)
    try:
        replay.route(
            lambda url: url == page.url,
            lambda route: route.fulfill(body=html, content_type="text/html"),
        )
        replay_page = replay.new_page()
        replay_page.goto(page.url)
        return _run_axe(axe, replay_page, options)
    finally:
        replay.close()


@pytest.fixture
def check_page(request, browser, site_url):
    """``check_page(page, step)``: axe-core audit plus a full-page screenshot of the page.

    Screenshots: var/screenshots/<test>-<NN>-<step>.png, NN counting the steps of the test.
    The screenshot is taken before the audit so that a failing page is on disk to look at.
    """
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    test_name = _slug(request.node.name)
    for old in SCREENSHOT_DIR.glob(f"{test_name}-[0-9][0-9]-*.png"):
        old.unlink()
    steps = iter(range(1, 100))

    def check(page, step):
        page.wait_for_load_state("load")
        path = SCREENSHOT_DIR / f"{test_name}-{next(steps):02d}-{_slug(step)}.png"
        page.screenshot(path=str(path), full_page=True)
        options = {"resultTypes": ["violations"]}
        if page.context in _NO_JS_CONTEXTS:
            violations = _run_axe_without_javascript(axe, page, browser, site_url, options)
        else:
            violations = _run_axe(axe, page, options)
        blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
        if blocking:
            details = "\n".join(_describe(v) for v in blocking)
            pytest.fail(
                f"axe-core: {len(blocking)} serious/critical violation(s) on step {step!r} "
                f"({page.url}), screenshot {path.relative_to(REPO_ROOT)}:\n{details}",
                pytrace=False,
            )

    return check


def open_news_from_menu(page, site_url, check_page, menu_label, prefix="", step_prefix=""):
    """Follow the main menu to the news index, then open its first item; check both pages.

    Returns the item's title.
    """
    import re as _re

    from playwright.sync_api import expect

    page.locator("nav.main-nav").get_by_role("link", name=menu_label, exact=True).click()
    expect(page).to_have_url(f"{site_url}{prefix}/news/")
    expect(page.get_by_role("heading", level=1)).to_have_text(menu_label)
    check_page(page, f"{step_prefix}news-index")

    first_title = page.locator(".news-list .card__title a").first
    title = first_title.inner_text().strip()
    first_title.click()
    expect(page).to_have_url(_re.compile(rf"^{_re.escape(site_url)}{prefix}/news/[\w-]+/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    return title
