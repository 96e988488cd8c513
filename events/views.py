from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from events import registration as engine
from events.models import Offering, Registration


@require_POST
@login_required
def register(request, offering_id):
    offering = get_object_or_404(Offering.objects.select_related("page"), pk=offering_id)
    outcome = engine.register(offering.pk, request.user)
    (messages.success if outcome.ok else messages.error)(request, outcome.message)
    return redirect(offering.page.url)


@require_POST
@login_required
def cancel(request, registration_id):
    registration = get_object_or_404(
        Registration.objects.select_related("offering__page"), pk=registration_id, user=request.user
    )
    outcome = engine.cancel(registration.pk, request.user)
    (messages.success if outcome.ok else messages.error)(request, outcome.message)
    return redirect(registration.offering.page.url)
