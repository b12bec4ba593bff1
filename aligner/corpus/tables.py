"""Parquet through pyarrow, imported only when a Parquet file is read or written."""

from __future__ import annotations

from typing import Any

from .errors import MissingExtraError

__all__ = ["parquet_file", "parquet_module", "pyarrow_module"]


def pyarrow_module() -> Any:
    """The ``pyarrow`` module, or a :class:`MissingExtraError` saying how to get it."""
    try:
        import pyarrow
    except ImportError:
        raise MissingExtraError("Parquet input and output", "pyarrow") from None
    return pyarrow


def parquet_module() -> Any:
    """The ``pyarrow.parquet`` module (see :func:`pyarrow_module`)."""
    pyarrow_module()
    import pyarrow.parquet

    return pyarrow.parquet


def parquet_file(path: str) -> Any:
    """*path* opened as a Parquet file; an unreadable one is an input error naming it."""
    from ..errors import InputError

    pq_mod = parquet_module()
    try:
        return pq_mod.ParquetFile(path)
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a readable Parquet file ({exc})") from None
