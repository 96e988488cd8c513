from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import Opportunity, Organisation
from portal.models import Sector


class ProposeOrganisationForm(forms.ModelForm):
    """What a member tells us about an organisation; editors check it before it is shown."""

    sectors = forms.ModelMultipleChoiceField(
        label=_("Sectors"),
        queryset=Sector.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = ["name", "kind", "description", "countries", "sectors", "website"]
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}
        help_texts = {
            "countries": _("Where it works. Hold Ctrl (or ⌘) to choose several."),
            "description": _("What it does and for whom, in a few sentences."),
        }


class SubmitOpportunityForm(forms.ModelForm):
    """A member submits an opportunity they sponsor; editors review it before it shows."""

    class Meta:
        model = Opportunity
        fields = [
            "title",
            "summary",
            "description",
            "sector",
            "country",
            "region",
            "instrument",
            "stage",
            "ticket_min",
            "ticket_max",
            "currency",
            "deadline",
            "expected_return",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "deadline": forms.DateInput(attrs={"type": "date"}),
        }
        help_texts = {
            "summary": _("What everyone sees: two or three sentences."),
            "description": _("For verified investors: the business, the use of funds, risks."),
        }

    def clean(self):
        cleaned_data = super().clean()
        low, high = cleaned_data.get("ticket_min"), cleaned_data.get("ticket_max")
        if low is not None and high is not None and high < low:
            self.add_error(
                "ticket_max", _("The largest ticket cannot be smaller than the smallest.")
            )
        return cleaned_data
