"""Engagement programmes: editor-defined questions, applications, review and decisions."""

import csv
import datetime
import io
import os

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from events import registration as engine
from events.models import ApplicationFile, ProgrammeIndexPage, ProgrammePage, Registration
from members.models import InvestorStatus, User
from members.services import delete_account, profile_for

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

QUESTIONS = [
    ("text", {"label": "Your field of expertise", "help_text": "", "required": True}),
    ("long_text", {"label": "Why do you want to mentor?", "help_text": "", "required": True}),
    (
        "choice",
        {
            "label": "Preferred format",
            "help_text": "",
            "required": True,
            "choices": ["Online", "In person"],
        },
    ),
    ("yes_no", {"label": "Have you mentored before?", "help_text": "", "required": True}),
    ("file", {"label": "Your CV", "help_text": "PDF preferred", "required": False}),
]


def make_programme(places=2, **fields):
    index = ProgrammeIndexPage.objects.get(locale__language_code="en")
    programme = ProgrammePage(
        title=fields.pop("title", "Young professionals mentoring"),
        intro="Experienced diaspora professionals mentor graduates back home.",
        kind=fields.pop("kind", "mentoring"),
        deadline=fields.pop("deadline", timezone.now() + datetime.timedelta(days=20)),
        places=places,
        questions=QUESTIONS,
        **fields,
    )
    index.add_child(instance=programme)
    programme.save_revision().publish()
    return ProgrammePage.objects.get(pk=programme.pk)


def field_names(programme):
    return {block.value["label"]: f"q_{block.id}" for block in programme.questions}


def good_answers(programme, cv=None):
    names = field_names(programme)
    data = {
        names["Your field of expertise"]: "Water engineering",
        names["Why do you want to mentor?"]: "To give back what I learnt abroad.",
        names["Preferred format"]: "Online",
        names["Have you mentored before?"]: "yes",
    }
    if cv is not None:
        data[names["Your CV"]] = cv
    return data


def answers_for(programme):
    from events.applications import ApplicationForm

    form = ApplicationForm(programme.questions, good_answers(programme))
    assert form.is_valid(), form.errors
    return form.answers()


def person(email="applicant@example.net", first_name="Amina"):
    return User.objects.create_user(
        email=email, password="a-long-password-1", first_name=first_name
    )


def stored_files():
    from django.conf import settings

    root = os.path.join(settings.PRIVATE_MEDIA_ROOT, "applications")
    return {os.path.join(folder, name) for folder, _dirs, names in os.walk(root) for name in names}


@pytest.fixture
def programme(db):
    return make_programme()


@pytest.fixture
def applicant(db):
    return person()


def test_the_page_shows_the_questions_and_asks_visitors_to_log_in(client, programme):
    page = client.get(programme.url).content.decode()
    assert "Log in to apply" in page
    client.force_login(person())
    soup = BeautifulSoup(client.get(programme.url).content.decode(), "html.parser")
    form = soup.find("form", enctype="multipart/form-data")
    labels = [label.get_text(strip=True) for label in form.find_all("label")]
    assert "Your field of expertise" in labels and "Your CV" in labels
    assert form.find("input", type="file")
    assert {radio["value"] for radio in form.find_all("input", type="radio")} >= {
        "Online",
        "In person",
        "yes",
        "no",
    }


