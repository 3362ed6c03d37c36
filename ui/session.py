"""The station being observed, shared by every screen: its store, template and change signals."""

from __future__ import annotations

from typing import Any, Callable, TypeVar

from PySide6.QtCore import QObject, Signal

from observer_app.domain.records import Station, utc_now
from observer_app.domain.template import ElectionTemplate, pick_name
from observer_app.errors import ObserverAppError
from observer_app.storage.store import Store
from ui.messages import message_text

T = TypeVar("T")


class Session(QObject):
    """Screens write through `run`, which reports refusals and tells every screen what changed."""

    changed = Signal(str)  # the table that changed, e.g. "turnout_tallies"
    saved = Signal(str)  # UTC ISO time of the last saved change
    failed = Signal(str)  # a refused change, as one sentence for the person

    def __init__(self, store: Store, station: Station, template: ElectionTemplate, lang: str = "en",
                 parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.station = station
        self.template = template
        self.lang = lang

    @property
    def station_id(self) -> str:
        return self.station.id

    def run(self, table: str, action: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Calls a store action; on success emits changed/saved, on refusal emits failed.

        After the store is closed (the window is going away) it does nothing.
        """
        if self.store.closed:
            return None
        try:
            result = action(*args, **kwargs)
        except ObserverAppError as exc:
            self.failed.emit(message_text(exc))
            return None
        self.changed.emit(table)
        self.saved.emit(utc_now())
        return result

    def label(self, code: str) -> str:
        """A protocol line's or contestant's name in the observer's language."""
        return self.template.label(code, self.lang)

    def election_name(self) -> str:
        return pick_name(self.template.name, self.lang)

    def reload_station(self) -> None:
        self.station = self.store.station(self.station.id)
