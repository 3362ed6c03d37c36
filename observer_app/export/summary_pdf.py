"""The PDF summary of one station visit: what one observer saw and recorded, ready to be signed.

`build_summary(store, station_id, lang=...)` returns the PDF bytes. Page 1 opens with the
findings: the obstructions (removed: 12:10–13:05), the protocol's failing checks as formulas
with by how much they are off, and the head-count of the hours actually observed against the
protocol's issued line, with its coverage and what the comparison can and cannot say
(observer_app.domain.turnout.coverage); then the station and the observer, the protocol in
protocol order (figures also in words, observer_app.export.words) with every control relation,
the obstruction log, the head-count per hour against the announced turnout (a table and a chart
of the whole voting day), the incidents, the SHA-256 of every attached photo, and two signature
blocks: the digital one (the certificate's SHA-256 fingerprint, how to check it) and one for the
observer's handwritten signature, place and date.

Nothing is claimed that the data do not support: an obstruction without an end ends at the
observer's departure or is "still open at HH:MM (when this summary was made)", never hours long
up to the generation time; "nobody was counted" only where nobody was. A demonstration election
(the election file says so) and a draft protocol say DEMO and DRAFT on every page. The last
section with real content keeps the short sections and the signature blocks after it on its
page, and tables never leave one row alone across a page break: no page holds only a scrap.

The signature itself is added afterwards by the signing layer (sign last: any change after
signing breaks it); `render_summary` also tells where the signature block was drawn.

What the summary says about its observer is what its signer's certificate says: built for a
signer (an Identity), it prints the certificate's name and observer id, refuses a profile name
that is another name and an identity of another observer, and states the observer id and the
station code machine-readably in the document information (pdf_text.STATED_*_KEY), which
`observer-app verify` checks against the signature's certificate.

Every style uses the shipped DejaVu fonts (resources/fonts): reportlab's built-in Helvetica
would turn Cyrillic and Kazakh letters into black boxes without any error.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import threading
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence
from xml.sax.saxutils import escape

from cryptography.hazmat.primitives import hashes
from reportlab import rl_config
from reportlab.graphics.shapes import Drawing, Line, PolyLine, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo, PDFString
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.flowables import _listWrapOn
from reportlab.platypus import (
    CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

from observer_app import formats
from observer_app.domain import records as r
from observer_app.domain.records import parse_time
from observer_app.domain.template import ElectionTemplate, Relation, RelationResult, Term, pick_name
from observer_app.domain.turnout import (
    ABSENCE_KINDS, VOTING_CLOSES, VOTING_OPENS, compare_observed, floor_hour, hourly, independent_turnout,
    issued_code, nice_step, obstruction_end, station_coverage, with_announcements,
)
from observer_app.export.pdf_text import STATED_OBSERVER_KEY, STATED_STATION_KEY, label, t
from observer_app.export.words import in_words
from observer_app.errors import ObserverAppError
from observer_app.identity import Identity, check_observer, name_on_documents, printable
from observer_app.messages import QT_TRANSLATE_NOOP
from observer_app.resources import RESOURCES
from observer_app.storage.store import Store

FONT_DIR = RESOURCES / "fonts"
# Text and tables in the condensed face (a 26-line Russian protocol keeps its line names on one
# line each), titles in the normal width, SHA-256 digests in the monospaced face. Each face
# used costs a font subset in every file, so the summary uses these four and no more
# (DejaVuSans.ttf, also shipped, is there for other PDFs, e.g. a signature stamp).
FONT = "DejaVuSansCondensed"
FONT_BOLD = "DejaVuSansCondensed-Bold"
WIDE_BOLD = "DejaVuSans-Bold"
FONT_MONO = "DejaVuSansMono"
_FONT_FILES = {FONT: "DejaVuSansCondensed.ttf", FONT_BOLD: "DejaVuSansCondensed-Bold.ttf",
               WIDE_BOLD: "DejaVuSans-Bold.ttf", FONT_MONO: "DejaVuSansMono.ttf"}
_fonts_lock = threading.Lock()
_fonts_registered = False

# Obstructions during which the observer was out of the station (the head-count has a gap).

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 12 * mm
MARGIN_BOTTOM = 14 * mm
WIDTH = PAGE_WIDTH - 2 * MARGIN_X
_FRAME_PAD = 6  # SimpleDocTemplate's frame padding

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#b8bec6")
HEAD_BG = colors.HexColor("#e9edf2")
ZEBRA = colors.HexColor("#f6f7f9")
SUB_BG = colors.HexColor("#f0f2f5")
FINDINGS_BG = colors.HexColor("#f7f5f0")
# The screen's colours (ui/summary.py TONES, ui/chart.py): calm, apart for the colour-blind.
TONES = {"pass": colors.HexColor("#1b5e20"), "fail": colors.HexColor("#b71c1c"),
         "warning": colors.HexColor("#8a5a00"), "unknown": colors.HexColor("#5a5a5a")}
COUNTED_COLOUR = colors.HexColor("#2f6fad")
ANNOUNCED_COLOUR = colors.HexColor("#c4661f")
ABSENCE_COLOUR = colors.HexColor("#e3e3e3")
GRID_COLOUR = colors.HexColor("#e2e5e9")
AXIS_COLOUR = colors.HexColor("#8a8f96")


def register_fonts() -> None:
    """Registers the shipped DejaVu faces with reportlab, once per process."""
    global _fonts_registered
    if _fonts_registered:
        return
    with _fonts_lock:
        if _fonts_registered:
            return
        # ASCII85 around every compressed stream keeps a PDF 7-bit clean, which nothing needs
        # since the 1990s: it makes files a quarter larger and costs ~5 ms a summary in pure
        # Python. The setting is process-wide, so it is set once, for every PDF alike.
        rl_config.useA85 = 0
        for name, filename in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
        # <b> inside a paragraph picks the bold face; there is no italic: <i> stays upright.
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
        pdfmetrics.registerFontFamily(FONT_MONO, normal=FONT_MONO, bold=FONT_MONO, italic=FONT_MONO,
                                      boldItalic=FONT_MONO)
        _fonts_registered = True


@dataclass(frozen=True)
class SignatureBox:
    """Where the visible signature block was drawn: page index (0-based) and its rectangle in
    PDF points from the page's lower-left corner (x1, y1, x2, y2), e.g. for a signature field."""

    page: int
    box: tuple[float, float, float, float]


@dataclass(frozen=True)
class SummaryPdf:
    data: bytes
    pages: int
    signature_box: SignatureBox | None


def build_summary(store: Store, station_id: str, *, lang: str = "en", invariant: bool = False,
                  signer_line: str | None = None, generated_at: str | None = None,
                  signer: Identity | None = None) -> bytes:
    """The PDF summary of this observer's visit to a station, in `lang` (en, ru or kk).

    signer: the identity that will sign it (name, observer_id): the summary prints its
    certificate's name and observer id, and is refused (IdentityError) for an identity of
    another observer or a profile name that is another name; None prints the profile's.
    signer_line: who signs (e.g. "Aigerim Bekova, Erkindik Kanaty"), shown in the signature
    block; None shows "Not signed". generated_at: ISO 8601 time printed as the generation time
    (default: now). invariant: byte-identical output for identical data and generated_at.
    """
    return render_summary(store, station_id, lang=lang, invariant=invariant,
                          signer_line=signer_line, generated_at=generated_at, signer=signer).data


def render_summary(store: Store, station_id: str, *, lang: str = "en", invariant: bool = False,
                   signer_line: str | None = None, generated_at: str | None = None,
                   signer: Identity | None = None) -> SummaryPdf:
    """Like build_summary, with the page count and where the signature block was drawn."""
    if signer is not None:
        check_observer(signer, store.observer_id)
        if not has_records(store, station_id):
            station = store.station(station_id)
            raise ObserverAppError("export.nothing_recorded", QT_TRANSLATE_NOOP(
                "Messages", "Nothing of yours is recorded at station {code} (no protocol, visit, "
                "head-count, obstruction, incident or announced turnout), so there is no summary "
                "to sign: a signed summary says what you saw there."), code=station.code)
    register_fonts()
    if generated_at is None:
        now = dt.datetime.now(dt.timezone.utc).astimezone()
    else:
        try:
            now = parse_time(generated_at).astimezone()  # a naive time is the laptop's local time
        except ValueError:
            raise ValueError(f"generated_at must be an ISO 8601 time, not {generated_at!r}") from None
    builder = _Builder(store, station_id, lang, now, signer_line, signer)
    return builder.render(invariant=invariant, generated_text=formats.stamp_with_offset(now, lang))


def has_records(store: Store, station_id: str) -> bool:
    """Whether the observer recorded anything at the station: a protocol, a visit time, a
    head-count, an obstruction, an incident or an announced turnout (none of them deleted)."""
    protocol = store.protocol(station_id)
    visit = store.visit(station_id)
    return bool((protocol is not None and not protocol.deleted)
                or (visit is not None and not visit.deleted and (visit.arrived_at or visit.departed_at))
                or store.tally_count(station_id) or store.obstructions(station_id)
                or store.incidents(station_id) or store.announcements(station_id))


# --- formatting ------------------------------------------------------------------------------------


def term_label(template: ElectionTemplate, term: Term, lang: str | None) -> str:
    """A relation's term as the protocol shows it: a line's number, "Σ votes", or a constant."""
    if term.kind == "line":
        return template.line(term.code).number
    if term.kind == "contestants":
        return t("sum_votes", lang)
    return str(term.constant)


