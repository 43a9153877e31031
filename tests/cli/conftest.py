"""End-to-end CLI tests run `unseen` as a user would: a subprocess on a fresh project folder.

Under UNSEEN_DATABASE_URL (PostgreSQL) each test gets a database of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

UNSEEN = [sys.executable, "-m", "unseen"]


@dataclass
class Project:
    root: Path
    env: dict[str, str]

    def run(self, *args: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [*UNSEEN, "--project", str(self.root), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and done.returncode != 0:
            raise AssertionError(
                f"unseen {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
            )
        return done

    def popen(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [*UNSEEN, "--project", str(self.root), *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    env = {**os.environ, "UNSEEN_USER": "tester", "COLUMNS": "200"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    url = os.environ.get("UNSEEN_DATABASE_URL", "")
    name = ""
    if url:
        import psycopg

        name = f"unseen_cli_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        env["UNSEEN_DATABASE_URL"] = url.rsplit("/", 1)[0] + "/" + name
    root = tmp_path / "project"
    proj = Project(root, env)
    proj.run("init", str(root))
    yield proj
    if name:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
