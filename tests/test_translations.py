"""The interface is complete in every language: no string of the code is left untranslated."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ET.Element]:
    """The shipped .ts files, refreshed against today's code in a scratch copy."""
    scratch = tmp_path_factory.mktemp("i18n")
    out = {}
    for lang in translations.ALL:
        target = scratch / f"csbm_{lang}.ts"
        shutil.copy(translations.I18N / f"csbm_{lang}.ts", target)
        extra = ["-pluralonly"] if lang == "en" else []
        subprocess.run(
            [
                translations._tool("lupdate"),
                "-no-obsolete",
                "-locations",
                "none",
                *extra,
                *map(str, translations.sources()),
                "-ts",
                str(target),
            ],
            check=True,
            capture_output=True,
        )
        out[lang] = ET.parse(target).getroot()
    return out


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
def test_every_string_is_translated(fresh: dict[str, ET.Element], lang: str) -> None:
    messages = fresh[lang].findall(".//message")
    assert len(messages) >= (4 if lang == "en" else 150)
    missing = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not "".join(m.find("translation").itertext()).strip()
    ]
    assert missing == [], f"untranslated in {lang}: {missing[:10]}"


@pytest.mark.parametrize("lang", ["es", "fr", "pt"])
def test_placeholders_survive_translation(fresh: dict[str, ET.Element], lang: str) -> None:
    pattern = re.compile(r"%\d|%n|\{\w+\}")
    for m in fresh[lang].findall(".//message"):
        source = m.findtext("source") or ""
        forms = m.findall("translation/numerusform") or [m.find("translation")]
        for form in forms:
            text = "".join(form.itertext())
            assert set(pattern.findall(text)) <= set(pattern.findall(source)) | {"%n"}, source
            assert set(pattern.findall(source)) - {"{state}"} <= set(pattern.findall(text)), (
                source,
                text,
            )
