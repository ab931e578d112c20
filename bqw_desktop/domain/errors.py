"""Errors that are the user's problem, with messages Qt can translate.

A :class:`DomainError` carries an English source message with ``{name}`` placeholders and its
parameters. The UI translates the message in the ``"domain"`` context (``QCoreApplication.translate``)
and then formats it; the CLI formats the English source. Anything that is not a ``DomainError`` is a
bug, not a user error.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for extraction by ``pyside6-lupdate`` without importing Qt; returns ``text``."""
    del context
    return text


class DomainError(Exception):
    """A refused action with a user-facing message.

    :param message: English source text, marked with ``QT_TRANSLATE_NOOP("domain", ...)``.
    :param params: values for the ``{name}`` placeholders (codes, counts, translatable terms).
    """

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message.format(**self.params)


class InvalidCode(DomainError):
    """A scanned or typed code is malformed, has a wrong check character, or is of the wrong kind."""


class NotFound(DomainError):
    """A well-formed code names nothing in the store."""


class TransitionRefused(DomainError):
    """A state change that the life cycle does not allow."""


class InvalidValue(DomainError):
    """A field value (tracking number, reason, ...) that cannot be accepted."""


class AlreadyDone(DomainError):
    """The same request (the same idempotency token, case C14) was carried out before: nothing was made
    again. ``result`` is what the first one made, as the service returns it."""

    def __init__(self, message: str, result: object = None, **params: object) -> None:
        super().__init__(message, **params)
        self.result = result


class FileUnusable(DomainError):
    """A file the person named or picked cannot be written or read: a read-only folder or disk, no
    permission, a missing folder (``errno`` of the ``OSError``). Its message says which file and what to do.

    :ivar path: the file, as named.
    """

    def __init__(self, path: str, problem: str, *, writing: bool) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("domain", "{path} cannot be written ({problem}): choose another folder, or ask "
                                        "for the right to write there.") if writing else
            QT_TRANSLATE_NOOP("domain", "{path} cannot be read ({problem}): check the file, or choose another."),
            path=path, problem=problem)
        self.path = path


class PrinterUnavailable(DomainError):
    """The chosen printer could not be started: missing, switched off, not connected, or gone from the system."""

    def __init__(self, printer: str) -> None:
        super().__init__(QT_TRANSLATE_NOOP(
            "domain", "The printer “{printer}” could not be started: check that it is switched on and connected, "
                      "or choose another printer. Nothing was printed."), printer=printer)
