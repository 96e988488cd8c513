"""The factsheet blocks of a country hub. Each block has its own template."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class FigureBlock(blocks.StructBlock):
    """One figure about the diaspora in the country, with where it comes from."""

    label = blocks.CharBlock(max_length=120, label=_("What it measures"))
    value = blocks.CharBlock(
        max_length=120,
        label=_("Figure"),
        help_text=_("As precise as the source allows, for example: about 40,000 (estimate)"),
    )
    source = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Source and year"),
        help_text=_("Say when a figure is an estimate rather than an official statistic."),
    )

    class Meta:
        icon = "table"
        template = "blog/blocks/figure.html"
        label = _("Figure")


class InstitutionBlock(blocks.StructBlock):
    """An institution diaspora members in the country deal with."""

    name = blocks.CharBlock(max_length=150, label=_("Name"))
    role = blocks.TextBlock(max_length=400, label=_("What it does for the diaspora"))
    url = blocks.URLBlock(required=False, label=_("Website"))

    class Meta:
        icon = "site"
        template = "blog/blocks/institution.html"
        label = _("Institution")


class PolicyBlock(blocks.StructBlock):
    """An engagement policy, agreement or scheme that applies in the country."""

    title = blocks.CharBlock(max_length=150, label=_("Policy or agreement"))
    summary = blocks.TextBlock(max_length=600, label=_("What it means for members"))
    status = blocks.CharBlock(
        required=False,
        max_length=80,
        label=_("Status"),
        help_text=_("For example: in force since 2019, under negotiation"),
    )
    link = blocks.URLBlock(required=False, label=_("Where to read more"))

    class Meta:
        icon = "doc-full"
        template = "blog/blocks/policy.html"
        label = _("Policy")


class FiguresBlock(blocks.StreamBlock):
    figure = FigureBlock()


class InstitutionsBlock(blocks.StreamBlock):
    institution = InstitutionBlock()


class PoliciesBlock(blocks.StreamBlock):
    policy = PolicyBlock()
