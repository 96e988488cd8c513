"""The application form of a programme, built from the questions its editors wrote.

Each question (a block of ``ProgrammePage.questions``) becomes one field named after the
block's stable id, so answers stay attached to their question when editors reorder them.
Uploads are checked here (size, extension and the file's first bytes) before anything is
written; the registration engine then stores the application in one transaction.
"""

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

MAX_UPLOAD_BYTES = 5 * 1024 * 1024

# Extension → signatures its content must start with (None: plain text, no signature).
ALLOWED_UPLOADS = {
    "pdf": [b"%PDF-"],
    "png": [b"\x89PNG\r\n\x1a\n"],
    "jpg": [b"\xff\xd8\xff"],
    "jpeg": [b"\xff\xd8\xff"],
    "docx": [b"PK\x03\x04"],
    "odt": [b"PK\x03\x04"],
    "txt": None,
}

YES_NO = [("yes", gettext_lazy("Yes")), ("no", gettext_lazy("No"))]


def check_upload(upload):
    """Raise ValidationError unless ``upload`` is a small document of an accepted type."""
    if upload.size > MAX_UPLOAD_BYTES:
        raise forms.ValidationError(
            _("The file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(MAX_UPLOAD_BYTES)}
        )
    if upload.size == 0:
        raise forms.ValidationError(_("The file is empty."))
    extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
    if extension not in ALLOWED_UPLOADS:
        raise forms.ValidationError(
            _("Please upload a PDF, Word (.docx), OpenDocument (.odt), text or image file.")
        )
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    signatures = ALLOWED_UPLOADS[extension]
    if signatures is None:
        try:
            head.decode("utf-8")
        except UnicodeDecodeError:
            valid = False
        else:
            valid = b"\x00" not in head
    else:
        valid = any(head.startswith(signature) for signature in signatures)
    if not valid:
        raise forms.ValidationError(
            _("The file's content does not match its type (.%(extension)s).")
            % {"extension": extension}
        )


class UploadField(forms.FileField):
    def validate(self, value):
        super().validate(value)
        if value:
            check_upload(value)


def _field(block):
    value = block.value
    common = {
        "label": value["label"],
        "help_text": value.get("help_text") or "",
        "required": bool(value.get("required")),
    }
    kind = block.block_type
    if kind == "text":
        return forms.CharField(max_length=300, **common)
    if kind == "long_text":
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), max_length=5000, **common)
    if kind == "choice":
        choices = [(choice, choice) for choice in value["choices"]]
        return forms.ChoiceField(
            choices=[("", _("Choose…")), *choices] if not common["required"] else choices,
            widget=forms.RadioSelect if common["required"] else forms.Select,
            **common,
        )
    if kind == "yes_no":
        return forms.ChoiceField(choices=YES_NO, widget=forms.RadioSelect, **common)
    if kind == "file":
        return UploadField(**common)
    raise ValueError(f"Unknown question type {kind!r}")


class ApplicationForm(forms.Form):
    """One field per question; ``answers()`` and ``uploads()`` once it is valid."""

    def __init__(self, questions, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.questions = [block for block in questions if block.id]
        for block in self.questions:
            self.fields[f"q_{block.id}"] = _field(block)

    def answers(self):
        """[{id, label, type, value}] in the question order; files are listed by name."""
        result = []
        for block in self.questions:
            value = self.cleaned_data.get(f"q_{block.id}")
            if block.block_type == "file":
                value = value.name if value else ""
            result.append(
                {
                    "id": block.id,
                    "label": block.value["label"],
                    "type": block.block_type,
                    "value": value or "",
                }
            )
        return result

    def uploads(self):
        return [
            (block.id, self.cleaned_data[f"q_{block.id}"])
            for block in self.questions
            if block.block_type == "file" and self.cleaned_data.get(f"q_{block.id}")
        ]
