"""Demo members for load_demo_data: the sectors, a few hundred members with varied profiles,
and complete profiles (with a photo) for the member and investor demo logins.

Fast on purpose: the demo password is hashed once and every row goes in with bulk_create,
so two hundred members take seconds. Idempotent: members are found by e-mail (the same
seed gives the same addresses), sectors by slug; a second run creates nothing.
"""

import datetime
import io
import random
import unicodedata

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont
from taggit.models import Tag

from members.models import InvestorStatus, Profile, ProfileSkill, User, default_visibility
from members.services import clean_photo
from portal.demo_content import members as content
from portal.models import Sector

SEED = 2026
MEMBER_COUNT = 216
SECOND_GENERATION_RATE = 0.25
OPEN_TO_RATES = {
    "open_to_mentoring": 0.40,
    "open_to_speaking": 0.20,
    "open_to_volunteering": 0.30,
    "open_to_investing": 0.15,
    "open_to_return": 0.20,
}
LISTED_RATE = 0.95
CONTACT_RATE = 0.60
CHANGES_VISIBILITY_RATE = 0.30
VERIFIED_INVESTOR_RATE = 0.05
REQUESTED_INVESTOR_RATE = 0.03
JOINED_WITHIN_DAYS = 730


def build_members(created, log=print):
    """Add the demo members; ``created`` (a Counter) counts what this run made."""
    # Imported here: portal.demo imports this module.
    from portal.demo import demo_password

    specs = member_specs(random.Random(SEED))  # noqa: S311 (demo data, not cryptography)
    with transaction.atomic():
        sectors = make_sectors(created)
        count = make_members(specs, sectors, created, demo_password())
        complete_demo_logins(sectors, created, log)
        if count:
            index_directory()
    if count:
        log(f"Demo members: {count} created.")
    return created


# -- the data, drawn once from a fixed seed -------------------------------------------


def member_specs(rng):
    """MEMBER_COUNT member descriptions (plain dicts), the oldest first, numbered 1..N."""
    specs = [_spec(rng) for _ in range(MEMBER_COUNT)]
    specs.sort(key=lambda spec: -spec["joined_days_ago"])
    for number, spec in enumerate(specs, start=1):
        spec["email"] = (
            f"{_ascii(spec['first_name'])}.{_ascii(spec['last_name'])}.{number}@example.org"
        )
    return specs


def _weighted(rng, weights):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _spec(rng):
    origin = _weighted(rng, content.COUNTRY_OF_ORIGIN)
    residence = origin
    while residence == origin:
        residence = _weighted(rng, {code: w for code, (w, _cities) in content.COUNTRIES.items()})
    city = rng.choice(content.COUNTRIES[residence][1])
    second_generation = rng.random() < SECOND_GENERATION_RATE
    if second_generation:
        first_name = rng.choice(content.SECOND_GENERATION_FIRST_NAMES)
    else:
        first_name = rng.choice(content.FIRST_NAMES[origin])
    last_name = rng.choice(content.LAST_NAMES[origin])

    slugs = [slug for _name, slug in content.SECTORS]
    sectors = rng.sample(slugs, rng.choices([1, 2, 3], weights=[50, 35, 15])[0])
    primary = sectors[0]
    skill_count = rng.randint(3, 6)
    skills = rng.sample(content.SKILLS[primary], min(rng.randint(2, 4), skill_count))
    others = sorted({s for slug in sectors[1:] for s in content.SKILLS[slug]} - set(skills))
    skills += rng.sample(others, min(skill_count - len(skills), len(others)))
    if len(skills) < 3:
        rest = [s for s in content.SKILLS[primary] if s not in skills]
        skills += rng.sample(rest, 3 - len(skills))

    years = max(1, min(40, round(rng.triangular(1, 40, 9))))
    headline = rng.choice(content.HEADLINES[primary])
    organisation = rng.choice(content.ORGANISATIONS[primary]).format(city=city)
    open_to = {flag: rng.random() < rate for flag, rate in OPEN_TO_RATES.items()}
    draw = rng.random()
    if draw < VERIFIED_INVESTOR_RATE:
        investor_status = InvestorStatus.VERIFIED
        open_to["open_to_investing"] = True
    elif draw < VERIFIED_INVESTOR_RATE + REQUESTED_INVESTOR_RATE:
        investor_status = InvestorStatus.REQUESTED
    else:
        investor_status = InvestorStatus.NONE

    name_slug = f"{_ascii(first_name)}-{_ascii(last_name)}"
    link_count = rng.choices([0, 1, 2], weights=[35, 45, 20])[0]
    links = [
        f"https://example.org/{path.format(slug=name_slug)}"
        for path in rng.sample(content.LINK_PATHS, link_count)
    ]
    return {
        "first_name": first_name,
        "last_name": last_name,
        "headline": headline,
        "bio": _bio(
            rng,
            second_generation=second_generation,
            headline=headline,
            city=city,
            origin=origin,
            years=years,
            sector=primary,
            organisation=organisation,
            skills=skills,
            open_to=open_to,
        ),
        "country_of_origin": origin,
        "country_of_residence": residence,
        "city": city,
        "languages": _languages(rng, origin, residence, second_generation),
        "sectors": sectors,
        "skills": skills,
        "years_of_experience": years,
        "organisation": organisation,
        "links": links,
        "open_to": open_to,
        "visibility": _visibility(rng),
        "listed_in_directory": rng.random() < LISTED_RATE,
        "agrees_to_be_contacted": rng.random() < CONTACT_RATE,
        "investor_status": investor_status,
        "joined_days_ago": rng.uniform(1, JOINED_WITHIN_DAYS),
        "status_days_after_joining": rng.uniform(0, 1),
    }


