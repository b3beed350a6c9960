"""Errors a user can act on. Each carries the one line the CLI prints after "Error: "."""

from __future__ import annotations


class SocialkitError(Exception):
    """Base class: ``str(err)`` is the message shown to the user; ``exit_code`` is the CLI's."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ArticleError(SocialkitError):
    """The article could not be read: missing, a folder, empty, binary, too large, undecodable."""


class ConfigError(SocialkitError):
    """socialkit.toml is malformed or names an unknown key."""


class TemplateError(SocialkitError):
    """A post template is missing, does not parse, or refers to an undefined variable."""


class PlatformError(SocialkitError):
    """An unknown platform name, or a post that cannot be made to fit."""


class CardError(SocialkitError):
    """A card could not be rendered: empty quote, bad font, logo or background image."""


class QuoteInputError(SocialkitError):
    """A quotes CSV/JSONL file for ``card --from`` is malformed."""


class OutputError(SocialkitError):
    """An output file could not be written: a read-only folder, a full disk, a file in the way."""


class LinkError(SocialkitError):
    """A link given for the article is not an http(s) URL."""

    exit_code = 2


def describe_os_error(exc: OSError) -> str:
    """``<path>: <why>`` for an OSError, the line the CLI prints after "Error: "."""
    why = exc.strerror or str(exc) or type(exc).__name__
    if exc.filename is None:
        return why
    where = str(exc.filename)
    if exc.filename2 is not None:
        where += f" -> {exc.filename2}"
    return f"{where}: {why}"
