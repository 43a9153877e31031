"""Find the project folder and start Django on it, for the commands that need the database."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

import click

from unseen.project import CONFIG_NAME, find_project, project_file_role


def project_dir(ctx: click.Context) -> Path:
    return find_project(ctx.find_root().obj)


def start_django(root: Path, *, require_project: bool = True) -> None:
    """Configure Django for `root` and bring its schema up to date."""
    if require_project and not (root / CONFIG_NAME).exists():
        raise click.ClickException(f"no Unseen project in {root}: run `unseen init {root}` first")
    os.environ["UNSEEN_PROJECT"] = str(root)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "unseen.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    if executor.migration_plan(executor.loader.graph.leaf_nodes()):
        call_command("migrate", verbosity=0, interactive=False)


def open_project(ctx: click.Context) -> Path:
    root = project_dir(ctx)
    start_django(root)
    return root


def actor() -> str:
    """Who is acting, for the audit trail: $UNSEEN_USER or the login name."""
    return os.environ.get("UNSEEN_USER") or getpass.getuser()


def output_file(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """Click callback for a file the command will write: its folder must exist (checked before any
    work, so a long run does not end in a traceback at its last step), and it must not be one of the
    project's own files (`unseen export --out unseen.sqlite3` wrote the export over the database)."""
    if value is None:
        return value
    if not value.parent.exists():
        raise click.BadParameter(f"the folder {str(value.parent)!r} does not exist", ctx=ctx, param=param)
    root = find_project(ctx.find_root().obj)
    if role := project_file_role(root, value):
        raise click.BadParameter(
            f"{str(value)!r} is the project's {role} in {root}: writing there would destroy it",
            ctx=ctx, param=param,
        )
    return value
