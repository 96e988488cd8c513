"""StreamField blocks of courses (modules) and programmes (application questions)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ModuleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=150)
    summary = blocks.TextBlock(label=_("summary"), max_length=600, required=False)
    duration = blocks.CharBlock(
        label=_("duration"), max_length=60, required=False, help_text=_("For example: 2 hours")
    )

    class Meta:
        icon = "list-ol"
        label = _("Module")
        template = "events/blocks/module.html"


class _Question(blocks.StructBlock):
    label = blocks.CharBlock(label=_("question"), max_length=200)
    help_text = blocks.CharBlock(label=_("help text"), max_length=300, required=False)
    required = blocks.BooleanBlock(label=_("an answer is required"), required=False, default=True)


class ChoiceQuestion(_Question):
    choices = blocks.ListBlock(
        blocks.CharBlock(max_length=120, label=_("choice")), label=_("choices"), min_num=2
    )


class QuestionBlock(blocks.StreamBlock):
    """The questions editors ask applicants of one programme; each has a stable id."""

    text = _Question(label=_("Short text"), icon="pilcrow")
    long_text = _Question(label=_("Long text"), icon="doc-full")
    choice = ChoiceQuestion(label=_("Choice"), icon="list-ul")
    yes_no = _Question(label=_("Yes or no"), icon="tick")
    file = _Question(label=_("File upload"), icon="doc-empty")
