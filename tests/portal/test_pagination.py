"""The pagination every listing shares: a search of thousands of pages links to the
first and last pages and to the two either side of the current one, not to all."""

import re

from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import RequestFactory


def links(page_number, items=2000, per_page=20):
    request = RequestFactory().get("/directory/", {"q": "engineer", "page": page_number})
    page = Paginator(range(items), per_page).get_page(page_number)
    html = render_to_string("components/pagination.html", {"page_obj": page}, request=request)
    return html


def shown(html):
    """The page numbers shown, with "…" for gaps, in order."""
    found = re.findall(r'<span aria-current="page">(\d+)</span>|Page </span>(\d+)</a>|(…)', html)
    return [current or linked or gap for current, linked, gap in found]


def test_a_long_search_shows_a_few_page_links():
    assert shown(links(50)) == ["1", "…", "48", "49", "50", "51", "52", "…", "100"]
    assert shown(links(1)) == ["1", "2", "3", "…", "100"]
    assert shown(links(100)) == ["1", "…", "98", "99", "100"]


def test_links_keep_the_query_and_mark_the_current_page():
    html = links(50)
    assert 'href="?q=engineer&amp;page=51" rel="next"' in html
    assert 'href="?q=engineer&amp;page=49" rel="prev"' in html
    assert html.count('aria-current="page"') == 1


def test_a_short_listing_links_every_page_and_one_page_none():
    assert shown(links(2, items=100)) == ["1", "2", "3", "4", "5"]
    assert "<nav" not in links(1, items=20)


def test_links_keep_every_value_of_the_query_but_the_page():
    request = RequestFactory().get("/directory/?page=3&language=yo&language=fr&q=caf%C3%A9+bar")
    page = Paginator(range(200), 20).get_page(3)
    html = render_to_string("components/pagination.html", {"page_obj": page}, request=request)
    assert 'href="?language=yo&amp;language=fr&amp;q=caf%C3%A9+bar&amp;page=4" rel="next"' in html
    assert "page=3&amp;" not in html


def test_links_of_a_listing_without_a_query_carry_only_the_page():
    request = RequestFactory().get("/news/")
    page = Paginator(range(100), 20).get_page(1)
    html = render_to_string("components/pagination.html", {"page_obj": page}, request=request)
    assert 'href="?page=2" rel="next"' in html
