"""`flask --app bot richmenu deploy|preview`: put the account's rich menu on LINE."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import AppGroup

from bot.line import richmenu
from bot.line.gateway import sdk

richmenu_cli = AppGroup("richmenu", help="The rich menu under the chat: preview it, deploy it.")


@richmenu_cli.command("preview")
@click.option("--out", "out", default="rich-menu.png", show_default=True, type=click.Path())
def preview(out: str) -> None:
    """Write the rich menu's picture to OUT (PNG, 2500x1686)."""
    try:
        png = richmenu.render_image()
    except richmenu.NoThaiFont as exc:
        raise click.ClickException(str(exc)) from exc
    Path(out).write_bytes(png)
    click.echo(f"wrote {out} ({len(png) // 1024} KB)")


@richmenu_cli.command("deploy")
def deploy() -> None:
    """Create the rich menu on LINE, upload its picture and make it the default."""
    config = current_app.extensions["sujarit"].config
    if config.local_mode:
        raise click.ClickException(
            "Local mode has no LINE channel: set LINE_CHANNEL_SECRET and "
            "LINE_CHANNEL_ACCESS_TOKEN to deploy (or use `richmenu preview`)."
        )
    try:
        rich_menu_id = richmenu.deploy(config)
    except richmenu.NoThaiFont as exc:
        raise click.ClickException(str(exc)) from exc
    except sdk().ApiException as exc:
        raise click.ClickException(f"LINE answered {exc.status}: {exc.body}") from exc
    click.echo(f"rich menu {rich_menu_id} uploaded and set as the default")
