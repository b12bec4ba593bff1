"""Errors of the translation layer: model packages and the translation backend."""

from __future__ import annotations

from pathlib import Path

from glossary.errors import TermaidError

__all__ = [
    "BackendUnavailableError",
    "ModelArchiveError",
    "ModelExistsError",
    "ModelNotInstalledError",
    "TranslateError",
    "UnknownModelError",
]


class TranslateError(TermaidError):
    """Something about offline translation went wrong."""


class ModelArchiveError(TranslateError):
    """A ``.argosmodel`` file (or an installed package directory) is not a valid package."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ModelExistsError(TranslateError):
    """Installing would replace an installed model; the caller did not ask for that."""


class UnknownModelError(TranslateError):
    """No installed model has the name or language pair asked for."""


class ModelNotInstalledError(TranslateError):
    """No model is installed for a language pair; the message says how to get one."""

    def __init__(self, from_code: str, to_code: str, directory: Path) -> None:
        self.from_code = from_code
        self.to_code = to_code
        self.directory = directory
        pair = f"{from_code}_{to_code}"
        super().__init__(
            f"no translation model for {from_code} -> {to_code} is installed in {directory}\n"
            f"  Argos Translate publishes models as .argosmodel files (package "
            f"translate-{pair}); on a machine with network access, get it with\n"
            f"    argospm install translate-{pair}\n"
            f"  or download translate-{pair}-*.argosmodel from the Argos package index, then\n"
            f"    termaid models install translate-{pair}.argosmodel\n"
            f"  (models argospm installed already can be used in place: point "
            f"TERMAID_ARGOS_DIR or --models-dir at argos-translate/packages)"
        )


class BackendUnavailableError(TranslateError):
    """The translation backend (argostranslate) is not installed."""

    def __init__(self, missing: str) -> None:
        self.missing = missing
        super().__init__(
            f"offline translation needs {missing}, which is not installed; "
            'install the translate extra: pip install "termaid[translate]" '
            "(first pip install torch==2.13.0 or a CPU build of torch, else pip fetches "
            "several GB of CUDA packages)"
        )
