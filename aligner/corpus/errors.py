"""Errors of corpus runs, under termaid's one hierarchy."""

from __future__ import annotations

from glossary.errors import UsageError

from ..errors import AlignerError

__all__ = ["CorpusError", "CorpusUsageError", "MissingExtraError", "RunIncompleteError"]


class CorpusError(AlignerError):
    """A corpus run cannot go on."""


class CorpusUsageError(CorpusError, UsageError):
    """A corpus run was asked for in a way that cannot work (clashing outputs, options)."""


class MissingExtraError(CorpusUsageError):
    """A feature needs a package of the ``corpus`` extra that is not installed."""

    def __init__(self, what: str, package: str) -> None:
        super().__init__(f"{what} needs {package}: pip install 'termaid[corpus]'")


class RunIncompleteError(CorpusError):
    """Some partitions failed (a worker died on them again and again, a disk filled up).

    The finished partitions are kept: the same command, run again, does the rest.
    """

    exit_code = 3

    @classmethod
    def of(cls, errors: dict[str, str]) -> RunIncompleteError:
        """The error for the failed partitions *errors* (id -> what happened)."""
        first = min(errors)
        return cls(f"{len(errors)} partition(s) failed, {first} with {errors[first]}; the "
                   "others are done: run the same command again to retry the failed ones")