def test_an_application_is_stored_with_its_answers_and_file_and_acknowledged(
    client, programme, applicant, django_capture_on_commit_callbacks
):
    client.force_login(applicant)
    cv = SimpleUploadedFile("amina-cv.pdf", PDF, content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(programme.url, good_answers(programme, cv))
    assert response.status_code == 302
    application = Registration.objects.get(offering__page=programme, user=applicant)
    assert application.status == "applied"
    assert [answer["label"] for answer in application.answers] == [q[1]["label"] for q in QUESTIONS]
    assert application.answers[0]["value"] == "Water engineering"
    assert application.answers[3]["value"] == "yes"
    attachment = application.files.get()
    assert attachment.original_name == "amina-cv.pdf" and attachment.size == len(PDF)
    with attachment.file.open("rb") as stored:
        assert stored.read() == PDF
    # The file is not under MEDIA_ROOT: no public URL serves it.
    assert "/private" in attachment.file.path or "private" in attachment.file.path

    [message] = mail.outbox
    assert message.to == [applicant.email]
    assert message.subject == "Application received: Young professionals mentoring"
    assert "Hello Amina," in message.body and "Your application: Applied" in message.body
    page = client.get(programme.url).content.decode()
    assert "Your application: Applied." in page and "Withdraw my application" in page


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"Your field of expertise": ""}, "This field is required."),
        ({"Preferred format": "By carrier pigeon"}, "Select a valid choice."),
        ({"Have you mentored before?": "maybe"}, "Select a valid choice."),
    ],
)
def test_missing_or_invalid_answers_show_errors_and_store_nothing(
    client, programme, applicant, change, error
):
    client.force_login(applicant)
    names = field_names(programme)
    data = good_answers(programme)
    for label, value in change.items():
        data[names[label]] = value
    response = client.post(programme.url, data)
    assert response.status_code == 400
    assert error in response.content.decode()
    assert "Please correct the answers marked below." in response.content.decode()
    assert not Registration.objects.filter(offering__page=programme).exists()
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("upload", "error"),
    [
        (SimpleUploadedFile("cv.pdf", b"MZ\x90\x00 not a pdf"), "does not match its type"),
        (SimpleUploadedFile("cv.exe", PDF), "Please upload a PDF"),
        (SimpleUploadedFile("cv.pdf", b"%PDF-" + b"0" * (5 * 1024 * 1024)), "the limit is 5"),
        (SimpleUploadedFile("cv.pdf", b""), "The submitted file is empty."),
    ],
    ids=["disguised", "wrong-type", "too-big", "empty"],
)
def test_bad_uploads_are_refused_and_nothing_is_written(
    client, programme, applicant, upload, error
):
    before = stored_files()
    client.force_login(applicant)
    response = client.post(programme.url, good_answers(programme, upload))
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not Registration.objects.filter(offering__page=programme).exists()
    assert not ApplicationFile.objects.exists()
    assert stored_files() == before


def test_a_failure_while_storing_files_leaves_no_rows_and_no_files(
    programme, applicant, monkeypatch
):
    """All or nothing: the second file cannot be written, so the first one goes too."""
    from events.models import ApplicationFile as Attachment

    before = stored_files()
    real_save = Attachment.save
    calls = {"count": 0}

    def failing_save(self, *args, **kwargs):
        calls["count"] += 1
        if calls["count"] == 2:
            raise OSError("disk full")
        return real_save(self, *args, **kwargs)

    monkeypatch.setattr(Attachment, "save", failing_save)
    files = [
        ("a", SimpleUploadedFile("one.pdf", PDF)),
        ("b", SimpleUploadedFile("two.pdf", PDF)),
    ]
    with pytest.raises(OSError, match="disk full"):
        engine.apply(programme.offering.pk, applicant, answers_for(programme), files)
    assert not Registration.objects.filter(offering__page=programme).exists()
    assert stored_files() == before


def test_one_application_per_person(programme, applicant):
    assert engine.apply(programme.offering.pk, applicant, answers_for(programme)).ok
    again = engine.apply(programme.offering.pk, applicant, answers_for(programme))
    assert not again.ok and again.message == "You have already applied."
    assert Registration.objects.filter(offering__page=programme).count() == 1


def test_applications_respect_the_window(applicant):
    now = timezone.now()
    closed = make_programme(title="Closed", deadline=now - datetime.timedelta(hours=1))
    outcome = engine.apply(closed.offering.pk, applicant, [])
    assert outcome.message == "The application deadline has passed."
    later = make_programme(title="Later", applications_open=now + datetime.timedelta(days=2))
    assert engine.apply(later.offering.pk, applicant, []).message == (
        "Applications have not opened yet."
    )
    assert not Registration.objects.filter(user=applicant).exists()