def relation_formula(template: ElectionTemplate, relation: Relation, lang: str | None) -> str:
    """A control relation in line numbers, e.g. "7 = Σ votes" for "valid = sum(contestants)"."""
    return relation.display(lambda term: term_label(template, term, lang))


def _p(text: str) -> str:
    """User text as paragraph markup: escaped, line breaks kept."""
    return escape(text).replace("\n", "<br/>")


def _hex(colour: colors.Color) -> str:
    return colour.hexval().replace("0x", "#")


# --- styles ----------------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=10.6, textColor=INK)
    return {
        "base": base,
        "title": ParagraphStyle("title", base, fontName=WIDE_BOLD, fontSize=14, leading=17, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9.5, leading=12, textColor=MUTED, spaceAfter=6),
        "h2": ParagraphStyle("h2", base, fontName=WIDE_BOLD, fontSize=10.5, leading=13, spaceBefore=8,
                             spaceAfter=3, keepWithNext=1),
        "h2_first": ParagraphStyle("h2_first", base, fontName=WIDE_BOLD, fontSize=10.5, leading=13,
                                   spaceBefore=2, spaceAfter=3, keepWithNext=1),
        "finding": ParagraphStyle("finding", base, fontSize=8.5, leading=10.8),
        "h2_free": ParagraphStyle("h2_free", base, fontName=WIDE_BOLD, fontSize=10.5, leading=13,
                                  spaceBefore=8, spaceAfter=3),
        "cell": ParagraphStyle("cell", base, fontSize=8, leading=9.8),
        "value": ParagraphStyle("value", base, fontSize=8.5, leading=10.6),
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.2, textColor=MUTED),
    }


def _longest_word(text: str, font: str, size: float) -> float:
    return max((pdfmetrics.stringWidth(word, font, size) for word in text.split()), default=0.0)


def _wrap(text: str, width: float, font: str, size: float) -> list[str] | None:
    """Plain text broken into lines at spaces (and at its own line breaks) to fit `width`;
    None when a single word is wider (a paragraph must split that one)."""
    space = pdfmetrics.stringWidth(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        used = 0.0
        for word in words:
            w = pdfmetrics.stringWidth(word, font, size)
            if w > width:
                return None
            if current and used + space + w > width:
                lines.append(" ".join(current))
                current, used = [], 0.0
            used += (space if current else 0.0) + w
            current.append(word)
        lines.append(" ".join(current))
    return lines


def _table(rows: list[list[Any]], cls: type[Table] = Table, **kwargs: Any) -> Table:
    """A table whose plain-text cells, too, use the shipped font (reportlab's default is Helvetica)."""
    # splitInRow: a row taller than a page (a very long note) splits instead of failing the build.
    table = cls(rows, splitInRow=1, **kwargs)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return table


@dataclass(frozen=True)
class Cell:
    """A table cell of plain text in one style."""

    text: str
    bold: bool = False
    tone: str | None = None  # a key of TONES, or "muted"
    mono: bool = False
    size: float | None = None
    font: str | None = None


class _Grid:
    """A table built row by row, most cells as plain text.

    Plain text is wrapped here (at spaces, with the font's own widths) and drawn by the table
    itself, each cell in one font and colour given by style commands. Parsing and wrapping
    paragraphs is most of reportlab's time, so only cells that mix styles are Paragraphs.
    """

    def __init__(self, widths: Sequence[float], *, size: float = 8.0, leading: float = 9.8,
                 pad: float = 3.0, right: Iterable[int] = ()):
        self.widths = list(widths)
        self.size, self.leading, self.pad = size, leading, pad
        self.right = set(right)
        self.rows: list[list[Any]] = []
        self.style: list[tuple[Any, ...]] = [
            ("FONTSIZE", (0, 0), (-1, -1), size), ("LEADING", (0, 0), (-1, -1), leading),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad)]
        self.style += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in sorted(self.right)]
        self._paragraph_styles: dict[tuple[Any, ...], ParagraphStyle] = {}

    def add(self, cells: Sequence[str | Cell | Flowable | None], *, head: bool = False,
            span: bool = False) -> int:
        """Adds a row; head: a column header row (bold, smaller); span: one cell over all columns."""
        row = len(self.rows)
        size, leading = (7.5, 9.0) if head else (self.size, self.leading)
        out: list[Any] = []
        for col, cell in enumerate(cells):
            if cell is None or isinstance(cell, Flowable):
                out.append("" if cell is None else cell)
                continue
            if isinstance(cell, str):
                cell = Cell(cell)
            font = cell.font or (FONT_MONO if cell.mono else FONT_BOLD if cell.bold or head else FONT)
            cell_size = cell.size or (6.5 if cell.mono else size)
            cell_leading = leading if cell.size is None and not cell.mono else round(cell_size * 1.25, 2)
            colour = MUTED if cell.tone == "muted" else TONES.get(cell.tone or "", None)
            width = (sum(self.widths) if span else self.widths[col]) - 2 * self.pad
            lines = _wrap(cell.text, width, font, cell_size)
            at = (col, row)
            if lines is None:  # a word wider than the column: a paragraph splits it
                out.append(Paragraph(_p(cell.text), self._paragraph_style(
                    font, cell_size, cell_leading, colour or INK, col in self.right)))
                continue
            out.append("\n".join(lines))
            if font != FONT:
                self.style.append(("FONTNAME", at, at, font))
            if colour is not None:
                self.style.append(("TEXTCOLOR", at, at, colour))
            if cell_size != size or cell_leading != leading:
                self.style += [("FONTSIZE", at, at, cell_size), ("LEADING", at, at, cell_leading)]
        if head:
            self.style += [("FONTSIZE", (0, row), (-1, row), size), ("LEADING", (0, row), (-1, row), leading)]
        if span:
            out += [""] * (len(self.widths) - len(out))
            self.style.append(("SPAN", (0, row), (-1, row)))
        self.rows.append(out)
        return row

    def _paragraph_style(self, font: str, size: float, leading: float, colour: colors.Color,
                         right: bool) -> ParagraphStyle:
        key = (font, size, leading, _hex(colour), right)
        if key not in self._paragraph_styles:
            self._paragraph_styles[key] = ParagraphStyle(
                f"cell-{len(self._paragraph_styles)}", fontName=font, fontSize=size, leading=leading,
                textColor=colour, alignment=TA_RIGHT if right else 0)
        return self._paragraph_styles[key]

    def table(self, style: Sequence[tuple[Any, ...]] = (), cls: type[Table] = Table, **kwargs: Any) -> Table:
        """The table; one with a repeated header row splits across pages only where at least
        two of its rows stay on each side (never one orphaned row)."""
        if kwargs.get("repeatRows"):
            kwargs.setdefault("rowSplitRange", (kwargs["repeatRows"] + 2, -2))
        table = _table(self.rows, cls, colWidths=self.widths, hAlign="LEFT", **kwargs)
        table.setStyle(TableStyle(self.style + list(style)))
        return table


def _ruled(rows: int, header: bool = True, zebra_from: int = 1, dense: bool = False) -> list[tuple[Any, ...]]:
    """The look of a data table: a shaded header row, zebra rows, a rule below."""
    top, bottom = (1.0, 1.6) if dense else (1.2, 1.9)
    style: list[tuple[Any, ...]] = [
        ("TOPPADDING", (0, 0), (-1, -1), top), ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE)]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.5, RULE),
                  ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                  ("TOPPADDING", (0, 0), (-1, 0), 1.6), ("BOTTOMPADDING", (0, 0), (-1, 0), 2.0)]
    style += [("BACKGROUND", (0, row), (-1, row), ZEBRA) for row in range(zebra_from + 1, rows, 2)]
    return style


