"""Views of the directory that are not pages of the page tree."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from directory import contact, saved_searches, services
from directory.forms import ProposeOrganisationForm, SubmitOpportunityForm
from directory.models import Opportunity, OpportunityDocument
from members.models import Profile
from portal.files import private_file_response


def _submit_for_review(item, user):
    """Save ``item`` as an unpublished draft and start the moderators' workflow on it."""
    item.live = False
    item.save()
    item.save_revision(user=user)
    workflow = item.get_workflow()
    if workflow is not None:
        workflow.start(item, user)


def _private(response):
    response["Cache-Control"] = "private, no-cache"
    return response


def propose_organisation(request, index):
    """A member proposes an organisation: it is saved as a draft and submitted to the
    moderators' workflow; nothing is shown until an editor approves it."""
    listing_url = index.url + index.reverse_subpage("organisations")
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?next={request.path}")
    form = ProposeOrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            organisation = form.save(commit=False)
            organisation.verified = False
            organisation.proposed_by = request.user
            organisation.sectors = form.cleaned_data["sectors"]
            _submit_for_review(organisation, request.user)
        messages.success(
            request,
            _(
                "Thank you: your proposal is with our editors. It appears in the directory "
                "once they have approved it."
            ),
        )
        return redirect(listing_url)
    return _private(
        TemplateResponse(
            request,
            "directory/propose_organisation.html",
            {"page": index, "self": index, "form": form, "listing_url": listing_url},
            status=400 if request.method == "POST" else 200,
        )
    )


def submit_opportunity(request, index):
    """A member submits an opportunity they sponsor, for the editors' review."""
    listing_url = index.url + index.reverse_subpage("opportunities")
    if not request.user.is_authenticated:
        return redirect(f"{reverse('account_login')}?next={request.path}")
    form = SubmitOpportunityForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        documents = form.attached_documents()
        try:
            with transaction.atomic():
                opportunity = form.save(commit=False)
                opportunity.verified = False
                opportunity.sponsor_member = request.user
                opportunity.documents = documents
                _submit_for_review(opportunity, request.user)
        except BaseException:
            # Nothing of a failed submission stays: the rows roll back, the files go.
            for document in documents:
                if document.file.name:
                    document.file.storage.delete(document.file.name)
            raise
        messages.success(
            request,
            _(
                "Thank you: your opportunity is with our editors. It appears in the "
                "directory once they have approved it."
            ),
        )
        return redirect(listing_url)
    return _private(
        TemplateResponse(
            request,
            "directory/submit_opportunity.html",
            {"page": index, "self": index, "form": form, "listing_url": listing_url},
            status=400 if request.method == "POST" else 200,
        )
    )


def opportunity_detail(request, index, pk):
    """The summary for everyone; the details and documents for those who may see them."""
    opportunity = get_object_or_404(
        Opportunity.objects.select_related("sector", "sponsor_organisation", "sponsor_member"),
        pk=pk,
        live=True,
    )
    details = services.can_see_details(request.user, opportunity)
    response = TemplateResponse(
        request,
        "directory/opportunity.html",
        {
            "page": index,
            "self": index,
            "opportunity": opportunity,
            "details": details,
            "documents": list(opportunity.documents.all()) if details else [],
            "interest_recipient": _interest_recipient(request.user, opportunity),
            "listing_url": index.url + index.reverse_subpage("opportunities"),
        },
    )
    return _private(response) if request.user.is_authenticated else response


def _interest_recipient(user, opportunity):
    """Whom an expression of interest would reach, unless it is the viewer themselves."""
    recipient = contact.recipient_for(opportunity)
    if recipient is None or recipient.pk == user.pk:
        return None
    return recipient


def opportunity_document(request, pk, document_id):
    document = get_object_or_404(
        OpportunityDocument.objects.select_related("opportunity"),
        pk=document_id,
        opportunity_id=pk,
        opportunity__live=True,
    )
    if not services.can_see_details(request.user, document.opportunity):
        raise Http404
    return private_file_response(document.file, document.file.name.rsplit("/", 1)[-1])


# --- Contact without exposure ---------------------------------------------------------------


def _back(request, fallback):
    """Where the form was: the page it came from when it is on this site."""
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        return redirect(target)
    return redirect(fallback)


def _report(request, outcome):
    (messages.success if outcome.ok else messages.error)(request, outcome.message)


@require_POST
@login_required
def contact_person(request, public_id):
    profile = get_object_or_404(Profile.objects.select_related("user"), public_id=public_id)
    if not profile.listed_in_directory:
        raise Http404
    _report(request, contact.send(request.user, profile.user, request.POST.get("message")))
    return _back(request, reverse("members:profile", args=[public_id]))


@require_POST
@login_required
def express_interest(request, pk):
    opportunity = get_object_or_404(Opportunity, pk=pk, live=True)
    recipient = contact.recipient_for(opportunity)
    if recipient is None:
        raise Http404
    outcome = contact.send(
        request.user, recipient, request.POST.get("message"), opportunity=opportunity
    )
    _report(request, outcome)
    return _back(request, reverse("members:dashboard"))


ANSWERS = {
    "accept": lambda user, pk, data: contact.respond(pk, user, accept=True),
    "decline": lambda user, pk, data: contact.respond(pk, user, accept=False),
    "block": lambda user, pk, data: contact.block(user, pk),
    "report": lambda user, pk, data: contact.report(user, pk, data.get("reason", "")),
}


@require_POST
@login_required
def answer_request(request, request_id, action):
    if action not in ANSWERS:
        raise Http404
    _report(request, ANSWERS[action](request.user, request_id, request.POST))
    return redirect(reverse("members:dashboard") + "#contacts")


@require_POST
@login_required
def save_search(request, index):
    """A verified investor saves the opportunity search they are looking at."""
    listing_url = index.url + index.reverse_subpage("opportunities")
    params = QueryDict(request.POST.get("search", "")[:2000])
    try:
        saved, created = saved_searches.save(request.user, params)
    except PermissionDenied as error:
        raise PermissionDenied(str(error)) from error
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(f"{listing_url}?{saved_searches.normalise(params)}")
    if created:
        messages.success(
            request,
            _("Search saved. We will e-mail you when new opportunities match “%(name)s”.")
            % {"name": saved.name},
        )
    else:
        messages.info(request, _("You had already saved this search."))
    return redirect(f"{listing_url}?{saved.querystring}")


@require_POST
@login_required
def delete_saved_search(request, saved_id):
    if not saved_searches.delete(request.user, saved_id):
        raise Http404
    messages.success(request, _("Saved search deleted."))
    return redirect(reverse("members:dashboard") + "#saved-searches")
