"""Errors the core raises: a code and parameters, worded by `messages` in the user's language."""

from __future__ import annotations

# A parameter is quoted in a message line: a hostile file's megabyte-long "state code" must not
# become a megabyte-long dialog.
MAX_PARAM_CHARS = 500


def _short(text: str) -> str:
    return text if len(text) <= MAX_PARAM_CHARS else text[: MAX_PARAM_CHARS - 1] + "…"


class CsbmError(Exception):
    """A refused action or bad input. `code` keys a message in `domain.messages`."""

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params = {k: _short(str(v)) for k, v in params.items()}
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        from csbm_desktop.domain.messages import render

        return render(self.code, self.params, lang)


class NotFound(CsbmError):
    """The thing asked for does not exist."""


class BadInput(CsbmError):
    """Input that cannot be stored as given (wrong type, unknown code, malformed file)."""


class Refused(CsbmError):
    """An action that is not allowed in the report's current state."""


class StoreError(CsbmError):
    """The database cannot be opened or written (not SQLite, too new, disk full...)."""
