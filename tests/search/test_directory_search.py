"""The directory's search of professionals, through the search interface and the page.

Every profile here carries the word "quetzal" so the assertions see only these people,
whatever else the demo holds. Each test runs on every search backend (``search_backend``
in conftest.py): the database always, Elasticsearch when ``ELASTICSEARCH_URL`` is set.
"""

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.http import QueryDict
from django.utils import translation

from directory.documents import PROFESSIONAL, PROFESSIONALS, index_professional
from members.models import Profile, User
from portal.models import Sector
from search.models import SearchRecord
from search.service import search
from tests.search.conftest import stored

pytestmark = pytest.mark.django_db

PEOPLE = [
    # name, headline, city, residence, origin, languages, sectors, skills, open to
    (
        "Amara Quetzal",
        "Water engineer",
        "Bogotá",
        "CO",
        "SN",
        ["fr", "es"],
        ["energy"],
        ["hydrology"],
        ["open_to_mentoring"],
    ),
    (
        "Bilal Quetzal",
        "Solar engineer",
        "Lyon",
        "FR",
        "SN",
        ["fr"],
        ["energy"],
        ["solar design"],
        ["open_to_investing"],
    ),
    (
        "Chidi Quetzal",
        "Nurse",
        "Toronto",
        "CA",
        "NG",
        ["en"],
        ["health"],
        ["intensive care"],
        ["open_to_mentoring", "open_to_return"],
    ),
    ("Dina Quetzal", "Accountant", "Lyon", "FR", "MA", ["fr", "ar"], ["finance"], ["audit"], []),
]


def make_person(name, headline, city, residence, origin, languages, sectors, skills, open_to):
    email = name.lower().replace(" ", ".") + "@example.net"
    user = User.objects.create_user(email=email, password="a-long-password-1")
    profile = Profile.objects.create(
        user=user,
        display_name=name,
        headline=f"{headline} (quetzal)",
        city=city,
        country_of_residence=residence,
        country_of_origin=origin,
        languages=languages,
        listed_in_directory=True,
        **dict.fromkeys(open_to, True),
    )
    for slug in sectors:
        sector, _created = Sector.objects.get_or_create(slug=slug, defaults={"name": slug.title()})
        profile.sectors.add(sector)
    profile.skills.add(*skills)
    index_professional(profile.pk)
    return profile


@pytest.fixture
def people(db, search_backend):
    return {row[0].split()[0]: make_person(*row) for row in PEOPLE}


def find(audience="public", **params):
    query = QueryDict(mutable=True)
    query.setlist("q", [params.pop("q", "quetzal")])
    for name, value in params.items():
        query.setlist(name, value if isinstance(value, list) else [value])
    return search(PROFESSIONALS, query, audience)


def names(results):
    return [hit.title for hit in results.hits]


def options(results, facet):
    return [option for spec, values in results.facets if spec.name == facet for option in values]


def counts(results, facet):
    return {option.value: option.count for option in options(results, facet)}


def labels(results, facet):
    return {option.value: option.label for option in options(results, facet)}


def test_text_matches_every_word(people):
    assert sorted(names(find())) == [row[0] for row in PEOPLE]
    assert names(find(q="quetzal nurse")) == ["Chidi Quetzal"]
    assert names(find(q="quetzal nurse solar")) == []


def test_accents_are_folded_both_ways(people):
    # The city is members-only by default: members find it, with or without the accent.
    assert names(find("members", q="quetzal bogota")) == ["Amara Quetzal"]
    assert names(find("members", q="QUETZAL Bogotá")) == ["Amara Quetzal"]


def test_a_typing_mistake_is_corrected(people, search_backend):
    results = find(q="quetzal acountant")
    assert names(results) == ["Dina Quetzal"]
    if search_backend == "database":
        # The database corrects the words; Elasticsearch matches them fuzzily.
        assert results.searched_text == "quetzal accountant"
    assert sorted(names(find(q="quetzall enginer"))) == ["Amara Quetzal", "Bilal Quetzal"]


def test_values_of_one_facet_add_up_and_facets_narrow_each_other(people):
    french = find(language="fr")
    assert sorted(names(french)) == ["Amara Quetzal", "Bilal Quetzal", "Dina Quetzal"]
    # The language facet still counts English: choosing it would add Chidi.
    assert counts(french, "language")["en"] == 1
    both = find(language=["fr", "en"])
    assert len(both.hits) == 4
    narrowed = find(language=["fr", "en"], sector="energy")
    assert sorted(names(narrowed)) == ["Amara Quetzal", "Bilal Quetzal"]
    # Each facet counts over the other filters only.
    assert counts(narrowed, "sector") == {"energy": 2, "health": 1, "finance": 1}
    assert counts(narrowed, "language") == {"fr": 2, "es": 1}
    assert counts(narrowed, "open_to") == {"open_to_mentoring": 1, "open_to_investing": 1}


