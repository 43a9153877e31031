from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "unseen.web"
    label = "web"
    verbose_name = "Web"
