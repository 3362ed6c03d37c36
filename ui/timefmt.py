"""Stored UTC timestamps shown in the laptop's local time, and back."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QTimeZone

from observer_app.domain.records import format_time, parse_time


def local(iso: str | None) -> dt.datetime | None:
    return parse_time(iso).astimezone() if iso else None


def hhmm(iso: str | None) -> str:
    moment = local(iso)
    return moment.strftime("%H:%M") if moment else ""


def hhmmss(iso: str | None) -> str:
    moment = local(iso)
    return moment.strftime("%H:%M:%S") if moment else ""


def to_qdatetime(iso: str | None) -> QDateTime:
    if not iso:
        return QDateTime.currentDateTime()
    moment = parse_time(iso)
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone()).addMSecs(
        moment.microsecond // 1000)


def from_qdatetime(value: QDateTime) -> str:
    moment = dt.datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, dt.timezone.utc)
    return format_time(moment)
