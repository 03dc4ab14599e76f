"""Interface translations: extract strings into Qt Linguist files, and compile them.

    python packaging/translations.py update   # refresh resources/i18n/csbm_*.ts from the code
    python packaging/translations.py build    # compile .ts → .qm (what the application loads)

The .ts files are the translators' source and live in git; the .qm files are generated (by this
script only, never edited) and ignored by git. English is the source language: its file holds
only plural forms.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("es", "fr", "pt")
# English is the source language; its file holds only plural forms ("1 day", "2 days").
ALL = ("en", *LANGS)


def _tool(name: str) -> str:
    here = str(Path(sys.executable).parent)  # the venv's own copy first
    found = shutil.which(f"pyside6-{name}", path=here) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    package = ROOT / "csbm_desktop"
    return sorted([*(package / "ui").rglob("*.py"), package / "app.py"])


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for lang in ALL:
        ts = I18N / f"csbm_{lang}.ts"
        extra = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [
                _tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *extra,
                "-target-language",
                lang,
                *files,
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def build() -> None:
    for lang in ALL:
        ts = I18N / f"csbm_{lang}.ts"
        subprocess.run(
            [_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    {"update": update, "build": build}[command]()
