"""One small exception hierarchy: every message names the input and says what to do."""
from __future__ import annotations


class MusterError(Exception):
    """Base class for errors muster reports to its users as one plain line."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"{self.code}: {message}")


class InputError(MusterError):
    """An input file or stream cannot be read as text."""

    code = "E010"


class EmptyInputError(InputError):
    code = "E011"


class BinaryInputError(InputError):
    code = "E012"


class EncodingInputError(InputError):
    code = "E013"


class GoldSetError(MusterError):
    """A gold folder for `muster eval` is missing files or holds malformed lines."""

    code = "E020"
