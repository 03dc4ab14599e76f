"""Where things live: the bundled data folders and the user's database.

Data folders (`forms/`, `resources/`) are found in three layouts: a source checkout or editable
install (next to the package), an installed wheel (copied into the package as `_data/`), and a
PyInstaller bundle (`sys._MEIPASS`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "csbm-desktop"
APP_AUTHOR = "csbm-desktop"
DB_ENV = "CSBM_DB"
DB_FILENAME = "csbm.sqlite3"
HOME_ENV = "CSBM_HOME"  # the installation's own files (the audit trail's key and anchors)

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_roots() -> list[Path]:
    roots = [_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.insert(0, Path(frozen))
    return roots


def data_dir(name: str) -> Path:
    """The bundled folder `name` (``forms`` or ``resources``)."""
    for root in _data_roots():
        candidate = root / name
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"the application's '{name}' folder is missing (looked in "
        + ", ".join(str(r) for r in _data_roots())
        + ")"
    )


def forms_dir() -> Path:
    return data_dir("forms")


def default_db_path() -> Path:
    """`CSBM_DB` if set, else the platform's per-user data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path  # lazy: only needed when no path is given

    return user_data_path(APP_NAME, APP_AUTHOR) / DB_FILENAME


def integrity_dir() -> Path:
    """The audit trail's key and anchors: `$CSBM_HOME/integrity`, else in the platform's
    per-user configuration folder (not beside the database: a copied data folder must not carry
    the key along)."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser() / "integrity"
    from platformdirs import user_config_path  # lazy: only needed when no path is given

    return user_config_path(APP_NAME, APP_AUTHOR) / "integrity"