def test_registering_for_a_programme_is_not_applying(programme, applicant):
    outcome = engine.register(programme.offering.pk, applicant)
    assert not outcome.ok and "apply with the form" in outcome.message


def test_investment_missions_can_be_for_verified_investors_only(client, applicant):
    mission = make_programme(
        title="Investment mission to Accra",
        kind="investment_mission",
        who_may_register="verified_investors",
    )
    outcome = engine.apply(mission.offering.pk, applicant, answers_for(mission))
    assert not outcome.ok and "Only verified investors" in outcome.message
    client.force_login(applicant)
    assert "Only verified investors" in client.get(mission.url).content.decode()

    profile = profile_for(applicant)
    profile.investor_status = InvestorStatus.VERIFIED
    profile.save()
    assert engine.apply(mission.offering.pk, applicant, answers_for(mission)).ok


def test_decisions_move_through_the_review_and_tell_the_applicant(
    programme, applicant, django_capture_on_commit_callbacks
):
    application = engine.apply(programme.offering.pk, applicant, answers_for(programme))
    application = application.registration
    with django_capture_on_commit_callbacks(execute=True):
        assert engine.decide(application.pk, "shortlisted", "We would like to talk.").ok
    with django_capture_on_commit_callbacks(execute=True):
        assert engine.decide(application.pk, "accepted", "  Welcome aboard!  ").ok
    application.refresh_from_db()
    assert application.status == "accepted" and application.decision_message == "Welcome aboard!"
    shortlisted, accepted = mail.outbox
    assert shortlisted.subject == "You are shortlisted: Young professionals mentoring"
    assert "We would like to talk." in shortlisted.body
    assert accepted.subject == "Your application is accepted: Young professionals mentoring"
    assert "A message from the programme team:\nWelcome aboard!" in accepted.body
    assert "Welcome aboard!" in accepted.alternatives[0][0]
    assert accepted.attachments == []

    # A decision that does not follow from the current state is refused.
    refused = engine.decide(application.pk, "shortlisted")
    assert not refused.ok and "cannot become" in refused.message


def test_a_declined_applicant_is_told_kindly(
    programme, applicant, django_capture_on_commit_callbacks
):
    application = engine.apply(programme.offering.pk, applicant, answers_for(programme))
    with django_capture_on_commit_callbacks(execute=True):
        assert engine.decide(application.registration.pk, "declined").ok
    [message] = mail.outbox
    assert message.subject == "About your application: Young professionals mentoring"
    assert "cannot offer you a place" in message.body
    assert "A message from the programme team" not in message.body


def test_acceptances_never_exceed_the_places(programme):
    people = [person(f"p{n}@example.net") for n in range(3)]
    ids = [
        engine.apply(programme.offering.pk, someone, answers_for(programme)).registration.pk
        for someone in people
    ]
    assert engine.decide(ids[0], "accepted").ok
    assert engine.decide(ids[1], "accepted").ok
    full = engine.decide(ids[2], "accepted")
    assert not full.ok and "All 2 places are taken" in full.message
    # Lowering the places below the accepted count is refused with a clear message.
    programme.places = 1
    with pytest.raises(ValidationError) as error:
        programme.full_clean()
    assert "2 people already have a confirmed place" in str(error.value)
    # A withdrawal frees a place.
    assert engine.cancel(ids[0], people[0]).ok
    assert engine.decide(ids[2], "accepted").ok


