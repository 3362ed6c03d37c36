"""Synthetic elections with known totals, as ElectionArrays (no database), for the analysis tests."""

from __future__ import annotations

import csv
import io
import zipfile
from functools import lru_cache

import numpy as np

from observer_app.domain.template import load_template
from observer_app.analysis.data import ElectionArrays, ProtocolArrays
from tests.conftest import DATA, KZ_FILE, RU_FILE


def protocol(registered, issued, valid, invalid, votes, present=None, premises=None) -> ProtocolArrays:
    n = len(registered)
    f = lambda a: np.asarray(a, dtype=float)  # noqa: E731
    return ProtocolArrays(f(registered), f(issued), f(issued if premises is None else premises), f(valid),
                          f(invalid), f(votes), np.ones(n, bool) if present is None else np.asarray(present))


def absent(n: int, k: int) -> ProtocolArrays:
    nan = np.full(n, np.nan)
    return ProtocolArrays(nan, nan, nan, nan, nan, np.full((n, k), np.nan), np.zeros(n, bool))


def arrays(official: ProtocolArrays, observed: ProtocolArrays | None = None, *, regions=None,
           template=None, removed=None, not_shown=None, headcount=None) -> ElectionArrays:
    template = template or load_template(KZ_FILE)
    n = len(official.registered)
    k = official.votes.shape[1]
    return ElectionArrays(
        template=template, codes=[f"S{i:05d}" for i in range(n)],
        regions=list(regions) if regions is not None else ["R"] * n, districts=[""] * n,
        registered=official.registered.copy(), official=official,
        observed=observed if observed is not None else absent(n, k),
        removed=np.zeros(n, bool) if removed is None else np.asarray(removed),
        not_shown=np.zeros(n, bool) if not_shown is None else np.asarray(not_shown),
        headcount=np.full(n, np.nan) if headcount is None else np.asarray(headcount, float),
        headcount_any=np.zeros(n, bool) if headcount is None else ~np.isnan(np.asarray(headcount, float)),
        contestants=list(template.contestant_codes))


def election(n: int = 4000, seed: int = 1, regions: int = 8) -> ElectionArrays:
    """A country of n stations in `regions` regions whose turnout and party support differ
    (region effects plus station noise), all official results known, binomial counts."""
    rng = np.random.Generator(np.random.PCG64(seed))
    template = load_template(KZ_FILE)
    k = len(template.contestant_codes)
    region = rng.integers(0, regions, n)
    registered = rng.integers(300, 3000, n).astype(float)
    base_turnout = rng.uniform(0.35, 0.75, regions)[region]
    turnout = np.clip(base_turnout + rng.normal(0, 0.06, n), 0.05, 0.98)
    issued = rng.binomial(registered.astype(int), turnout).astype(float)
    invalid = rng.binomial(issued.astype(int), 0.03).astype(float)
    valid = issued - invalid
    support = rng.dirichlet(np.array([8.0, 2, 1.5, 1, 1]), regions)[region]
    support = support * rng.lognormal(0, 0.15, (n, k))
    support /= support.sum(axis=1, keepdims=True)
    votes = np.array([rng.multinomial(int(v), p) for v, p in zip(valid, support)], dtype=float)
    return arrays(protocol(registered, issued, valid, invalid, votes), regions=[f"R{r}" for r in region],
                  template=template)


@lru_cache(maxsize=1)
def russia() -> ElectionArrays:
    """The Russian 2021 official results (tests/data), as arrays: official and, as if observers
    had recorded exactly them, observed too."""
    template = load_template(RU_FILE)
    with zipfile.ZipFile(DATA / "ru-duma-2021-stations.csv.zip") as zf:
        text = zf.read(zf.namelist()[0]).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    body = rows[1:]
    # level, region, oik, tik, uik, then the 12 protocol lines and the 14 parties (tests/data/README.md)
    numbers = np.array([[float(x or "nan") for x in row[5:5 + 12 + 14]] for row in body])
    lines = numbers[:, :12]
    registered, issued = lines[:, 0], lines[:, 2] + lines[:, 3] + lines[:, 4]
    invalid, valid = lines[:, 8], lines[:, 9]
    votes = numbers[:, 12:12 + 14]
    official = protocol(registered, issued, valid, invalid, votes, premises=lines[:, 3])
    regions = [row[1] for row in body]
    out = arrays(official, official, regions=regions, template=template)
    return ElectionArrays(**{**out.__dict__, "codes": ["/".join(row[1:5]) for row in body]})