def test_origin_skill_and_open_to_facets(people):
    assert sorted(names(find(origin="SN"))) == ["Amara Quetzal", "Bilal Quetzal"]
    assert names(find(skill="audit")) == ["Dina Quetzal"]
    assert names(find(open_to="open_to_return")) == ["Chidi Quetzal"]


def test_sorting_and_pagination(people, settings):
    assert names(find(sort="name")) == sorted(row[0] for row in PEOPLE)
    newest = names(find(sort="newest"))
    assert newest[0] == "Dina Quetzal" and newest[-1] == "Amara Quetzal"
    query = QueryDict("q=quetzal&sort=name&page=2", mutable=True)
    spec = PROFESSIONALS.__class__(**{**PROFESSIONALS.__dict__, "per_page": 3})
    second = search(spec, query, "public")
    assert names(second) == ["Dina Quetzal"] and second.total == 4


def test_the_public_never_searches_members_only_or_private_fields(people, search_backend):
    amara = people["Amara"]
    # Residence and city are members-only by default.
    assert names(find(q="quetzal bogota")) == []
    assert names(find(residence="CO")) == []
    assert "CO" not in counts(find(), "residence")
    text, data, facets = stored(search_backend, PROFESSIONAL, "public", amara.pk)
    assert "bogot" not in text and "city" not in data
    assert not facets.get("residence")
    members_text, members_data, members_facets = stored(
        search_backend, PROFESSIONAL, "members", amara.pk
    )
    assert "bogot" in members_text and members_facets["residence"] == ["CO"]
    # "Only me" reaches no one, not even members.
    amara.visibility = {**amara.visibility, "skills": "private", "headline": "private"}
    amara.save()
    index_professional(amara.pk)
    for audience in ("public", "members"):
        assert names(find(audience, q="quetzal hydrology")) == []
        assert names(find(audience, skill="hydrology")) == []
        text, data, facets = stored(search_backend, PROFESSIONAL, audience, amara.pk)
        assert "hydrology" not in text and "water" not in text
        assert "skills" not in data and "headline" not in data and not facets.get("skill")


def test_a_member_who_leaves_the_directory_disappears(
    people, search_backend, django_capture_on_commit_callbacks
):
    dina = people["Dina"]
    with django_capture_on_commit_callbacks(execute=True):
        dina.listed_in_directory = False
        dina.save()
    assert "Dina Quetzal" not in names(find())
    assert not SearchRecord.objects.filter(object_id=dina.pk, kind=PROFESSIONAL).exists()
    for audience in ("public", "members"):
        assert stored(search_backend, PROFESSIONAL, audience, dina.pk) is None


def test_saving_a_profile_updates_the_search_through_the_task(
    people, django_capture_on_commit_callbacks
):
    chidi = people["Chidi"]
    with django_capture_on_commit_callbacks(execute=True):
        chidi.headline = "Midwife and nurse (quetzal)"
        chidi.save()
        chidi.skills.add("obstetrics")
    assert names(find(q="quetzal midwife")) == ["Chidi Quetzal"]
    assert names(find(skill="obstetrics")) == ["Chidi Quetzal"]


@pytest.mark.parametrize(
    "query",
    [
        "language=xx&language=",
        "unknown_facet=1",
        "sort=drop table",
        "page=-4",
        "page=99999999999999999999",
        "page=abc",
        "q=" + "quetzal " * 600,
        'q=quetzal AND ("* OR) NOT -',
        "q=%00%01",
    ],
)
def test_odd_queries_answer_normally(client, people, query):
    response = client.get(f"/directory/?{query}")
    assert response.status_code == 200


def test_the_page_shows_hits_facets_and_a_correction(client, people, search_backend):
    response = client.get("/directory/", {"q": "quetzal engneer", "language": "fr"})
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    cards = [card.get_text(" ", strip=True) for card in soup.select(".person-card")]
    assert len(cards) == 2 and all("engineer" in card for card in cards)
    if search_backend == "database":
        assert "showing results for “quetzal engineer”" in soup.get_text()
    else:  # Elasticsearch marks the words it matched, typing mistakes included
        assert soup.select(".search-highlight mark")
    french = soup.find("input", attrs={"name": "language", "value": "fr"})
    assert french.has_attr("checked")
    assert soup.find("a", string="Remove filter: French")["href"] == "?q=quetzal+engneer"
    # Anonymous visitors see no member-only field: the cities of Amara and Bilal.
    text = soup.get_text()
    assert "Bogotá" not in text and "Lyon" not in text
    assert all("None" not in card for card in cards)  # a hidden field shows as nothing


def test_a_card_reads_a_hidden_field_as_nothing():
    from django.template import Context, Template

    from search.models import Card

    card = Card({"headline": "Nurse"})
    template = Template("[{{ person.headline }}|{{ person.city }}|{{ person.city|join:', ' }}]")
    assert template.render(Context({"person": card})) == "[Nurse||]"
    assert "city" not in card  # nothing is added to the data


