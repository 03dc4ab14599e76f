"""Type-ahead lists: find an entry by typing part of its name in any language, accents or not.

One helper for every list that can be typed into (the reporting state of a new report, the state
and partner-state fields, choice lists). Each entry carries a search text (its names in the four
languages, the same without accents, and its code); typed text is taken only when it names one
entry unambiguously (`match_row`), never appended to whatever entry happened to be current.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QCollator, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QWheelEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from csbm_desktop.domain.form import MemberState, Text

# Item data roles: the key an item stands for (choice code, ISO3 code), and the text it is found by.
CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def fold(text: str) -> str:
    """`text` without accents and case, so that "peru" typed on any keyboard finds "Perú"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def entry(shown: str, code: str, names: Iterable[str] = ()) -> QStandardItem:
    """An item showing `shown`, standing for `code`, found by any of `names` or the code."""
    item = QStandardItem(shown)
    item.setData(code, CODE_ROLE)
    words = dict.fromkeys([shown, *names])
    item.setData(" | ".join([*words, *(fold(w) for w in words), code]), SEARCH_ROLE)
    return item


def state_entry(state: MemberState, lang: str, shown: str | None = None) -> QStandardItem:
    return entry(shown or state.name.get(lang), state.iso3, all_names(state.name))


def all_names(text: Text) -> list[str]:
    return [text.en, text.es, text.fr, text.pt]


def sorted_states(states: Iterable[MemberState], lang: str) -> list[MemberState]:
    """`states` in the alphabetical order of `lang` ("Perú" before "Saint Kitts", Á with A)."""
    collator = QCollator(QLocale(lang))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(states, key=lambda s: collator.sortKey(s.name.get(lang)))


def completer(model: QStandardItemModel, parent: QObject) -> QCompleter:
    """A popup of the entries whose search text contains what is typed, in any case."""
    found = QCompleter(model, parent)
    found.setCompletionRole(SEARCH_ROLE)
    found.setFilterMode(Qt.MatchFlag.MatchContains)
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return found


def match_row(model: QStandardItemModel, text: str) -> int | None:
    """The one row `text` names: its code, its shown text or a name in full, else the only name
    that begins with it, else the only one containing it; None when none or several do."""
    wanted = fold(text.strip())
    if not wanted:
        return None
    rows = range(model.rowCount())

    def names(row: int) -> list[str]:
        search = str(model.index(row, 0).data(SEARCH_ROLE) or "")
        return [fold(n.strip()) for n in search.split("|") if n.strip()]

    def code(row: int) -> str:
        return fold(str(model.index(row, 0).data(CODE_ROLE) or ""))

    shown = [fold(str(model.index(row, 0).data() or "")) for row in rows]

    def whole(r: int) -> bool:
        return wanted == code(r) or wanted == shown[r] or wanted in names(r)

    def starts(r: int) -> bool:
        return any(n.startswith(wanted) for n in names(r))

    def inside(r: int) -> bool:
        return any(wanted in n for n in names(r))

    for test in (whole, starts, inside):
        found = [r for r in rows if code(r) and test(r)]
        if len(found) == 1:
            return found[0]
        if found:
            return None  # ambiguous: "Gu" is both Guatemala and Guyana
    return None


class TypeAheadCombo(QComboBox):
    """An editable combo box over a model of `entry` items that never takes text it cannot place.

    Leaving it, or pressing Enter, with typed text selects the entry the text names
    (`match_row`); text naming none, or several, is kept in `unmatched_text` and leaves the choice
    as it was. `text_taken` follows either. The wheel changes it only when it has the focus (a
    long form scrolls instead).
    """

    text_taken = Signal()

    def __init__(self, model: QStandardItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setModel(model)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setCompleter(completer(model, self))
        self.unmatched_text = ""  # what was last typed that names no single entry
        line = self.lineEdit()
        assert line is not None  # an editable combo box always has one
        line.editingFinished.connect(self.take_typed_text)
        self.currentIndexChanged.connect(self._chosen)

    def _chosen(self) -> None:
        self.unmatched_text = ""

    def take_typed_text(self) -> bool:
        """Select the entry the typed text names; False (and the choice unchanged) if none."""
        text = self.currentText()
        current = self.currentIndex()
        if current >= 0 and text == self.itemText(current):
            return not self.unmatched_text
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        if not text.strip() and self.findText("") < 0:
            return False  # nothing typed, and nothing to clear: the last word stands
        # Emptied: the empty entry, where the list has one (an optional field).
        row = match_row(model, text) if text.strip() else self.findText("")
        if row is None or row < 0:
            self.setEditText(self.itemText(current) if current >= 0 else "")
            self.unmatched_text = text.strip()
            self.text_taken.emit()
            return False
        self.setCurrentIndex(row)
        self.setEditText(self.itemText(row))
        self.text_taken.emit()
        return True

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab while the completer's popup is open moves the focus with no focus-out event (the
        # popup has the keyboard) and so no editingFinished: take the text here.
        found = self.completer()
        popup = found.popup() if found is not None else None
        if popup is not None and popup.isVisible():
            popup.hide()
            self.take_typed_text()
        return super().focusNextPrevChild(next)

    def wheelEvent(self, e: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(e)
        else:
            e.ignore()
