"""The PVT sample (issue 13): stratified, proportional to voters, take-all, reproducible."""

from __future__ import annotations

import collections

import numpy as np
import pytest

from observer_app.analysis.sample import MIN_PER_STRATUM, TAKE_ALL, SampleError, draw


def country(n=1000, seed=3):
    rng = np.random.Generator(np.random.PCG64(seed))
    strata = [f"R{i}" for i in rng.integers(0, 6, n)]
    registered = rng.integers(500, 3000, n).astype(float)
    return [f"S{i:04d}" for i in range(n)], strata, registered


def test_a_sample_is_reproducible_with_its_seed_and_differs_with_another():
    codes, strata, registered = country()
    first, again, other = (draw(codes, strata, registered, 120, seed=s) for s in (5, 5, 6))
    assert first == again
    assert [s.code for s in first.stations] != [s.code for s in other.stations]


def test_allocation_follows_the_strata_voters_and_weights_give_the_stratum_sizes():
    codes, strata, registered = country()
    sample = draw(codes, strata, registered, 120, seed=1)
    assert len(sample.stations) == 120
    voters = collections.Counter()
    for s, r in zip(strata, registered):
        voters[s] += r
    total = sum(voters.values())
    for name, (stations, sampled) in sample.strata.items():
        assert sampled >= MIN_PER_STRATUM
        assert abs(sampled - 120 * voters[name] / total) <= 1  # largest remainders
        assert stations == strata.count(name)
        members = [s for s in sample.stations if s.stratum == name]
        assert len(members) == sampled and {s.weight for s in members} == {stations / sampled}
    assert len({s.code for s in sample.stations}) == 120  # without replacement


def test_stations_far_larger_than_their_stratum_are_taken_with_certainty_and_counted_in_n():
    codes, strata, registered = country()
    registered = registered.copy()
    giants = [10, 20, 30]
    registered[giants] = 150_000  # remote e-voting "stations"
    sample = draw(codes, strata, registered, 100, seed=2)
    taken = [s for s in sample.stations if s.stratum == TAKE_ALL]
    assert sorted(s.code for s in taken) == [codes[i] for i in giants]
    assert {s.weight for s in taken} == {1.0}
    assert len(sample.stations) == 100 and sample.strata[TAKE_ALL] == (3, 3)


def test_a_small_stratum_gives_all_it_has_and_impossible_samples_are_refused():
    codes = [f"S{i}" for i in range(7)]
    strata = ["big"] * 6 + ["tiny"]
    sample = draw(codes, strata, np.full(7, 1000.0), 4, seed=0)
    assert sample.strata["tiny"] == (1, 1) and sample.strata["big"][1] == 3
    with pytest.raises(SampleError):
        draw(codes, strata, np.full(7, 1000.0), 8)
    with pytest.raises(SampleError):
        draw([f"S{i}" for i in range(20)], [f"R{i % 10}" for i in range(20)], np.full(20, 1.0), 5)