def _ascii(text):
    """'Cissé' -> 'cisse', 'Dela Cruz' -> 'delacruz': for addresses and link paths."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(char for char in plain.lower() if char.isalnum())


def _languages(rng, origin, residence, second_generation):
    heritage = list(rng.choice(content.ORIGIN_LANGUAGES[origin]))
    local_options = content.RESIDENCE_LANGUAGES[residence]
    local = local_options[0] if rng.random() < 0.75 else rng.choice(local_options)
    if second_generation:
        codes = [local, *heritage[: rng.randint(0, 2)]]
    else:
        codes = heritage + ([local] if rng.random() < 0.8 else [])
    if rng.random() < 0.5:
        codes.append("en")
    unique = list(dict.fromkeys(codes))
    return unique[: rng.randint(max(1, min(2, len(unique))), 4)]


def _visibility(rng):
    visibility = default_visibility()
    if rng.random() < CHANGES_VISIBILITY_RATE:
        changes = content.VISIBILITY_CHANGES
        wanted = rng.randint(1, 3)
        changed = set()
        while len(changed) < wanted:
            field, level, _weight = rng.choices(changes, weights=[c[2] for c in changes])[0]
            if field not in changed:
                visibility[field] = level
                changed.add(field)
    return visibility


def _bio(rng, *, second_generation, headline, city, origin, years, sector, organisation, **rest):
    skills, open_to = rest["skills"], rest["open_to"]
    role = headline[0].lower() + headline[1:]
    values = {
        "Role": headline,
        "role": role,
        "a_role": f"{'an' if role[0] in 'aeiou' else 'a'} {role}",
        "city": city,
        "origin": content.ORIGIN_NAMES[origin],
        "years": f"{years} year{'s' if years != 1 else ''}",
        "field": content.SECTOR_PHRASES[sector],
        "organisation": organisation,
        "skill1": skills[0],
        "skill2": skills[1],
        "skill3": skills[2],
    }
    openings = content.BIO_OPENINGS_SECOND_GENERATION if second_generation else content.BIO_OPENINGS
    flags = [flag for flag, on in open_to.items() if on]
    closing = rng.choice(content.BIO_CLOSINGS[rng.choice(flags) if flags else "none"])
    sentences = [rng.choice(openings), rng.choice(content.BIO_WORK), closing]
    return " ".join(sentence.format(**values) for sentence in sentences)


# -- the database ---------------------------------------------------------------------


def make_sectors(created):
    """{slug: Sector}, creating the missing ones (found by slug, then by name)."""
    by_slug = {sector.slug: sector for sector in Sector.objects.all()}
    by_name = {sector.name.lower(): sector for sector in by_slug.values()}
    sectors = {}
    for name, slug in content.SECTORS:
        sector = by_slug.get(slug) or by_name.get(name.lower())
        if sector is None:
            sector = Sector.objects.create(name=name, slug=slug)
            created["sectors"] += 1
        sectors[slug] = sector
    return sectors


def index_directory():
    """Bulk inserts send no signals: put the members who opted in into the directory's
    search here, as saving each profile would."""
    from directory.documents import all_professionals, index_professional

    for profile_id in all_professionals():
        index_professional(profile_id)


def make_members(specs, sectors, created, password):
    """Insert the members whose address is not taken yet; returns how many."""
    taken = set(
        User.objects.filter(email__in=[spec["email"] for spec in specs]).values_list(
            "email", flat=True
        )
    )
    specs = [spec for spec in specs if spec["email"] not in taken]
    if not specs:
        return 0
    now = timezone.now()
    hashed = make_password(password)
    for spec in specs:
        spec["date_joined"] = now - datetime.timedelta(days=spec["joined_days_ago"])

    User.objects.bulk_create(
        User(
            email=spec["email"],
            first_name=spec["first_name"],
            last_name=spec["last_name"],
            password=hashed,
            date_joined=spec["date_joined"],
        )
        for spec in specs
    )
    user_ids = dict(
        User.objects.filter(email__in=[spec["email"] for spec in specs]).values_list("email", "pk")
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(
            user_id=user_ids[spec["email"]], email=spec["email"], verified=True, primary=True
        )
        for spec in specs
    )
    created["members"] += len(specs)

    profiles = [_profile(spec, user_ids[spec["email"]], now) for spec in specs]
    Profile.objects.bulk_create(profiles)
    # created_at is auto_now_add: back-date it to the day the member joined.
    profile_ids = dict(
        Profile.objects.filter(user_id__in=user_ids.values()).values_list("user_id", "pk")
    )
    for profile in profiles:
        profile.pk = profile_ids[profile.user_id]
        profile.created_at = profile.user_joined
        profile.updated_at = profile.user_joined + (now - profile.user_joined) * 0.3
    Profile.objects.bulk_update(profiles, ["created_at", "updated_at"], batch_size=500)
    created["profiles"] += len(profiles)

    Profile.sectors.through.objects.bulk_create(
        Profile.sectors.through(
            profile_id=profile_ids[user_ids[spec["email"]]], sector_id=sector.pk
        )
        for spec in specs
        for sector in (sectors[slug] for slug in spec["sectors"])
    )
    tag_ids = {
        name: _tag(name, created).pk
        for name in sorted({skill for spec in specs for skill in spec["skills"]})
    }
    ProfileSkill.objects.bulk_create(
        ProfileSkill(content_object_id=profile_ids[user_ids[spec["email"]]], tag_id=tag_ids[name])
        for spec in specs
        for name in spec["skills"]
    )
    return len(specs)


def _profile(spec, user_id, now):
    status_changed_at = None
    if spec["investor_status"]:
        waited = (now - spec["date_joined"]) * spec["status_days_after_joining"]
        status_changed_at = spec["date_joined"] + waited
    profile = Profile(
        user_id=user_id,
        display_name=f"{spec['first_name']} {spec['last_name']}",
        headline=spec["headline"],
        bio=spec["bio"],
        country_of_origin=spec["country_of_origin"],
        country_of_residence=spec["country_of_residence"],
        city=spec["city"],
        languages=spec["languages"],
        years_of_experience=spec["years_of_experience"],
        organisation=spec["organisation"],
        links=spec["links"],
        visibility=spec["visibility"],
        listed_in_directory=spec["listed_in_directory"],
        agrees_to_be_contacted=spec["agrees_to_be_contacted"],
        investor_status=spec["investor_status"],
        investor_status_changed_at=status_changed_at,
        **spec["open_to"],
    )
    profile.user_joined = spec["date_joined"]
    return profile


def _tag(name, created):
    """The skill's tag (tags are case-insensitive here: TAGGIT_CASE_INSENSITIVE)."""
    tag = Tag.objects.filter(name__iexact=name).first()
    if tag is None:
        tag = Tag.objects.create(name=name)
        created["skills"] += 1
    return tag


