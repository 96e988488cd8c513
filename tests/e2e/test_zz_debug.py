import pytest
from django.db import connection

@pytest.mark.parametrize("n", [1, 2])
def test_x(n, live_server, django_db_serialized_rollback):
    from wagtail.models import Collection, Page
    from django.contrib.auth.models import Group
    print(n, hasattr(connection, "_test_serialized_contents"), len(getattr(connection, "_test_serialized_contents", "")),
          Collection.objects.count(), Page.objects.count(), Group.objects.count())
