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
