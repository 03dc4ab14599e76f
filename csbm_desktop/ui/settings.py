"""What the application remembers between runs: language, window geometry, clean exit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter

from csbm_desktop.domain.languages import LANGUAGES

ORGANISATION = "csbm-desktop"
APPLICATION = "CSBM Desktop"


class Settings:
    """A thin typed layer over QSettings. `path` (an .ini file) keeps tests off the real ones."""

    def __init__(self, path: Path | None = None) -> None:
        self._q = (
            QSettings(str(path), QSettings.Format.IniFormat)
            if path is not None
            else QSettings(ORGANISATION, APPLICATION)
        )

    def _str(self, key: str) -> str:
        value = self._q.value(key, "")
        return value if isinstance(value, str) else ""

    @property
    def language(self) -> str | None:
        lang = self._str("ui/language")
        return lang if lang in LANGUAGES else None

    @language.setter
    def language(self, lang: str) -> None:
        self._q.setValue("ui/language", lang)

    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)

    @property
    def steps_shown(self) -> bool:
        """Whether the step list is unfolded (View › Step list)."""
        return self._str("ui/steps_shown") != "false"

    @steps_shown.setter
    def steps_shown(self, shown: bool) -> None:
        self._q.setValue("ui/steps_shown", "true" if shown else "false")

    def splitter(self, name: str) -> QByteArray | None:
        """Where the user left a splitter (QSplitter.saveState), by the splitter's name."""
        value = self._q.value(f"splitters/{name}")
        return value if isinstance(value, QByteArray) else None

    def save_splitter(self, name: str, state: QByteArray) -> None:
        self._q.setValue(f"splitters/{name}", state)

    # A session that ends without setting clean_exit back to True crashed or lost power.
    @property
    def clean_exit(self) -> bool:
        return self._str("session/clean_exit") != "false"

    @clean_exit.setter
    def clean_exit(self, clean: bool) -> None:
        self._q.setValue("session/clean_exit", "true" if clean else "false")
        self._q.sync()

    @property
    def last_user(self) -> str:
        return self._str("session/last_user")

    @last_user.setter
    def last_user(self, name: str) -> None:
        self._q.setValue("session/last_user", name)

    @property
    def last_report(self) -> int | None:
        value = self._str("session/last_report")
        return int(value) if value.isdigit() else None

    @last_report.setter
    def last_report(self, report_id: int | None) -> None:
        self._q.setValue("session/last_report", "" if report_id is None else str(report_id))
        self._q.sync()


def remember_splitter(splitter: QSplitter, settings: Settings | None, name: str) -> None:
    """Put the splitter where the user left it last time, and remember each move."""
    if settings is None:
        return
    state = settings.splitter(name)
    if state is not None:
        splitter.restoreState(state)
    splitter.splitterMoved.connect(
        lambda _pos, _i: settings.save_splitter(name, splitter.saveState())
    )
