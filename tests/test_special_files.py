"""Pipes, devices and folders handed to a reader are refused before a byte is read.

Before, a named pipe hung every importer (it waits for a writer that never comes) and
`/dev/zero` filled memory until MemoryError. Each case runs under a deadline (SIGALRM), so a
regression fails the test instead of hanging the suite; when a reader does block on the pipe,
the guard also opens the pipe's other end to let it go.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType

import pytest

from csbm_desktop import cli
from csbm_desktop.domain.errors import BadInput, CsbmError
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.export import signing
from csbm_desktop.formspec import load_form
from csbm_desktop.formspec.loader import FormSpecError
from csbm_desktop.reading import read_regular
from csbm_desktop.services import backups
from csbm_desktop.services.bundles import import_bundle
from csbm_desktop.services.documents import import_json
from csbm_desktop.services.workbook_import import import_workbook
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage.database import Database
from tests.conftest import PASSWORD, REPO, db_content

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")

SECONDS = 10


@contextmanager
def deadline(fifo: Path | None = None) -> Iterator[None]:
    """Fail (TimeoutError) if the block runs longer than SECONDS."""

    def expire(_signum: int, _frame: FrameType | None) -> None:
        if fifo is not None:  # a reader stuck in open() or read() of the pipe: release it
            with suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        raise TimeoutError(f"still reading after {SECONDS} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def specials(tmp_path: Path, suffix: str) -> list[tuple[str, Path]]:
    """A named pipe, an endless device (also behind an innocent name) and a folder."""
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    alias = tmp_path / f"zeros{suffix}"
    alias.symlink_to("/dev/zero")
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    return [
        ("file.special", fifo),
        ("file.special", Path("/dev/zero")),
        ("file.special", alias),
        ("file.folder", folder),
    ]


def refused(call: Callable[[Path], object], code: str, path: Path) -> CsbmError:
    with deadline(path if code == "file.special" else None), pytest.raises(CsbmError) as caught:
        call(path)
    assert caught.value.code == code, caught.value
    return caught.value


@pytest.mark.parametrize(
    ("suffix", "importer"),
    [
        (".json", import_json),
        (".xlsx", lambda ws, actor, p: import_workbook(ws, actor, p, state="PAN", year=2025)),
        (".csbmx", import_bundle),
    ],
    ids=["json", "workbook", "bundle"],
)
def test_importers_refuse_pipes_devices_and_folders_with_the_database_unchanged(
    workspace: Workspace,
    drafter: Actor,
    db_path: Path,
    tmp_path: Path,
    suffix: str,
    importer: Callable[[Workspace, Actor, Path], object],
) -> None:
    before = db_content(db_path)
    for code, path in specials(tmp_path, suffix):
        error = refused(lambda p: importer(workspace, drafter, p), code, path)
        assert path.name in error.message("en")
    assert db_content(db_path) == before


def test_restoring_a_folder_says_it_is_a_folder_and_a_pipe_is_refused(
    workspace: Workspace, staff: dict[str, Actor], db_path: Path, tmp_path: Path
) -> None:
    workspace.close()
    before = db_content(db_path)
    root = staff["root"]
    for code, path in specials(tmp_path, ".sqlite3"):
        error = refused(lambda p: backups.restore(db_path, p, root), code, path)
        refused(backups.check_backup, code, path)
        if code == "file.folder":
            for lang, word in (("en", "folder"), ("es", "carpeta"), ("fr", "dossier")):
                assert word in error.message(lang)
    assert db_content(db_path) == before


def test_the_command_line_restore_of_a_folder_says_so(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Workspace(db_path).close()
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    with deadline():
        code = cli.main(["--db", str(db_path), "restore", str(folder), "--yes"])
    assert code != 0
    assert "is a folder" in capsys.readouterr().err


def test_a_database_path_naming_a_pipe_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "reports.sqlite3"
    os.mkfifo(fifo)
    with deadline(fifo), pytest.raises(CsbmError) as caught:
        Database(fifo)
    assert caught.value.code == "file.special"


def test_keys_certificates_and_password_files_are_read_only_from_regular_files(
    tmp_path: Path,
) -> None:
    for code, path in specials(tmp_path, ".p12"):
        with deadline(path if code == "file.special" else None):
            with pytest.raises(signing.SigningError) as caught:
                signing.open_signer(signing.SignerSpec("p12", p12_path=path), "secret")
            assert caught.value.code == code
            with pytest.raises(signing.SigningError) as caught:
                signing.verify_detached(b"data", b"not a signature", [path])
            assert caught.value.code == code
    for code, path in specials(tmp_path, ".txt"):
        refused(lambda p: cli.read_password(p, "Password: "), code, path)


def test_a_form_file_that_is_a_pipe_is_a_form_problem_not_a_hang(tmp_path: Path) -> None:
    form = tmp_path / "oas-csbm"
    form.mkdir()
    for name in ("characteristics.yaml", "measures.yaml"):
        (form / name).write_bytes((REPO / "forms" / "oas-csbm" / name).read_bytes())
    (tmp_path / "member-states.yaml").write_bytes((REPO / "forms/member-states.yaml").read_bytes())
    os.mkfifo(form / "form.yaml")
    with deadline(form / "form.yaml"), pytest.raises(FormSpecError) as caught:
        load_form(form)
    assert "not an ordinary file" in str(caught.value)


def test_read_regular_never_reads_past_its_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * 1001)
    with pytest.raises(BadInput) as caught:
        read_regular(big, 1000)
    assert caught.value.code == "file.too_large"
    assert read_regular(big, 1001) == b"x" * 1001


def test_the_command_line_importers_refuse_a_pipe_and_exit_1_or_2_saying_so(
    workspace: Workspace,
    staff: dict[str, Actor],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    workspace.close()
    password = tmp_path / "password.txt"
    password.write_text(PASSWORD, encoding="utf-8")
    before = db_content(db_path)
    for command in (["import-json"], ["bundle", "import"], ["import-xlsx"]):
        fifo = tmp_path / f"pipe-{command[-1]}"
        os.mkfifo(fifo)
        sign_in = ["--user", "ana.drafter", "--password-file", str(password)]
        with deadline(fifo):
            code = cli.main(["--db", str(db_path), *command, *sign_in, str(fifo)])
        err = capsys.readouterr().err
        assert code != 0
        assert "not an ordinary file" in err, (command, err)
    # Only the sign-ins were recorded.
    assert [r for r in db_content(db_path) if "auth.signin" not in r] == [
        r for r in before if "auth.signin" not in r
    ]


def test_verifying_a_pipe_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "signed.pdf"
    os.mkfifo(fifo)
    with deadline(fifo), pytest.raises(signing.SigningError) as caught:
        signing.verify_pdf(fifo, [])
    assert caught.value.code == "file.special"
