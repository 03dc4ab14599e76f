"""Switching language at run time rewords every screen at once and keeps the user's place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)

from csbm_desktop.ui import i18n
from csbm_desktop.ui.main_window import LANGUAGE_NAMES
from csbm_desktop.ui.steps import CHECK, MEASURES, OVERVIEW, characteristic_step
from tests.ui.app_driver import App, demo_report
from tests.ui.fit import plain

# Texts that are rightly the same in English and in the other language: names, and words that
# the languages share. Anything else seen in both runs is a string the catalogues lack.
SAME_IN = {
    "es": {"Total"},
    "fr": {
        "Action",
        "Administration",
        "Description",
        "Institution",
        "Public",
        "Session",
        "Signatures",
        "Total",
        "Versions",
    },
    "pt": {"Total"},
}
NAMES = {"CSBM Desktop", "CARICOM IMPACS", *LANGUAGE_NAMES.values()}


def _texts(window: QWidget) -> set[str]:
    """The interface's words on screen (not the report's data: field contents, activity
    titles, comments), plus every menu item."""
    QApplication.processEvents()
    found = {window.windowTitle()}
    for w in window.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QLabel | QAbstractButton):
            found.add(w.text())
        elif isinstance(w, QGroupBox):
            found.add(w.title())
        elif isinstance(w, QTabBar):
            found.update(w.tabText(i) for i in range(w.count()))
        elif isinstance(w, QDockWidget):
            found.add(w.windowTitle())
        elif isinstance(w, QLineEdit):
            found.add(w.placeholderText())
        elif isinstance(w, QComboBox) and not w.isEditable():
            found.update(w.itemText(i) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            found.update(str(model.headerData(c, _horizontal()) or "") for c in range(8))
        found.add(w.accessibleName())
        found.add(w.toolTip())
    menus = [window.menuBar()] if isinstance(window, QMainWindow) else []
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            found.add(action.text())
            if action.menu() is not None:
                menus.append(action.menu())
    return {plain(t).strip() for t in found if t}


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _untranslated(before: set[str], after: set[str], lang: str, names: set[str]) -> set[str]:
    """Texts seen in both languages that say something: words, not only names and numbers."""
    found = set()
    for text in before & after:
        if text.rstrip(" :*\xa0") in SAME_IN[lang] or text.startswith("Signed in as"):
            continue  # (the user label is checked on its own: the name stays, the words go)
        words = re.sub(r"\b\w+://\S+", "", text)  # an address shown as an example (a URL)
        for name in sorted(names, key=len, reverse=True):
            words = words.replace(name, "")
        if len(re.findall(r"[^\W\d_]", words)) >= 4:  # not numbers, dates or marks
            found.add(text)
    return found


def _names(window: QWidget) -> set[str]:
    """Proper names: the application's, the languages', the states' (in every language)."""
    spec = window.workspace.form()  # type: ignore[attr-defined]
    states = {s.name.get(lang) for s in spec.states for lang in ("en", "es", "fr", "pt")}
    return NAMES | states


def _tour(app: App) -> set[str]:
    """The texts of the reports list, every step, the review panel and the menus."""
    window = app.window
    editor = window.editor
    texts: set[str] = set()
    for step in editor.steps:
        editor.go_to(step)
        texts |= _texts(window)
    window.review.dock.raise_()
    texts |= _texts(window)
    window.help_dock.raise_()
    return texts


@pytest.mark.parametrize("lang", ["es", "fr", "pt"])
def test_switching_language_leaves_no_word_of_the_old_one(qtbot, tmp_path: Path, lang) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.sqlite3"
    report = demo_report(db)
    app = App(qtbot, db, tmp_path / "s.ini", lang="en")
    window = app.window
    home_en = _texts(window)
    window.open_report(report.id)
    app.wait_open()
    english = _tour(app) | home_en

    window.set_language(lang)  # from the View › Language menu
    app.idle()
    switched = _tour(app)
    names = _names(window)
    assert _untranslated(english, switched, lang, names) == set()
    assert window.user_label.text() != "Signed in as ana.drafter"
    assert "ana.drafter" in window.user_label.text()
    window.close_report()
    app.idle()
    assert _untranslated(home_en, _texts(window), lang, names) == set()
    app.close()


def test_switching_language_keeps_the_users_place(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    report = demo_report(db)
    measure = max(report.measures, key=lambda m: len(report.activities_of(m.measure_id)))
    second = report.activities_of(measure.measure_id)[1].uid
    app = App(qtbot, db, tmp_path / "s.ini", lang="en")
    window = app.window
    window.open_report(report.id)
    app.wait_open()
    page = window.editor.go_to(MEASURES)
    page.select_measure(measure.measure_id)
    page.select_activity(second)
    page.search.setText(measure.measure_id[-1])  # a digit of its number: the filter keeps it
    window.activateWindow()  # focus needs the active window
    qtbot.waitUntil(window.isActiveWindow)
    page.editors["place"].focus_widget().setFocus()
    qtbot.waitUntil(page.editors["place"].focus_widget().hasFocus)

    i18n.install("fr")  # as the menu does; then the window follows
    window.set_language("fr")
    app.idle()
    page = window.editor.page(MEASURES)
    assert window.editor.current_step() == MEASURES
    assert window.editor.navigator.currentItem().text().startswith("Mesures")
    assert page.measure_id == measure.measure_id
    assert page.activity_uid == second
    assert page.search.text() == measure.measure_id[-1]
    assert page.proxy.rowCount() < page.model.rowCount()  # still filtered
    assert page.editors["place"].focus_widget().hasFocus()
    assert window.steps_dock.widget() is window.editor.navigator  # the new steps, docked
    assert window.editor.navigator.isVisible()

    for step in (OVERVIEW, characteristic_step(2), CHECK):  # and from the other steps
        window.editor.go_to(step)
        window.set_language("es" if window.lang == "fr" else "fr")
        app.idle()
        assert window.editor.current_step() == step
    app.close()


def test_every_dialog_speaks_the_new_language(qtbot, tmp_path: Path) -> None:
    """Each dialog opened after switching to French says nothing in English (names and words
    French shares aside), whatever it holds."""
    from tests.ui.test_fit import dialog_openers, visit_dialog

    db = tmp_path / "r.sqlite3"
    report = demo_report(db)
    app = App(qtbot, db, tmp_path / "s.ini", lang="en")
    window = app.window
    window.open_report(report.id)
    app.wait_open()
    names = _names(window) | {"Fecha de inicio", "Title"}  # the column headings of a file

    def texts_of_dialogs() -> dict[str, set[str]]:
        seen: dict[str, set[str]] = {}
        for name, open_it in dialog_openers(window, window.lang, report.id).items():
            found: set[str] = set()
            visit_dialog(qtbot, open_it, lambda d, found=found: found.update(_texts(d)))
            seen[name] = found
        return seen

    english = texts_of_dialogs()
    window.set_language("fr")
    app.idle()
    french = texts_of_dialogs()
    left = {
        name: sorted(_untranslated(english[name], french[name], "fr", names)) for name in english
    }
    app.close()
    assert {name: words for name, words in left.items() if words} == {}
