"""Views of the directory that are not pages of the page tree."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from directory.forms import ProposeOrganisationForm


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
            organisation.live = False
            organisation.verified = False
            organisation.proposed_by = request.user
            organisation.sectors = form.cleaned_data["sectors"]
            organisation.save()
            organisation.save_revision(user=request.user)
            workflow = organisation.get_workflow()
            if workflow is not None:
                workflow.start(organisation, request.user)
        messages.success(
            request,
            _(
                "Thank you: your proposal is with our editors. It appears in the directory "
                "once they have approved it."
            ),
        )
        return redirect(listing_url)
    response = TemplateResponse(
        request,
        "directory/propose_organisation.html",
        {"page": index, "self": index, "form": form, "listing_url": listing_url},
        status=400 if request.method == "POST" else 200,
    )
    response["Cache-Control"] = "private, no-cache"
    return response
