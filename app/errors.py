"""Two kinds of failure, kept apart.

`DomainError` is a known, user-facing problem (bad input, a record changed
elsewhere, a wrong passphrase): its message is written for a lawyer and is
shown as it is. Anything else is a bug: it gets a traceback and a report.
"""

from __future__ import annotations


class DomainError(Exception):
    """A problem the user can understand and fix. `field` names the input at fault, if any."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class NotFoundError(DomainError):
    """The record asked for does not exist (or no longer exists)."""


class ConflictError(DomainError):
    """The record was changed elsewhere since it was loaded: nothing was overwritten."""

    def __init__(self, message: str, *, current_version: int | None = None) -> None:
        super().__init__(message)
        self.current_version = current_version
