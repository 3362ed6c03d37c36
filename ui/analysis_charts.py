"""The analysis's pictures on screen: the PVT's intervals against the official figures, the
turnout x leader-share fingerprint, and the histograms where integer percentages stand out.

Painted with QPainter (no chart library); colours as in the turnout chart: blue for what the
observers measured, orange for the official figures; they stay apart for the colour-blind and
in grey print."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:  # numpy is imported with the first result (the window opens without it)
    import numpy as np

ESTIMATE_COLOUR = QColor("#2f6fad")
OFFICIAL_COLOUR = QColor("#c4661f")
THRESHOLD_COLOUR = QColor("#7a1f5c")
GRID_COLOUR = QColor(0, 0, 0, 22)
AXIS_COLOUR = QColor(0, 0, 0, 110)
TEXT_COLOUR = QColor(0, 0, 0, 200)


def _percent(locale: QLocale, fraction: float, digits: int = 0) -> str:
    """An axis label in the page's language (observer_app.formats: "40%", "40 %")."""
    from observer_app import formats

    return formats.percent(100 * fraction, locale.name()[:2], digits)


@dataclass(frozen=True)
class IntervalRow:
    label: str
    estimate: float | None
    low: float | None
    high: float | None
    official: float | None
    threshold: float | None = None  # drawn as a line where the row is a share with a threshold


class IntervalChart(QWidget):
    """One row per figure: the interval as a bar, the estimate as a dot, the official figure as
    an orange diamond, the threshold as a dashed line; a common percentage axis."""

    ROW = 26

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None):
        super().__init__(parent)
        self.setObjectName("pvt_chart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._locale = locale or QLocale()
        self._rows: list[IntervalRow] = []
        self._legend = ("", "", "")

    def set_rows(self, rows: Sequence[IntervalRow], legend: tuple[str, str, str]) -> None:
        """legend: the words for the estimate with its interval, the official figure, the threshold."""
        self._rows = list(rows)
        self._legend = legend
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def rows(self) -> list[IntervalRow]:
        return list(self._rows)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(640, 40 + self.ROW * max(1, len(self._rows)) + 40)

    def _scale_top(self) -> float:
        values = [v for r in self._rows for v in (r.high, r.official, r.estimate, r.threshold) if v is not None]
        top = max(values, default=1.0)
        for step in (0.1, 0.2, 0.25, 0.5, 0.75, 1.0):
            if top <= step:
                return step
        return 1.0

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        label_width = min(max((metrics.horizontalAdvance(r.label) for r in self._rows), default=0) + 12,
                          self.width() // 3)
        left, right, top = label_width + 8, 16, 12
        plot = QRectF(left, top, max(10, self.width() - left - right), self.ROW * max(1, len(self._rows)))
        scale = self._scale_top()

        def x(value: float) -> float:
            return plot.left() + plot.width() * min(max(value / scale, 0.0), 1.0)

        ticks = 5
        painter.setPen(QPen(GRID_COLOUR, 1))
        for i in range(ticks + 1):
            at = plot.left() + plot.width() * i / ticks
            painter.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()))
        painter.setPen(QPen(AXIS_COLOUR, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for i in range(ticks + 1):
            at = plot.left() + plot.width() * i / ticks
            text = _percent(self._locale, scale * i / ticks)
            width = metrics.horizontalAdvance(text)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QPointF(min(max(at - width / 2, 0), self.width() - width), plot.bottom() + metrics.ascent() + 3), text)
        for n, row in enumerate(self._rows):
            middle = plot.top() + self.ROW * n + self.ROW / 2
            painter.setPen(TEXT_COLOUR)
            shown = metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(QPointF(4, middle + metrics.ascent() / 2 - 1), shown)
            if row.threshold is not None:
                pen = QPen(THRESHOLD_COLOUR, 1.2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(x(row.threshold), middle - self.ROW / 2 + 2),
                                 QPointF(x(row.threshold), middle + self.ROW / 2 - 2))
            if row.low is not None and row.high is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(ESTIMATE_COLOUR.red(), ESTIMATE_COLOUR.green(), ESTIMATE_COLOUR.blue(), 90))
                painter.drawRoundedRect(QRectF(x(row.low), middle - 5, max(2.0, x(row.high) - x(row.low)), 10), 3, 3)
            if row.estimate is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(ESTIMATE_COLOUR)
                painter.drawEllipse(QPointF(x(row.estimate), middle), 4, 4)
            if row.official is not None:
                cx = x(row.official)
                diamond = QPainterPath()
                diamond.moveTo(cx, middle - 6)
                diamond.lineTo(cx + 6, middle)
                diamond.lineTo(cx, middle + 6)
                diamond.lineTo(cx - 6, middle)
                diamond.closeSubpath()
                painter.setBrush(OFFICIAL_COLOUR)
                painter.setPen(QPen(QColor("white"), 1))
                painter.drawPath(diamond)
        # the legend, on one line under the axis
        y = plot.bottom() + metrics.height() + 14
        at = float(left)
        for kind, text in zip(("estimate", "official", "threshold"), self._legend):
            if not text:
                continue
            if kind == "estimate":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(ESTIMATE_COLOUR.red(), ESTIMATE_COLOUR.green(), ESTIMATE_COLOUR.blue(), 90))
                painter.drawRoundedRect(QRectF(at, y - 5, 22, 10), 3, 3)
                painter.setBrush(ESTIMATE_COLOUR)
                painter.drawEllipse(QPointF(at + 11, y), 4, 4)
            elif kind == "official":
                diamond = QPainterPath()
                diamond.moveTo(at + 11, y - 6)
                diamond.lineTo(at + 17, y)
                diamond.lineTo(at + 11, y + 6)
                diamond.lineTo(at + 5, y)
                diamond.closeSubpath()
                painter.setBrush(OFFICIAL_COLOUR)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawPath(diamond)
            else:
                painter.setPen(QPen(THRESHOLD_COLOUR, 1.2, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(at + 11, y - 7), QPointF(at + 11, y + 7))
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QPointF(at + 28, y + metrics.ascent() / 2 - 1), text)
            at += 28 + metrics.horizontalAdvance(text) + 18
        painter.end()


