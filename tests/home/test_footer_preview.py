import pytest

from home.models import FooterText

pytestmark = pytest.mark.django_db


def test_editors_can_preview_a_change_to_the_footer_text():
    footer = FooterText.objects.filter(locale__language_code="en").first()
    footer.body = "<p>Opening hours changed for the holidays.</p>"
    response = footer.make_preview_request()
    assert response.status_code == 200
    assert "Opening hours changed for the holidays." in response.content.decode()
