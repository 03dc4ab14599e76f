"""Installing a new version of a reporting form from a file, without a new release.

When the OAS revises its list, an administrator installs the new version from a form file
(docs/form-file.md). The file is checked whole and refused whole, every problem named; nothing
is written unless all is well. The installation is recorded in the audit trail. Reports already
started stay on the version they pinned; new reports, and copies forward, use the newest.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from csbm_desktop.domain.errors import BadInput
from csbm_desktop.domain.workflow import ADMINISTRATOR, Actor, check_role
from csbm_desktop.formspec.form_file import read_form_file
from csbm_desktop.formspec.loader import STATES_FILE, FormProblem, FormSpecError
from csbm_desktop.paths import forms_dir
from csbm_desktop.services.accounts import current_actor
from csbm_desktop.services.workspace import Workspace, utc_now, version_key
from csbm_desktop.storage import audit
from csbm_desktop.storage import forms as form_store

_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")


class FormRefused(BadInput):
    """The form file was not installed; `problems` lists every reason, in the file's terms."""

    def __init__(self, file: Path, problems: list[FormProblem]) -> None:
        super().__init__("form.refused", file=file.name, count=len(problems))
        self.problems = problems


@dataclass(frozen=True)
class InstalledForm:
    form_id: str
    version: str
    measures: int
    replaces: str | None
    sha256: str


def install_form(ws: Workspace, actor: Actor, path: Path) -> InstalledForm:
    """Check the form file at `path` and install it; `FormRefused` (nothing written) if not."""
    with ws.db.session() as s:
        check_role(current_actor(s, actor.name), ADMINISTRATOR, "install a form version")
    try:
        checked = read_form_file(path, forms_dir() / STATES_FILE)
    except FormSpecError as exc:
        raise FormRefused(path, exc.problems) from None
    spec = checked.spec
    problems: list[FormProblem] = []

    def problem(where: str, message: str) -> None:
        problems.append(FormProblem(path.name, where, message))

    known_ids = {f for f, _ in ws.forms.versions()} | {f for f, _ in ws.installed_forms()}
    if spec.id not in known_ids:
        problem("form: id", f"unknown form '{spec.id}'; this application has {sorted(known_ids)}")
    if not _SAFE.match(spec.version):
        problem("form: version", "use letters, digits, '.', '-' or '_' (at most 40)")
    installed = set(ws.forms.versions()) | set(ws.installed_forms())
    if (spec.id, spec.version) in installed:
        problem("form: version", f"version {spec.version} is already installed: give a new one")
    elif spec.id in known_ids and version_key(spec.version) <= version_key(
        ws.current_version(spec.id)
    ):
        problem(
            "form: version",
            f"{spec.version} is not newer than the current {ws.current_version(spec.id)}",
        )
    if spec.replaces is not None:
        if (spec.id, spec.replaces.version) not in installed:
            problem("form: replaces.version", f"version {spec.replaces.version} is not installed")
        else:
            old = ws.form(spec.id, spec.replaces.version)
            for i, m in enumerate(spec.replaces.measures):
                if not old.has_measure(m.old):
                    problem(
                        f"form: replaces.measures[{i}].old",
                        f"version {old.version} has no measure '{m.old}'",
                    )
    if problems:
        raise FormRefused(path, problems)

    digest = hashlib.sha256(
        "\n".join(f"{k}\n{v}" for k, v in sorted(checked.files.items())).encode()
    ).hexdigest()
    with ws.db.session() as s:
        check_role(current_actor(s, actor.name), ADMINISTRATOR, "install a form version")
        form_store.add(s, spec.id, spec.version, checked.files)
        audit.append(
            s,
            utc_now(),
            actor.name,
            "form.install",
            None,
            form=spec.id,
            version=spec.version,
            replaces=spec.replaces.version if spec.replaces else None,
            measures=len(spec.measures),
            sha256=digest,
            file=path.name,
        )
    ws.forget_installed_forms()
    return InstalledForm(
        spec.id,
        spec.version,
        len(spec.measures),
        spec.replaces.version if spec.replaces else None,
        digest,
    )
