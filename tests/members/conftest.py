import pytest

from members.models import PROFILE_FIELD_DEFAULTS, Profile, User
from portal.models import Sector

MARKER = "Qwzx"  # appears in every text the test member writes, to find it in the database


@pytest.fixture
def sector(db):
    return Sector.objects.get_or_create(slug="health", defaults={"name": "Health"})[0]


@pytest.fixture
def member_with_profile(db, sector):
    user = User.objects.create_user(
        email=f"amina.{MARKER.lower()}@example.net",
        password="a-strong-password-1",
        first_name=f"Amina{MARKER}",
    )
    profile = Profile.objects.create(
        user=user,
        display_name=f"Amina {MARKER}",
        headline=f"Paediatrician {MARKER}",
        bio=f"Twenty years in paediatrics. {MARKER}",
        country_of_origin="SN",
        country_of_residence="FR",
        city=f"Lyon{MARKER}",
        languages=["fr", "wo"],
        years_of_experience=20,
        organisation=f"Hospices {MARKER}",
        links=[f"https://example.org/{MARKER}"],
        open_to_mentoring=True,
        listed_in_directory=True,
    )
    profile.sectors.add(sector)
    profile.skills.add(f"neonatal care {MARKER}")
    return profile


def all_fields_at(level):
    return dict.fromkeys(PROFILE_FIELD_DEFAULTS, level)
