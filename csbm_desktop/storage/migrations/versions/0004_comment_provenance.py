"""comment provenance and pending resolutions

Comments that arrive in a review bundle say where they came from ("unsigned" or "signed:<CN>"),
since their author is only the bundle's word; a resolution such a bundle claims waits in
`pending_resolved_by` until a local reviewer confirms it.

Revision ID: 0004_comments
Revises: 0003
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_comments"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("provenance", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("pending_resolved_by", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("comment", schema=None) as batch_op:
        batch_op.drop_column("pending_resolved_by")
        batch_op.drop_column("provenance")
