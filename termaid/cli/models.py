"""``termaid models``: the offline translation models (Argos packages) termaid uses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ._common import emit_json, json_option

__all__ = ["models"]

F = TypeVar("F", bound=Callable[..., Any])


def _models_dir_option(func: F) -> F:
    return click.option(
        "--models-dir",
        type=click.Path(file_okay=False, path_type=Path),
        help="Argos packages directory [default: termaid's user data directory; "
        "env: TERMAID_ARGOS_DIR].",
    )(func)


@click.group()
def models() -> None:
    """List, install and remove offline translation models (Argos .argosmodel files).

    termaid never downloads a model. Argos Translate publishes its models as
    .argosmodel files (for example translate-en_de); fetch one on a machine with
    network access (`argospm install translate-en_de`, or from the Argos package
    index) and install the file here.

    \b
    Examples:
      termaid models install translate-en_de-1_0.argosmodel
      termaid models list
      termaid models remove en_de
    """


@models.command("list")
@_models_dir_option
@json_option
def list_command(models_dir: Path | None, as_json: bool) -> None:
    """List the installed models."""
    from aligner.translate.models import list_models, packages_dir

    found = list_models(directory=models_dir)
    if as_json:
        emit_json(
            {
                "directory": str(packages_dir(models_dir)),
                "models": [
                    {
                        "name": m.name,
                        "from": m.from_code,
                        "to": m.to_code,
                        "version": m.version,
                        "path": str(m.path),
                    }
                    for m in found
                ],
            }
        )
        return
    if not found:
        click.echo(f"no models installed in {packages_dir(models_dir)}")
        return
    for m in found:
        version = f" {m.version}" if m.version else ""
        click.echo(f"{m.from_code} -> {m.to_code}  {m.name}{version}")


@models.command("install")
@click.argument("archive", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Replace an installed model for the same pair.")
@_models_dir_option
def install_command(archive: Path, replace: bool, models_dir: Path | None) -> None:
    """Install the model file ARCHIVE (.argosmodel), checked before anything is written."""
    from aligner.translate.models import install_model

    model = install_model(archive, directory=models_dir, replace=replace)
    click.echo(
        f"installed {model.name} ({model.from_code} -> {model.to_code}) in {model.path.parent}"
    )


@models.command("remove")
@click.argument("name")
@_models_dir_option
def remove_command(name: str, models_dir: Path | None) -> None:
    """Remove the model called NAME (translate-en_de) or for the pair NAME (en_de)."""
    from aligner.translate.models import remove_model

    model = remove_model(name, directory=models_dir)
    click.echo(f"removed {model.name} ({model.from_code} -> {model.to_code})")
