"""The project folder: where the database, the evidence folder and the config live.

Kept free of Django so the CLI can find and create projects before Django is configured.
"""

from __future__ import annotations

import os
import secrets
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dj_database_url

CONFIG_NAME = "config.toml"
DATABASE_NAME = "unseen.sqlite3"
EVIDENCE_DIR = "evidence"


@dataclass(frozen=True)
class Project:
    root: Path
    secret_key: str
    database_url: str
    allowed_hosts: tuple[str, ...]

    @property
    def sqlite_path(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def evidence_dir(self) -> Path:
        return self.root / EVIDENCE_DIR


def project_file_role(root: Path, path: Path) -> str | None:
    """What `path` is to the project in `root` if it is one of the files the project keeps (its
    database, configuration or evidence), else None: a command's output must never land on them."""
    target = path.resolve()
    root = root.resolve()
    if target == root / CONFIG_NAME:
        return "configuration"
    if target.parent == root and target.name.startswith(DATABASE_NAME):  # with -wal, -shm, -journal
        return "database"
    if target.is_relative_to(root / EVIDENCE_DIR):
        return "evidence folder"
    return None


def find_project(explicit: str | None) -> Path:
    """--project wins, then UNSEEN_PROJECT, then the current folder."""
    if explicit:
        return Path(explicit).resolve()
    if os.environ.get("UNSEEN_PROJECT"):
        return Path(os.environ["UNSEEN_PROJECT"]).resolve()
    return Path.cwd().resolve()


def init_project(root: Path, database_url: str = "") -> Path:
    """Create the folder layout and a config with a fresh secret; an existing config is kept."""
    root.mkdir(parents=True, exist_ok=True)
    (root / EVIDENCE_DIR).mkdir(exist_ok=True)
    config = root / CONFIG_NAME
    if not config.exists():
        lines = [
            "# Unseen project configuration",
            f'secret_key = "{secrets.token_urlsafe(48)}"',
            f'database_url = "{database_url}"  # empty: the SQLite file in this folder',
            "allowed_hosts = []",
        ]
        config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def load_project(root: Path) -> Project:
    """Read config.toml if there is one; a folder without it still works (tests, one-off commands)."""
    root = root.resolve()
    data: dict[str, Any] = {}
    config = root / CONFIG_NAME
    if config.exists():
        data = tomllib.loads(config.read_text(encoding="utf-8"))
    return Project(
        root=root,
        secret_key=str(data.get("secret_key") or "unseen-insecure-key-for-a-folder-without-config"),
        database_url=str(data.get("database_url") or ""),
        allowed_hosts=tuple(data.get("allowed_hosts") or ()),
    )


def database_config(project: Project, override_url: str) -> dict[str, Any]:
    """SQLite in WAL mode by default; a database URL (env or config) selects PostgreSQL."""
    url = override_url or project.database_url
    if url:
        config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=60))
        config["TEST"] = {"NAME": f"test_{config['NAME']}"}
        return config
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(project.sqlite_path),
        "OPTIONS": {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
        },
    }
