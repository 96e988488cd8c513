"""The world map of the directory page: drawn on the server from a packaged map, shading
and linking the countries where professionals live and opportunities are open, counted
with what each visitor may see."""

import time

import pytest
from bs4 import BeautifulSoup

from directory import worldmap
from directory.documents import index_professional
from members.models import Profile, User
from search.models import Audience
from tests.directory.test_opportunities import make as make_opportunity

DIRECTORY = "/directory/"
OPPORTUNITIES = "/directory/opportunities/"


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def map_link(page, code):
    """The map's link of one country (upper-case code), or None."""
    for link in page.select("svg.world-map__svg a"):
        if link["href"].endswith(f"={code}"):
            return link
    return None


def table_row(page, name):
    for row in page.select(".world-map__table tbody tr"):
        if row.th.get_text(strip=True) == name:
            return row
    return None


def figures(audience):
    return {country.code: country for country in worldmap.country_figures(audience)}


def unused_country(*audiences):
    """A country on the map that has nobody and no opportunity for these audiences."""
    taken = {code for audience in audiences for code in figures(audience)}
    return next(
        code.upper()
        for code in worldmap.world_map().paths
        if code.upper() not in taken and code not in ("is", "mn", "uy")
    )


def professional(name, country, visibility):
    """A listed professional living in ``country``, whose residence ``visibility`` sees."""
    user = User.objects.create_user(
        email=f"{name.lower()}@example.net", password="a-long-password-1"
    )
    profile = Profile.objects.create(
        user=user,
        display_name=f"{name} Mapmaker",
        headline="Cartographer",
        country_of_residence=country,
        listed_in_directory=True,
    )
    profile.visibility = {**profile.visibility, "country_of_residence": visibility}
    profile.save()
    index_professional(profile.pk)
    return profile


def member():
    return User.objects.get(email="member@example.org")


@pytest.fixture
def iceland(db):
    """A professional in Iceland who shows where they live to everyone (a country the
    demo leaves empty, so that the counts are known)."""
    assert "IS" not in figures(Audience.MEMBERS)
    return professional("Sigrun", "IS", "public")


# --- The page ----------------------------------------------------------------------------


def test_the_directory_page_shows_the_map_and_its_table(client, iceland):
    page = soup(client.get(DIRECTORY))
    section = page.select_one("section.world-map")
    heading = section.select_one("#" + section["aria-labelledby"])
    assert heading.get_text(strip=True) == "Where our members and opportunities are"
    svg = section.select_one("svg.world-map__svg")
    assert svg["role"] == "group" and svg["viewbox"] == worldmap.world_map().view_box
    assert svg.select_one("#" + svg["aria-labelledby"]).name == "title"
    assert section.select_one("details summary") and section.select_one("details table")
    # No script: the map is links and paths, the countries without anyone one shape.
    assert not section.select("script") and len(section.select("path.world-map__land")) == 1


def test_a_country_with_a_listed_professional_links_to_them(client, iceland):
    page = soup(client.get(DIRECTORY))
    link = map_link(page, "IS")
    assert link["href"] == f"{DIRECTORY}?residence=IS"
    assert link.title.get_text() == "Iceland: 1 professional, 0 open opportunities"
    assert link.path["d"] == worldmap.world_map().paths["is"]
    assert "world-map__c1" in link["class"]  # the lightest shade: the fewest
    found = soup(client.get(link["href"])).select(".person-card__name")
    assert [name.get_text(strip=True) for name in found] == ["Sigrun Mapmaker"]


def test_a_country_with_no_one_is_not_a_link(client, iceland):
    code = unused_country(Audience.PUBLIC)
    page = soup(client.get(DIRECTORY))
    assert map_link(page, code) is None
    assert worldmap.world_map().paths[code.lower()] in page.select_one(".world-map__land")["d"]
    assert not page.select(f'.world-map a[href$="={code}"]')


def test_a_residence_kept_from_the_public_is_not_counted_for_anonymous_visitors(client, db):
    professional("Batbayar", "MN", "members")
    professional("Lucia", "UY", "private")
    page = soup(client.get(DIRECTORY))
    for code, name in [("MN", "Mongolia"), ("UY", "Uruguay")]:
        assert map_link(page, code) is None
        assert table_row(page, name) is None
    assert "MN" not in figures(Audience.PUBLIC) and "UY" not in figures(Audience.PUBLIC)


