"""Django settings for Unseen.

A project is a folder (database file, evidence folder, config.toml). The CLI finds it and exports
UNSEEN_PROJECT before Django starts, so every setting below is derived from that folder or from
UNSEEN_DATABASE_URL, which selects PostgreSQL for multi-user deployments.
"""

from __future__ import annotations

import os
from pathlib import Path

from unseen.project import database_config, load_project

PROJECT = load_project(Path(os.environ.get("UNSEEN_PROJECT", ".")))

BASE_DIR = Path(__file__).resolve().parent
SECRET_KEY = PROJECT.secret_key
DEBUG = os.environ.get("UNSEEN_DEBUG", "") == "1"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", "testserver", *PROJECT.allowed_hosts]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "unseen.cases",
    "unseen.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "unseen.web.urls"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "unseen.web.wsgi.application"

DATABASES = {"default": database_config(PROJECT, os.environ.get("UNSEEN_DATABASE_URL", ""))}

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