def complete_demo_logins(sectors, created, log):
    """Full profiles, with an initials avatar, for member@ and investor@example.org."""
    for email, data in content.DEMO_LOGIN_PROFILES.items():
        user = User.objects.filter(email=email).first()
        if user is None:
            log(f"Demo members: no user {email}; its profile is skipped.")
            continue
        if Profile.objects.filter(user=user).exists():
            continue
        profile = Profile(
            user=user,
            display_name=user.get_full_name() or email,
            headline=data["headline"],
            bio=data["bio"],
            country_of_origin=data["country_of_origin"],
            country_of_residence=data["country_of_residence"],
            city=data["city"],
            languages=data["languages"],
            years_of_experience=data["years_of_experience"],
            organisation=data["organisation"],
            links=data["links"],
            listed_in_directory=True,
            agrees_to_be_contacted=True,
            **dict.fromkeys(data["open_to"], True),
        )
        if data.get("investor_status"):
            profile.investor_status = data["investor_status"]
            profile.investor_status_changed_at = timezone.now()
        profile.save()
        created["profiles"] += 1
        profile.sectors.set([sectors[slug] for slug in data["sectors"]])
        for name in data["skills"]:
            _tag(name, created)
        profile.skills.add(*data["skills"])
        initials = "".join(part[0] for part in profile.display_name.split()[:2]).upper()
        photo = clean_photo(ContentFile(draw_avatar(initials, data["colour"]), name="avatar.png"))
        profile.photo.save(photo.name, photo, save=True)
        created["photos"] += 1


def draw_avatar(initials, colour, size=400):
    """A coloured disc with white initials on a pale background. PNG bytes."""
    image = Image.new("RGB", (size, size), "#f1f3f5")
    draw = ImageDraw.Draw(image)
    margin = size // 16
    draw.ellipse([margin, margin, size - margin, size - margin], fill=colour)
    font = ImageFont.load_default(size=size * 0.38)
    draw.text((size / 2, size / 2), initials, fill="white", font=font, anchor="mm")
    output = io.BytesIO()
    image.save(output, format="PNG")
    return output.getvalue()