class _SideBySide(Flowable):
    """Two flowables next to each other, tops aligned (the hourly table and its chart)."""

    def __init__(self, left: Flowable, right: Flowable, left_width: float, gap: float):
        super().__init__()
        self.left, self.right, self.left_width, self.gap = left, right, left_width, gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self._left_h = self.left.wrap(self.left_width, available_height)
        _, self._right_h = self.right.wrap(available_width - self.left_width - self.gap, available_height)
        self.width, self.height = available_width, max(self._left_h, self._right_h)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Taller than the space left: one below the other, the left one split to fit."""
        self.left.wrap(self.left_width, available_height)
        return [*(self.left.split(self.left_width, available_height) or [self.left]), self.right]

    def draw(self) -> None:
        self.left.drawOn(self.canv, 0, self.height - self._left_h)
        self.right.drawOn(self.canv, self.left_width + self.gap, self.height - self._right_h)


# --- the page frame: marks on top, footer with "page N of M" ----------------------------------------


class _StatedInfo(PDFInfo):
    """The document information dictionary with the summary's statement added to reportlab's
    entries (custom keys, which reportlab has no option for)."""

    def __init__(self, statement: dict[str, str]):
        super().__init__()
        self.statement = statement

    def format(self, document: Any) -> bytes:
        entries = super().format(document)
        extra = PDFDictionary({key: PDFString(value) for key, value in self.statement.items()})
        added = extra.format(document)
        # Both are "<< ... >>": reportlab's entries, then the statement's, in one dictionary.
        return entries[:entries.rindex(b">>")] + added[added.index(b"<<") + 2:]


# A mark on every page: a band across the top, above the page's content (a demonstration
# election, a draft protocol). Its height and gap, and its colours by kind.
MARK_HEIGHT = 5.0 * mm
MARK_GAP = 0.8 * mm
MARK_TOP = 3.0 * mm  # from the page's top edge to the first band
MARK_COLOURS = {"demo": colors.HexColor("#5b2a86"), "draft": colors.HexColor("#8a4b00")}


def marks_margin(marks: int) -> float:
    """The top margin of a page with `marks` bands above its content."""
    if not marks:
        return MARGIN_TOP
    return max(MARGIN_TOP, MARK_TOP + marks * MARK_HEIGHT + (marks - 1) * MARK_GAP + 3.0 * mm)


def draw_marks(canvas: Canvas, marks: Sequence[tuple[str, str]], page_width: float, page_height: float,
               margin_x: float) -> None:
    """The bands of `marks` ((kind, text): "demo" or "draft") across the top of the page."""
    y = page_height - MARK_TOP
    for kind, text in marks:
        y -= MARK_HEIGHT
        canvas.saveState()
        canvas.setFillColor(MARK_COLOURS[kind])
        canvas.rect(margin_x, y, page_width - 2 * margin_x, MARK_HEIGHT, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.drawString(margin_x + 2.5 * mm, y + (MARK_HEIGHT - 6.2) / 2, text)
        canvas.restoreState()
        y -= MARK_GAP


def _canvas_maker(footer: Callable[[int, int], str], record: dict[str, Any],
                  statement: dict[str, str] | None = None,
                  marks: Sequence[tuple[str, str]] = ()) -> type[Canvas]:
    """A canvas that keeps its pages until save(), so each footer can say "page N of M";
    `statement`: custom entries of the document information (see _StatedInfo); `marks`: bands
    drawn on top of every page (draw_marks). record["pages"] is the page count afterwards."""

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._kept_pages: list[dict[str, Any]] = []
            if statement:
                self._doc.info = _StatedInfo(statement)

        @property
        def page_index(self) -> int:
            return len(self._kept_pages)

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._kept_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._kept_pages)
            record["pages"] = total
            for number, state in enumerate(self._kept_pages, start=1):
                self.__dict__.update(state)
                draw_marks(self, marks, PAGE_WIDTH, PAGE_HEIGHT, MARGIN_X)
                self._draw_footer(footer(number, total))
                Canvas.showPage(self)
            Canvas.save(self)

        def _draw_footer(self, text: str) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            y = MARGIN_BOTTOM - 5.5 * mm
            self.line(MARGIN_X, y + 9, PAGE_WIDTH - MARGIN_X, y + 9)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, y, text)
            self.restoreState()

    return FooterCanvas


class _SignatureTable(Table):
    """The signature block; remembers where it was drawn so a signature field can cover it."""

    drawn_at: SignatureBox | None = None

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        super().drawOn(canvas, x, y, _sW)
        page = getattr(canvas, "page_index", canvas.getPageNumber() - 1)
        self.drawn_at = SignatureBox(page, (round(x, 2), round(y, 2), round(x + self._width, 2),
                                            round(y + self._height, 2)))


# --- the turnout chart -----------------------------------------------------------------------------


def _ceil_hour(moment: dt.datetime) -> dt.datetime:
    floor = floor_hour(moment)
    return floor if floor == moment.astimezone() else (floor + dt.timedelta(hours=1)).astimezone()


def turnout_chart(width: float, height: float, tallies: Sequence[dt.datetime],
                  announced: Sequence[tuple[dt.datetime, float, str]],
                  absences: Sequence[tuple[dt.datetime, dt.datetime]], lang: str,
                  day: tuple[dt.datetime, dt.datetime] | None = None) -> Drawing:
    """Cumulative head-count (a step line), announced turnout in voters (diamonds, labelled as
    announced) and grey bands while the observer was out of the station, over the whole voting
    day `day` (opening, closing; widened to every record outside it) in local hours, with a
    labelled time axis (its UTC offset) and a labelled count axis.

    The legend goes on one line above the plot when it fits, else one item a line.
    """
    drawing = Drawing(width, height, initialFontName=FONT)
    moments = list(tallies) + [a[0] for a in announced] + [m for span in absences for m in span]
    if day is not None:
        moments += list(day)
    start = floor_hour(min(moments))
    end = _ceil_hour(max(moments))
    span_s = max((end - start).total_seconds(), 3600.0)
    top = max([len(tallies)] + [v for _, v, _ in announced] + [1])
    step = nice_step(top, 4)
    y_max = step * math.ceil(top / step)
    if y_max < top * 1.08:
        y_max += step  # room above the highest point for its label

    legend: list[tuple[str, str]] = [(t("chart_counted", lang), "line"),
                                     (t("chart_announced", lang), "diamond")]
    if absences:
        legend.append((t("chart_absent", lang), "band"))
    legend_size, mark_w, gap = 7.0, 17.0, 12.0
    one_line = sum(mark_w + pdfmetrics.stringWidth(text, FONT, legend_size) + gap for text, _ in legend)
    legend_lines = 1 if one_line <= width else len(legend)
    legend_h = 10.0 * legend_lines + 4

    # The count axis's title above its numbers; the time axis's title below its hours.
    tick_size = 6.5
    y_title_h = 9.0
    left, right, bottom = 30.0, 12.0, 24.0
    plot_w, plot_h = width - left - right, height - bottom - legend_h - y_title_h - 4

    def x_of(moment: dt.datetime) -> float:
        return left + plot_w * (moment - start).total_seconds() / span_s

    def y_of(value: float) -> float:
        return bottom + plot_h * value / y_max

    for s, e in absences:
        x1, x2 = max(x_of(s), left), min(x_of(e), left + plot_w)
        if x2 > x1:
            drawing.add(Rect(x1, bottom, x2 - x1, plot_h, fillColor=ABSENCE_COLOUR, strokeColor=None))
    value = 0.0
    while value <= y_max + 1e-9:
        y = y_of(value)
        drawing.add(Line(left, y, left + plot_w, y, strokeColor=GRID_COLOUR if value else AXIS_COLOUR,
                         strokeWidth=0.5))
        drawing.add(String(left - 3, y - 2.3, formats.decimal(value, lang, None), fontName=FONT,
                           fontSize=tick_size, fillColor=MUTED, textAnchor="end"))
        value += step
    drawing.add(String(left - 3, bottom + plot_h + 5, t("chart_voters_axis", lang), fontName=FONT_BOLD,
                       fontSize=tick_size, fillColor=MUTED, textAnchor="start"))
    hours = int(round(span_s / 3600))
    per_hour = plot_w / hours
    every = next(n for n in (1, 2, 3, 4, 6, 12, 24) if per_hour * n >= 22 or n == 24)
    for i in range(hours + 1):
        moment = (start + dt.timedelta(hours=i)).astimezone()
        x = x_of(moment)
        labelled = moment.hour % every == 0  # 08:00, 10:00 ... 20:00: the closing hour labelled
        drawing.add(Line(x, bottom, x, bottom - (2.5 if labelled else 1.2), strokeColor=AXIS_COLOUR,
                         strokeWidth=0.5))
        if labelled:
            drawing.add(String(x, bottom - 9.5, formats.clock(moment), fontName=FONT, fontSize=tick_size,
                               fillColor=MUTED, textAnchor="middle"))
    drawing.add(String(left + plot_w / 2, bottom - 19.5, t("chart_time_axis", lang).format(offset=formats.offset(start)),
                       fontName=FONT_BOLD, fontSize=tick_size, fillColor=MUTED, textAnchor="middle"))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=AXIS_COLOUR, strokeWidth=0.5))

    if tallies:
        # A step line, one point per 1.5 pt of width at most: one voter is far below a point
        # high, and a few hundred points draw as fast as a table row.
        points = [round(x_of(tallies[0]), 1), round(y_of(0), 1)]
        last_x, bin_x, bin_count = points[0], None, 0
        for count, moment in enumerate(tallies, start=1):
            x = x_of(moment)
            if bin_x is not None and x - bin_x < 1.5:
                bin_count = count
                continue
            if bin_x is not None:
                points += [round(bin_x, 1), round(y_of(bin_count), 1)]
                last_x = bin_x
            if x - last_x >= 1.5:  # a gap: hold the level until this voter
                points += [round(x, 1), round(y_of(count - 1), 1)]
            bin_x, bin_count = x, count
        points += [round(bin_x, 1), round(y_of(bin_count), 1)]  # type: ignore[arg-type]
        drawing.add(PolyLine(points, strokeColor=COUNTED_COLOUR, strokeWidth=1.3, strokeLineJoin=1))
    for moment, voters, text in announced:
        x, y = x_of(moment), y_of(voters)
        size = 3.2
        drawing.add(Polygon([x, y + size, x + size, y, x, y - size, x - size, y],
                            fillColor=ANNOUNCED_COLOUR, strokeColor=colors.white, strokeWidth=0.5))
        text_w = pdfmetrics.stringWidth(text, FONT, tick_size)
        anchor = "end" if x + 5 + text_w > width else "start"
        drawing.add(String(x + (-5 if anchor == "end" else 5), y + 2.5, text, fontName=FONT, fontSize=tick_size,
                           fillColor=ANNOUNCED_COLOUR, textAnchor=anchor))

    x, y = left, height - 8
    for text, mark in legend:
        if mark == "line":
            drawing.add(Line(x, y + 2.5, x + 13, y + 2.5, strokeColor=COUNTED_COLOUR, strokeWidth=1.3))
        elif mark == "diamond":
            drawing.add(Polygon([x + 6.5, y + 6, x + 10, y + 2.5, x + 6.5, y - 1, x + 3, y + 2.5],
                                fillColor=ANNOUNCED_COLOUR, strokeColor=None))
        else:
            drawing.add(Rect(x + 1.5, y - 1, 10, 7, fillColor=ABSENCE_COLOUR, strokeColor=None))
        drawing.add(String(x + mark_w, y, text, fontName=FONT, fontSize=legend_size, fillColor=INK))
        if legend_lines == 1:
            x += mark_w + pdfmetrics.stringWidth(text, FONT, legend_size) + gap
        else:
            y -= 10
    return drawing


# --- keeping what ends the summary with real content ------------------------------------------------


class _KeepWithTail(Flowable):
    """A section's last block (`head`, after its `lead`: the heading and what comes before the
    block) and everything after it (`tail`: short sections and the signature block): the tail
    never goes to a page of its own. It takes at least the head table's last `rows` rows with
    it, or the whole section when the head is not a table; only a section and tail taller than
    a page flow apart."""

    def __init__(self, lead: Sequence[Flowable], head: Flowable, tail: Sequence[Flowable], rows: int = 4):
        super().__init__()
        self.lead, self.head, self.tail, self.rows = list(lead), head, list(tail), rows

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 0xFFFFFF  # never drawn itself: the frame splits it

    def _height(self, flowables: Sequence[Flowable], available_width: float) -> float:
        """Their height as a frame stacks them below earlier content: with the first one's
        space before (which _listWrapOn leaves out, as at the top of a frame)."""
        flat = _flat(flowables)
        first = next((f for f in flat if not isinstance(f, CondPageBreak)), None)
        frame = getattr(self, "_frame", None)
        space = first.getSpaceBefore() if first is not None and not getattr(frame, "_atTop", True) else 0.0
        return _listWrapOn(flat, available_width, self.canv)[1] + space + 0.5

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        whole = [*self.lead, self.head, *self.tail]
        if self._height(whole, available_width) <= available_height:
            return _flat(whole)  # all of it here: nothing left to keep together
        if isinstance(self.head, Table):
            # What the lead leaves for the table (its last space after counted: the table follows).
            room = available_height - (self._height(self.lead, available_width) + self.lead[-1].getSpaceAfter()
                                       + 1.0 if self.lead else 0.0)
            self.head.wrap(available_width, max(room, 1.0))
            heights = list(self.head._rowHeights)
            repeat = self.head.repeatRows if isinstance(self.head.repeatRows, int) else 0
            # As many of the last rows as allowed (`rows`, else fewer, at least two) go on with
            # the tail; the rest fill this page.
            for keep in range(min(self.rows, len(heights) - repeat), 1, -1):
                if room <= 0 or len(heights) - keep <= repeat:
                    continue
                limit = min(room, sum(heights[:len(heights) - keep]) + 0.01)
                parts = self.head.split(available_width, limit)
                if len(parts) == 2:  # the rest on the next page, never below on this one
                    return [*self.lead, parts[0], PageBreak(), _KeepWithTail([], parts[1], self.tail, self.rows)]
        frame = getattr(self, "_frame", None)
        if frame is None or getattr(frame, "_atTop", False):
            # A page of its own cannot hold them together. The first flowable is placed as it
            # is, so a group there is opened (it would not fit whole either).
            return [*_flat(whole[:1]), *whole[1:]]
        return []  # on to the next page, whole


def _flat(flowables: Sequence[Flowable]) -> list[Flowable]:
    """The flowables with every KeepTogether (and _KeepWithTail) opened into its content."""
    out: list[Flowable] = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            out += _flat(f._content)
        elif isinstance(f, _KeepWithTail):
            out += _flat([*f.lead, f.head, *f.tail])
        else:
            out.append(f)
    return out


@dataclass
class _Section:
    """A section's flowables; `anchor`: its last block of real content (a table kept with its
    heading and notes, a chart), or None when it says only that nothing was recorded."""

    flow: list[Flowable]
    anchor: Flowable | None = None


# --- the document ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _HourLine:
    hour: dt.datetime
    counted: int
    cumulative: int
    absent_minutes: int
    announcements: tuple[r.TurnoutAnnouncement, ...]


# Below a heading at least its table's header and first rows: else the heading starts a page.
HEADING_ROOM = 68.0
WORDS_SIZE = 7.2  # a protocol figure in words, beside the figure

# Obstructions listed one a line in the findings; the rest are counted (all are in their section).
FINDINGS_OBSTRUCTIONS = 8


class _Builder:
    """Reads what the summary needs from the store once, then lays it out."""

    def __init__(self, store: Store, station_id: str, lang: str, now: dt.datetime,
                 signer_line: str | None, signer: Identity | None = None):
        self.lang = lang
        self.now = now  # the generation time: an obstruction still open is "still open" then
        self.signer_line = signer_line
        self.template: ElectionTemplate = store.template()
        self.station = store.station(station_id)
        self.observer = store.observer()
        # Who the summary is by: the signer's certificate when it is signed, else the profile.
        if signer is not None:
            self.observer_name = name_on_documents(signer, self.observer.full_name)
            self.observer_id = signer.observer_id
            self.fingerprint: str | None = signer.certificate.fingerprint(hashes.SHA256()).hex(":").upper()
        else:
            self.observer_name, self.observer_id = self.observer.full_name, self.observer.id
            self.fingerprint = None
        self.visit = store.visit(station_id)
        protocol = store.protocol(station_id)
        self.protocol = protocol if protocol is not None and not protocol.deleted else None
        self.obstructions = sorted(store.obstructions(station_id), key=lambda o: o.started_at)
        self.incidents = store.incidents(station_id)
        self.tallies = sorted(parse_time(tally.at) for tally in store.tallies(station_id))
        self.announcements = store.announcements(station_id)
        visit = self.visit if self.visit is not None and not self.visit.deleted else None
        self.arrived = formats.local(visit.arrived_at) if visit else None
        self.departed = formats.local(visit.departed_at) if visit else None
        day_source = (visit.arrived_at if visit and visit.arrived_at else None) \
            or (self.announcements[0].at if self.announcements else None)
        self.day = (formats.local(day_source) or (self.tallies[0].astimezone() if self.tallies else self.now)).date()
        # The voting day on the records' day (the chart spans at least it), widened to every record.
        self.day_opens = dt.datetime.combine(self.day, VOTING_OPENS).astimezone()
        day_closes = dt.datetime.combine(self.day, VOTING_CLOSES).astimezone()
        recorded = [*self.tallies[-1:], *(parse_time(a.at) for a in self.announcements),
                    *(parse_time(o.started_at) for o in self.obstructions),
                    *(parse_time(o.ended_at) for o in self.obstructions if o.ended_at),
                    *(m for m in (self.arrived, self.departed) if m)]
        self.day_end = max([day_closes, *recorded])
        # The head-count's coverage: arrival..departure minus the time out of the station.
        self.coverage = station_coverage(self.tallies, self.obstructions, self.arrived, self.departed)
        self.photos: list[tuple[str, r.Photo]] = []  # (attached to, photo), numbered from 1
        self.photo_numbers: dict[str, list[int]] = {}  # owner id -> its photos' numbers
        owners: list[tuple[r.Record, str]] = []
        if self.protocol is not None:
            owners.append((self.protocol, self.t("owner_protocol")))
        owners += [(o, self.t("owner_obstruction", time=self.clock(o.started_at))) for o in self.obstructions]
        owners += [(i, self.t("owner_incident", time=self.clock(i.occurred_at))) for i in self.incidents]
        for owner, owner_label in owners:
            for photo in store.photos(owner):
                self.photos.append((owner_label, photo))
                self.photo_numbers.setdefault(owner.id, []).append(len(self.photos))
        registered = self.station.registered_voters
        registered_code = self.template.role_code("registered")
        if registered is None and registered_code and self.protocol is not None:
            registered = self.protocol.values.get(registered_code)
        self.registered = registered
        self.results = self.template.evaluate(self.protocol.values) if self.protocol is not None else []
        # What every page says above its content: a demonstration election, a draft protocol.
        self.marks: list[tuple[str, str]] = []
        if getattr(self.template, "demo", False):
            self.marks.append(("demo", self.t("mark_demo")))
        if self.protocol is not None and self.protocol.status == "draft":
            self.marks.append(("draft", self.t("mark_draft")))
        self.s = _styles()
        self.generated_text = ""
        self._signature: _SignatureTable | None = None

    # --- small helpers -----------------------------------------------------------------------

    def t(self, key: str, **fields: Any) -> str:
        """The text for `key`, its whole-number fields written as the language writes them."""
        text = t(key, self.lang)
        return text.format(**{name: self.integer(value) if isinstance(value, int) and not isinstance(value, bool)
                              else value for name, value in fields.items()}) if fields else text

    def integer(self, value: int) -> str:
        return formats.integer(value, self.lang)

    def name(self, names: dict[str, str]) -> str:
        return pick_name(names, self.lang)

    def clock(self, iso: str | None) -> str:
        """HH:MM in local time; with the date when it is not the day of the visit."""
        return self.clock_at(formats.local(iso)) if iso else ""

    def clock_at(self, moment: dt.datetime | None) -> str:
        if moment is None:
            return ""
        moment = moment.astimezone()
        return formats.clock(moment) if moment.date() == self.day else formats.stamp(moment, self.lang)

    def percent(self, value: float) -> str:
        return formats.decimal(value, self.lang)

    def percent_as_announced(self, value: float) -> str:
        """Up to two decimals, no trailing zeros (28.4, 44.49, 50), as the commission said it."""
        return formats.percent(value, self.lang, None)

    def duration(self, minutes: int) -> str:
        if minutes < 60:
            return self.t("minutes", minutes=minutes)
        return self.t("hours_minutes", hours=minutes // 60, minutes=minutes % 60)

    def photo_refs(self, owner_id: str) -> str:
        numbers = self.photo_numbers.get(owner_id)
        return self.t("photo_refs", numbers=", ".join(map(str, numbers))) if numbers else ""

    def para(self, markup: str, style: str = "cell") -> Paragraph:
        return Paragraph(markup, self.s[style])

    @staticmethod
    def keep(lead: Sequence[Flowable], table: Flowable, tail: Sequence[Flowable] = ()) -> "_KeepWithTail":
        """A table with its heading (`lead`) above and its notes (`tail`) below: the heading
        goes with at least the first rows, the notes with the last ones."""
        return _KeepWithTail(lead, table, tail)

    def heading(self, key: str) -> list[Flowable]:
        """A section's heading, on a new page unless its first rows fit below it: a heading is
        never left alone at the bottom of a page, nor does it pull a long table to the next."""
        return [CondPageBreak(HEADING_ROOM), Paragraph(escape(self.t(key)), self.s["h2_free"])]

    @staticmethod
    def toned(markup: str, tone: str | None, bold: bool = False) -> str:
        if bold:
            markup = f"<b>{markup}</b>"
        if tone:
            markup = f'<font color="{_hex(MUTED if tone == "muted" else TONES[tone])}">{markup}</font>'
        return markup

    @staticmethod
    def key_value_style() -> list[tuple[Any, ...]]:
        return [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 0.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8)]

    def obstruction_end(self, o: r.Obstruction) -> tuple[dt.datetime | None, str]:
        """Where an obstruction ends: its end, else the departure, else (None, "open")."""
        start = parse_time(o.started_at)
        return obstruction_end(start, parse_time(o.ended_at) if o.ended_at else None, self.departed)

    def shown_end(self, o: r.Obstruction) -> dt.datetime:
        """Where a chart or the hourly table draws an obstruction's end: its end or the
        departure; one still open, at the time the summary was made, within the day shown."""
        end, _ = self.obstruction_end(o)
        start = parse_time(o.started_at)
        return end if end is not None else max(start, min(self.now, self.day_end))

    def issued_line(self) -> tuple[str, str] | None:
        """The protocol line the head-count is compared with: (its number, its name)."""
        code = issued_code(self.template)
        if code is None:
            return None
        line = self.template.line(code)
        return line.number, self.name(line.name)

    # --- rendering ---------------------------------------------------------------------------

    def render(self, *, invariant: bool, generated_text: str) -> SummaryPdf:
        self.generated_text = generated_text
        story = self.story()
        record: dict[str, Any] = {}
        code = self.station.code

        def footer(page: int, pages: int) -> str:
            return self.t("footer", code=code, page=page, pages=pages, time=generated_text)

        title = self.t("title", code=code)
        if self.marks:  # the document's title says it too: "DEMO — ...: Observer's report ..."
            title = " · ".join(text.split(" — ")[0] for _, text in self.marks) + ": " + title
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            # The frame pads its content by 6 pt: the text starts at MARGIN_X, WIDTH wide.
            buffer, pagesize=A4, leftMargin=MARGIN_X - _FRAME_PAD, rightMargin=MARGIN_X - _FRAME_PAD,
            topMargin=marks_margin(len(self.marks)) - _FRAME_PAD, bottomMargin=MARGIN_BOTTOM - _FRAME_PAD,
            invariant=1 if invariant else 0, initialFontName=FONT, initialFontSize=8.5, initialLeading=10.6,
            title=title, author=printable(self.observer_name),
            subject=self.t("pdf_subject"), creator="observer-app", lang=self.lang,
        )
        statement = {STATED_OBSERVER_KEY: self.observer_id, STATED_STATION_KEY: code}
        doc.build(story, canvasmaker=_canvas_maker(footer, record, statement, self.marks))
        drawn_at = self._signature.drawn_at if self._signature is not None else None
        return SummaryPdf(buffer.getvalue(), record.get("pages", 0), drawn_at)

    def story(self) -> list[Flowable]:
        """The findings first, then the evidence section by section, then the signatures. The
        last section with real content keeps what follows it (short sections, the signature
        block) on its page: no page holds only a scrap."""
        sections = [self.findings_section(), self.details_section(), self.protocol_section(),
                    self.obstruction_section(), self.turnout_section(), self.incident_section(),
                    self.photo_section()]
        last = max(i for i, section in enumerate(sections) if section.anchor is not None)
        flow = [f for section in sections[:last] for f in section.flow]
        anchored, anchor = sections[last].flow, sections[last].anchor
        at = anchored.index(anchor)
        tail = anchored[at + 1:] + [f for section in sections[last + 1:] for f in section.flow]
        tail += self.signature_section()
        if isinstance(anchor, _KeepWithTail):  # a table with its heading: the tail joins its notes
            anchor.tail += tail
            return self.title_block() + flow + anchored[:at + 1]
        return self.title_block() + flow + [_KeepWithTail(anchored[:at], anchor, tail)]

    # --- title, findings, station, observer, visit -------------------------------------------

    def title_block(self) -> list[Flowable]:
        subtitle = self.name(self.template.name)
        return [Paragraph(escape(self.t("title", code=self.station.code)), self.s["title"]),
                Paragraph(escape(subtitle), self.s["subtitle"])]

    def findings_section(self) -> _Section:
        rows: list[tuple[str, list[str]]] = [
            ("finding_obstructions", self.obstruction_findings()),
            ("finding_protocol", self.protocol_findings()),
            ("finding_headcount", self.headcount_findings()),
        ]
        clock = self.clock_findings()
        if clock:
            rows.append(("finding_clock", clock))
        # The labels on one line each where they fit in a fifth of the width.
        label_w = max(64.0, min(max(pdfmetrics.stringWidth(self.t(key), FONT_BOLD, 8.5) for key, _ in rows),
                                WIDTH / 5) + 12)
        grid = _Grid((label_w, WIDTH - label_w), size=8.5, leading=10.8, pad=5)
        for key, items in rows:
            markup = "<br/>".join(items) if len(items) == 1 else "<br/>".join(f"•\u00a0{item}" for item in items)
            grid.add([Cell(self.t(key), bold=True), self.para(markup, "finding")])
        style = [("BACKGROUND", (0, 0), (-1, -1), FINDINGS_BG), ("LINEBEFORE", (0, 0), (0, -1), 2.4, INK),
                 ("TOPPADDING", (0, 0), (-1, -1), 3.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.6)]
        style += [("LINEABOVE", (0, row), (-1, row), 0.5, RULE) for row in range(1, len(grid.rows))]
        table = grid.table(style)
        return _Section([Paragraph(escape(self.t("section_findings")), self.s["h2_first"]), table], table)

    def span_text(self, o: r.Obstruction) -> str:
        """An obstruction's interval in a sentence: "12:10–13:05 (55 min)", "09:40–17:00 (until
        the observer left, 7 h 20 min)", "from 09:40, still open at 18:30 (when this summary
        was made)"."""
        start = parse_time(o.started_at)
        end, how = self.obstruction_end(o)
        if end is None:
            still = self.toned(escape(self.t("still_open_at", time=self.clock_at(self.now))), "fail", bold=True)
            return f"{escape(self.t('from_start', start=self.clock(o.started_at)))}, {still} " \
                   f"{escape(self.t('when_made'))}"
        minutes = round((end - start).total_seconds() / 60)
        why = [self.t("until_left")] if how == "departure" else []
        return escape(f"{self.clock(o.started_at)}–{self.clock_at(end)} ("
                      + ", ".join(why + [self.duration(minutes)]) + ")")

    def obstruction_findings(self) -> list[str]:
        if not self.obstructions:
            return [escape(self.t("none_recorded"))]
        items = []
        # Out of the station first (removed, not admitted): the head-count's gaps.
        listed = sorted(self.obstructions, key=lambda o: (o.kind not in ABSENCE_KINDS, o.started_at))
        for o in listed[:FINDINGS_OBSTRUCTIONS]:
            text = f"<b>{escape(label('kind', o.kind, self.lang))}</b>: {self.span_text(o)}"
            who = ", ".join(printable(p.strip()) for p in (o.ordered_by, o.ordered_by_position) if p.strip())
            if who:
                text += f" · {escape(self.t('ordered_by_finding', who=who))}"
            items.append(text)
        if len(self.obstructions) > FINDINGS_OBSTRUCTIONS:
            items.append(escape(self.t("more_obstructions", n=len(self.obstructions) - FINDINGS_OBSTRUCTIONS,
                                       section=self.t("section_obstructions"))))
        return items

    def off_by(self, result: RelationResult) -> str:
        """A failing relation as its formula, its figures and by how much they are off:
        "7 = Σ votes: 1680 ≠ 1694, off by 14"."""
        return self.t("relation_off", formula=relation_formula(self.template, result.relation, self.lang),
                      numbers=result.numbers(self.lang), off=abs(result.difference or 0))

    def protocol_findings(self) -> list[str]:
        protocol = self.protocol
        if protocol is None:
            return [escape(self.t("no_protocol"))]
        items = []
        if protocol.source == "not_shown":
            items.append(self.toned(escape(self.t("protocol_not_shown")), "fail", bold=True))
        elif not protocol.source:
            items.append(self.toned(escape(f"{self.t('source')}: {self.t('source_not_chosen')}"), "warning"))
        if protocol.status == "draft":
            items.append(self.toned(escape(self.t("protocol_draft")), "warning", bold=True))
        failing = [result for result in self.results if result.failed]
        for result in failing:
            key = self.result_key(result)
            text = self.toned(escape(self.off_by(result)), key, bold=True)
            if result.relation.description:
                text += f' <font color="{_hex(MUTED)}">({escape(self.name(result.relation.description))})</font>'
            if key == "warning":
                text += f" · {escape(label('result', 'warning', self.lang))}"
            items.append(text)
        if not failing and self.results:
            unknown = sum(res.status == "unknown" for res in self.results)
            if unknown:
                items.append(escape(self.t("relations_summary_unknown", unknown=unknown, total=len(self.results))))
            else:
                items.append(self.toned(escape(self.t("relations_summary_pass", total=len(self.results))), "pass"))
        code = self.template.role_code("registered")
        listed = self.station.registered_voters
        on_protocol = protocol.values.get(code) if code else None
        if code and listed is not None and on_protocol is not None and listed != on_protocol:
            items.append(self.toned(escape(self.t("registered_differs", number=self.template.line(code).number,
                                                  protocol=on_protocol, station=listed)), "warning"))
        return items

    def coverage_text(self) -> str:
        found = self.coverage
        out = self.t("out_of_station", duration=self.duration(found.out_minutes)) if found.out \
            else self.t("no_time_out")
        return self.t("coverage", start=self.clock_at(found.start), end=self.clock_at(found.end), out=out,
                      counted=found.counted)

    def headcount_findings(self) -> list[str]:
        found = self.coverage
        if not self.tallies:
            return [escape(self.t("no_headcount"))]
        if not found.observed:  # e.g. an arrival recorded after every count
            return [self.toned(escape(self.t("counted_outside", n=found.counted_outside)), "warning"),
                    escape(self.t("cmp_not_counted"))]
        items = [f"<b>{escape(self.coverage_text())}</b>"]
        notes = []
        if found.start_from == "first_count":
            notes.append(self.t("coverage_no_arrival"))
        if found.end_at == "last_count":
            notes.append(self.t("coverage_no_departure"))
        if notes:
            items[0] += f' <font color="{_hex(MUTED)}">{escape(" ".join(notes))}</font>'
        if found.counted_while_out:
            items.append(self.toned(escape(self.t("counted_while_out", n=found.counted_while_out)), "warning"))
        if found.counted_outside:
            items.append(self.toned(escape(self.t("counted_outside", n=found.counted_outside)), "warning"))
        line = self.issued_line()
        if self.protocol is None or line is None:
            items.append(escape(self.t("cmp_no_protocol")))
            return items
        number, name = line
        finding = compare_observed(found, self.protocol.values.get(issued_code(self.template) or ""))
        if finding.verdict == "not_counted":
            items.append(escape(self.t("cmp_not_counted")))
        elif finding.verdict == "no_figure":
            items.append(escape(self.t("cmp_no_figure", number=number, name=name)))
        elif finding.verdict == "equal":
            items.append(escape(self.t("cmp_equal", number=number, name=name, issued=finding.issued)))
        elif finding.verdict == "fewer":
            items.append(self.toned(escape(self.t("cmp_fewer", number=number, name=name, issued=finding.issued,
                                                  difference=-(finding.difference or 0))), "fail", bold=True)
                         + " " + escape(self.t("cmp_fewer_note")))
        else:
            text = self.toned(escape(self.t("cmp_more", number=number, name=name, issued=finding.issued,
                                            difference=finding.difference)), "fail", bold=True)
            if found.whole_day:
                text += " " + escape(self.t("cmp_more_whole_day", opens=self.clock_at(found.day_opens),
                                            closes=self.clock_at(found.day_closes),
                                            difference=finding.difference))
            else:
                text += " " + escape(self.t("cmp_more_partial"))
            if not self.template.role_code("issued_in_premises"):
                text += " " + escape(self.t("includes_outside"))
            items.append(text)
        return items

    def clock_findings(self) -> list[str]:
        election_day = _parse_date(self.template.date)
        if election_day is None or election_day == self.day or not self.has_times():
            return []
        return [self.toned(escape(self.t("clock_other_day", day=formats.date(self.day, self.lang),
                                         election=formats.date(election_day, self.lang))), "warning", bold=True)]

    def has_times(self) -> bool:
        """Whether anything recorded has a time (the day is then the records', not today's)."""
        return bool(self.tallies or self.announcements or self.obstructions or self.incidents
                    or self.arrived or self.departed)

    def details_section(self) -> _Section:
        station, observer = self.station, self.observer
        place = ", ".join(p for p in (station.region, station.district) if p)
        left: list[tuple[str, str | Cell]] = [(self.t("station_code"), Cell(station.code, bold=True))]
        if station.address:
            left.append((self.t("address"), station.address))
        if place:
            left.append((self.t("region_district"), place))
        left.append((self.t("registered_voters"), self.t("unknown") if station.registered_voters is None
                     else self.integer(station.registered_voters)))
        arrived, departed = self.arrived, self.departed
        right: list[tuple[str, str | Cell]] = [
            (self.t("observer_name"), printable(self.observer_name)
             or Cell(self.t("not_filled_in"), tone="warning")),
            (self.t("organisation"), observer.organisation or "—"),
            (self.t("contact"), observer.contact or "—"),
            (self.t("observer_id"), Cell(self.observer_id, size=6.8)),
            (self.t("arrived"), formats.stamp(arrived, self.lang) if arrived else Cell(self.t("not_recorded"), tone="warning")),
            (self.t("departed"), formats.stamp(departed, self.lang) if departed else Cell(self.t("not_recorded"), tone="warning")),
        ]
        key_w, gap = 88.0, 6.0
        half = (WIDTH - gap) / 2
        section = dict(font=WIDE_BOLD, size=8.5)
        tables = []
        for title, pairs in (("section_station", left), ("section_observer", right)):
            grid = _Grid((key_w, half - key_w), size=8.5, leading=10.4)
            grid.add([Cell(self.t(title), **section)], span=True)  # type: ignore[arg-type]
            for key, value in pairs:
                grid.add([Cell(key, tone="muted", size=8), value])
            style = self.key_value_style() + [("BOTTOMPADDING", (0, 0), (-1, 0), 2.5)]
            if title == "section_observer":
                offset = formats.offset(arrived or departed or self.now)
                grid.add([Cell(self.t("local_time", offset=offset), tone="muted", size=7.5)], span=True)
                style += [("LINEBEFORE", (0, 0), (0, -1), 0.5, RULE), ("LEFTPADDING", (0, 0), (0, -1), 8)]
            tables.append(grid.table(style))
        table = _SideBySide(tables[0], tables[1], half, gap)
        return _Section([Spacer(0, 8), table], table)

    # --- protocol and relations --------------------------------------------------------------

    @staticmethod
    def result_key(result: RelationResult) -> str:
        if result.status == "fail":
            return "fail" if result.relation.severity == "error" else "warning"
        return result.status

    def protocol_meta(self, protocol: r.Protocol) -> list[tuple[str, str]]:
        """Source, status and the rest as (label, markup) pairs."""
        if protocol.source:
            source = self.toned(escape(label("source", protocol.source, self.lang)),
                                "fail" if protocol.source == "not_shown" else None)
        else:
            source = self.toned(escape(self.t("source_not_chosen")), "warning", bold=True)
        status = escape(label("status", protocol.status, self.lang))
        meta = [(self.t("source"), source),
                (self.t("status"), self.toned(status, "warning", bold=True) if protocol.status == "draft" else status),
                (self.t("recorded"), escape(self.clock(protocol.recorded_at)))]
        # When the commission signed it and who certified the copy: optional.
        signed = protocol.commission_signed_at
        if signed:
            try:
                signed_text = self.clock(signed)
            except ValueError:  # a time as the observer wrote it
                signed_text = printable(str(signed))
            meta.append((self.t("commission_signed"), escape(signed_text)))
        certified_by = protocol.certified_by
        if certified_by and str(certified_by).strip():
            meta.append((self.t("certified_by"), escape(printable(str(certified_by).strip()))))
        meta.append((self.t("as_on_official_copy"), escape(self.t("yes" if protocol.as_on_official_copy else "no"))))
        if self.photo_refs(protocol.id):
            meta.append((self.t("protocol_photos"), escape(self.photo_refs(protocol.id))))
        return meta

    def protocol_section(self) -> _Section:
        flow: list[Flowable] = self.heading("section_protocol")
        protocol, template = self.protocol, self.template
        if protocol is None:
            return _Section(flow + [self.para(escape(self.t("no_protocol")), "base")])
        values = protocol.values
        results = self.results
        flagged: dict[str, str] = {}  # line code -> "fail" | "warning": shown in that colour
        for result in results:
            key = self.result_key(result)
            if key in ("fail", "warning"):
                for code in result.relation.codes():
                    if flagged.get(code) != "fail":
                        flagged[code] = key

        # Source, status and the rest as one run of "label: value" pairs, wrapped like a sentence.
        separator = f' <font color="{_hex(RULE)}">·</font> '
        flow.append(self.para(separator.join(f'<font color="{_hex(MUTED)}">{escape(k)}:</font>\u00a0{v}'
                                             for k, v in self.protocol_meta(protocol)), "value"))
        flow.append(Spacer(0, 4))

        # The figures in words as the official form writes them, beside the figures.
        words = [in_words(v, self.lang) for v in values.values() if v is not None]
        words_w = max([70.0, _longest_word(self.t("col_in_words"), FONT_BOLD, 7.5) + 7]
                      + [min(pdfmetrics.stringWidth(text, FONT, WORDS_SIZE) + 7, 150.0) for text in words])
        share_w = max(50.0, _longest_word(self.t("col_percent_valid"), FONT_BOLD, 7.5) + 7)
        number_w, value_w = 24.0, 42.0
        grid = _Grid((number_w, WIDTH - number_w - value_w - words_w - share_w, value_w, words_w, share_w),
                     leading=9.3, right=(2, 4))
        grid.add([self.t("col_number"), self.t("col_line"), self.t("col_value"), self.t("col_in_words"),
                  self.t("col_percent_valid")], head=True)

        def value_cells(code: str) -> list[Cell | None]:
            value = values.get(code)
            tone = flagged.get(code)
            if value is None:
                return [Cell(self.t("value_unknown")), None]
            return [Cell(self.integer(value), bold=bool(tone), tone=tone),
                    Cell(in_words(value, self.lang), tone="muted", size=WORDS_SIZE)]

        for line in template.lines:
            grid.add([line.number, self.name(line.name), *value_cells(line.code), None])
        sub_row = grid.add([Cell(self.t("votes_heading"), bold=True)], span=True)
        valid_code = template.role_code("valid")
        valid = values.get(valid_code) if valid_code else None
        for contestant in template.contestants:
            votes = values.get(contestant.code)
            share = self.percent(100.0 * votes / valid) if votes is not None and valid else ""
            grid.add([None, self.name(contestant.name), *value_cells(contestant.code), share])
        style = _ruled(sub_row, dense=True) + [
            ("BACKGROUND", (0, sub_row), (-1, sub_row), SUB_BG),
            ("LINEABOVE", (0, sub_row), (-1, sub_row), 0.5, RULE)]
        style += [("BACKGROUND", (0, row), (-1, row), ZEBRA) for row in range(sub_row + 2, len(grid.rows), 2)]
        table = grid.table(style, repeatRows=1)
        notes = [self.para(escape(self.t("unknown_note")), "small")] \
            if any(values.get(code) is None for code in template.codes) else []
        block = self.keep(flow, table, notes)
        relations = self.relations(results)
        if relations is None:
            return _Section([block], block)
        return _Section([block, relations], relations)

    def relations(self, results: Sequence[RelationResult]) -> "_KeepWithTail | None":
        if not results:
            return None
        failed = sum(res.failed for res in results)
        unknown = sum(res.status == "unknown" for res in results)
        if failed:
            summary = self.toned(escape(self.t("relations_summary_fail", failed=failed, total=len(results))),
                                 "fail", bold=True)
        elif unknown:
            summary = self.toned(escape(self.t("relations_summary_unknown", unknown=unknown,
                                               total=len(results))), "warning")
        else:
            summary = self.toned(escape(self.t("relations_summary_pass", total=len(results))), "pass")
        # The result column fits its longest word in this language ("ОРЫНДАЛМАДЫ") unbroken.
        result_w = max(_longest_word(label("result", key, self.lang), FONT_BOLD, 8)
                       for key in ("pass", "fail", "warning", "unknown")) + 8
        result_w = max(56.0, min(result_w, 110.0))
        formula_w = 170.0
        grid = _Grid((formula_w, WIDTH - formula_w - result_w, result_w))
        grid.add([self.t("col_relation"), self.t("col_meaning"), self.t("col_result")], head=True)
        for result in results:
            key = self.result_key(result)
            marked = key in ("fail", "warning")
            # The relation in line numbers, its figures below: "7 = Σ votes" / "1680 ≠ 1694, off by 14".
            formula = relation_formula(self.template, result.relation, self.lang)
            if result.failed:
                formula = self.off_by(result).replace(": ", "\n", 1)
            elif result.status != "unknown":
                formula += "\n" + result.numbers(self.lang)
            meaning = self.name(result.relation.description) if result.relation.description \
                else result.relation.expr
            grid.add([Cell(formula, bold=marked, tone=key if marked else None), meaning,
                      Cell(label("result", key, self.lang), bold=True, tone=key)])
        table = grid.table(_ruled(len(grid.rows)), repeatRows=1)
        # The heading, the summary and at least the first rows together; a long table may split.
        return self.keep([CondPageBreak(HEADING_ROOM), Paragraph(escape(self.t("section_relations")),
                                                                 self.s["h2_free"]),
                          self.para(summary, "base"), Spacer(0, 3)], table)

    # --- obstructions --------------------------------------------------------------------------

    def obstruction_section(self) -> _Section:
        flow: list[Flowable] = self.heading("section_obstructions")
        if not self.obstructions:
            return _Section(flow + [self.para(escape(self.t("none_recorded")), "base")])
        muted = _hex(MUTED)
        widths = (104.0, 112.0, 96.0)
        grid = _Grid((*widths, WIDTH - sum(widths)))
        grid.add([self.t(key) for key in ("col_obstruction", "col_from_to", "col_ordered_by", "col_details")],
                 head=True)
        for o in self.obstructions:
            kind = f"<b>{escape(label('kind', o.kind, self.lang))}</b>"
            if o.stage:
                kind += f'<br/><font color="{muted}">{escape(self.t("col_stage"))}: ' \
                        f'{escape(label("stage", o.stage, self.lang))}</font>'
            start = parse_time(o.started_at)
            end, how = self.obstruction_end(o)
            if end is None:  # still open when the summary was made: no duration to state
                until = self.toned(escape(self.t("still_open_at", time=self.clock_at(self.now))), "fail", bold=True)
                note = self.t("when_made")
            else:
                until = escape(self.clock_at(end))
                minutes = round((end - start).total_seconds() / 60)
                note = " · ".join(([self.t("until_left")] if how == "departure" else []) + [self.duration(minutes)])
            when = f'{escape(self.clock(o.started_at))} – {until}<br/><font color="{muted}">{escape(note)}</font>'
            ordered = _p(o.ordered_by)
            if o.ordered_by_position:
                position = f'<font color="{muted}">{_p(o.ordered_by_position)}</font>'
                ordered += ("<br/>" if ordered else "") + position
            details = [f'<font color="{muted}">{escape(self.t(key))}:</font> {_p(text.strip())}'
                       for key, text in (("stated_reason", o.stated_reason), ("witnesses", o.witnesses),
                                         ("notes", o.notes)) if text.strip()]
            if self.photo_refs(o.id):
                details.append(escape(self.photo_refs(o.id)))
            grid.add([self.para(kind), self.para(when), self.para(ordered or "—"),
                      self.para("<br/>".join(details) or "—")])
        block = self.keep(flow, grid.table(_ruled(len(grid.rows)), repeatRows=1))
        return _Section([block], block)

    # --- turnout -----------------------------------------------------------------------------

    def absences(self) -> list[tuple[dt.datetime, dt.datetime]]:
        """The intervals out of the station as the chart and the hourly table show them."""
        return [(parse_time(o.started_at), self.shown_end(o)) for o in self.obstructions if o.kind in ABSENCE_KINDS]

    def hour_lines(self, spans: Sequence[tuple[dt.datetime, dt.datetime]]) -> list[_HourLine]:
        """The domain's hourly counts, widened to the hours of the announcements."""
        return [_HourLine(row.hour, row.counted, row.cumulative, row.absent_minutes, made)
                for row, made in with_announcements(hourly(self.tallies, spans, self.now), self.announcements)]

    def announced_text(self, a: r.TurnoutAnnouncement) -> str:
        """E.g. "10:00: 14.2 % ≈ 386": the time, the figure as announced, in voters if it was a %."""
        parts = []
        if a.percent is not None:
            parts.append(self.percent_as_announced(a.percent))
        if a.voters is not None:
            parts.append(self.t("announced_voters", voters=a.voters))
        elif a.percent is not None and self.registered:
            parts.append(f"≈ {self.integer(round(a.percent * self.registered / 100))}")
        return f"{formats.clock(a.at)}: " + " ".join(parts)  # its row gives the day

    def turnout_summary(self) -> Table:
        found = self.coverage
        counted = found.counted if self.tallies else 0
        rows: list[tuple[str, str | Cell]] = [(self.t("headcount"), Cell(
            self.integer(counted) if self.tallies else self.t("headcount_none"), bold=bool(self.tallies)))]
        if self.tallies:
            out = self.t("out_of_station", duration=self.duration(found.out_minutes)) if found.out \
                else self.t("no_time_out")
            rows.append((self.t("headcount_hours"), f"{self.clock_at(found.start)}–{self.clock_at(found.end)}, {out}"))
        percent = independent_turnout(counted, self.registered) if counted else None
        if not self.tallies:
            rows.append((self.t("independent_turnout"), self.t("turnout_not_counted")))
        elif percent is None:
            rows.append((self.t("independent_turnout"), self.t("turnout_not_computable")))
        else:
            key = "percent_of_registered" if found.whole_day else "hours_counted_only"
            rows.append((self.t("independent_turnout"), self.t(key, percent=formats.percent(percent, self.lang),
                                                               registered=self.registered)))
        line, code = self.issued_line(), issued_code(self.template)
        if line is not None and code is not None and self.protocol is not None:
            title = self.t("protocol_line", number=line[0], name=line[1])
            issued = self.protocol.values.get(code)
            if issued is None:
                rows.append((title, self.t("not_filled_in")))
            elif not self.registered:
                rows.append((title, self.integer(issued)))
            else:
                rows.append((title, self.t("value_with_percent", value=issued,
                                           percent=formats.percent(independent_turnout(issued, self.registered) or 0, self.lang))))
            finding = compare_observed(found, issued)
            if finding.difference is not None:
                difference = finding.difference
                if difference > 0:
                    text, tone = self.t("difference_more", difference=difference), "fail"
                elif difference < 0:
                    text, tone = self.t("difference_fewer", difference=-difference), "fail"
                else:
                    text, tone = self.t("difference_none"), "pass"
                rows.append((self.t("difference"), Cell(text, bold=difference != 0, tone=tone)))
        grid = _Grid((250.0, WIDTH - 250.0), size=8.5, leading=10.4)
        for key, value in rows:
            grid.add([Cell(key, tone="muted", size=8), value])
        return grid.table(self.key_value_style())

    def turnout_section(self) -> _Section:
        flow: list[Flowable] = self.heading("section_turnout") + [self.turnout_summary()]
        spans = self.absences()
        lines = self.hour_lines(spans)
        if not lines:
            return _Section(flow + [Spacer(0, 3), self.para(escape(self.t("no_turnout")), "base")])
        flow.append(Spacer(0, 5))
        # Columns as narrow as their longest header word allows (no word is broken).
        widths = [max(minimum, _longest_word(self.t(key), FONT_BOLD, 7.5) + 7) for key, minimum in
                  (("col_hour", 52), ("col_counted", 34), ("col_cumulative", 40), ("col_turnout_percent", 34),
                   ("col_absent", 34))]
        announced_texts = ["; ".join(self.announced_text(a) for a in line.announcements) for line in lines]
        announced_w = max([78.0] + [min(pdfmetrics.stringWidth(text, FONT, 8) + 7, 120.0)
                                    for text in announced_texts])
        table_w = sum(widths) + announced_w
        side_by_side = len(lines) <= 21 and WIDTH - table_w >= 180
        if not side_by_side:
            announced_w = WIDTH - sum(widths)
        grid = _Grid((*widths, announced_w), leading=9.3, right=(1, 2, 3, 4))
        grid.add([self.t(key) for key in ("col_hour", "col_counted", "col_cumulative", "col_turnout_percent",
                                          "col_absent", "col_announced")], head=True)
        for line, announced_text in zip(lines, announced_texts):
            end = (line.hour + dt.timedelta(hours=1)).astimezone()
            percent = independent_turnout(line.cumulative, self.registered)
            absent = Cell(self.integer(line.absent_minutes), bold=True, tone="warning") if line.absent_minutes else None
            grid.add([formats.clock_span(line.hour, end), self.integer(line.counted), self.integer(line.cumulative),
                      self.percent(percent) if percent is not None else None, absent, announced_text])
        table = grid.table(_ruled(len(grid.rows), dense=True), repeatRows=1)

        chart_absences = [(s, e) for s, e in spans if e > s]
        announced: list[tuple[dt.datetime, float, str]] = []
        for a in self.announcements:
            if a.voters is not None:
                announced.append((parse_time(a.at), float(a.voters), self.integer(a.voters)))
            elif a.percent is not None and self.registered:
                announced.append((parse_time(a.at), a.percent * self.registered / 100.0,
                                  self.percent_as_announced(a.percent)))
        # What the grey bands say: nobody was counted in them, or how many were (never "nobody"
        # where tallies exist in a removal).
        counted_out = sum(1 for moment in self.tallies if any(s <= moment < e for s, e in chart_absences))
        if not chart_absences:
            note: list[Flowable] = []
        elif counted_out:
            note = [self.para(escape(self.t("absence_note_counted", n=counted_out)), "small")]
        else:
            note = [self.para(escape(self.t("absence_note")), "small")]
        if not (self.tallies or announced):
            block = self.keep(flow, table)
            return _Section([block], block)
        day = (self.day_opens, self.day_end)
        if side_by_side:
            # The hourly table and its chart side by side, as tall as each other; the whole
            # section on one page.
            gap = 10.0
            _, table_h = table.wrap(table_w, PAGE_HEIGHT)
            chart = turnout_chart(WIDTH - table_w - gap, max(165.0, table_h), self.tallies, announced,
                                  chart_absences, self.lang, day)
            block = KeepTogether(flow + [_SideBySide(table, chart, table_w, gap)] + note)
            return _Section([block], block)
        chart = turnout_chart(WIDTH, 165, self.tallies, announced, chart_absences, self.lang, day)
        block = self.keep(flow, table, [Spacer(0, 6), KeepTogether([chart] + note)])
        return _Section([block], block)

    # --- incidents and photos ----------------------------------------------------------------

    def incident_section(self) -> _Section:
        flow: list[Flowable] = self.heading("section_incidents")
        if not self.incidents:
            return _Section(flow + [self.para(escape(self.t("none_recorded")), "base")])
        # The time column fits its longest time on one line ("2021-01-11 00:40" when the incident
        # is not on the day of the visit) and its header's longest word.
        times = [self.clock(incident.occurred_at) for incident in self.incidents]
        pad = 3.0  # _Grid's padding, each side
        longest = max([_longest_word(self.t("col_time"), FONT_BOLD, 7.5)]
                      + [pdfmetrics.stringWidth(text, FONT, 8.0) for text in times])
        time_w = max(44.0, math.ceil(longest + 2 * pad + 0.5))
        widths = (time_w, 110.0, 60.0)
        grid = _Grid((widths[0], widths[1], WIDTH - sum(widths), widths[2]), pad=pad)
        grid.add([self.t(key) for key in ("col_time", "col_category", "col_description", "col_photos")],
                 head=True)
        for incident, time_text in zip(self.incidents, times):
            grid.add([time_text,
                      Cell(label("category", incident.category, self.lang), bold=True),
                      incident.description.strip() or "—", self.photo_refs(incident.id)])
        block = self.keep(flow, grid.table(_ruled(len(grid.rows)), repeatRows=1))
        return _Section([block], block)

    def photo_section(self) -> _Section:
        flow: list[Flowable] = self.heading("section_photos")
        if not self.photos:
            return _Section(flow + [self.para(escape(self.t("no_photos")), "base")])
        sha_w = pdfmetrics.stringWidth("0" * 64, FONT_MONO, 6.5) + 8
        number_w, owner_w, size_w = 20.0, 88.0, 48.0
        grid = _Grid((number_w, owner_w, WIDTH - number_w - owner_w - size_w - sha_w, size_w, sha_w),
                     right=(3,))
        grid.add([self.t(key) for key in
                  ("col_number", "col_attached_to", "col_file", "col_size", "col_sha256")], head=True)
        for number, (owner, photo) in enumerate(self.photos, start=1):
            grid.add([str(number), owner, photo.filename, self.integer(photo.size), Cell(photo.sha256, mono=True)])
        # The digests' smaller type sits on the same baseline as the rest of the row.
        table = grid.table(_ruled(len(grid.rows)) + [("TOPPADDING", (4, 1), (4, -1), 2.4)], repeatRows=1)
        block = self.keep(flow, table, [self.para(escape(self.t("photos_note")), "small")])
        return _Section([block], block)

    # --- signatures --------------------------------------------------------------------------

    def signature_section(self) -> list[Flowable]:
        """Two blocks kept together: the digital signature (who signs, the certificate's SHA-256
        fingerprint, how to check it; or "Not signed") with the generation time, and a block
        for the observer's handwritten signature, place and date on a printed copy."""
        title = dict(font=WIDE_BOLD, size=10.0)
        lines: list[str | Cell] = []
        if self.signer_line is not None:
            lines.append(Cell(self.t("signed_by", signer=printable(self.signer_line)), **title))  # type: ignore[arg-type]
            if self.fingerprint:
                lines += [self.t("certificate_fingerprint"), Cell(self.fingerprint, mono=True, size=7.0)]
            lines.append(self.t("how_to_verify"))
        else:
            lines += [Cell(self.t("not_signed"), **title), self.t("not_signed_note")]  # type: ignore[arg-type]
        lines.append(Cell(self.t("generated", time=self.generated_text), tone="muted"))
        grid = _Grid((WIDTH,), size=8.5, leading=11, pad=8)
        for line in lines:
            grid.add([line])
        last = len(grid.rows) - 1
        table = grid.table([("BOX", (0, 0), (-1, -1), 0.9, INK),
                            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbfbf8")),
                            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                            ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, 0), (-1, 0), 1.5),
                            ("BOTTOMPADDING", (0, last), (-1, last), 7)], cls=_SignatureTable)
        self._signature = table  # type: ignore[assignment]
        return [Spacer(0, 9), KeepTogether([table, Spacer(0, 8), self.handwritten_block()])]

    def handwritten_block(self) -> Table:
        """Blank lines for the observer's signature (their name printed below it), the place
        and the date, as on a paper form."""
        name = printable(self.observer_name)
        signature_caption = f"{self.t('hand_signature')} ({name})" if name else self.t("hand_signature")
        widths = (WIDTH * 0.5, WIDTH * 0.3, WIDTH * 0.2)
        grid = _Grid(widths, size=7.5, leading=9, pad=6)
        grid.add([Cell(self.t("handwritten_title"), font=WIDE_BOLD, size=8.5)], span=True)
        grid.add([None, None, None])
        grid.add([Cell(signature_caption, tone="muted"), Cell(self.t("hand_place"), tone="muted"),
                  Cell(self.t("hand_date"), tone="muted")])
        return grid.table([("TOPPADDING", (0, 0), (-1, 0), 0), ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                           ("ROWBACKGROUNDS", (0, 0), (-1, -1), [colors.white]),
                           ("LINEBELOW", (0, 1), (-1, 1), 0.8, INK), ("TOPPADDING", (0, 1), (-1, 1), 20),
                           ("TOPPADDING", (0, 2), (-1, 2), 2),
                           ("LEFTPADDING", (0, 0), (0, -1), 0)], cls=_UnbrokenTable)


class _UnbrokenTable(Table):
    """A small table that never splits (a block of blank lines to sign on)."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []


def _parse_date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None
