"""Coverage charts: how many activities serve each characteristic and each measure, by year.

QtCharts is not part of PySide6-Essentials, so `BarChart` paints its bars with QPainter. A
painting says nothing to a screen reader: the chart repeats its data as its accessible
description, and every bar explains itself in a tooltip.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QTabWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from csbm_desktop.domain.coverage import Coverage
from csbm_desktop.domain.form import FormSpec
from csbm_desktop.ui.geometry import resize_within_screen

# Okabe–Ito qualitative palette (safe for the common colour-vision deficiencies), yellow left out:
# it vanishes on a light background. Each hue keeps at least 3:1 contrast on white and on the
# usual dark window colours.
SERIES_COLOURS: tuple[str, ...] = (
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#8C8C8C",  # grey
)


@dataclass(frozen=True)
class _Geometry:
    """Where everything goes at one widget width, in device-independent pixels."""

    pad: float
    line: float
    legend: tuple[tuple[QRectF, QRectF], ...]  # (swatch, text) per series when shown
    chart_top: float
    label_x: float
    label_w: float
    bar_x: float
    bar_w: float  # width of the longest bar
    bar_h: float
    bar_gap: float
    group_h: float
    group_gap: float
    height: float

    def group_top(self, index: int) -> float:
        return self.chart_top + index * (self.group_h + self.group_gap)

    def bar_rect(self, category: int, series: int, fraction: float) -> QRectF:
        top = self.group_top(category) + series * (self.bar_h + self.bar_gap)
        return QRectF(self.bar_x, top, self.bar_w * fraction, self.bar_h)


class BarChart(QWidget):
    """Horizontal grouped bars: one group per category, one bar per series.

    `series` are (legend label, values per category). A legend is shown for two series or more;
    each bar carries its value at its end; category labels sit on the left, elided when long
    (the tooltip has the full text). The height follows the number of bars, so put the chart in a
    QScrollArea (`widgetResizable`) where it may outgrow its window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._categories: list[str] = []
        self._series: list[tuple[str, list[int]]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Reachable with Tab, so that a screen reader reads the description.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._update_accessibility()

    # --- data ---

    def set_data(self, categories: list[str], series: list[tuple[str, list[int]]]) -> None:
        for label, values in series:
            if len(values) != len(categories):
                raise ValueError(
                    f"series {label!r} has {len(values)} values for {len(categories)} categories"
                )
        self._categories = list(categories)
        self._series = [(label, [max(0, int(v)) for v in values]) for label, values in series]
        self._update_accessibility()
        self.updateGeometry()
        self.update()

    def categories(self) -> list[str]:
        return list(self._categories)

    def series(self) -> list[tuple[str, list[int]]]:
        return [(label, list(values)) for label, values in self._series]

    def series_colour(self, index: int) -> QColor:
        return QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])

    def describe(self) -> str:
        """The data in words, as given to screen readers."""
        if not self._categories or not self._series:
            return QCoreApplication.translate("BarChart", "No data.")
        parts: list[str] = []
        for i, category in enumerate(self._categories):
            if len(self._series) == 1:
                parts.append(f"{category}: {self._series[0][1][i]}")
            else:
                values = ", ".join(f"{label}: {values[i]}" for label, values in self._series)
                parts.append(f"{category} ({values})")
        return "; ".join(parts) + "."

    def _update_accessibility(self) -> None:
        self.setAccessibleDescription(self.describe())

    # --- geometry ---

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _max_value(self) -> int:
        return max((v for _, values in self._series for v in values), default=0)

    def _geometry(self, width: float) -> _Geometry:
        fm = self._metrics()
        line = fm.height()
        pad = round(line * 0.6)
        multi = len(self._series) > 1

        legend: list[tuple[QRectF, QRectF]] = []
        y: float = pad
        if multi:
            swatch = round(line * 0.75)
            x: float = pad
            row_h = line
            for label, _ in self._series:
                text_w = fm.horizontalAdvance(label)
                item_w = swatch + line * 0.4 + text_w
                if x > pad and x + item_w > width - pad:
                    x, y = pad, y + row_h + line * 0.3
                legend.append(
                    (
                        QRectF(x, y + (row_h - swatch) / 2, swatch, swatch),
                        QRectF(x + swatch + line * 0.4, y, text_w + 1, row_h),
                    )
                )
                x += item_w + line * 1.2
            y += row_h + pad

        bar_h = round(line * (1.05 if multi else 1.25))
        bar_gap = 2.0 if multi else 0.0
        group_h = len(self._series) * bar_h + max(0, len(self._series) - 1) * bar_gap
        group_gap = round(line * (0.7 if multi else 0.35))
        n = len(self._categories)
        chart_h = n * group_h + max(0, n - 1) * group_gap
        height = y + chart_h + pad

        natural = max((fm.horizontalAdvance(c) for c in self._categories), default=0.0)
        label_w = min(natural + 1, max(line * 6, (width - 2 * pad) * 0.5))
        value_w = fm.horizontalAdvance(str(self._max_value())) + line * 0.4
        bar_x = pad + label_w + line * 0.6
        bar_w = max(line, width - pad - value_w - bar_x)
        return _Geometry(
            pad=pad,
            line=line,
            legend=tuple(legend),
            chart_top=y,
            label_x=pad,
            label_w=label_w,
            bar_x=bar_x,
            bar_w=bar_w,
            bar_h=bar_h,
            bar_gap=bar_gap,
            group_h=group_h,
            group_gap=group_gap,
            height=height,
        )

    # Qt overrides (camelCase by necessity).

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(self._geometry(float(width)).height + 0.999)

    def sizeHint(self) -> QSize:
        fm = self._metrics()
        natural = max((fm.horizontalAdvance(c) for c in self._categories), default=0.0)
        width = int(min(fm.height() * 50, max(fm.height() * 28, natural + fm.height() * 20)))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # The height at a wide width: the legend on one row. heightForWidth adds any wrapping.
        width = int(self._metrics().height() * 16)
        return QSize(width, self.heightForWidth(100_000))

    # --- painting ---

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text = palette.color(QPalette.ColorRole.Text)
        fm = self._metrics()
        geo = self._geometry(float(self.width()))

        if not self._categories or not self._series:
            painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("BarChart", "No data."),
            )
            painter.end()
            return

        align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if len(self._series) > 1:
            for i, (swatch, text_rect) in enumerate(geo.legend):
                painter.fillRect(swatch, self.series_colour(i))
                painter.setPen(text)
                painter.drawText(text_rect, align_left, self._series[i][0])

        # A faint baseline keeps zero bars legible as "zero", not "missing".
        baseline = QColor(text)
        baseline.setAlphaF(0.35)
        painter.setPen(QPen(baseline, 1.0))
        bottom = geo.group_top(len(self._categories) - 1) + geo.group_h
        painter.drawLine(QPointF(geo.bar_x - 0.5, geo.chart_top), QPointF(geo.bar_x - 0.5, bottom))

        top_value = self._max_value()
        outline = QColor(text)
        outline.setAlphaF(0.25)
        for c, category in enumerate(self._categories):
            group = QRectF(geo.label_x, geo.group_top(c), geo.label_w, geo.group_h)
            painter.setPen(text)
            painter.drawText(
                group, align_left, fm.elidedText(category, Qt.TextElideMode.ElideRight, geo.label_w)
            )
            for s, (_, values) in enumerate(self._series):
                value = values[c]
                rect = geo.bar_rect(c, s, value / top_value if top_value else 0.0)
                if value:
                    painter.setPen(QPen(outline, 1.0))
                    painter.setBrush(self.series_colour(s))
                    painter.drawRect(rect)
                painter.setPen(text)
                painter.drawText(
                    QRectF(rect.right() + geo.line * 0.3, rect.top(), geo.line * 4, rect.height()),
                    align_left,
                    str(value),
                )

        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(1, 1, -1, -1)
            option.backgroundColor = palette.color(QPalette.ColorRole.Base)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )
        painter.end()

    # --- tooltips ---

    def hit(self, pos: QPoint) -> tuple[int, int | None] | None:
        """(category, series) under `pos`; series is None over the label or between bars."""
        geo = self._geometry(float(self.width()))
        for c in range(len(self._categories)):
            top = geo.group_top(c)
            if not top <= pos.y() < top + geo.group_h:
                continue
            if pos.x() < geo.bar_x:
                return c, None
            for s in range(len(self._series)):
                bar = geo.bar_rect(c, s, 1.0)
                if bar.top() <= pos.y() < bar.bottom():
                    return c, s
            return c, None
        return None

    def tooltip_at(self, pos: QPoint) -> str:
        found = self.hit(pos)
        if found is None:
            return ""
        c, s = found
        lines = [html.escape(self._categories[c])]
        if len(self._series) == 1:
            lines[0] = f"{lines[0]}: <b>{self._series[0][1][c]}</b>"
        else:
            for i, (label, values) in enumerate(self._series):
                line = f"{html.escape(label)}: {values[c]}"
                lines.append(f"<b>{line}</b>" if i == s else line)
        return "<qt>" + "<br>".join(lines) + "</qt>"

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class CoverageDialog(QDialog):
    """A report's coverage in three charts: by characteristic, by measure, year over year."""

    def __init__(
        self,
        current: Coverage,
        history: list[Coverage],
        spec: FormSpec,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.current, self.history, self.spec, self.lang = current, list(history), spec, lang
        member = spec.state(current.state)
        self.state_name = member.name.get(lang) if member else current.state
        self.setWindowTitle(
            QCoreApplication.translate("CoverageDialog", "Coverage — {state}, {year}").format(
                state=self.state_name, year=current.year
            )
        )

        layout = QVBoxLayout(self)
        self.summary_label = QLabel(self._summary())
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        self.characteristic_chart = BarChart()
        self.characteristic_chart.setAccessibleName(
            QCoreApplication.translate("CoverageDialog", "Activities by characteristic")
        )
        self.characteristic_chart.set_data(
            self.characteristic_labels(), [(self._year_label(current), self._counts(current))]
        )
        self.tabs.addTab(
            self._page(
                QCoreApplication.translate(
                    "CoverageDialog",
                    "Activities serving each of the seven characteristics. "
                    "One activity can serve several.",
                ),
                self.characteristic_chart,
            ),
            QCoreApplication.translate("CoverageDialog", "By characteristic"),
        )

        self.measure_chart = BarChart()
        self.measure_chart.setAccessibleName(
            QCoreApplication.translate("CoverageDialog", "Activities by measure")
        )
        counts = dict(current.by_measure)
        self.measure_chart.set_data(
            [f"{m.number} {m.title.get(lang)}" for m in spec.measures],
            [(self._year_label(current), [counts.get(m.id, 0) for m in spec.measures])],
        )
        self.tabs.addTab(
            self._page(
                QCoreApplication.translate(
                    "CoverageDialog", "Activities reported under each measure of the catalogue."
                ),
                self.measure_chart,
            ),
            QCoreApplication.translate("CoverageDialog", "By measure"),
        )

        self.history_chart = BarChart()
        self.history_chart.setAccessibleName(
            QCoreApplication.translate("CoverageDialog", "Activities by characteristic and year")
        )
        years = sorted([*self.history, current], key=lambda c: c.year)
        self.history_chart.set_data(
            self.characteristic_labels(),
            [(self._year_label(c, mark_current=c is current), self._counts(c)) for c in years],
        )
        if self.history:
            intro = QCoreApplication.translate(
                "CoverageDialog",
                "Activities serving each characteristic in the reports of {state}, year by year. "
                "For a year with several reports, the most recently updated one counts.",
            ).format(state=self.state_name)
        else:
            intro = QCoreApplication.translate(
                "CoverageDialog",
                "This database has no report of {state} for another year, so only this "
                "report ({year}) is shown. Earlier reports of {state} would appear here, "
                "year by year, next to this one.",
            ).format(state=self.state_name, year=current.year)
        self.history_intro = QLabel(intro)
        self.tabs.addTab(
            self._page(self.history_intro, self.history_chart),
            QCoreApplication.translate("CoverageDialog", "Year over year"),
        )

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.button_box = buttons
        line = self.fontMetrics().height()
        resize_within_screen(self, line * 60, line * 44)

    # --- helpers ---

    def characteristic_labels(self) -> list[str]:
        return [f"{c.number}. {c.name.get(self.lang)}" for c in self.spec.characteristics]

    def _counts(self, coverage: Coverage) -> list[int]:
        # Older reports may follow another form version: align on the current form's numbers.
        return [coverage.characteristic_count(c.number) for c in self.spec.characteristics]

    def _year_label(self, coverage: Coverage, mark_current: bool = False) -> str:
        if mark_current and self.history:
            return QCoreApplication.translate("CoverageDialog", "{year} (this report)").format(
                year=coverage.year
            )
        return str(coverage.year)

    def _summary(self) -> str:
        c = self.current
        return QCoreApplication.translate(
            "CoverageDialog",
            "{activities} activities. {answered} of {total} measures answered "
            "(a status or “nothing to report”): {percent}%.",
        ).format(
            activities=c.total_activities,
            answered=c.measures_answered,
            total=c.measures_total,
            percent=round(c.answered_share * 100),
        )

    def _page(self, intro: str | QLabel, chart: BarChart) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        label = intro if isinstance(intro, QLabel) else QLabel(intro)
        label.setWordWrap(True)
        box.addWidget(label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(chart)
        box.addWidget(scroll, 1)
        return page
