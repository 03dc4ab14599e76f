"""Local accounts on a real database: argon2id, lock-out, disabling, roles, passwords, settings."""

from __future__ import annotations

import functools
import json
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal

import pytest
from argon2 import PasswordHasher, extract_parameters

from csbm_desktop.cli import main
from csbm_desktop.domain.errors import BadInput, NotFound, Refused
from csbm_desktop.domain.form import LANGUAGES
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.formspec import FormRegistry
from csbm_desktop.services.accounts import (
    DEFAULT_IDLE_MINUTES,
    HASH_COST_KEY,
    MIN_PASSWORD,
    AccountService,
    lockout_delay,
)
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.review import ReviewService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.storage import accounts as account_store
from csbm_desktop.storage import audit
from tests.conftest import PASSWORD, add_staff, db_content

T0 = datetime(2031, 3, 1, 9, 0, tzinfo=UTC)  # explicit clock: no sleeping

_shared_registry = functools.cache(FormRegistry)


@pytest.fixture(autouse=True)
def _parse_forms_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """One parsed copy of the forms for all these small databases (speed only)."""
    monkeypatch.setattr("csbm_desktop.services.workspace.FormRegistry", _shared_registry)


@pytest.fixture
def accounts(workspace: Workspace, staff: dict[str, Actor]) -> AccountService:
    return AccountService(workspace)


def failures(ws: Workspace, name: str) -> tuple[int, datetime | None]:
    with ws.db.session() as s:
        user = account_store.row(s, name)
        return user.failed_attempts, user.locked_until


def trail(ws: Workspace, prefix: str, actor: str | None = None) -> list[audit.AuditEvent]:
    """Oldest first, without the `user.state` records each account change adds."""
    with ws.db.session() as s:
        events = audit.events(s, action_prefix=prefix, actor=actor)[::-1]
    return [e for e in events if not e.action.endswith(".state")]


def password_hash(ws: Workspace, name: str) -> str:
    con = sqlite3.connect(ws.path)
    try:
        row = con.execute(
            "SELECT password_hash FROM user_account WHERE name = ?", (name,)
        ).fetchone()
    finally:
        con.close()
    return str(row[0])


# --- hashing ---


def test_password_is_stored_as_argon2id(workspace: Workspace, staff: dict[str, Actor]) -> None:
    for name in staff:
        digest = password_hash(workspace, name)
        assert digest.startswith("$argon2id$")
        assert PASSWORD not in digest
    # Same password, different salt.
    assert password_hash(workspace, "ana.drafter") != password_hash(workspace, "rui.reviewer")


def test_default_hash_cost_follows_rfc_9106(tmp_path: Path) -> None:
    """Without the test-only override, argon2-cffi's defaults (RFC 9106's low-memory choice)."""
    ws = Workspace(tmp_path / "default.sqlite3")
    try:
        AccountService(ws).add_user(None, "boss", PASSWORD, ["administrator"])
        digest = password_hash(ws, "boss")
        assert digest.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
        assert AccountService(ws).authenticate("boss", PASSWORD).roles == {"administrator"}
    finally:
        ws.close()


# --- signing in, failures, lock-out ---


def test_sign_in_returns_current_roles(accounts: AccountService) -> None:
    actor = accounts.authenticate("rui.reviewer", PASSWORD, now=T0)
    assert actor == Actor("rui.reviewer", frozenset({"reviewer"}))
    [event] = [e for e in trail(accounts.ws, "auth.signin") if e.at == T0]
    assert event.actor == "rui.reviewer"


def test_wrong_password_is_refused_and_counted(
    accounts: AccountService, workspace: Workspace
) -> None:
    with pytest.raises(Refused) as info:
        accounts.authenticate("ana.drafter", "not the password", now=T0)
    assert info.value.code == "auth.failed"
    assert failures(workspace, "ana.drafter") == (1, None)
    with pytest.raises(Refused) as info:
        accounts.authenticate("nobody", PASSWORD, now=T0)
    assert info.value.code == "auth.failed"  # the same answer: no hint that the name exists
    failed = trail(workspace, "auth.failed")
    assert [(e.actor, e.details["reason"]) for e in failed] == [
        ("ana.drafter", "wrong password"),
        ("nobody", "unknown user"),
    ]
    assert failed[0].details["attempts"] == 1


