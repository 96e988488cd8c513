from django.urls import path

from home import views

app_name = "newsletter"
urlpatterns = [
    path("", views.subscribe, name="signup"),
    path("subscribe/", views.subscribe_quick, name="subscribe"),
    path("check-your-inbox/", views.check_inbox, name="check_inbox"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("preferences/<str:token>/", views.preferences, name="preferences"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
