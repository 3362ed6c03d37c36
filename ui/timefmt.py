"""Stored UTC timestamps to Qt's date-time values on the laptop's clock, and back. Writing a
time or a date for a person is observer_app.formats' (the PDFs write them the same way)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTimeZone

from observer_app.domain.records import format_time, parse_time


def to_qdatetime(iso: str | None) -> QDateTime:
    if not iso:
        return QDateTime.currentDateTime()
    moment = parse_time(iso)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone()).addMSecs(
        moment.microsecond // 1000)


def from_qdatetime(value: QDateTime) -> str:
    moment = dt.datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, dt.timezone.utc)
    return format_time(moment)