def test_lockout_delay_doubles_and_caps() -> None:
    assert [lockout_delay(n) for n in range(3)] == [timedelta(0)] * 3
    assert [lockout_delay(n).total_seconds() for n in range(3, 10)] == [
        30,
        60,
        120,
        240,
        480,
        960,
        1920,
    ]
    for n in (10, 11, 19, 20, 100, 10**6):
        assert lockout_delay(n) == timedelta(hours=1)


def test_lockout_after_three_failures(accounts: AccountService, workspace: Workspace) -> None:
    name = "ana.drafter"

    def wrong(at: datetime) -> str:
        with pytest.raises(Refused) as info:
            accounts.authenticate(name, "not the password", now=at)
        return info.value.code

    def right(at: datetime) -> Refused:
        with pytest.raises(Refused) as info:
            accounts.authenticate(name, PASSWORD, now=at)
        return info.value

    assert wrong(T0) == "auth.failed"
    assert wrong(T0 + timedelta(seconds=1)) == "auth.failed"
    assert failures(workspace, name) == (2, None)  # two free attempts: not locked yet
    assert wrong(T0 + timedelta(seconds=2)) == "auth.failed"
    first_lock = T0 + timedelta(seconds=32)
    assert failures(workspace, name) == (3, first_lock)

    # Locked: even the right password is refused, and says for how long.
    refused = right(T0 + timedelta(seconds=12))
    assert refused.code == "auth.locked"
    assert refused.params["seconds"] == "21"
    assert wrong(T0 + timedelta(seconds=13)) == "auth.locked"
    assert failures(workspace, name) == (3, first_lock)  # attempts while locked are not counted

    # When the delay is over, one more failure locks for twice as long.
    assert wrong(first_lock) == "auth.failed"
    second_lock = first_lock + timedelta(seconds=60)
    assert failures(workspace, name) == (4, second_lock)
    assert right(first_lock + timedelta(seconds=59)).code == "auth.locked"

    # After the delay the right password works, and the count starts again.
    assert accounts.authenticate(name, PASSWORD, now=second_lock).name == name
    assert failures(workspace, name) == (0, None)
    assert wrong(second_lock + timedelta(seconds=1)) == "auth.failed"
    assert failures(workspace, name) == (1, None)

    # Every failure is on record, with why.
    failed = trail(workspace, "auth.failed", actor=name)
    assert [e.details["reason"] for e in failed] == [
        "wrong password",
        "wrong password",
        "wrong password",
        "locked",
        "locked",
        "wrong password",
        "locked",
        "wrong password",
    ]
    assert [e.details.get("attempts") for e in failed if e.details["reason"] != "locked"] == [
        1,
        2,
        3,
        4,
        1,
    ]
    assert [e.at for e in trail(workspace, "auth.signin", actor=name)][-1] == second_lock


def test_lockout_is_per_account(accounts: AccountService) -> None:
    for i in range(3):
        with pytest.raises(Refused):
            accounts.authenticate("ana.drafter", "nope nope nope", now=T0 + timedelta(seconds=i))
    assert accounts.authenticate("rui.reviewer", PASSWORD, now=T0 + timedelta(seconds=3))


def test_administrator_reset_unlocks(accounts: AccountService, staff: dict[str, Actor]) -> None:
    for i in range(3):
        with pytest.raises(Refused):
            accounts.authenticate("ana.drafter", "nope nope nope", now=T0 + timedelta(seconds=i))
    accounts.reset_password(staff["root"], "ana.drafter", "a brand new secret")
    assert failures(accounts.ws, "ana.drafter") == (0, None)
    assert accounts.authenticate("ana.drafter", "a brand new secret", now=T0 + timedelta(seconds=3))
    with pytest.raises(Refused):
        accounts.reset_password(staff["ana.drafter"], "rui.reviewer", "a brand new secret")


# --- disabling ---


