from django.urls import path

from directory import views

app_name = "contact"

urlpatterns = [
    path("people/<uuid:public_id>/", views.contact_person, name="person"),
    path("opportunities/<int:pk>/", views.express_interest, name="opportunity"),
    path("requests/<int:request_id>/<str:action>/", views.answer_request, name="answer"),
]
