"""What an export says about itself: identity, version, hashes, who prepared and signed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ExportMeta:
    document_id: str  # e.g. "CSBM-ARG-2025-r3-1a2b3c4d": printed on every page
    content_sha256: str  # SHA-256 of the report's canonical JSON (the revision's hash)
    revision: int  # the revision exported (0: the working copy)
    status: str  # draft, in_review, ..., final: anything but final is marked DRAFT
    generated_at: datetime  # UTC
    generated_by: str
    app_version: str

    @property
    def is_final(self) -> bool:
        return self.status in ("final", "transmitted")