def test_disabled_user_is_shut_out_at_once(
    accounts: AccountService, staff: dict[str, Actor], workspace: Workspace
) -> None:
    ana = staff["ana.drafter"]
    open_service = DraftingService(workspace, ana)  # signed in before being disabled
    report = open_service.create("PAN", 2025)
    review = ReviewService(workspace, ana)

    accounts.disable(staff["root"], "ana.drafter")
    with pytest.raises(Refused) as info:
        accounts.authenticate("ana.drafter", PASSWORD)
    assert info.value.code == "auth.failed"  # as a wrong password: no hint that the name exists
    before = db_content(workspace.path)
    with pytest.raises(Refused) as info:
        open_service.get(report.id)
    assert info.value.code == "auth.disabled"
    with pytest.raises(Refused):
        open_service.list_reports()
    with pytest.raises(Refused):
        review.transition(report.id, "submit")
    before_failed = db_content(workspace.path)
    assert before_failed == before
    assert [u.disabled for u in accounts.users() if u.name == "ana.drafter"] == [True]
    [event] = trail(workspace, "user.disable")
    assert (event.actor, event.details["user"]) == ("root", "ana.drafter")
    assert trail(workspace, "auth.failed")[-1].details["reason"] == "disabled"

    accounts.enable(staff["root"], "ana.drafter")
    assert accounts.authenticate("ana.drafter", PASSWORD).name == "ana.drafter"
    assert open_service.get(report.id).id == report.id
    assert [e.action for e in trail(workspace, "user.")][-2:] == ["user.disable", "user.enable"]


def test_an_administrator_cannot_disable_or_demote_himself(
    accounts: AccountService, staff: dict[str, Actor], workspace: Workspace
) -> None:
    before = db_content(workspace.path)
    with pytest.raises(Refused) as info:
        accounts.disable(staff["root"], "root")
    assert info.value.code == "user.last_admin"
    with pytest.raises(Refused) as info:
        accounts.set_roles(staff["root"], "root", ["drafter"])
    assert info.value.code == "user.last_admin"
    assert db_content(workspace.path) == before
    accounts.set_roles(staff["root"], "root", ["administrator", "clerk"])  # keeping the role: fine
    assert accounts.actor("root").roles == {"administrator", "clerk"}


def test_role_changes_apply_to_open_sessions(
    accounts: AccountService, staff: dict[str, Actor], workspace: Workspace
) -> None:
    ana = staff["ana.drafter"]
    service = DraftingService(workspace, ana)
    report = service.create("PAN", 2025)
    accounts.set_roles(staff["root"], "ana.drafter", ["reviewer"])
    with pytest.raises(Refused) as info:
        service.create("PAN", 2024)
    assert info.value.code == "role.missing"
    from csbm_desktop.domain.edits import SetHeaderField

    with pytest.raises(Refused):
        service.apply(report.id, [SetHeaderField("poc_name", "X")])
    assert accounts.actor("ana.drafter").roles == {"reviewer"}
    [event] = trail(workspace, "user.roles")
    assert event.details == {"user": "ana.drafter", "roles": ["reviewer"]}


# --- who may manage accounts ---


def test_first_user_must_be_an_administrator(tmp_path: Path) -> None:
    ws = Workspace(tmp_path / "fresh.sqlite3")
    try:
        with ws.db.session() as s:
            account_store.set_setting(s, HASH_COST_KEY, "1,1024")
        accounts = AccountService(ws)
        assert not accounts.has_users()
        with pytest.raises(Refused) as info:
            accounts.add_user(None, "ana", PASSWORD, ["drafter", "reviewer"])
        assert info.value.code == "user.first_must_be_admin"
        assert not accounts.has_users()
        boss = accounts.add_user(None, "boss", PASSWORD, ["administrator"])
        assert (boss.name, boss.roles, boss.created_by) == ("boss", {"administrator"}, "boss")
        with pytest.raises(Refused) as info:  # from now on, someone must sign in
            accounts.add_user(None, "ana", PASSWORD, ["drafter"])
        assert info.value.code == "auth.required"
        [event] = trail(ws, "user.add")
        assert (event.actor, event.details) == (
            "boss",
            {"user": "boss", "roles": ["administrator"]},
        )
    finally:
        ws.close()


