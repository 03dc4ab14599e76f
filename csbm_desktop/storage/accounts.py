"""Local accounts and their roles: rows in, plain values out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from csbm_desktop.domain.errors import NotFound
from csbm_desktop.storage.models import SettingRow, UserRoleRow, UserRow


@dataclass(frozen=True)
class UserInfo:
    name: str
    display_name: str
    roles: frozenset[str]
    disabled: bool
    created_at: datetime
    created_by: str
    locked_until: datetime | None


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(UserRow)) or 0


def row(session: Session, name: str) -> UserRow:
    found = session.scalar(select(UserRow).where(UserRow.name == name))
    if found is None:
        raise NotFound("user.not_found", user=name)
    return found


def find(session: Session, name: str) -> UserRow | None:
    return session.scalar(select(UserRow).where(UserRow.name == name))


def roles(session: Session, user: UserRow) -> frozenset[str]:
    return frozenset(
        session.scalars(select(UserRoleRow.role).where(UserRoleRow.user_id == user.id))
    )


def set_roles(session: Session, user: UserRow, wanted: frozenset[str]) -> None:
    current = roles(session, user)
    for role in current - wanted:
        session.delete(session.get(UserRoleRow, (user.id, role)))
    for role in wanted - current:
        session.add(UserRoleRow(user_id=user.id, role=role))
    session.flush()


def info(session: Session, user: UserRow) -> UserInfo:
    return UserInfo(
        user.name,
        user.display_name,
        roles(session, user),
        user.disabled,
        user.created_at,
        user.created_by,
        user.locked_until,
    )


def all_users(session: Session) -> list[UserInfo]:
    return [info(session, u) for u in session.scalars(select(UserRow).order_by(UserRow.name))]


def setting(session: Session, key: str) -> str | None:
    found = session.get(SettingRow, key)
    return found.value if found else None


def set_setting(session: Session, key: str, value: str) -> None:
    found = session.get(SettingRow, key)
    if found is None:
        session.add(SettingRow(key=key, value=value))
    else:
        found.value = value