class FingerprintView(QWidget):
    """The turnout x leader-share picture (an RGB array from observer_app.analysis.pictures),
    drawn square with its two percentage axes and their titles."""

    def __init__(self, parent: QWidget | None = None, locale: QLocale | None = None):
        super().__init__(parent)
        self.setObjectName("fingerprint")
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._locale = locale or QLocale()
        self._image = QImage()
        self._titles = ("", "")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(380, 360)

    def set_picture(self, rgb: np.ndarray | None, x_title: str, y_title: str) -> None:
        self._titles = (x_title, y_title)
        if rgb is None:
            self._image = QImage()
        else:
            import numpy as np

            data = np.ascontiguousarray(rgb, dtype=np.uint8)
            height, width, _ = data.shape
            self._image = QImage(data.tobytes(), width, height, 3 * width, QImage.Format.Format_RGB888).copy()
        self.update()

    def has_picture(self) -> bool:
        return not self._image.isNull()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        left = metrics.height() + metrics.horizontalAdvance("100 %") + 10
        bottom = 2 * metrics.height() + 10
        right = metrics.horizontalAdvance(_percent(self._locale, 1.0)) // 2 + 4  # room for the last label
        side = max(10, min(self.width() - left - right, self.height() - bottom - 10))
        plot = QRectF(left, 6, side, side)
        if not self._image.isNull():
            painter.drawImage(plot, self._image)
        painter.setPen(QPen(AXIS_COLOUR, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        painter.setPen(TEXT_COLOUR)
        for i in range(0, 6):
            fraction = i / 5
            text = _percent(self._locale, fraction)
            width = metrics.horizontalAdvance(text)
            x = plot.left() + plot.width() * fraction
            painter.drawText(QPointF(x - width / 2, plot.bottom() + metrics.ascent() + 3), text)
            y = plot.bottom() - plot.height() * fraction
            painter.drawText(QPointF(plot.left() - width - 4, y + metrics.ascent() / 2 - 1), text)
        x_title, y_title = (metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, int(plot.width()))
                            for title in self._titles)
        painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() + 4, plot.width(), metrics.height()),
                         int(Qt.AlignmentFlag.AlignHCenter), x_title)
        painter.save()
        painter.translate(metrics.ascent(), plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, -metrics.ascent(), plot.height(), metrics.height()),
                         int(Qt.AlignmentFlag.AlignHCenter), y_title)
        painter.restore()
        painter.end()


class HistogramView(QWidget):
    """Stations per 0.1 % bin (1000 bins, 0 to 100 %) as thin bars; the bins of whole
    percentages are drawn darker, so that peaks there stand out from their neighbours."""

    def __init__(self, name: str, parent: QWidget | None = None, locale: QLocale | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumSize(300, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._locale = locale or QLocale()
        self._counts: np.ndarray | None = None
        self._title = ""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, 180)

    def set_counts(self, counts: np.ndarray, title: str) -> None:
        import numpy as np

        self._counts = np.asarray(counts, dtype=float)
        self._title = title
        self.update()

    def counts(self) -> np.ndarray | None:
        return self._counts

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        top = metrics.height() + 6
        plot = QRectF(8, top, max(10, self.width() - 16), max(10, self.height() - top - metrics.height() - 8))
        painter.setPen(TEXT_COLOUR)
        painter.drawText(QPointF(8, metrics.ascent() + 2), self._title)
        counts = self._counts
        if counts is not None and len(counts) and counts.max() > 0:
            import numpy as np

            peak = float(counts.max())
            bins = len(counts)
            width = plot.width() / bins
            for i in np.nonzero(counts)[0]:
                height = plot.height() * counts[i] / peak
                whole = i % 10 == 0
                colour = OFFICIAL_COLOUR if whole else ESTIMATE_COLOUR
                painter.fillRect(QRectF(plot.left() + i * width, plot.bottom() - height, max(width, 1.0), height), colour)
        painter.setPen(QPen(AXIS_COLOUR, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.setPen(TEXT_COLOUR)
        for i in range(0, 11, 2):
            fraction = i / 10
            text = _percent(self._locale, fraction)
            width = metrics.horizontalAdvance(text)
            x = plot.left() + plot.width() * fraction
            painter.drawText(QPointF(min(max(x - width / 2, 0), self.width() - width), plot.bottom() + metrics.ascent() + 3), text)
        painter.end()