@pytest.mark.parametrize("who", ["ana.drafter", "rui.reviewer", "olga.officer", "carl.clerk"])
def test_only_administrators_manage_accounts(
    accounts: AccountService, staff: dict[str, Actor], workspace: Workspace, who: str
) -> None:
    actor = staff[who]
    before = db_content(workspace.path)
    attempts = [
        lambda: accounts.add_user(actor, "eve", PASSWORD, ["drafter"]),
        lambda: accounts.disable(actor, "carl.clerk" if who != "carl.clerk" else "rui.reviewer"),
        lambda: accounts.enable(actor, "root"),
        lambda: accounts.set_roles(actor, who, ["administrator"]),
        lambda: accounts.reset_password(actor, "root", "taken over at last"),
        lambda: accounts.set_idle_minutes(actor, 120),
    ]
    for attempt in attempts:
        with pytest.raises(Refused) as info:
            attempt()
        assert info.value.code == "role.missing"
    assert db_content(workspace.path) == before


def test_administrator_adds_users(
    accounts: AccountService, staff: dict[str, Actor], workspace: Workspace
) -> None:
    info = accounts.add_user(
        staff["root"], "dora", PASSWORD, ["drafter", "reviewer"], display_name=" Dora Díaz "
    )
    assert (info.display_name, info.roles, info.created_by) == (
        "Dora Díaz",
        {"drafter", "reviewer"},
        "root",
    )
    assert accounts.authenticate("dora", PASSWORD).roles == {"drafter", "reviewer"}
    assert "dora" in [u.name for u in accounts.users()]
    assert trail(workspace, "user.add")[-1].details == {
        "user": "dora",
        "roles": ["drafter", "reviewer"],
    }
    with pytest.raises(BadInput) as bad:
        accounts.add_user(staff["root"], "dora", PASSWORD, ["clerk"])
    assert bad.value.code == "user.exists"


@pytest.mark.parametrize(
    ("name", "roles", "code"),
    [
        ("two words", ["drafter"], "user.bad_name"),
        ("", ["drafter"], "user.bad_name"),
        ("x" * 65, ["drafter"], "user.bad_name"),
        ("eve", ["superuser"], "role.unknown"),
        ("eve", [], "role.none"),
    ],
)
def test_bad_account_details(
    accounts: AccountService,
    staff: dict[str, Actor],
    workspace: Workspace,
    name: str,
    roles: list[str],
    code: str,
) -> None:
    before = db_content(workspace.path)
    with pytest.raises(BadInput) as info:
        accounts.add_user(staff["root"], name, PASSWORD, roles)
    assert info.value.code == code
    assert db_content(workspace.path) == before


def test_unknown_user_is_not_found(accounts: AccountService, staff: dict[str, Actor]) -> None:
    with pytest.raises(NotFound):
        accounts.disable(staff["root"], "nobody")


# --- passwords ---


def test_minimum_password_length(accounts: AccountService, staff: dict[str, Actor]) -> None:
    assert MIN_PASSWORD == 10
    with pytest.raises(BadInput) as info:
        accounts.add_user(staff["root"], "eve", "x" * 9, ["clerk"])
    assert info.value.code == "password.too_short"
    accounts.add_user(staff["root"], "eve", "x" * 10, ["clerk"])
    assert accounts.authenticate("eve", "x" * 10).name == "eve"
    with pytest.raises(BadInput):
        accounts.reset_password(staff["root"], "eve", "short")


def test_changing_a_password_needs_the_old_one(
    accounts: AccountService, staff: dict[str, Actor], workspace: Workspace
) -> None:
    ana = staff["ana.drafter"]
    before = password_hash(workspace, "ana.drafter")
    with pytest.raises(Refused) as info:
        accounts.change_password(ana, "not the old one", "a much longer secret")
    assert info.value.code == "auth.failed"
    with pytest.raises(BadInput) as bad:
        accounts.change_password(ana, PASSWORD, "too short")
    assert bad.value.code == "password.too_short"
    assert password_hash(workspace, "ana.drafter") == before
    assert accounts.authenticate("ana.drafter", PASSWORD)

    accounts.change_password(ana, PASSWORD, "a much longer secret")
    assert password_hash(workspace, "ana.drafter").startswith("$argon2id$")
    with pytest.raises(Refused):
        accounts.authenticate("ana.drafter", PASSWORD)
    assert accounts.authenticate("ana.drafter", "a much longer secret").name == "ana.drafter"
    [event] = trail(workspace, "user.password")
    assert event.actor == "ana.drafter"
    assert "a much longer secret" not in json.dumps(event.details)


# --- settings ---


