from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import Opportunity, OpportunityDocument, Organisation
from events.applications import UploadField
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
    """A member submits an opportunity they sponsor; editors review it before it shows.

    An optional document (a business plan, a term sheet) goes with it, shown only to
    those who may see the details, like the documents editors attach."""

    document = UploadField(
        label=_("Document (optional)"),
        required=False,
        help_text=_(
            "A business plan or term sheet: PDF, Word, OpenDocument or text, 5 MB at most."
        ),
    )
    document_title = forms.CharField(
        label=_("Title of the document"),
        max_length=150,
        required=False,
        help_text=_("For example “Business plan 2027”."),
    )

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
        if cleaned_data.get("document") and not cleaned_data.get("document_title"):
            self.add_error("document_title", _("Please give the document a title."))
        return cleaned_data

    def attached_documents(self):
        upload = self.cleaned_data.get("document")
        if not upload:
            return []
        return [OpportunityDocument(title=self.cleaned_data["document_title"], file=upload)]
