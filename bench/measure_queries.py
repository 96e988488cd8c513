"""Count the SQL queries each page costs when it is rendered (page cache off).

Run by ``bench/run.py`` in a subprocess with the same environment as gunicorn plus
``PAGE_CACHE_ENABLED=false``::

    DJANGO_SETTINGS_MODULE=portal.settings.production SECRET_KEY=... \\
    ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false PAGE_CACHE_ENABLED=false \\
        .venv/bin/python bench/measure_queries.py / /news/

Each path is requested twice with Django's test client; the second request's queries
are counted (the first one warms per-process caches such as the site root paths).
Prints one JSON object on stdout: ``{"/": {"status": 200, "queries": 9}, ...}``.
With ``--sql`` the captured statements of the second request go to stderr as well.
"""

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"


def measure(paths, show_sql=False):
    import django

    django.setup()

    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST)
    results = {}
    for path in paths:
        client.get(path, secure=False)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path, secure=False)
        results[path] = {"status": response.status_code, "queries": len(captured)}
        if show_sql:
            print(f"--- {path}: {len(captured)} queries", file=sys.stderr)
            for query in captured.captured_queries:
                print(f"{query['time']}s  {query['sql']}", file=sys.stderr)
    return results


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="URL paths to request, e.g. / /news/")
    parser.add_argument("--sql", action="store_true", help="print captured SQL to stderr")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")
    print(json.dumps(measure(args.paths, show_sql=args.sql)))


if __name__ == "__main__":
    main()