def test_idle_minutes(accounts: AccountService, staff: dict[str, Actor]) -> None:
    assert accounts.idle_minutes() == DEFAULT_IDLE_MINUTES == 15
    accounts.set_idle_minutes(staff["root"], 30)
    assert accounts.idle_minutes() == 30
    for bad in (0, 241, -5):
        with pytest.raises(BadInput):
            accounts.set_idle_minutes(staff["root"], bad)
    assert accounts.idle_minutes() == 30
    assert trail(accounts.ws, "setting.idle_minutes")[-1].details == {"minutes": 30}


# --- the `csbm user` commands ---


def test_cli_user_commands(
    db_path: Path, capsys: pytest.CaptureFixture[str], password_file: Path
) -> None:
    ws = Workspace(db_path)
    add_staff(ws)
    ws.close()

    def csbm(*args: str, user: str = "root", code: int = 0) -> tuple[str, str]:
        status = main(
            ["--db", str(db_path), "--user", user, "--password-file", str(password_file), *args]
        )
        out, err = capsys.readouterr()
        assert status == code, (status, out, err)
        if code:
            assert len(err.strip().splitlines()) == 1
            assert "Traceback" not in err
        return out, err

    out, _ = csbm(
        "user", "add", "dora", "--role", "drafter", "--role", "reviewer",
        "--new-password-file", str(password_file),
    )  # fmt: skip
    assert out.strip() == "dora: drafter, reviewer"
    _, err = csbm(
        "user", "add", "eve", "--role", "clerk", "--new-password-file", str(password_file),
        user="ana.drafter", code=2,
    )  # fmt: skip
    assert "administrator" in err
    listed, _ = csbm("user", "list", user="dora")
    assert "dora" in listed
    assert "drafter, reviewer" in listed

    csbm("user", "disable", "dora")
    assert "(disabled)" in csbm("user", "list")[0]
    _, err = csbm("list", user="dora", code=2)
    assert "Wrong user name or password" in err  # as for a wrong password: no hint
    _, err = csbm("user", "disable", "root", code=2)
    assert "administrator" in err
    csbm("user", "enable", "dora")
    csbm("list", user="dora")

    wrong = password_file.parent / "wrong.txt"
    wrong.write_text("not the password\n", encoding="utf-8")
    status = main(["--db", str(db_path), "--user", "carl.clerk", "--password-file", str(wrong),
                   "list"])  # fmt: skip
    assert status == 2
    assert "Wrong user name or password" in capsys.readouterr().err


class CountingHasher(PasswordHasher):
    """The real argon2 hasher, noting which hash each verification was made against."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=1024, parallelism=1)  # the tests' cost
        self.verified: list[str] = []

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        self.verified.append(hash if isinstance(hash, str) else hash.decode())
        return super().verify(hash, password)


def test_unknown_disabled_and_wrong_get_the_same_words_and_the_same_argon2_work(
    workspace: Workspace, staff: dict[str, Actor]
) -> None:
    hasher = CountingHasher()
    accounts = AccountService(workspace, hasher)
    accounts.disable(staff["root"], "rui.reviewer")
    real = password_hash(workspace, "ana.drafter")
    refusals = {}
    for name, password in (
        ("ana.drafter", "not the password"),  # known, wrong password
        ("rui.reviewer", PASSWORD),  # disabled, right password
        ("rui.reviewer", "not the password"),  # disabled, wrong password
        ("nobody.here", PASSWORD),  # unknown
    ):
        hasher.verified.clear()
        with pytest.raises(Refused) as info:
            accounts.authenticate(name, password, now=T0)
        refusals[name, password] = {lang: info.value.message(lang) for lang in LANGUAGES}
        # Each refusal ran exactly one argon2 verification, against a hash of the same cost as
        # a real account's: the time taken cannot tell the cases apart.
        [checked] = hasher.verified
        assert extract_parameters(checked) == extract_parameters(real)
        if name == "nobody.here":
            assert checked != real
            assert checked.startswith("$argon2id$")
    assert len({tuple(words.values()) for words in refusals.values()}) == 1
    assert "disabled" not in refusals["rui.reviewer", PASSWORD]["en"]
    assert failures(workspace, "rui.reviewer") == (0, None)  # the lock-out counts real tries
    reasons = [e.details["reason"] for e in trail(workspace, "auth.failed")]
    assert reasons == ["wrong password", "disabled", "disabled", "unknown user"]
