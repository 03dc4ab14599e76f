"""The coverage dialog and its painted bar chart, built from real demo reports."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QToolTip
from pytestqt.qtbot import QtBot

from csbm_desktop.domain.form import FormSpec
from csbm_desktop.domain.report import Report
from csbm_desktop.domain.workflow import Actor
from csbm_desktop.services.coverage import coverage_history
from csbm_desktop.services.demo import create_demo
from csbm_desktop.services.drafting import DraftingService
from csbm_desktop.services.workspace import Workspace
from csbm_desktop.ui.views.coverage import SERIES_COLOURS, BarChart, CoverageDialog


def counts_by_characteristic(report: Report) -> list[int]:
    def serves(values: dict[str, object], number: int) -> bool:
        raw = values.get("characteristics")
        return isinstance(raw, list) and number in raw

    return [sum(1 for a in report.activities if serves(a.values, n)) for n in range(1, 8)]


def open_dialog(
    qtbot: QtBot, workspace: Workspace, drafter: Actor, report: Report, lang: str = "es"
) -> tuple[CoverageDialog, FormSpec]:
    spec = DraftingService(workspace, drafter).form_of(report)
    current, history = coverage_history(workspace, drafter, report.id)
    dialog = CoverageDialog(current, history, spec, lang)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, spec


def pixels_unlike(image: QImage, colour: QColor) -> int:
    """How many pixels, on a coarse grid, differ from `colour`."""
    differing = 0
    for x in range(0, image.width(), 3):
        for y in range(0, image.height(), 3):
            if image.pixelColor(x, y).rgb() != colour.rgb():
                differing += 1
    return differing


def test_dialog_shows_the_report_and_its_history(
    qtbot: QtBot, workspace: Workspace, drafter: Actor
) -> None:
    earlier = create_demo(workspace, drafter, size="small", state="ARG", year=2023)
    report = create_demo(workspace, drafter, size="small", state="ARG", year=2025)
    create_demo(workspace, drafter, size="small", state="URY", year=2024)
    dialog, spec = open_dialog(qtbot, workspace, drafter, report, "es")
    expected = counts_by_characteristic(report)

    chart = dialog.characteristic_chart
    assert chart.categories() == [f"{c.number}. {c.name.es}" for c in spec.characteristics]
    assert chart.categories()[0] == "1. Atenuación de crisis"
    assert [values for _, values in chart.series()] == [expected]

    by_measure = dialog.measure_chart
    assert by_measure.categories() == [f"{m.number} {m.title.es}" for m in spec.measures]
    [(_, values)] = by_measure.series()
    assert values == [
        sum(1 for a in report.activities if a.measure_id == m.id) for m in spec.measures
    ]
    assert 0 in values  # measures without activities still get their (empty) bar

    history = dialog.history_chart
    assert history.categories() == chart.categories()
    assert [label for label, _ in history.series()] == ["2023", "2025 (this report)"]
    assert [values for _, values in history.series()] == [
        counts_by_characteristic(earlier),
        expected,
    ]
    assert "Argentina" in dialog.history_intro.text()
    assert str(len(report.activities)) in dialog.summary_label.text()


def test_accessible_text_carries_the_counts(
    qtbot: QtBot, workspace: Workspace, drafter: Actor
) -> None:
    create_demo(workspace, drafter, size="small", state="CHL", year=2023)
    report = create_demo(workspace, drafter, size="small", state="CHL", year=2024)
    dialog, spec = open_dialog(qtbot, workspace, drafter, report, "en")
    expected = counts_by_characteristic(report)

    chart = dialog.characteristic_chart
    assert chart.accessibleName() == "Activities by characteristic"
    description = chart.accessibleDescription()
    for c, count in zip(spec.characteristics, expected, strict=True):
        assert f"{c.number}. {c.name.en}: {count}" in description
    history = dialog.history_chart.accessibleDescription()
    assert f"1. {spec.characteristic(1).name.en} (2023: " in history
    assert f"2024 (this report): {expected[0]})" in history
    assert dialog.measure_chart.accessibleName()


def test_tabs_switch_and_the_dialog_closes(
    qtbot: QtBot, workspace: Workspace, drafter: Actor
) -> None:
    report = create_demo(workspace, drafter, size="small", state="MEX", year=2024)
    dialog, _ = open_dialog(qtbot, workspace, drafter, report, "es")
    bar = dialog.tabs.tabBar()
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "By characteristic",
        "By measure",
        "Year over year",
    ]
    charts = [dialog.characteristic_chart, dialog.measure_chart, dialog.history_chart]
    for index in (1, 2, 0):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        assert dialog.tabs.currentIndex() == index
        assert [c.isVisible() for c in charts] == [i == index for i in range(3)]

    # Taller than the page: the measure chart scrolls rather than squeezing its bars.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    dialog.resize(600, 400)
    QApplication.processEvents()
    scroll = dialog.measure_chart.parentWidget().parentWidget()
    assert dialog.measure_chart.height() >= dialog.measure_chart.heightForWidth(
        dialog.measure_chart.width()
    )
    assert dialog.measure_chart.height() > scroll.height()

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected

    dialog.show()
    close = dialog.button_box.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_without_history_a_sentence_says_what_would_appear(
    qtbot: QtBot, workspace: Workspace, drafter: Actor
) -> None:
    report = create_demo(workspace, drafter, size="small", state="URY", year=2025)
    create_demo(
        workspace, drafter, size="small", state="PRY", year=2024
    )  # another state is no history
    dialog, _ = open_dialog(qtbot, workspace, drafter, report, "es")
    dialog.tabs.setCurrentIndex(2)
    text = dialog.history_intro.text()
    assert "Earlier reports of Uruguay would appear here" in text
    assert "2025" in text
    assert dialog.history_intro.isVisible()
    assert [label for label, _ in dialog.history_chart.series()] == ["2025"]


def test_chart_renders_bars_and_legend(qtbot: QtBot, workspace: Workspace, drafter: Actor) -> None:
    create_demo(workspace, drafter, size="small", state="COL", year=2023)
    report = create_demo(workspace, drafter, size="small", state="COL", year=2024)
    dialog, _ = open_dialog(qtbot, workspace, drafter, report, "en")
    for index, chart in enumerate(
        (dialog.characteristic_chart, dialog.measure_chart, dialog.history_chart)
    ):
        dialog.tabs.setCurrentIndex(index)
        image = chart.grab().toImage()
        assert not image.isNull()
        background = chart.palette().color(QPalette.ColorRole.Base)
        assert pixels_unlike(image, background) > 200
        colours = {
            image.pixelColor(x, y).name()
            for x in range(0, image.width(), 2)
            for y in range(0, image.height(), 2)
        }
        assert SERIES_COLOURS[0].lower() in colours
        if index == 2:  # two series: the second colour, in its bars and the legend swatch
            assert SERIES_COLOURS[1].lower() in colours
    assert not dialog.grab().toImage().isNull()


def test_bar_chart_tooltip_names_the_bar_in_full(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    long_name = "A measure whose title is far too long to be shown beside its bar " * 3
    chart.set_data(["Short", long_name], [("2023", [3, 0]), ("2024", [5, 2])])
    chart.resize(400, chart.heightForWidth(400))
    chart.show()
    qtbot.waitExposed(chart)

    geo = chart._geometry(float(chart.width()))
    second_bar = geo.bar_rect(1, 1, 1.0).center().toPoint()
    assert chart.hit(second_bar) == (1, 1)
    tip = chart.tooltip_at(second_bar)
    assert long_name.strip() in tip
    assert "<b>2024: 2</b>" in tip
    assert chart.hit(QPoint(2, 1)) is None  # the legend row
    assert chart.tooltip_at(QPoint(2, 1)) == ""

    event = QHelpEvent(QEvent.Type.ToolTip, second_bar, chart.mapToGlobal(second_bar))
    QApplication.sendEvent(chart, event)
    assert "2024: 2" in QToolTip.text()
    QToolTip.hideText()


def test_bar_chart_size_follows_its_data(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    assert chart.accessibleDescription() == "No data."
    chart.set_data(["a", "b", "c"], [("x", [1, 2, 3])])
    three = chart.sizeHint().height()
    chart.set_data([str(i) for i in range(23)], [("x", list(range(23)))])
    many = chart.sizeHint().height()
    assert many > three * 5
    chart.set_data([str(i) for i in range(23)], [("x", [0] * 23), ("y", [1] * 23)])
    assert chart.sizeHint().height() > many  # two bars per category, and a legend
    assert chart.heightForWidth(120) >= chart.heightForWidth(2000)  # the legend may wrap
    with pytest.raises(ValueError, match="2 values for 1 categories"):
        chart.set_data(["a"], [("x", [1, 2])])
