"""The summary screen: what has been recorded at this station, and where the exports will go."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from observer_app.domain.template import pick_name
from observer_app.domain.turnout import compare_with_protocol, issued_code
from ui import labels
from ui.protocol import fill, relation_text
from ui.session import Session
from ui.timefmt import local

# Colours of a value that needs the reader's attention.
TONES = {"bad": "#b71c1c", "warn": "#8a5a00", "good": "#1b5e20"}


@dataclass(frozen=True)
class Row:
    label: str
    value: str
    tone: str | None = None  # "bad" | "warn" | "good"
    strong: bool = False


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[Row, ...]


def _when(iso: str | None) -> str:
    moment = local(iso)
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


class SummaryPage(QWidget):
    """A read-only overview, rebuilt whenever anything is saved."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._stale = True

        self._text = QTextBrowser()
        self._text.setObjectName("summary_text")
        self._text.setOpenLinks(False)

        export = QGroupBox(self.tr("Export"))
        export.setObjectName("export_box")
        export_layout = QVBoxLayout(export)
        later = self.tr("Available in a later version")
        self._export_pdf = QPushButton(self.tr("Signed PDF summary…"))
        self._export_pdf.setObjectName("export_pdf")
        self._export_bundle = QPushButton(self.tr("Signed export bundle…"))
        self._export_bundle.setObjectName("export_bundle")
        for button in (self._export_pdf, self._export_bundle):
            button.setEnabled(False)
            button.setToolTip(later)
            export_layout.addWidget(button)
        note = QLabel(self.tr("A signed PDF of this summary and a signed bundle of everything "
                              "recorded, for your coordinator. Available in a later version."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555555;")
        export_layout.addWidget(note)

        side = QVBoxLayout()
        side.addWidget(export)
        side.addStretch(1)
        root = QHBoxLayout(self)
        root.addWidget(self._text, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.layout().setContentsMargins(0, 0, 0, 0)
        side_widget.setFixedWidth(280)
        root.addWidget(side_widget)

        session.changed.connect(self._on_session_changed)
        self.refresh()

    def _on_session_changed(self, _table: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # rebuilt when shown: a +1 click elsewhere costs nothing here

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        scroll = self._text.verticalScrollBar().value()
        self._text.setHtml(self.to_html(self.sections()))
        self._text.verticalScrollBar().setValue(scroll)

    # --- what is shown -----------------------------------------------------------------------

    def sections(self) -> list[Section]:
        """The summary as titled rows of (label, value): the view renders them, tests read them."""
        return [self._station(), self._observer(), self._protocol(), self._turnout(),
                self._obstructions(), self._incidents()]

    def _yes_no(self, value: bool) -> str:
        return self.tr("Yes") if value else self.tr("No")

    def _number(self, value: float, decimals: int = 0) -> str:
        return QLocale(self.session.lang).toString(float(value), "f", decimals) if decimals else str(value)

    def _station(self) -> Section:
        station = self.session.store.station(self.session.station_id)
        rows = [Row(self.tr("Code"), station.code)]
        if station.address:
            rows.append(Row(self.tr("Address"), station.address))
        place = ", ".join(p for p in (station.region, station.district) if p)
        if place:
            rows.append(Row(self.tr("Region, district"), place))
        rows.append(Row(self.tr("Registered voters (station list)"),
                        self.tr("unknown") if station.registered_voters is None
                        else str(station.registered_voters)))
        rows.append(Row(self.tr("Election"), self.session.election_name()))
        return Section(self.tr("Polling station"), tuple(rows))

    def _observer(self) -> Section:
        store = self.session.store
        observer = store.observer()
        visit = store.visit(self.session.station_id)
        arrived = _when(visit.arrived_at) if visit else ""
        departed = _when(visit.departed_at) if visit else ""
        return Section(self.tr("Observer"), (
            Row(self.tr("Name"), observer.full_name or self.tr("not filled in"),
                None if observer.full_name else "warn"),
            Row(self.tr("Organisation"), observer.organisation or "—"),
            Row(self.tr("Arrived"), arrived or self.tr("not recorded")),
            Row(self.tr("Left"), departed or self.tr("not recorded")),
        ))

    def _protocol(self) -> Section:
        store, template = self.session.store, self.session.template
        protocol = store.protocol(self.session.station_id)
        if protocol is None or protocol.deleted:
            return Section(self.tr("Protocol"),
                           (Row(self.tr("Status"), self.tr("not recorded yet"), "warn"),))
        filled = sum(protocol.values.get(code) is not None for code in template.codes)
        results = template.evaluate(protocol.values)
        failing = [r for r in results if r.failed]
        unknown = sum(r.status == "unknown" for r in results)
        rows = [
            Row(self.tr("Status"), labels.protocol_status(protocol.status),
                "good" if protocol.status == "final" else None),
            Row(self.tr("Source"), labels.protocol_source(protocol.source),
                "bad" if protocol.source == "not_shown" else None),
            Row(self.tr("Recorded"), _when(protocol.recorded_at)),
            Row(self.tr("Figures filled in"),
                fill(self.tr("%1 of %2"), filled, len(template.codes)),
                None if filled == len(template.codes) else "warn"),
        ]
        if failing:
            checks = self.tr("%n control relation(s) fail", "", len(failing))
        elif unknown:
            checks = self.tr("%n control relation(s) cannot be checked yet", "", unknown)
        else:
            checks = self.tr("all %n control relation(s) pass", "", len(results))
        rows.append(Row(self.tr("Control relations"), checks,
                        "bad" if failing else "warn" if unknown else "good", strong=bool(failing)))
        for result in failing:
            description = pick_name(result.relation.description, self.session.lang)
            value = fill(self.tr("%1 — %2"), relation_text(template, result),
                         description or result.relation.expr)
            if result.relation.severity == "warning":
                value = fill(self.tr("%1 (warning)"), value)
            rows.append(Row(result.relation.id, value,
                            "bad" if result.relation.severity == "error" else "warn"))
        rows.append(Row(self.tr("Confirmed as on the official copy"),
                        self._yes_no(protocol.as_on_official_copy)))
        rows.append(Row(self.tr("Photos of the protocol"), str(len(store.photos(protocol)))))
        return Section(self.tr("Protocol"), tuple(rows))

    def _turnout(self) -> Section:
        store, template = self.session.store, self.session.template
        sid = self.session.station_id
        station = store.station(sid)
        protocol = store.protocol(sid)
        values = protocol.values if protocol is not None and not protocol.deleted else {}
        registered = station.registered_voters
        if registered is None and template.role_code("registered"):
            registered = values.get(template.role_code("registered"))
        headcount = store.tally_count(sid)
        comparison = compare_with_protocol(template, headcount, registered, values)
        rows = [Row(self.tr("Head-count (voters seen receiving a ballot)"), str(headcount))]
        if comparison.independent_percent is None:
            rows.append(Row(self.tr("Independent turnout"),
                            self.tr("cannot be computed: registered voters unknown")))
        else:
            rows.append(Row(self.tr("Independent turnout"),
                            fill(self.tr("%1 % of %2 registered"),
                                 self._number(comparison.independent_percent, 1), registered)))
        code = issued_code(template)
        if code is not None:
            line = template.line(code)
            title = fill(self.tr("Protocol line %1 “%2”"), line.number, self.session.label(code))
            if comparison.protocol_issued is None:
                rows.append(Row(title, self.tr("not filled in")))
            else:
                shown = str(comparison.protocol_issued)
                if comparison.protocol_percent is not None:
                    shown = fill(self.tr("%1 (%2 %)"), shown,
                                 self._number(comparison.protocol_percent, 1))
                rows.append(Row(title, shown))
        difference = comparison.difference
        if difference is not None:
            if difference > 0:
                text = fill(self.tr("+%1: the protocol shows %1 more than the head-count"), difference)
            elif difference < 0:
                text = fill(self.tr("%1: the protocol shows %2 fewer than the head-count"),
                            difference, -difference)
            else:
                text = self.tr("0: the protocol matches the head-count")
            rows.append(Row(self.tr("Difference (protocol − head-count)"), text,
                            "bad" if difference > 0 else "warn" if difference < 0 else "good",
                            strong=difference != 0))
        announcements = store.announcements(sid)
        if announcements:
            last = announcements[-1]
            figures = []
            if last.voters is not None:
                figures.append(fill(self.tr("%1 voters"), last.voters))
            if last.percent is not None:
                figures.append(fill(self.tr("%1 %"), self._number(last.percent, 1)))
            rows.append(Row(self.tr("Latest turnout announced by the commission"),
                            fill(self.tr("%1 at %2"), ", ".join(figures), _when(last.at))))
        return Section(self.tr("Turnout"), tuple(rows))

    def _obstructions(self) -> Section:
        store = self.session.store
        obstructions = store.obstructions(self.session.station_id)
        rows = [Row(self.tr("Recorded"), str(len(obstructions)), "bad" if obstructions else None)]
        for kind, count in sorted(Counter(o.kind for o in obstructions).items()):
            rows.append(Row(labels.obstruction_kind(kind), str(count)))
        removal = store.open_removal(self.session.station_id)
        if removal is not None:
            rows.append(Row(self.tr("Still out of the station"),
                            fill(self.tr("%1 since %2"), labels.obstruction_kind(removal.kind),
                                 _when(removal.started_at)), "bad", strong=True))
            rows.append(Row("", self.tr("The head-count misses every voter while you are out."), "warn"))
        return Section(self.tr("Obstructions"), tuple(rows))

    def _incidents(self) -> Section:
        store = self.session.store
        incidents = store.incidents(self.session.station_id)
        rows = [Row(self.tr("Incidents"), str(len(incidents)))]
        for category, count in sorted(Counter(i.category for i in incidents).items()):
            rows.append(Row(labels.incident_category(category), str(count)))
        protocol = store.protocol(self.session.station_id)
        owners = ([protocol] if protocol is not None and not protocol.deleted else []) + incidents
        owners += store.obstructions(self.session.station_id)
        rows.append(Row(self.tr("Photos"), str(sum(len(store.photos(o)) for o in owners))))
        return Section(self.tr("Incidents and photos"), tuple(rows))

    # --- rendering ---------------------------------------------------------------------------

    @staticmethod
    def _section_html(section: Section) -> str:
        rows = []
        for row in section.rows:
            colour = f' style="color: {TONES[row.tone]};"' if row.tone else ""
            weight = "<b>%s</b>" if row.strong else "%s"
            rows.append(
                f'<tr><td width="42%" style="color: #555555;">{html.escape(row.label)}</td>'
                f'<td{colour}>{weight % html.escape(row.value)}</td></tr>')
        return (f'<h3 style="margin-top: 10px; margin-bottom: 2px;">{html.escape(section.title)}</h3>'
                f'<table width="100%" cellspacing="0" cellpadding="3">{"".join(rows)}</table>')

    def to_html(self, sections: list[Section]) -> str:
        """Two columns of small tables: the station, observer and protocol; then the rest."""
        middle = (len(sections) + 1) // 2
        left = "".join(self._section_html(s) for s in sections[:middle])
        right = "".join(self._section_html(s) for s in sections[middle:])
        return ('<table width="100%" cellspacing="0" cellpadding="0"><tr>'
                f'<td width="50%" valign="top" style="padding-right: 16px;">{left}</td>'
                f'<td width="50%" valign="top">{right}</td></tr></table>')