def test_members_count_the_residences_shown_to_members_but_never_private_ones(client, db):
    professional("Batbayar", "MN", "members")
    professional("Odval", "MN", "public")
    professional("Lucia", "UY", "private")
    client.force_login(member())
    page = soup(client.get(DIRECTORY))
    link = map_link(page, "MN")
    assert link.title.get_text() == "Mongolia: 2 professionals, 0 open opportunities"
    assert map_link(page, "UY") is None and table_row(page, "Uruguay") is None
    anonymous = soup(type(client)().get(DIRECTORY))
    assert map_link(anonymous, "MN").title.get_text().startswith("Mongolia: 1 professional,")


def test_the_table_links_to_the_opportunities_filter(client, iceland):
    make_opportunity("Geyser power plant", country="IS")
    make_opportunity("Closed geyser plant", country="IS", status="closed")
    page = soup(client.get(DIRECTORY))
    cells = table_row(page, "Iceland").select("td")
    assert cells[0].a["href"] == f"{DIRECTORY}?residence=IS" and cells[0].a.text == "1"
    assert cells[1].a["href"] == f"{OPPORTUNITIES}?country=IS" and cells[1].a.text == "1"
    title = map_link(page, "IS").title.get_text()
    assert title == "Iceland: 1 professional, 1 open opportunity"
    opportunities = soup(client.get(cells[1].a["href"])).select(".person-card__name")
    assert [title.get_text(strip=True) for title in opportunities] == ["Geyser power plant"]


def test_a_country_with_opportunities_only_links_to_them(client, db):
    code = unused_country(Audience.PUBLIC, Audience.MEMBERS)
    make_opportunity("Quetzal mapped project", country=code)
    page = soup(client.get(DIRECTORY))
    assert map_link(page, code)["href"] == f"{OPPORTUNITIES}?country={code}"
    row = page.select(".world-map__table tbody tr")
    assert any(r.select("td")[0].get_text(strip=True) == "0" for r in row)


def test_the_shades_follow_the_counts(client, db):
    for index in range(3):
        professional(f"Odval{index}", "MN", "public")
    professional("Sigrun", "IS", "public")
    page = soup(client.get(DIRECTORY))
    shades = {code: int(map_link(page, code)["class"][1][-1]) for code in ("MN", "IS")}
    assert shades["MN"] > shades["IS"] == 1
    legend = page.select(".world-map__legend li")
    assert legend[0].get_text(strip=True) == "1" and legend[-1].get_text(strip=True) == "None"


# --- Cost and failure ----------------------------------------------------------------------


def test_the_map_is_rendered_once_per_audience_and_language(
    client, iceland, monkeypatch, django_assert_max_num_queries
):
    calls = []
    original = worldmap.country_figures
    monkeypatch.setattr(
        worldmap, "country_figures", lambda audience: calls.append(audience) or original(audience)
    )
    client.force_login(member())  # members' pages are never stored whole
    first = client.get(DIRECTORY).content
    # The directory search's own bound (tests/test_query_counts.py), plus session and user:
    # nothing for the map.
    with django_assert_max_num_queries(22 + 2):
        second = client.get(DIRECTORY).content
    assert calls == [Audience.MEMBERS] and b"world-map" in second
    assert soup(client.get("/fr/directory/")).select_one("svg.world-map__svg")
    assert len(calls) == 2 and first.count(b"<path") == second.count(b"<path")


def test_the_map_costs_two_searches_of_one_facet_then_nothing(rf, iceland):
    from django.db import connection
    from django.http import QueryDict
    from django.test.utils import CaptureQueriesContext

    from directory.models import DirectoryIndexPage
    from directory.templatetags.directory_map import render_map
    from directory.worldmap import map_searches
    from search.service import search

    page = DirectoryIndexPage.objects.live().first()
    request = rf.get(DIRECTORY)
    request.user = member()
    page.get_url(request)  # the site's root paths, which the page itself looks up first
    for spec, _facet, _field in map_searches():  # the facets in memory, as after any search
        search(spec, QueryDict(""), Audience.MEMBERS)
    with CaptureQueriesContext(connection) as cold:
        html = render_map(page, request)
    with CaptureQueriesContext(connection) as cached:
        assert render_map(page, request) == html
    # Each search: its kind's version, and the records of its page of one hit.
    assert len(cold.captured_queries) <= 4 and len(cached.captured_queries) == 0