def test_the_applicant_withdraws_from_the_page(
    client, programme, applicant, django_capture_on_commit_callbacks
):
    application = engine.apply(programme.offering.pk, applicant, answers_for(programme))
    other = person("other@example.net")
    client.force_login(other)
    # Someone else's application: not theirs to withdraw.
    response = client.post(f"/registrations/cancel/{application.registration.pk}/")
    assert response.status_code == 404
    client.force_login(applicant)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/registrations/cancel/{application.registration.pk}/")
    assert response.status_code == 302
    application.registration.refresh_from_db()
    assert application.registration.status == "withdrawn"
    [message] = mail.outbox
    assert message.subject == "Application withdrawn: Young professionals mentoring"
    # Withdrawn, the member may apply again.
    assert engine.apply(programme.offering.pk, applicant, answers_for(programme)).ok


def test_dashboard_export_and_deletion(client, programme, applicant):
    cv = SimpleUploadedFile("cv.pdf", PDF)
    outcome = engine.apply(programme.offering.pk, applicant, answers_for(programme), [("cv", cv)])
    engine.decide(outcome.registration.pk, "shortlisted", "See you on Monday.")
    client.force_login(applicant)
    dashboard = BeautifulSoup(client.get("/members/").content.decode(), "html.parser")
    section = dashboard.find("section", attrs={"aria-labelledby": "section-applications"})
    assert "Young professionals mentoring" in section.get_text()
    assert "Shortlisted" in section.get_text() and "See you on Monday." in section.get_text()

    exported = client.get("/members/export/").json()["applications"]
    assert exported[0]["status"] == "shortlisted"
    assert exported[0]["answers"][0]["value"] == "Water engineering"
    assert exported[0]["files"] == ["cv.pdf"]

    attachment = ApplicationFile.objects.get()
    path = attachment.file.path
    download = client.get(f"/registrations/files/{attachment.pk}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    assert "no-store" in download["Cache-Control"]
    client.force_login(person("nosy@example.net"))
    assert client.get(f"/registrations/files/{attachment.pk}/").status_code == 404

    from django.test import TestCase

    with TestCase.captureOnCommitCallbacks(execute=True):
        delete_account(applicant)
    registration = Registration.objects.get(pk=outcome.registration.pk)
    assert registration.user is None and registration.answers == []
    assert registration.decision_message == ""
    assert not ApplicationFile.objects.exists() and not os.path.exists(path)


# --- The editors' review ---------------------------------------------------------------


def applications_url(programme, suffix=""):
    return f"/admin/events/{programme.pk}/applications/{suffix}"


@pytest.fixture
def applied(programme):
    people = [person(f"a{n}@example.net", first_name=f"A{n}") for n in range(3)]
    cv = SimpleUploadedFile("cv.pdf", PDF)
    first = engine.apply(
        programme.offering.pk, people[0], answers_for(programme), [(QUESTION_FILE(programme), cv)]
    ).registration
    others = [
        engine.apply(programme.offering.pk, someone, answers_for(programme)).registration
        for someone in people[1:]
    ]
    engine.decide(others[0].pk, "declined")
    return [first, *others]


def QUESTION_FILE(programme):  # noqa: N802 - reads like a constant in the fixture
    return [block.id for block in programme.questions if block.block_type == "file"][0]


def test_editors_see_counts_and_the_list(client, editor, programme, applied):
    client.force_login(editor)
    response = client.get(applications_url(programme))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.find(attrs={"data-count": "applied"}).get_text() == "2"
    assert soup.find(attrs={"data-count": "declined"}).get_text() == "1"
    assert soup.find(attrs={"data-count": "places-left"}).get_text() == "2"
    rows = soup.select("table.listing tbody tr")
    assert len(rows) == 3
    filtered = client.get(applications_url(programme), {"status": "declined"})
    assert len(BeautifulSoup(filtered.content, "html.parser").select("tbody tr")) == 1


def test_the_review_screen_shows_answers_and_files_and_records_the_decision(
    client, editor, programme, applied, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    first = applied[0]
    page = client.get(applications_url(programme, f"{first.pk}/"))
    assert page.status_code == 200
    soup = BeautifulSoup(page.content.decode(), "html.parser")
    answers = soup.select_one("dl.application-answers").get_text(" ", strip=True)
    assert "Your field of expertise Water engineering" in answers
    assert "Have you mentored before? Yes" in answers
    link = soup.select_one("dl.application-answers a")
    assert link.get_text() == "cv.pdf"
    download = client.get(link["href"])
    assert b"".join(download.streaming_content) == PDF
    decisions = {radio["value"] for radio in soup.find_all("input", attrs={"name": "decision"})}
    assert decisions == {"shortlisted", "accepted", "declined"}

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            applications_url(programme, f"{first.pk}/"),
            {"decision": "accepted", "message": "Your mentee is waiting."},
        )
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.status == "accepted" and first.decision_message == "Your mentee is waiting."
    assert mail.outbox[-1].to == [first.user.email]
    assert "Your mentee is waiting." in mail.outbox[-1].body


def test_an_invalid_decision_is_refused_with_a_message(client, editor, programme, applied):
    client.force_login(editor)
    declined = applied[1]
    response = client.post(applications_url(programme, f"{declined.pk}/"), {"decision": "accepted"})
    assert response.status_code == 400
    assert "The decision could not be saved." in response.content.decode()
    declined.refresh_from_db()
    assert declined.status == "declined"


def test_the_csv_export_has_one_column_per_question(client, editor, programme, applied):
    client.force_login(editor)
    response = client.get(applications_url(programme, "applications.csv"))
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Name", "E-mail", "Status", "Registered at"]
    assert "Why do you want to mentor?" in rows[0]
    assert len(rows) == 4
    column = rows[0].index("Your field of expertise")
    assert {row[column] for row in rows[1:]} == {"Water engineering"}


def test_only_editors_of_the_programme_may_review(client, admin_only_user, programme, applied):
    first = applied[0]
    attachment = first.files.get()
    urls = [
        applications_url(programme),
        applications_url(programme, "applications.csv"),
        applications_url(programme, f"{first.pk}/"),
        applications_url(programme, f"files/{attachment.pk}/"),
    ]
    for url in urls:
        assert client.get(url).status_code == 302  # anonymous: to the admin login
    client.force_login(admin_only_user)
    for url in urls:
        assert client.get(url).status_code == 403, url
    response = client.post(applications_url(programme, f"{first.pk}/"), {"decision": "accepted"})
    assert response.status_code == 403
    first.refresh_from_db()
    assert first.status == "applied"


def test_tampered_ids_in_the_review_are_not_found(client, editor, programme, applied):
    other = make_programme(title="Another programme")
    stranger = engine.apply(other.offering.pk, person("s@example.net"), answers_for(other))
    client.force_login(editor)
    assert (
        client.get(applications_url(programme, f"{stranger.registration.pk}/")).status_code == 404
    )
    assert client.get(applications_url(programme, "999999/")).status_code == 404
    assert client.get("/admin/events/999999/applications/").status_code == 404


@pytest.mark.django_db
def test_the_programmes_page_lists_open_programmes_apart_from_closed_ones(client):
    """Open: no deadline, or one not passed yet (the country hubs count the same way)."""
    now = timezone.now()
    make_programme(title="Wombat mentoring, no deadline", deadline=None)
    make_programme(
        title="Wombat mentoring, closes soon", deadline=now + datetime.timedelta(hours=1)
    )
    make_programme(title="Wombat mentoring, closed", deadline=now - datetime.timedelta(minutes=1))
    page = BeautifulSoup(client.get("/programmes/").content, "html.parser")
    closed_heading = page.find("h2", string="Closed programmes")
    assert closed_heading is not None
    open_titles = [
        title.get_text(strip=True)
        for title in closed_heading.find_all_previous(string=lambda text: "Wombat" in text)
    ]
    closed_titles = [
        title.get_text(strip=True)
        for title in closed_heading.find_all_next(string=lambda text: "Wombat" in text)
    ]
    assert sorted(open_titles) == ["Wombat mentoring, closes soon", "Wombat mentoring, no deadline"]
    assert closed_titles == ["Wombat mentoring, closed"]
