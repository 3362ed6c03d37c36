"""Threshold verdicts and seats by the largest-remainder (Hare) method, as Kazakhstan's Majilis
party list (98 seats, 7 %) uses."""

from __future__ import annotations

from typing import Sequence


def threshold_verdict(low: float | None, high: float | None, threshold: float) -> str:
    """'passes' when the whole interval is at or above the threshold, 'fails' when it is below,
    'undecided' otherwise (or when there is no interval)."""
    if low is None or high is None:
        return "undecided"
    if low >= threshold:
        return "passes"
    if high < threshold:
        return "fails"
    return "undecided"


def hare(shares: Sequence[float | None], seats: int, threshold: float) -> list[int] | None:
    """Seats per contestant (in ballot order) for these shares of the valid votes: the
    contestants at or above the threshold share the seats by Hare quotas and largest remainders
    (ties to the earlier on the ballot). None when a share is unknown or nobody passes."""
    if any(s is None for s in shares):
        return None
    passing = [i for i, s in enumerate(shares) if s >= threshold]
    total = sum(shares[i] for i in passing)
    if not passing or total <= 0 or seats <= 0:
        return None
    quotas = {i: shares[i] / total * seats for i in passing}
    given = {i: int(q) for i, q in quotas.items()}
    left = seats - sum(given.values())
    for i in sorted(passing, key=lambda i: (-(quotas[i] - given[i]), i))[:left]:
        given[i] += 1
    return [given.get(i, 0) for i in range(len(shares))]


def seat_ranges(estimates: Sequence[float | None], lows: Sequence[float | None],
                highs: Sequence[float | None], seats: int, threshold: float
                ) -> tuple[list[int] | None, list[int] | None, list[int] | None]:
    """(seats at the estimates, the fewest and the most each contestant gets when one
    contestant's share moves to either end of its interval, the others at their estimates).
    An approximation: shares do not all move to their ends at once."""
    point = hare(estimates, seats, threshold)
    if point is None or any(v is None for v in (*lows, *highs)):
        return point, None, None
    low, high = list(point), list(point)
    for i in range(len(estimates)):
        for end in (lows[i], highs[i]):
            moved = list(estimates)
            moved[i] = end
            result = hare(moved, seats, threshold)
            if result is None:
                continue
            low = [min(a, b) for a, b in zip(low, result)]
            high = [max(a, b) for a, b in zip(high, result)]
    return point, low, high
