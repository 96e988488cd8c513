from django.urls import path

from events import views

app_name = "events"

urlpatterns = [
    path("register/<int:offering_id>/", views.register, name="register"),
    path("cancel/<int:registration_id>/", views.cancel, name="cancel"),
    path("files/<int:file_id>/", views.application_file, name="application_file"),
    path("calendar/<int:page_id>.ics", views.event_ics, name="event_ics"),
]
