"""`unseen init` and `unseen serve`."""

from __future__ import annotations

from pathlib import Path

import click

from unseen.cli.context import open_project, start_django
from unseen.project import init_project


@click.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False))
@click.option("--database-url", default="", help="PostgreSQL URL; empty keeps the SQLite file in the folder.")
@click.pass_context
def init(ctx: click.Context, directory: str | None, database_url: str) -> None:
    """Create a project folder: database, evidence folder and config."""
    from unseen.project import find_project

    root = Path(directory).resolve() if directory else find_project(ctx.find_root().obj)
    init_project(root, database_url)
    start_django(root)
    click.echo(f"Unseen project ready in {root}")


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.pass_context
def serve(ctx: click.Context, host: str, port: int) -> None:
    """Serve the web UI (login required)."""
    open_project(ctx)
    run_server(host, port)


def run_server(host: str, port: int) -> None:
    from django.core.management import call_command

    _check_port_free(host, port)
    click.echo(f"Serving on http://{host}:{port}/ (Ctrl+C to stop)")
    call_command("runserver", f"{host}:{port}", use_reloader=False, use_threading=True, skip_checks=True)


def _check_port_free(host: str, port: int) -> None:
    """Say that the port is taken before saying "Serving on" (Django's own error came after it)."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server itself binds
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise click.ClickException(
                f"cannot serve on {host}:{port}: {exc.strerror or exc}; another program (or another "
                "`unseen serve`) may hold the port: choose another with --port"
            ) from None
