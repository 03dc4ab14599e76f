"""The four official OAS languages, in which every label and message exists.

Kept apart from `form` so the window can start without loading the form types.
"""

from __future__ import annotations

LANGUAGES: tuple[str, ...] = ("en", "es", "fr", "pt")
