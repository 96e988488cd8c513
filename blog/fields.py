"""A model field for several values of a fixed list (the engagement instruments).

Stored as "a,b,c" in one text column, like django-countries' ``CountryField(multiple=True)``,
so it works the same on SQLite and PostgreSQL; the admin shows checkboxes. As a
``CharField`` with choices, wagtail-localize keeps it in sync across translations instead
of offering it for translation.
"""

from django import forms
from django.core import exceptions
from django.db import models
from django.utils.text import capfirst


class ChoiceListField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        if "max_length" not in kwargs and kwargs.get("choices"):
            values = [str(value) for value, _label in kwargs["choices"]]
            kwargs["max_length"] = sum(len(value) + 1 for value in values)
        super().__init__(*args, **kwargs)

    def known_values(self):
        return [str(value) for value, _label in self.flatchoices]

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, str):
            value = value.split(",")
        return [str(item) for item in value if item]

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def get_prep_value(self, value):
        if isinstance(value, list | tuple | set):
            chosen = {str(item) for item in value}
            # In the order of the choices, each once: the same set is always stored alike.
            value = ",".join(item for item in self.known_values() if item in chosen)
        # Not CharField's: its to_python would turn the text back into a list.
        value = models.Field.get_prep_value(self, value)
        return "" if value is None else str(value)

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        if not self.editable:
            return
        known = set(self.known_values())
        for item in value or []:
            if item not in known:
                raise exceptions.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )
        if not self.blank and not value:
            raise exceptions.ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        defaults = {
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
            "choices": self.flatchoices,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(kwargs)
        for unwanted in ("form_class", "choices_form_class", "coerce", "empty_value", "max_length"):
            defaults.pop(unwanted, None)
        return forms.MultipleChoiceField(**defaults)
