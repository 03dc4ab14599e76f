"""The home page names this season's OAS deadline (14 April) and the related UN deadlines."""

from __future__ import annotations

from datetime import date

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.messages import MESSAGES
from csbm_desktop.ui.formatting import format_date
from csbm_desktop.ui.views.home import ReportsPage


def test_reports_page_shows_the_deadlines(qtbot, spec: FormSpec) -> None:  # type: ignore[no-untyped-def]
    page = ReportsPage()
    qtbot.addWidget(page)
    page.set_reports([], spec, "es", today=date(2026, 2, 1))
    text = page.deadlines.text()
    assert "2025" in text  # the reports on 2025 are due in 2026
    for code, day in (
        ("deadline.oas", date(2026, 4, 14)),
        ("deadline.un_milex", date(2026, 4, 30)),
        ("deadline.un_register", date(2026, 5, 31)),
    ):
        assert f"{MESSAGES[code].es}: {format_date('es', day)}" in text


def test_the_gui_says_the_status_as_the_exports_do(qapp) -> None:  # type: ignore[no-untyped-def]
    from csbm_desktop.domain.messages import status_word
    from csbm_desktop.export.pdf_texts import status_label as pdf_status
    from csbm_desktop.ui import i18n
    from csbm_desktop.ui.views.home import status_label

    for lang in ("fr", "pt", "es"):
        i18n.install(lang)
        for status in ("draft", "in_review", "changes_requested", "final"):
            assert status_label(status) == status_word(status, lang) == pdf_status(status, lang)
