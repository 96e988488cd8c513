from django.urls import path

from members import views

app_name = "members"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("profile/", views.edit_profile, name="edit_profile"),
    path("profile/preview/", views.preview, name="preview"),
    path("privacy/", views.privacy, name="privacy"),
    path("investor/", views.request_verification, name="request_verification"),
    path("export/", views.export, name="export"),
    path("delete/", views.delete_account, name="delete_account"),
    path("people/<uuid:public_id>/", views.profile_detail, name="profile"),
    path("people/<uuid:public_id>/photo/", views.profile_photo, name="photo"),
]
