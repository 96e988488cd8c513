"""Serving files that no public URL serves: the caller has checked who may have them."""

from django.http import FileResponse, Http404


def private_file_response(field_file, filename):
    """A download of ``field_file`` named ``filename``, never cached, never sniffed."""
    try:
        handle = field_file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=True, filename=filename, content_type="application/octet-stream"
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
