"""merge/rules.py on its own: generated copies of records, decided in every order (issue 11)."""

from __future__ import annotations

import itertools
import random

import pytest

from observer_app.merge import rules
from observer_app.merge.rules import StationCopy, Variant, decide, decide_station, decide_unique

HASHES = [f"{i:02x}" * 32 for i in range(1, 40)]


def variant(record_id="r1", version=1, verified=True, bundle=HASHES[0], value=1, station="s1"):
    row = (record_id, version, station, value)
    return Variant.of(row, bundle, verified, version)


def random_copies(rng: random.Random, n: int) -> list[Variant]:
    """Copies of one record as bundles might carry it: re-exports (the same copy in several
    bundles), newer versions, diverged copies at one version, unverified forgeries."""
    found = []
    for _ in range(n):
        found.append(variant(version=rng.randint(1, 4), verified=rng.random() < 0.6,
                             bundle=rng.choice(HASHES), value=rng.randint(1, 3)))
    return found


@pytest.mark.parametrize("seed", range(300))
def test_a_decision_does_not_depend_on_the_order_of_the_copies(seed):
    rng = random.Random(seed)
    copies = random_copies(rng, rng.randint(1, 7))
    expected = decide(copies)
    for _ in range(10):
        rng.shuffle(copies)
        assert decide(copies) == expected


@pytest.mark.parametrize("seed", range(300))
def test_what_is_kept_and_what_is_listed(seed):
    rng = random.Random(seed)
    copies = random_copies(rng, rng.randint(1, 7))
    decision = decide(copies)
    winner = decision.winner
    # Unverified never beats verified; then the highest version; then the greatest content.
    assert winner.verified == any(c.verified for c in copies)
    peers = [c for c in copies if c.verified == winner.verified]
    assert winner.version == max(c.version for c in peers)
    assert winner.content == max(c.content for c in peers if c.version == winner.version)
    # Its provenance: the smallest hash of the bundles that carried exactly it.
    assert winner.bundle == min(c.bundle for c in copies if c.rank == winner.rank)
    # Listed: each other copy at the winner's version or later, once (smallest-hash carrier).
    listed = {(x.variant.verified, x.variant.content): x for x in decision.listed}
    expected = {(c.verified, c.content) for c in copies
                if c.content != winner.content and c.version >= winner.version}
    assert set(listed) == expected
    for (verified, content), x in listed.items():
        assert x.variant.bundle == min(c.bundle for c in copies if (c.verified, c.content) == (verified, content))
        assert x.kind == (rules.UNVERIFIED if winner.verified and not verified else rules.DIVERGED)


def test_an_unverified_copy_with_a_higher_version_never_supersedes_a_verified_one():
    """Issue 11, case 3: a self-signed bundle with B's observer id and a higher version."""
    genuine = variant(version=2, verified=True, bundle=HASHES[5], value=1)
    forged = variant(version=9, verified=False, bundle=HASHES[0], value=666)
    decision = decide([forged, genuine])
    assert decision.winner == genuine
    assert decision.listed == (rules.Listed(forged, rules.UNVERIFIED),)


def test_a_newer_export_supersedes_an_older_without_a_listing():
    old, new = variant(version=1, bundle=HASHES[0], value=1), variant(version=3, bundle=HASHES[1], value=2)
    assert decide([old, new]) == rules.Decision(new, ())


def test_the_same_copy_in_two_bundles_names_the_smaller_hash():
    a, b = variant(bundle=HASHES[3]), variant(bundle=HASHES[1])
    assert decide([a, b]) == rules.Decision(b, ())


def test_two_different_copies_at_one_version_are_both_kept():
    a, b = variant(value=1, bundle=HASHES[0]), variant(value=2, bundle=HASHES[1])
    decision = decide([a, b])
    kept, other = (b, a) if b.content > a.content else (a, b)
    assert decision == rules.Decision(kept, (rules.Listed(other, rules.DIVERGED),))


@pytest.mark.parametrize("seed", range(100))
def test_one_record_per_station_verified_first_then_the_larger_id(seed):
    rng = random.Random(seed)
    winners = [variant(record_id=f"id-{rng.randint(0, 99):02d}-{i}", verified=rng.random() < 0.5,
                       bundle=rng.choice(HASHES)) for i in range(rng.randint(1, 5))]
    kept, listed = decide_unique(winners, 0, rules.SECOND["protocols"])
    assert kept == max(winners, key=lambda v: (v.verified, v.row[0]))
    assert sorted(x.variant.row[0] for x in listed) == sorted(v.row[0] for v in winners if v is not kept)
    assert {x.kind for x in listed} <= {"second_protocol"}
    for order in itertools.islice(itertools.permutations(winners), 24):
        assert decide_unique(order, 0, "second_protocol") == (kept, listed)


def station(attrs, bundle, verified=True, signer=None):
    return StationCopy(attrs, ("sid", *attrs), bundle, verified, signer if signer is not None else bundle)


def test_a_station_takes_the_attributes_most_bundles_give():
    copies = [station(("ALA-1", "Almaty", 100), HASHES[3]), station(("ALA-1", "Almaty", 100), HASHES[4]),
              station(("ALA-1", "Almaty", 9999), HASHES[0])]
    chosen, others = decide_station(copies)
    assert (chosen, others) == (copies[0], (copies[2],))


def test_a_tie_goes_to_the_lowest_bundle_hash_and_verified_bundles_count_first():
    a, b = station(("X", "r", 1), HASHES[7]), station(("X", "r", 2), HASHES[2])
    assert decide_station([a, b]) == (b, (a,))
    forged = [station(("X", "r", 3), HASHES[i], verified=False) for i in range(10, 20)]
    assert decide_station([a, *forged])[0] == a  # ten unverified bundles do not outvote one verified


def test_one_observer_exporting_many_times_is_one_voice_for_a_station():
    honest = [station(("X", "r", 1873), HASHES[5], signer="A"), station(("X", "r", 1873), HASHES[6], signer="B")]
    hostile = [station(("X", "r", 999999), HASHES[i], signer="H") for i in range(5)]
    chosen, others = decide_station([*hostile, *honest])
    assert (chosen, others) == (honest[0], (hostile[0],))


@pytest.mark.parametrize("seed", range(100))
def test_a_station_decision_does_not_depend_on_the_order(seed):
    rng = random.Random(seed)
    copies = [station(("X", "r", rng.randint(1, 3)), bundle, rng.random() < 0.5)  # a bundle carries it once
              for bundle in rng.sample(HASHES, rng.randint(1, 6))]
    expected = decide_station(copies)
    for _ in range(10):
        rng.shuffle(copies)
        assert decide_station(copies) == expected
