from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import Organisation
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
