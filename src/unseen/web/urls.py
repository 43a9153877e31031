from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from unseen.web import estimates, views

urlpatterns = [
    path("", views.home, name="home"),
    path("persons/<int:pk>/", views.person, name="person"),
    path("sources/", views.source_list, name="sources"),
    path("sources/<slug:key>/", views.source, name="source"),
    path("facilities/", views.facility_list, name="facilities"),
    path("estimate/", estimates.estimate_page, name="estimate"),
    path("review/", views.review_list, name="review"),
    path("review/<int:pk>/", views.review_item, name="review_item"),
    path("review/decisions/", views.review_decisions, name="review_decisions"),
    path("review/decisions/<int:pk>/withdraw/", views.withdraw, name="withdraw_decision"),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]
