"""The shared StreamField blocks: validation and what each renders."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from wagtail.blocks import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from home.models import StandardPage
from portal.blocks import BodyBlock, CallToActionBlock
from portal.demo_images import draw_illustration


def test_call_to_action_needs_exactly_one_link():
    block = CallToActionBlock()
    base = {"title": "Join", "text": "", "link_label": "Go", "link_page": None, "link_url": ""}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(base))
    assert block.clean(block.to_python({**base, "link_url": "/news/"}))["link_url"] == "/news/"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "news", "ftp://example.org/file"])
def test_call_to_action_refuses_unsafe_or_relative_addresses(url):
    block = CallToActionBlock()
    value = {"title": "Join", "text": "", "link_label": "Go", "link_page": None, "link_url": url}
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(value))


def test_overlong_heading_is_refused():
    stream = BodyBlock()
    value = stream.to_python([{"type": "heading", "value": {"text": "x" * 500, "level": "h2"}}])
    with pytest.raises(StreamBlockValidationError):
        stream.clean(value)


@pytest.mark.django_db
def test_every_block_renders_accessible_markup(client):
    image = get_image_model().objects.create(
        title="Consular team at work",
        file=ContentFile(draw_illustration("block-test"), name="block-test.jpg"),
    )
    document = get_document_model().objects.create(
        title="Passport application form", file=ContentFile(b"%PDF-1.4 test", name="form.pdf")
    )
    page = StandardPage.objects.get(slug="about", locale__language_code="en")
    page.body = [
        {"type": "heading", "value": {"text": "Our services", "level": "h2"}},
        {"type": "paragraph", "value": "<p>We help <b>nationals</b> abroad.</p>"},
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": "Two officers", "decorative": False},
                "caption": "The mobile team in Lyon",
                "credit": "Office photo",
            },
        },
        {"type": "quote", "value": {"text": "We came home.", "attribution": "A returnee"}},
        {
            "type": "video_link",
            "value": {
                "title": "How to renew a passport",
                "url": "https://video.example.org/renew",
                "duration": "3:20",
                "thumbnail": None,
                "transcript": "<p>First, open the form.</p>",
            },
        },
        {"type": "documents", "value": {"heading": "Forms", "documents": [document.pk]}},
        {
            "type": "accordion",
            "value": {
                "heading": "Questions",
                "items": [{"question": "Who can apply?", "answer": "<p>Every national.</p>"}],
            },
        },
        {
            "type": "table",
            "value": {
                "data": [["Service", "Time"], ["Passport", "10 days"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "Processing times",
            },
        },
    ]
    page.save_revision().publish()
    html = BeautifulSoup(client.get(page.url).content, "html.parser").select_one(".stream")
    assert html.select_one("h2.block-heading").get_text() == "Our services"
    figure = html.select_one("figure.block-image")
    assert figure.img["alt"] == "Two officers"
    assert "The mobile team in Lyon" in figure.figcaption.get_text()
    assert html.select_one(".block-quote blockquote").get_text(strip=True) == "We came home."
    video = html.select_one(".block-video a")
    assert video["href"] == "https://video.example.org/renew"
    assert not html.select("iframe"), "video links never embed third-party players"
    assert html.select_one(".block-documents a")["href"] == document.url
    details = html.select_one(".block-accordion details")
    assert details.summary.get_text() == "Who can apply?"
    table = html.select_one(".block-table table")
    assert table.caption.get_text() == "Processing times"
    assert [th["scope"] for th in table.select("thead th")] == ["col", "col"]
    assert table.select_one("tbody td").get_text() == "Passport"
