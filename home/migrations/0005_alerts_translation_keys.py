"""Existing alerts become the default language's version of themselves, each with a
translation key of its own, and their deliveries take that key."""

import uuid

from django.conf import settings
from django.db import migrations


def forwards(apps, schema_editor):
    Alert = apps.get_model("home", "Alert")
    AlertDelivery = apps.get_model("home", "AlertDelivery")
    Locale = apps.get_model("wagtailcore", "Locale")
    alerts = Alert.objects.filter(translation_key__isnull=True)
    if not alerts.exists():
        return
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    if locale is None:
        locale = Locale.objects.order_by("pk").first()
    for alert in alerts.iterator():
        alert.translation_key = uuid.uuid4()
        alert.locale = locale
        alert.save(update_fields=["translation_key", "locale"])
        AlertDelivery.objects.filter(alert=alert).update(translation_key=alert.translation_key)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_alerts_translatable_bootstrap"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