def test_no_map_when_the_search_is_unavailable(client, rf, db, monkeypatch):
    from directory.models import DirectoryIndexPage
    from directory.templatetags.directory_map import render_map
    from search.service import SearchUnavailable

    def unavailable(audience):
        raise SearchUnavailable("down")

    monkeypatch.setattr(worldmap, "country_figures", unavailable)
    assert soup(client.get(DIRECTORY)).select_one(".world-map") is None
    request = rf.get(DIRECTORY)
    request.user = member()
    assert render_map(DirectoryIndexPage.objects.live().first(), request) == ""


# --- The geometry --------------------------------------------------------------------------


def test_the_geometry_has_every_country_of_the_package_but_antarctica():
    shapes = worldmap.world_map()
    source_width, source = worldmap.source_countries()
    assert source_width == 2475 and len(source) > 180
    assert set(shapes.paths) == set(source) - {"aq"}
    for code in ("fr", "sn", "br", "us", "in", "cn", "au", "za", "gb", "ma", "va", "sg"):
        assert shapes.paths[code].startswith("M")
    for code, data in shapes.paths.items():
        rings = worldmap.parse_path(data)
        assert rings, code
        for ring in rings:
            assert all(0 <= x <= shapes.width and 0 <= y <= shapes.height for x, y in ring)


def test_every_path_of_the_package_parses():
    _width, source = worldmap.source_countries()
    points = 0
    for code, paths in source.items():
        for data in paths:
            rings = worldmap.parse_path(data)
            assert rings and all(len(ring) >= 2 for ring in rings), code
            points += sum(len(ring) for ring in rings)
    assert points > 20_000


def test_the_simplified_map_is_small_and_quick():
    worldmap.world_map.cache_clear()
    start = time.perf_counter()
    shapes = worldmap.world_map()
    assert time.perf_counter() - start < 5  # about half a second; generous for slow CI
    assert worldmap.world_map() is shapes  # once per process
    assert 990 <= shapes.width <= 1000 and shapes.height < 500
    assert sum(len(data) for data in shapes.paths.values()) < 45_000
    # Large countries keep their shape, not a square.
    assert max(len(ring) for ring in worldmap.parse_path(shapes.paths["br"])) > 30


# --- The path data parser and writer -----------------------------------------------------------


def test_absolute_and_relative_commands_with_implicit_repetition():
    assert worldmap.parse_path("M10 10 20 20 L30 30h5v-5Z m1 1 2 2z") == [
        [(10, 10), (20, 20), (30, 30), (35, 30), (35, 25)],
        [(11, 11), (13, 13)],
    ]
    assert worldmap.parse_path("m1 1 1 1m1 1 1 1") == [[(1, 1), (2, 2)], [(3, 3), (4, 4)]]
    assert worldmap.parse_path("M0,0H10V10") == [[(0, 0), (10, 0), (10, 10)]]


def test_curves_and_arcs_count_by_their_end_points():
    assert worldmap.parse_path("M0 0c1 1 2 2 3 4s5 6 7 8C0 0 0 0 1 1") == [
        [(0, 0), (3, 4), (10, 12), (1, 1)]
    ]
    assert worldmap.parse_path("M0 0q1 1 2 2t3 3Q0 0 9 9T1 2") == [
        [(0, 0), (2, 2), (5, 5), (9, 9), (1, 2)]
    ]
    # Arc flags may be written without separators.
    assert worldmap.parse_path("M0,0a10 10 0 011 1 2 3 0 1020 20") == [[(0, 0), (1, 1), (21, 21)]]


