"""A table model of records, one a row, for the pages' event lists and the coordinator's bundles."""

from __future__ import annotations

from typing import Any, Generic, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records with an id each. Subclasses give COLUMNS, `header(section)`,
    `cell(record, column, role)` and `key(record)` (the id, also under RecordIdRole).

    set_rows() keeps the rows, and so the view's selection and scroll position, when new data
    only changes values (the usual case: a save refreshes the list); otherwise it resets.
    """

    COLUMNS = 0
    RecordIdRole = Qt.ItemDataRole.UserRole

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[R] = []

    # --- for subclasses --------------------------------------------------------------------------

    def header(self, section: int) -> str:
        raise NotImplementedError

    def cell(self, record: R, column: int, role: int) -> Any:
        raise NotImplementedError

    def key(self, record: R) -> str:
        raise NotImplementedError

    # --- Qt interface ----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole
                or not 0 <= section < self.COLUMNS):
            return None
        return self.header(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == self.RecordIdRole:
            return self.key(record)
        return self.cell(record, index.column(), role)

    # --- for the page ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        rows = list(rows)
        if [self.key(r) for r in rows] == [self.key(r) for r in self._rows]:
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows)) if old != new]
            self._rows = rows
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0),
                                      self.index(max(changed), self.COLUMNS - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row(self, row: int) -> R:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if self.key(r) == key), -1)

    def by_key(self, key: str) -> R | None:
        row = self.row_of(key)
        return self._rows[row] if row >= 0 else None
