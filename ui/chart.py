"""The turnout chart: voters counted by the observer over the day against the announced turnout."""

from __future__ import annotations

import datetime as dt
import math
from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from observer_app import formats
from observer_app.domain.turnout import nice_step

HOUR = 3600.0

# Calm colours that stay apart for the colour-blind (blue against orange) and print in grey.
COUNTED_COLOUR = QColor("#2f6fad")
ANNOUNCED_COLOUR = QColor("#c4661f")
ABSENCE_COLOUR = QColor(120, 120, 120, 55)
GRID_COLOUR = QColor(0, 0, 0, 22)
AXIS_COLOUR = QColor(0, 0, 0, 110)


def _floor_hour(ts: float) -> float:
    moment = dt.datetime.fromtimestamp(ts).astimezone()
    return moment.replace(minute=0, second=0, microsecond=0).timestamp()


def _ceil_hour(ts: float) -> float:
    floor = _floor_hour(ts)
    return floor if floor == ts else _floor_hour(floor + HOUR + 1)


class TurnoutChart(QWidget):
    """Cumulative voters counted (a line) and the commission's announced figures (diamonds).

    Grey bands mark the times the observer was out of the station: the count has gaps there.
    Times are aware datetimes; the axis shows the laptop's local hours.
    """

    def __init__(self, parent: QWidget | None = None, lang: str | None = None):
        super().__init__(parent)
        self.setObjectName("turnout_chart")
        self.setMinimumSize(420, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._lang = lang
        self._tallies: Sequence[float] = ()
        self._announced: list[tuple[float, float, str]] = []
        self._absences: list[tuple[float, float]] = []
        self._registered: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(640, 280)

    def set_data(self, tallies: Sequence[float],
                 announced: Sequence[tuple[dt.datetime, float, str]],
                 absences: Sequence[tuple[dt.datetime, dt.datetime]],
                 registered: int | None) -> None:
        """tallies: sorted POSIX times of each counted voter (kept, not copied: the caller's list);
        announced: (time, voters, label as announced).

        The label is what the commission said (voters, or a percentage converted to voters).
        """
        self._tallies = tallies
        self._announced = sorted((t.timestamp(), float(v), label) for t, v, label in announced)
        self._absences = [(s.timestamp(), e.timestamp()) for s, e in absences if e > s]
        self._registered = registered or None
        self.update()

    # --- painting --------------------------------------------------------------------------------

    def _number(self, value: float) -> str:
        return formats.integer(int(round(value)), self._lang)

    def _with_percent(self, voters: float) -> str:
        if not self._registered:
            return self._number(voters)
        percent = formats.percent(100.0 * voters / self._registered, self._lang)
        return self.tr("%1 (%2)").replace("%1", self._number(voters)).replace("%2", percent)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        palette = self.palette()
        p.fillRect(self.rect(), palette.base())
        text_colour = palette.text().color()
        muted = QColor(text_colour)
        muted.setAlpha(150)
        fm = QFontMetrics(self.font())
        line_h = fm.height()

        tally_ts = self._tallies
        moments = list(tally_ts[:1]) + list(tally_ts[-1:]) + [t for t, _, _ in self._announced] + [t for span in self._absences for t in span]
        if moments:
            t0, t1 = _floor_hour(min(moments)), _ceil_hour(max(moments))
        else:
            start = dt.datetime.now().astimezone().replace(hour=8, minute=0, second=0, microsecond=0)
            t0, t1 = start.timestamp(), start.timestamp() + 12 * HOUR
        if t1 - t0 < HOUR:
            t1 = t0 + HOUR
        top_value = max([float(len(tally_ts))] + [v for _, v, _ in self._announced])
        step = nice_step(max(top_value * 1.08, 10.0))
        y_max = max(step * math.ceil(max(top_value * 1.08, 10.0) / step), step)

        # Layout: legend on top, hour labels below, value labels on the left.
        y_labels = [self._number(step * i) for i in range(int(round(y_max / step)) + 1)]
        left = max(fm.horizontalAdvance(s) for s in y_labels) + 14
        hour_w = fm.horizontalAdvance("00:00")
        right = hour_w // 2 + 10
        legend_rows = self._legend_rows(fm, left)
        top = line_h * len(legend_rows) + 16
        bottom = line_h + 12
        plot = QRectF(left, top, max(self.width() - left - right, 10), max(self.height() - top - bottom, 10))

        def x_of(ts: float) -> float:
            return plot.left() + (ts - t0) / (t1 - t0) * plot.width()

        def y_of(value: float) -> float:
            return plot.bottom() - value / y_max * plot.height()

        # Absence bands first, under everything.
        for start, end in self._absences:
            band = QRectF(QPointF(x_of(max(start, t0)), plot.top()), QPointF(x_of(min(end, t1)), plot.bottom()))
            p.fillRect(band.normalized(), ABSENCE_COLOUR)

        # Value grid and labels.
        p.setPen(QPen(GRID_COLOUR, 1))
        for i, label in enumerate(y_labels):
            y = y_of(step * i)
            if i:
                p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            p.drawText(QRectF(0, y - line_h / 2, left - 8, line_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            p.setPen(QPen(GRID_COLOUR, 1))

        # Hour ticks: every hour, or fewer when hours get narrow (days, for a very long span).
        hours = int(round((t1 - t0) / HOUR))
        every = next((n for n in (1, 2, 3, 4, 6, 12) if plot.width() / hours * n >= hour_w + 10),
                     24 * math.ceil((hour_w + 10) * hours / plot.width() / 24))
        grid_every = every if hours > 48 else 1
        label_format = None if every < 24 else "%d.%m"  # a day per label on a span of days
        for h in range(0, hours + 1, grid_every):
            ts = t0 + h * HOUR
            x = x_of(ts)
            if 0 < h < hours:
                p.setPen(QPen(GRID_COLOUR, 1))
                p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            if h % every == 0:
                p.setPen(QPen(AXIS_COLOUR, 1))
                p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
                p.setPen(muted)
                moment = dt.datetime.fromtimestamp(ts).astimezone()
                label = moment.strftime(label_format) if label_format else formats.clock(moment)
                p.drawText(QRectF(x - hour_w, plot.bottom() + 5, 2 * hour_w, line_h),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

        p.setPen(QPen(AXIS_COLOUR, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())

        if not moments:
            p.setPen(muted)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                       self.tr("Voters you count and the turnout the commission announces appear here."))
            self._paint_legend(p, fm, left, legend_rows)
            return

        # Counted: one point per pixel column is enough, however many voters.
        if tally_ts:
            scale_x, left_x = plot.width() / (t1 - t0), plot.left()
            columns: dict[int, int] = {}  # pixel column -> count reached there
            for i, ts in enumerate(tally_ts, start=1):
                columns[round(left_x + (ts - t0) * scale_x)] = i
            points = [QPointF(x_of(tally_ts[0]), y_of(0))]
            points += [QPointF(x, y_of(i)) for x, i in columns.items()]
            area = QPainterPath()
            area.moveTo(points[0].x(), plot.bottom())
            for point in points:
                area.lineTo(point)
            area.lineTo(points[-1].x(), plot.bottom())
            area.closeSubpath()
            fill = QColor(COUNTED_COLOUR)
            fill.setAlpha(38)
            p.fillPath(area, fill)
            p.setPen(QPen(COUNTED_COLOUR, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                          Qt.PenJoinStyle.RoundJoin))
            p.drawPolyline(QPolygonF(points))
            p.setBrush(COUNTED_COLOUR)
            p.drawEllipse(points[-1], 3.2, 3.2)

        # Announced: diamonds joined by a dashed line, each with its value.
        if self._announced:
            marks = [QPointF(x_of(t), y_of(v)) for t, v, _ in self._announced]
            pen = QPen(ANNOUNCED_COLOUR, 1.6, Qt.PenStyle.DashLine)
            pen.setDashPattern([4, 3])
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            if len(marks) > 1:
                p.drawPolyline(QPolygonF(marks))
            p.setPen(QPen(ANNOUNCED_COLOUR.darker(115), 1))
            p.setBrush(ANNOUNCED_COLOUR)
            for mark in marks:
                p.drawPolygon(_diamond(mark, 5.0))
            p.setPen(ANNOUNCED_COLOUR.darker(130))
            for mark, (_, _, text) in zip(marks, self._announced):
                w = fm.horizontalAdvance(text)
                x = min(max(mark.x() - w / 2, plot.left() + 2), plot.right() - w - 2)
                y = mark.y() - 8 - line_h
                if y < plot.top():
                    y = mark.y() + 8
                p.drawText(QRectF(x, y, w + 2, line_h), Qt.AlignmentFlag.AlignCenter, text)

        self._paint_legend(p, fm, left, legend_rows)

    def _legend_entries(self) -> list[tuple[str, str]]:
        counted_text = self.tr("Counted by you")
        if self._tallies:
            counted_text = self.tr("Counted by you: %1").replace("%1", self._with_percent(len(self._tallies)))
        announced_text = self.tr("Announced by the commission")
        if self._announced:
            announced_text = self.tr("Announced: %1").replace("%1", self._with_percent(self._announced[-1][1]))
        entries = [("line", counted_text), ("diamond", announced_text)]
        if self._absences:
            entries.append(("band", self.tr("You were out of the station")))
        return entries

    def _legend_rows(self, fm: QFontMetrics, left: float) -> list[list[tuple[str, str]]]:
        """The legend's entries, on as many lines as the chart's width needs (a narrow window,
        long Kazakh or Russian texts)."""
        rows: list[list[tuple[str, str]]] = [[]]
        x = float(left)
        for entry in self._legend_entries():
            width = 24 + fm.horizontalAdvance(entry[1])
            if rows[-1] and x + width > self.width() - 4:
                rows.append([])
                x = float(left)
            rows[-1].append(entry)
            x += width + 22
        return rows

    def _paint_legend(self, p: QPainter, fm: QFontMetrics, left: float,
                      rows: list[list[tuple[str, str]]]) -> None:
        line_h = fm.height()
        text_colour = self.palette().text().color()
        for i, entries in enumerate(rows):
            y = 7 + i * line_h
            x = float(left)
            mid = y + line_h / 2
            for kind, text in entries:
                if kind == "line":
                    p.setPen(QPen(COUNTED_COLOUR, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                    p.drawLine(QPointF(x, mid), QPointF(x + 18, mid))
                elif kind == "diamond":
                    p.setPen(QPen(ANNOUNCED_COLOUR.darker(115), 1))
                    p.setBrush(ANNOUNCED_COLOUR)
                    p.drawPolygon(_diamond(QPointF(x + 9, mid), 5.0))
                else:
                    p.fillRect(QRectF(x + 2, mid - 6, 14, 12), ABSENCE_COLOUR)
                x += 24
                p.setPen(text_colour)
                width = fm.horizontalAdvance(text)
                p.drawText(QRectF(x, y, width + 2, line_h), Qt.AlignmentFlag.AlignVCenter, text)
                x += width + 22
        p.setBrush(Qt.BrushStyle.NoBrush)


def _diamond(centre: QPointF, r: float) -> QPolygonF:
    return QPolygonF([QPointF(centre.x(), centre.y() - r), QPointF(centre.x() + r, centre.y()),
                      QPointF(centre.x(), centre.y() + r), QPointF(centre.x() - r, centre.y())])

