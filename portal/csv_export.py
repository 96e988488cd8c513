"""CSV downloads for editors: one place for the formula guard and the response."""

import csv
import io

from django.http import HttpResponse

# A cell starting with one of these would run as a formula in a spreadsheet program.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """Quote a cell a spreadsheet would run as a formula."""
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def csv_response(header, rows, filename):
    """A UTF-8 CSV attachment; every cell goes through csv_safe."""
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow([csv_safe(cell) for cell in header])
    for row in rows:
        writer.writerow([csv_safe(cell) for cell in row])
    # The byte-order mark lets spreadsheet programs read the names' accents as UTF-8.
    return HttpResponse(
        "\ufeff" + output.getvalue(),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
