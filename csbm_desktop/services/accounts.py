"""Local accounts: signing in (argon2id), lock-out, roles, passwords, disabling, settings.

Passwords are hashed with argon2id (argon2-cffi's defaults, which follow RFC 9106's guidance);
a run of failed sign-ins locks the account for a delay that doubles with each further failure.
Every action here is written to the audit trail.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from csbm_desktop.domain.errors import BadInput, Refused
from csbm_desktop.domain.workflow import ADMINISTRATOR, ROLES, Actor
from csbm_desktop.services.workspace import Workspace, utc_now
from csbm_desktop.storage import accounts as store
from csbm_desktop.storage import audit
from csbm_desktop.storage.models import UserRow

if TYPE_CHECKING:
    from argon2 import PasswordHasher, Type

MIN_PASSWORD = 10
FREE_ATTEMPTS = 3  # failures before the first lock-out
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=1)
IDLE_MINUTES_KEY = "session.idle_minutes"
DEFAULT_IDLE_MINUTES = 15
# When "true", every review bundle must carry a valid signature, whatever the importer asks.
REQUIRE_SIGNED_BUNDLES_KEY = "bundles.require_signed"

UserInfo = store.UserInfo


HASH_COST_KEY = "security.argon2_cost"  # "time_cost,memory_kib": e.g. test databases


def _hasher(cost: str | None) -> PasswordHasher:
    from argon2 import PasswordHasher  # lazy: not needed to show the window

    if cost:  # an installation-wide override; the default follows RFC 9106's guidance
        time_cost, memory_kib = (int(x) for x in cost.split(","))
        return PasswordHasher(time_cost=time_cost, memory_cost=memory_kib, parallelism=1)
    return PasswordHasher()


@cache
def _dummy_hash(cost: tuple[int, int, int, int, int, Type]) -> str:
    """Made once per process and cost (the first unknown name pays for one extra hash)."""
    from argon2 import PasswordHasher

    time_cost, memory_cost, parallelism, hash_len, salt_len, kind = cost
    hasher = PasswordHasher(time_cost, memory_cost, parallelism, hash_len, salt_len, type=kind)
    return hasher.hash(secrets.token_urlsafe(32))


def lockout_delay(failures: int) -> timedelta:
    """How long an account stays locked after `failures` consecutive failures (0: not locked)."""
    if failures < FREE_ATTEMPTS:
        return timedelta(0)
    delay: timedelta = FIRST_DELAY * (2 ** min(failures - FREE_ATTEMPTS, 16))
    return min(delay, MAX_DELAY)


def _check_name(name: str) -> str:
    name = name.strip()
    if not (1 <= len(name) <= 64) or any(c.isspace() for c in name):
        raise BadInput("user.bad_name", user=name)
    return name


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise BadInput("password.too_short", min=MIN_PASSWORD)


def _check_roles(roles: Iterable[str]) -> frozenset[str]:
    wanted = frozenset(roles)
    unknown = wanted - set(ROLES)
    if unknown:
        raise BadInput("role.unknown", role=sorted(unknown)[0], roles=", ".join(ROLES))
    if not wanted:
        raise BadInput("role.none")
    return wanted


class AccountService:
    def __init__(self, workspace: Workspace, hasher: PasswordHasher | None = None) -> None:
        self.ws = workspace
        self._ph = hasher

    @property
    def hasher(self) -> PasswordHasher:
        if self._ph is None:
            with self.ws.db.session() as s:
                self._ph = _hasher(store.setting(s, HASH_COST_KEY))
        return self._ph

    @property
    def dummy_hash(self) -> str:
        """What an unknown user name's password is checked against: a hash of a random secret
        at the installation's own cost, so the check takes as long as a real one."""
        p = self.hasher
        return _dummy_hash(
            (p.time_cost, p.memory_cost, p.parallelism, p.hash_len, p.salt_len, p.type)
        )

    def _verify(self, digest: str, password: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return bool(self.hasher.verify(digest, password))
        except (VerificationError, InvalidHashError):
            return False

    def has_users(self) -> bool:
        with self.ws.db.session() as s:
            return store.count(s) > 0

    def users(self) -> list[UserInfo]:
        with self.ws.db.session() as s:
            return store.all_users(s)

    def add_user(
        self,
        by: Actor | None,
        name: str,
        password: str,
        roles: Iterable[str],
        display_name: str = "",
    ) -> UserInfo:
        """A new account. The very first one needs no actor but must be an administrator."""
        name = _check_name(name)
        _check_password(password)
        wanted = _check_roles(roles)
        digest = self.hasher.hash(password)
        with self.ws.db.session() as s:
            if store.count(s) == 0:
                if ADMINISTRATOR not in wanted:
                    raise Refused("user.first_must_be_admin")
                creator = name
            else:
                if by is None:
                    raise Refused("auth.required")
                self._admin(s, by, "user.add")
                creator = by.name
            if store.find(s, name) is not None:
                raise BadInput("user.exists", user=name)
            now = utc_now()
            user = UserRow(
                name=name,
                display_name=display_name.strip(),
                password_hash=digest,
                disabled=False,
                failed_attempts=0,
                created_at=now,
                created_by=creator,
            )
            s.add(user)
            s.flush()
            store.set_roles(s, user, wanted)
            audit.append(s, now, creator, "user.add", user=name, roles=sorted(wanted))
            return store.info(s, user)

    def authenticate(self, name: str, password: str, now: datetime | None = None) -> Actor:
        """Sign in. Refused (and audited) on a wrong password, a locked or disabled account."""
        from argon2.exceptions import InvalidHashError, VerificationError

        now = now or utc_now()
        with self.ws.db.session() as s:
            user = store.find(s, name)
            # An unknown name and a disabled account cost one argon2 verification, as a wrong
            # password does, and get the same answer: neither the time nor the words tell
            # someone at the sign-in box which names exist or were disabled.
            if user is None:
                self._verify(self.dummy_hash, password)
                audit.append(s, now, name, "auth.failed", reason="unknown user")
                failure: Refused | None = Refused("auth.failed")
            elif user.disabled:
                self._verify(user.password_hash, password)
                audit.append(s, now, name, "auth.failed", reason="disabled")
                failure = Refused("auth.failed")
            elif user.locked_until is not None and user.locked_until > now:
                seconds = int((user.locked_until - now).total_seconds()) + 1
                audit.append(s, now, name, "auth.failed", reason="locked")
                failure = Refused("auth.locked", user=name, seconds=seconds)
            else:
                try:
                    self.hasher.verify(user.password_hash, password)
                    failure = None
                except (VerificationError, InvalidHashError):
                    user.failed_attempts += 1
                    delay = lockout_delay(user.failed_attempts)
                    user.locked_until = now + delay if delay else None
                    audit.append(
                        s,
                        now,
                        name,
                        "auth.failed",
                        reason="wrong password",
                        attempts=user.failed_attempts,
                    )
                    failure = Refused("auth.failed")
            if failure is not None:
                # Written before refusing: the failure itself must stay on record.
                s.commit()
                raise failure
            assert user is not None
            user.failed_attempts = 0
            user.locked_until = None
            if self.hasher.check_needs_rehash(user.password_hash):
                user.password_hash = self.hasher.hash(password)
            audit.append(s, now, name, "auth.signin")
            return Actor(name, store.roles(s, user))

    def actor(self, name: str) -> Actor:
        """The current roles of an enabled user (re-read for every service call)."""
        with self.ws.db.session() as s:
            return current_actor(s, name)

    def change_password(self, actor: Actor, old: str, new: str) -> None:
        from argon2.exceptions import InvalidHashError, VerificationError

        _check_password(new)
        with self.ws.db.session() as s:
            current_actor(s, actor.name)  # a disabled account cannot change anything
            user = store.row(s, actor.name)
            try:
                self.hasher.verify(user.password_hash, old)
            except (VerificationError, InvalidHashError):
                raise Refused("auth.failed") from None
            user.password_hash = self.hasher.hash(new)
            audit.append(s, utc_now(), actor.name, "user.password")

    def reset_password(self, by: Actor, name: str, new: str) -> None:
        _check_password(new)
        with self.ws.db.session() as s:
            self._admin(s, by, "user.reset_password")
            user = store.row(s, name)
            user.password_hash = self.hasher.hash(new)
            user.failed_attempts = 0
            user.locked_until = None
            audit.append(s, utc_now(), by.name, "user.reset_password", user=name)

    def set_roles(self, by: Actor, name: str, roles: Iterable[str]) -> None:
        wanted = _check_roles(roles)
        with self.ws.db.session() as s:
            self._admin(s, by, "user.roles")
            user = store.row(s, name)
            if by.name == name and ADMINISTRATOR not in wanted:
                raise Refused("user.last_admin")
            store.set_roles(s, user, wanted)
            audit.append(s, utc_now(), by.name, "user.roles", user=name, roles=sorted(wanted))

    def disable(self, by: Actor, name: str) -> None:
        """The account can no longer sign in; its name stays in the history it signed."""
        with self.ws.db.session() as s:
            self._admin(s, by, "user.disable")
            if by.name == name:
                raise Refused("user.last_admin")
            user = store.row(s, name)
            user.disabled = True
            audit.append(s, utc_now(), by.name, "user.disable", user=name)

    def enable(self, by: Actor, name: str) -> None:
        with self.ws.db.session() as s:
            self._admin(s, by, "user.enable")
            user = store.row(s, name)
            user.disabled = False
            user.failed_attempts = 0
            user.locked_until = None
            audit.append(s, utc_now(), by.name, "user.enable", user=name)

    def idle_minutes(self) -> int:
        with self.ws.db.session() as s:
            value = store.setting(s, IDLE_MINUTES_KEY)
        return int(value) if value and value.isdigit() else DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, by: Actor, minutes: int) -> None:
        if not 1 <= minutes <= 240:
            raise BadInput("value.invalid", path=IDLE_MINUTES_KEY, reason="1 to 240 minutes")
        with self.ws.db.session() as s:
            self._admin(s, by, "setting.idle_minutes")
            store.set_setting(s, IDLE_MINUTES_KEY, str(minutes))
            audit.append(s, utc_now(), by.name, "setting.idle_minutes", minutes=minutes)

    def require_signed_bundles(self) -> bool:
        with self.ws.db.session() as s:
            return requires_signed_bundles(s)

    def set_require_signed_bundles(self, by: Actor, required: bool) -> None:
        """Administrators: refuse unsigned review bundles on this installation (audited)."""
        with self.ws.db.session() as s:
            self._admin(s, by, "setting.bundles_require_signed")
            store.set_setting(s, REQUIRE_SIGNED_BUNDLES_KEY, "true" if required else "false")
            audit.append(s, utc_now(), by.name, "setting.bundles_require_signed", required=required)

    @staticmethod
    def _admin(session: Session, by: Actor, action: str) -> None:
        actor = current_actor(session, by.name)
        if not actor.has(ADMINISTRATOR):
            raise Refused("role.missing", user=by.name, action=action, roles=ADMINISTRATOR)


def requires_signed_bundles(session: Session) -> bool:
    return store.setting(session, REQUIRE_SIGNED_BUNDLES_KEY) == "true"


def current_actor(session: Session, name: str) -> Actor:
    """The user's roles as stored now; Refused if the account is gone or disabled."""
    user = store.find(session, name)
    if user is None or user.disabled:
        raise Refused("auth.disabled", user=name)
    return Actor(name, store.roles(session, user))
