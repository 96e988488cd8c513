"""Frames: everything is DENY except Wagtail's preview, which the editor shows in a frame."""


class AdminPreviewFrameMiddleware:
    """Allow same-origin framing of the admin's preview responses only.

    Sits after XFrameOptionsMiddleware in MIDDLEWARE, so it sees the response first and
    XFrameOptionsMiddleware leaves the header it sets alone.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        path = request.path
        if path.startswith("/admin/") and "/preview/" in path:
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        return response
