"""StreamField blocks shared by every page type. Each block has its own template."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


def validate_link_url(value):
    """A call-to-action link is a site path ("/news/") or an http(s) address."""
    if value and not value.startswith(("/", "https://", "http://", "mailto:")):
        raise ValidationError(
            _("Enter a path starting with / or an address starting with https://.")
        )


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading.html"
        label = _("Heading")


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))
    credit = blocks.CharBlock(required=False, max_length=120, label=_("Credit"))

    class Meta:
        icon = "image"
        template = "blocks/image.html"
        label = _("Image")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"), max_length=600)
    attribution = blocks.CharBlock(required=False, max_length=120, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"
        label = _("Quote")


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120, label=_("Title"))
    text = blocks.TextBlock(required=False, max_length=400, label=_("Text"))
    link_label = blocks.CharBlock(max_length=60, label=_("Button label"))
    link_page = blocks.PageChooserBlock(required=False, label=_("Link to a page"))
    link_url = blocks.CharBlock(
        required=False,
        max_length=300,
        validators=[validate_link_url],
        label=_("Or link to an address"),
        help_text=_("A path on this site such as /news/, or a full https:// address."),
    )

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action.html"
        label = _("Call to action")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("link_page")) == bool(value.get("link_url")):
            message = _("Choose a page or enter an address (one, not both).")
            raise StructBlockValidationError(block_errors={"link_url": ValidationError(message)})
        return value


class VideoLinkBlock(blocks.StructBlock):
    """A link to a video hosted elsewhere. Nothing is embedded, so no third party loads."""

    title = blocks.CharBlock(max_length=150, label=_("Video title"))
    url = blocks.URLBlock(label=_("Video address"))
    duration = blocks.CharBlock(
        required=False, max_length=20, label=_("Duration"), help_text=_("For example, 12:30")
    )
    thumbnail = ImageBlock(required=False, label=_("Thumbnail"))
    transcript = blocks.RichTextBlock(
        required=False, features=RICH_TEXT_FEATURES, label=_("Transcript or summary")
    )

    class Meta:
        icon = "media"
        template = "blocks/video_link.html"
        label = _("Video link")


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    documents = blocks.ListBlock(DocumentChooserBlock(), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_list.html"
        label = _("Document list")


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=250, label=_("Question"))
    answer = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Answer"))


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=120, label=_("Heading"))
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"))

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion.html"
        label = _("Accordion / FAQ")


class PortalTableBlock(TableBlock):
    class Meta:
        icon = "table"
        template = "blocks/table.html"
        label = _("Table")


class BodyBlock(blocks.StreamBlock):
    """The body of standard pages, news and everything editors write long text in."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        label=_("Paragraph"),
        template="blocks/paragraph.html",
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    video_link = VideoLinkBlock()
    documents = DocumentListBlock()
    accordion = AccordionBlock()
    table = PortalTableBlock()

    class Meta:
        block_counts = {}
