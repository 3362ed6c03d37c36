"""What the analysis reads: an election's stations as arrays, one row per station (built from a
coordinator's database by observer_app.storage.arrays, or by tests from synthetic elections).

Unknown values are NaN, never 0."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from observer_app.domain.template import ElectionTemplate


@dataclass(frozen=True)
class ProtocolArrays:
    """One source's protocol figures per station (NaN: unknown)."""

    registered: np.ndarray
    issued: np.ndarray  # every ballots-issued line summed (NaN when one is unknown)
    issued_in_premises: np.ndarray  # the line the head-count is compared with
    valid: np.ndarray
    invalid: np.ndarray
    votes: np.ndarray  # stations x contestants, in the template's order
    present: np.ndarray  # bool: the source has a protocol for the station


@dataclass(frozen=True)
class ElectionArrays:
    template: ElectionTemplate
    codes: list[str]  # station codes, sorted
    regions: list[str]
    districts: list[str]
    registered: np.ndarray  # from the station list (NaN: unknown)
    official: ProtocolArrays
    observed: ProtocolArrays  # the consolidated observers' record
    removed: np.ndarray  # bool: an observer was removed from (or not admitted to) the station
    not_shown: np.ndarray  # bool: an observer was not shown the protocol (or refused a copy)
    headcount: np.ndarray  # the full-day head-count (NaN: none covers the whole day)
    headcount_any: np.ndarray  # bool: some head-count was recorded there
    contestants: list[str] = field(default_factory=list)

    @property
    def n(self) -> int:
        return len(self.codes)
