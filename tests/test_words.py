"""The words a ministry's readers check: OAS terms in French, Brazilian Portuguese, and one
wording of each report status for the PDF, the workbook, the GUI and the command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from csbm_desktop.domain.form import LANGUAGES, FormSpec
from csbm_desktop.domain.messages import MESSAGES, status_word
from csbm_desktop.export.pdf_texts import status_label as pdf_status
from csbm_desktop.export.xlsx import _report_status as xlsx_status

ROOT = Path(__file__).resolve().parent.parent
STATUSES = ("draft", "in_review", "changes_requested", "approved", "final", "transmitted")


def _texts() -> str:
    """Every user-facing text file: the forms, the core's messages, the exports' own words and
    the interface catalogues."""
    files = [*ROOT.joinpath("forms").rglob("*.yaml"), *ROOT.joinpath("resources/i18n").glob("*.ts")]
    files += [ROOT / "csbm_desktop/domain/messages.py", ROOT / "csbm_desktop/export/pdf_texts.py"]
    files += [ROOT / "csbm_desktop/export/xlsx.py"]
    return "\n".join(p.read_text(encoding="utf-8") for p in files)


@pytest.mark.parametrize(
    "wrong",
    [
        r"\bMDCS\b",  # French: the OAS says MECS
        r"mesures de confiance et de sécurité",
        r"\(CSC\)",  # the OAS keeps "CSH" in French
        r"éducation à la paix",
        r"Caractéristiques servies",
        r"(?<!com)partilh",  # Brazilian: compartilhar
        r"ano em causa",
        r"\b1 de janeiro",
        r"\bem linha\b",
        r"numera-os",
        r"4\.ª Rodada",
        r"Informe as informações",
        r"Alterações pedidas",
    ],
)
def test_no_wrong_word_remains(wrong: str) -> None:
    assert not re.search(wrong, _texts()), wrong


def test_french_names_the_measures_as_the_oas_does(spec: FormSpec) -> None:
    assert "mesures d'encouragement de la confiance et de la sécurité" in spec.title.fr
    assert "Liste consolidée des mesures de renforcement" in spec.source.note.fr
    assert "que se deben notificar de conformidad" in spec.source.note.es
    assert "para a prestação de informações" in spec.source.note.pt
    assert spec.state("VCT").name.fr == "Saint-Vincent-et-les Grenadines"  # type: ignore[union-attr]
    assert spec.state("SUR").name.es == "Suriname"  # type: ignore[union-attr]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_word_per_status_in_every_output(lang: str) -> None:
    for status in STATUSES:
        word = MESSAGES[f"status.{status}"].get(lang)
        assert status_word(status, lang) == word
        assert pdf_status(status, lang) == word
        assert xlsx_status(status, lang) == word