def test_the_sort_menu_shows_the_order_the_hits_are_in(client, people):
    def shown(params):
        soup = BeautifulSoup(client.get("/directory/", params).content.decode(), "html.parser")
        return [option["value"] for option in soup.select("#directory-sort option[selected]")]

    assert shown({}) == ["name"]  # no words to match: by name, as the list is
    assert shown({"q": "quetzal"}) == ["relevance"]
    assert shown({"q": "quetzal", "sort": "newest"}) == ["newest"]
    assert shown({"sort": "relevance"}) == ["name"]  # nothing to rank by relevance


def test_members_see_member_fields_on_the_page(client, people):
    client.force_login(User.objects.get(email="member@example.org"))
    response = client.get("/directory/", {"q": "quetzal bogota"})
    assert "Bogotá" in response.content.decode()


def test_the_index_command_rebuilds_and_reports(people, search_backend, capsys):
    SearchRecord.objects.filter(object_id=people["Amara"].pk).delete()
    call_command("search_index", "rebuild", "--kind", PROFESSIONAL)
    out = capsys.readouterr().out
    assert "item(s) indexed" in out and "public record(s)" in out
    assert names(find(q="quetzal water")) == ["Amara Quetzal"]
    call_command("search_index", "status", "--kind", PROFESSIONAL)
    listed = Profile.objects.filter(listed_in_directory=True, user__is_active=True).count()
    out = capsys.readouterr().out
    assert f"professional: {listed} public record(s)" in out
    if search_backend == "elasticsearch":
        # Rebuilt into a new index behind the alias: one document per record.
        records = SearchRecord.objects.filter(kind=PROFESSIONAL).count()
        assert f"{records} document(s)" in out


def test_a_hidden_field_leaves_cached_listings_at_once(
    client, people, django_capture_on_commit_callbacks
):
    """Privacy before speed: visitors never get a cached page with what was just hidden."""
    client.get("/directory/", {"q": "quetzal"})
    cached = client.get("/directory/", {"q": "quetzal"})
    assert cached["X-Page-Cache"] == "hit" and "Water engineer" in cached.content.decode()
    amara = people["Amara"]
    with django_capture_on_commit_callbacks(execute=True):
        amara.visibility = {**amara.visibility, "headline": "private"}
        amara.save()
    assert "Water engineer" not in client.get("/directory/", {"q": "quetzal"}).content.decode()


def test_a_renamed_sector_shows_its_new_name_at_once(people, django_capture_on_commit_callbacks):
    assert labels(find(), "sector")["energy"] == Sector.objects.get(slug="energy").name
    energy = Sector.objects.get(slug="energy")
    energy.name = "Renewable energy and power"
    with django_capture_on_commit_callbacks(execute=True):
        energy.save()
    assert labels(find(), "sector")["energy"] == "Renewable energy and power"


def test_countries_are_named_in_the_visitors_language(people):
    with translation.override("en"):
        english = labels(find(), "origin")
    with translation.override("fr"):
        french = labels(find(), "origin")
    assert english["SN"] == "Senegal"
    assert french["SN"] == "Sénégal"


def test_a_card_shows_what_a_member_may_see(client, people):
    client.force_login(User.objects.get(email="member@example.org"))
    response = client.get("/directory/", {"q": "quetzal bogota"})
    card = BeautifulSoup(response.content.decode(), "html.parser").select_one(".person-card")
    amara = people["Amara"]
    assert card.select_one(".person-card__name a")["href"] == f"/members/people/{amara.public_id}/"
    assert card.select_one(".person-card__name").get_text(strip=True) == "Amara Quetzal"
    assert card.select_one(".person-card__headline").get_text() == "Water engineer (quetzal)"
    assert card.select_one(".card__meta").get_text(strip=True) == "Bogotá, Colombia"
    assert [tag.get_text() for tag in card.select(".tag-label")] == ["hydrology"]
    assert "Open to:" in card.select_one(".person-card__open").get_text()


def test_listing_markup_escapes_what_it_shows():
    from search.service import FacetValue
    from search.templatetags.search_tags import facet_options, tag_labels

    spec = PROFESSIONALS.facets[0]
    html = facet_options(spec, [FacetValue('"><script>', "<b>Bold</b>", 1234, True)])
    assert "<script>" not in html and "<b>" not in html
    assert 'value="&quot;&gt;&lt;script&gt;"' in html and " checked>" in html
    assert "&lt;b&gt;Bold&lt;/b&gt; <span" in html and "(1234)" in html
    tags = tag_labels(["<i>a</i>", "b", "c"], 2)
    assert tags == (
        '<ul class="tag-list"><li><span class="tag-label">&lt;i&gt;a&lt;/i&gt;</span></li>'
        '<li><span class="tag-label">b</span></li></ul>'
    )
    assert tag_labels([], 5) == ""
