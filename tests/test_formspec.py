"""The form as data: the shipped definition is complete, and a broken one is explained."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from csbm_desktop.domain.form import LANGUAGES, FormSpec, Text
from csbm_desktop.formspec import FormRegistry, FormSpecError, load_form
from csbm_desktop.paths import forms_dir


def _texts(obj: object) -> Iterator[Text]:
    if isinstance(obj, Text):
        yield obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from _texts(getattr(obj, f.name))
    elif isinstance(obj, tuple):
        for item in obj:
            yield from _texts(item)


def test_shipped_form_has_the_regime(spec: FormSpec) -> None:
    assert spec.id == "oas-csbm"
    assert spec.source.document == "CP/CSH-1043/08 rev. 1"
    assert [c.number for c in spec.characteristics] == [1, 2, 3, 4, 5, 6, 7]
    assert all(2 <= len(c.questions) <= 4 for c in spec.characteristics)
    assert len([m for m in spec.measures if not m.other]) >= 20
    assert sum(m.other for m in spec.measures) == 1
    # Items 1..9 of the 2009 list carry their official number.
    assert {m.ref_2009 for m in spec.measures if m.ref_2009} >= {str(n) for n in range(1, 10)}
    assert len(spec.states) == 35
    assert {"ARG", "BRA", "CAN", "USA", "HTI", "TTO", "KNA"} <= {s.iso3 for s in spec.states}
    field_ids = {f.id for f in spec.activity_fields()}
    assert {
        "title",
        "start_date",
        "end_date",
        "place",
        "partner_states",
        "actor_levels",
        "description",
        "outcome",
        "public_reference",
        "characteristics",
        "attachments",
    } <= field_ids
    header_ids = {f.id for f in spec.header_fields()}
    assert {
        "state",
        "period_start",
        "period_end",
        "poc_name",
        "preparer_name",
        "authorising_officer_name",
        "language",
        "marking",
    } <= header_ids


def test_every_text_exists_in_the_four_languages(spec: FormSpec) -> None:
    texts = list(_texts(spec))
    assert len(texts) > 200
    for text in texts:
        for lang in LANGUAGES:
            assert getattr(text, lang).strip(), f"missing {lang}: {text.en!r}"
    # Translations are real ones, not the English copied: most Spanish labels differ.
    differing = sum(t.es != t.en for t in texts)
    assert differing / len(texts) > 0.7


@pytest.fixture
def form_copy(tmp_path: Path) -> Path:
    target = tmp_path / "forms"
    shutil.copytree(forms_dir(), target)
    return target / "oas-csbm"


def _edit(path: Path, change: object) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def _problems(folder: Path) -> list[str]:
    with pytest.raises(FormSpecError) as info:
        load_form(folder)
    return [str(p) for p in info.value.problems]


def test_a_missing_translation_names_file_path_and_problem(form_copy: Path) -> None:
    _edit(form_copy / "measures.yaml", lambda d: d["measures"][3]["title"].pop("fr"))
    problems = _problems(form_copy)
    assert any(
        "measures.yaml" in p and "measures[3].title.fr" in p and "Field required" in p
        for p in problems
    ), problems


def test_an_empty_translation_is_refused(form_copy: Path) -> None:
    _edit(
        form_copy / "characteristics.yaml",
        lambda d: d["characteristics"][1]["questions"][0]["label"].update(pt="  "),
    )
    problems = _problems(form_copy)
    assert any(
        "characteristics[1].questions[0].label.pt: empty translation" in p for p in problems
    ), problems


def test_an_unknown_key_is_refused(form_copy: Path) -> None:
    _edit(form_copy / "form.yaml", lambda d: d["header"][1]["fields"][0].update(lable="x"))
    problems = _problems(form_copy)
    assert any("form.yaml" in p and "header[1].fields[0].lable" in p for p in problems), problems


def test_cross_references_are_checked(form_copy: Path) -> None:
    def break_measures(d: dict[str, list[dict[str, object]]]) -> None:
        d["measures"][0]["category"] = "nowhere"
        d["measures"][2]["id"] = d["measures"][1]["id"]
        d["measures"][4]["typical_characteristics"] = [9]

    _edit(form_copy / "measures.yaml", break_measures)
    _edit(
        form_copy / "form.yaml",
        lambda d: d["activity"][0]["fields"][5].update(choices="no_such_list"),
    )
    text = "\n".join(_problems(form_copy))
    assert "unknown category 'nowhere'" in text
    assert "is used more than once" in text
    assert "characteristic numbers must be 1 to 7" in text
    assert "unknown choice list 'no_such_list'" in text


def test_a_field_the_application_needs_cannot_be_removed(form_copy: Path) -> None:
    _edit(form_copy / "form.yaml", lambda d: d["activity"][0]["fields"].pop(1))  # start_date
    assert any("needs a field 'start_date'" in p for p in _problems(form_copy))


def test_broken_yaml_names_the_file(form_copy: Path) -> None:
    (form_copy / "characteristics.yaml").write_text("characteristics: [\n  - {", encoding="utf-8")
    problems = _problems(form_copy)
    assert len(problems) == 1
    assert "characteristics.yaml" in problems[0]
    assert "not valid YAML" in problems[0]


def test_wrong_number_of_characteristics(form_copy: Path) -> None:
    _edit(form_copy / "characteristics.yaml", lambda d: d["characteristics"].pop())
    assert any("seven characteristics" in p for p in _problems(form_copy))


def test_registry_serves_pinned_versions(tmp_path: Path, form_copy: Path) -> None:
    # An older form kept for old reports lives under versions/<version>/.
    old = form_copy / "versions" / "2008.9"
    old.mkdir(parents=True)
    for name in ("form.yaml", "characteristics.yaml", "measures.yaml"):
        shutil.copy(form_copy / name, old / name)
    shutil.copy(form_copy.parent / "member-states.yaml", old.parent / "member-states.yaml")
    _edit(old / "form.yaml", lambda d: d.update(version="2008.9"))
    registry = FormRegistry(form_copy.parent)
    assert ("oas-csbm", "2008.9") in registry.versions()
    assert registry.get("oas-csbm", "2008.9").version == "2008.9"
    assert registry.get("oas-csbm", None).version == "2009.1"
    with pytest.raises(KeyError):
        registry.get("oas-csbm", "1999.1")
