"""A form version in one file, as an administrator installs it (`csbm form install FILE`).

The file is YAML (format described in docs/form-file.md): the contents of the form folder's
three files under `form`, `characteristics` and `measures`, optionally `member_states`. It came
from outside, so it is read within bounds (size, no YAML aliases, which can make a small file
expand without limit) and checked by the same loader as the installed forms, every problem named
with the section of the file it is in.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.formspec.loader import (
    CHARACTERISTICS_FILE,
    FORM_FILE,
    MEASURES_FILE,
    STATES_FILE,
    FormProblem,
    FormSpecError,
    load_form,
)

FORMAT = "csbm-form"
FORMAT_VERSION = 1
MAX_BYTES = 8 * 1024 * 1024  # the shipped form is some 250 kB
# Section of the file → the form folder's file it stands for.
SECTIONS = {
    "form": FORM_FILE,
    "characteristics": CHARACTERISTICS_FILE,
    "measures": MEASURES_FILE,
    "member_states": STATES_FILE,
}


@dataclass(frozen=True)
class FormFile:
    """A checked form file: the loaded form and the folder files it stands for, as text."""

    spec: FormSpec
    files: dict[str, str]


def _problem(file: Path, path: str, message: str) -> FormProblem:
    return FormProblem(file.name, path, message)


def _read(path: Path) -> tuple[dict[str, Any] | None, list[FormProblem]]:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return None, [_problem(path, "", f"larger than {MAX_BYTES // 1024**2} MB")]
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return None, [_problem(path, "", "not UTF-8 text")]
    except OSError as exc:
        return None, [_problem(path, "", f"cannot be read: {exc.strerror or exc}")]
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent):
                return None, [_problem(path, "", "YAML aliases (*name) are not accepted")]
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        return None, [_problem(path, "", f"not valid YAML: {exc}".replace("\n", " "))]
    if not isinstance(data, dict):
        return None, [_problem(path, "", "expected a mapping at the top")]
    problems = []
    if data.get("format") != FORMAT:
        problems.append(_problem(path, "format", f"expected '{FORMAT}'"))
    if data.get("format_version") != FORMAT_VERSION:
        problems.append(_problem(path, "format_version", f"expected {FORMAT_VERSION}"))
    for key in sorted(set(data) - {"format", "format_version", *SECTIONS}, key=str):
        problems.append(_problem(path, str(key), "unknown key"))
    for key in ("form", "characteristics", "measures"):
        if not isinstance(data.get(key), dict):
            problems.append(_problem(path, key, "missing, or not a mapping"))
    if "member_states" in data and not isinstance(data["member_states"], dict):
        problems.append(_problem(path, "member_states", "not a mapping"))
    return data, problems


def read_form_file(path: Path, default_states: Path) -> FormFile:
    """Load and check a form file; `FormSpecError` names every problem.

    `default_states` is the member-states file used when the form file has none."""
    data, problems = _read(path)
    if data is None or problems:
        raise FormSpecError(problems)
    files = {
        SECTIONS[key]: yaml.safe_dump(data[key], allow_unicode=True, sort_keys=False)
        for key in SECTIONS
        if key in data
    }
    if STATES_FILE not in files:
        files[STATES_FILE] = default_states.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory(prefix="csbm-form-") as tmp:
        folder = materialise(Path(tmp), files)
        try:
            spec = load_form(folder)
        except FormSpecError as exc:
            # Name the file and its section, not the scratch folder the loader read.
            names = {v: k for k, v in SECTIONS.items()}
            raise FormSpecError(
                [
                    _problem(path, f"{names.get(Path(p.file).name, p.file)}: {p.path}", p.message)
                    for p in exc.problems
                ]
            ) from None
    return FormFile(spec, files)


def materialise(root: Path, files: dict[str, str]) -> Path:
    """Write a form's files as the loader expects them: `root/form/…`, states beside it."""
    folder = root / "form"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name if name == STATES_FILE else folder / name).write_text(text, encoding="utf-8")
    return folder


def form_file_text(form_dir: Path) -> str:
    """A form folder as one form file (a starting point for the next version)."""
    out: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for key, name in SECTIONS.items():
        file = form_dir.parent / name if name == STATES_FILE else form_dir / name
        out[key] = yaml.load(file.read_text(encoding="utf-8"), Loader=loader)
    return yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=100)