def test_numbers_in_every_notation():
    assert worldmap.parse_path("M1e1-.5.5.5") == [[(10, -0.5), (0.5, 0.5)]]
    assert worldmap.parse_path("M+1.5E+1,2l-1-1") == [[(15, 2), (14, 1)]]


def test_after_a_close_drawing_starts_again_from_the_start():
    assert worldmap.parse_path("M5 5h10v10zl1 1") == [[(5, 5), (15, 5), (15, 15)], [(5, 5), (6, 6)]]


@pytest.mark.parametrize(
    "data",
    ["10 10", "M10", "M1 1z 3 3", "M1 1 x2", "M0 0a1 1 0 2 0 3 3", "M0 0c1 2 3 4 5", "M1 1e"],
)
def test_path_data_errors_are_reported(data):
    with pytest.raises(worldmap.PathDataError):
        worldmap.parse_path(data)


def test_written_path_data_reads_back_the_same_points():
    rings = [[(10, 10), (20, 10), (20, 25), (5, 30)], [(40, 40), (38, 45), (45, 45)]]
    data = worldmap.path_data(rings)
    assert data == "M10 10h10v15l-15 5zm30 30l-2 5h7z"
    assert worldmap.parse_path(data) == [[(x, y) for x, y in ring] for ring in rings]
    shifted = worldmap.path_data(rings, offset=(5, 10))
    assert worldmap.parse_path(shifted)[1][0] == (35, 30)


def test_thinning_keeps_corners_and_drops_points_on_a_line():
    line = [(0, 0), (1, 0.1), (2, 0), (3, 0.05), (4, 0), (4, 4)]
    assert worldmap.thin(line, 0.5) == [(0, 0), (4, 0), (4, 4)]


def test_tiny_islands_are_dropped_but_no_country_disappears():
    assert worldmap.simplify_ring([(0, 0), (1, 0), (1, 1)], scale=1) is None
    shapes = worldmap.world_map()
    for code in ("va", "mc", "sm", "li", "mt"):  # smaller than a unit: a small square
        assert worldmap.parse_path(shapes.paths[code])[0], code


def test_the_shades_are_round_numbers_spread_over_the_counts():
    assert worldmap.shade_bounds(1) == [1]
    assert worldmap.shade_bounds(30) == [1, 2, 5, 10, 20]
    assert worldmap.shade_bounds(1000) == [1, 5, 20, 50, 200]
    bounds = worldmap.shade_bounds(30)
    assert [worldmap.shade(total, bounds) for total in (1, 2, 9, 10, 30)] == [1, 2, 3, 4, 5]
    # Few counts: the lightest and the darkest shade, not two light ones.
    assert worldmap.legend(worldmap.shade_bounds(2)) == [(1, 1, 1), (5, 2, None)]


# --- Every search backend ------------------------------------------------------------------


def test_on_elasticsearch_the_map_asks_for_one_facet_and_one_hit(db):
    from django.http import QueryDict

    from search.backends.elasticsearch import ElasticsearchBackend
    from search.service import parse

    es = ElasticsearchBackend("http://127.0.0.1:9", "portal", timeout=1, refresh=False)
    bodies = {}
    for spec, name, _field in worldmap.map_searches():
        query = parse(spec, QueryDict(""))
        bodies[name] = es.build_search(spec, query, Audience.PUBLIC, query.page).to_dict()
    assert set(bodies["residence"]["aggs"]) == {"residence"}
    assert set(bodies["country"]["aggs"]) == {"country"}
    assert all(body["size"] == 1 for body in bodies.values())
    # Opportunities: the open ones only, as the directory lists them by default.
    assert {"term": {"facets.status": "open"}} in bodies["country"]["query"]["bool"]["filter"]
    assert "status" not in str(bodies["residence"]["query"])


def test_no_map_when_elasticsearch_is_down(rf, db, settings):
    from directory.models import DirectoryIndexPage
    from directory.templatetags.directory_map import render_map

    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
    settings.ELASTICSEARCH_TIMEOUT = 1
    settings.ELASTICSEARCH_INDEX_PREFIX = "portal-map-down"
    request = rf.get(DIRECTORY)
    request.user = member()
    assert render_map(DirectoryIndexPage.objects.live().first(), request) == ""
