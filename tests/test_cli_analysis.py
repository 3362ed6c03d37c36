"""`sample draw` and `analyse compare|pvt|forensics` on the command line (issue 13)."""

from __future__ import annotations

import csv
import json

import pytest

from observer_app.cli import main
from observer_app.demo import fill_demo_coordinator


@pytest.fixture(scope="module")
def coord(tmp_path_factory):
    """Five demo observers' bundles merged, official results at their stations, and the election
    file's 24 stations loaded."""
    from observer_app.domain.template import load_template
    from observer_app.storage.store import Store
    from tests.conftest import KZ_FILE

    path = fill_demo_coordinator(tmp_path_factory.mktemp("demo-coordinator"))
    with Store.open(path, kind="coordinator") as store:
        store.load_election(load_template(KZ_FILE))
    return path


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_compare_gives_the_design_s_keys_and_unknown_as_null(coord, capsys):
    code, out, err = run(capsys, "analyse", "compare", "--db", coord, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) >= {"stations", "turnout", "shares", "headcount", "excluded"}
    assert set(data["turnout"]) >= {"official", "observed", "difference", "low", "high"}
    assert set(data["excluded"]) >= {"removed", "not_shown"}
    assert set(data["shares"]) == {"nur_otan", "ak_zhol", "ppk", "auyl", "adal"}
    assert data["stations"] + data["excluded"]["removed"] + data["excluded"]["not_shown"] >= 1


def test_a_sample_is_drawn_reproducibly_and_never_replaces_a_file_without_force(coord, tmp_path, capsys):
    out = tmp_path / "sample.csv"
    code, text, err = run(capsys, "sample", "draw", "--db", coord, "--size", 6, "--seed", 3, "--out", out)
    assert (code, err) == (0, "")
    first = out.read_text(encoding="utf-8")
    rows = list(csv.reader(first.splitlines()))
    assert rows[0] == ["station_code", "stratum", "weight"] and len(rows) == 7
    code, _, err = run(capsys, "sample", "draw", "--db", coord, "--size", 6, "--seed", 3, "--out", out)
    assert code == 1 and "already exists" in err
    code, _, _ = run(capsys, "sample", "draw", "--db", coord, "--size", 6, "--seed", 3, "--out", out, "--force")
    assert code == 0 and out.read_text(encoding="utf-8") == first
    code, _, err = run(capsys, "sample", "draw", "--db", coord, "--size", 10_000, "--out", tmp_path / "x.csv")
    assert code == 1 and err.startswith("observer-app: No sample was drawn:")


def test_pvt_from_a_sample_gives_estimates_with_margins_and_the_design_s_keys(coord, tmp_path, capsys):
    out = tmp_path / "sample.csv"
    assert run(capsys, "sample", "draw", "--db", coord, "--size", 8, "--strata", "none", "--out", out)[0] == 0
    code, text, err = run(capsys, "analyse", "pvt", "--db", coord, "--sample", out, "--source", "official", "--json")
    assert (code, err) == (0, "")
    data = json.loads(text)
    assert set(data) >= {"source", "confidence", "sample", "turnout", "invalid", "shares", "seats"}
    assert set(data["sample"]) >= {"size", "reported", "strata"}
    assert set(data["turnout"]) >= {"estimate", "moe", "official"}
    assert set(data["shares"]["nur_otan"]) >= {"estimate", "moe", "official", "threshold"}
    assert set(data["seats"]["nur_otan"]) == {"official", "estimate", "low", "high"}
    assert data["source"] == "official" and data["confidence"] == 0.95
    code, text, _ = run(capsys, "analyse", "pvt", "--db", coord, "--sample", out, "--confidence", "99")
    assert code == 0 and "99% margins of error" in text


@pytest.mark.parametrize("content, problem", [
    ("station_code,stratum\nALA-101,A\n", "missing column “weight”"),
    ("station_code,stratum,weight\nALA-101,A,nan\n", "is not a number from 1"),
    ("station_code,stratum,weight\nALA-101,A,0.5\n", "is not a number from 1"),
    ("station_code,stratum,weight\nALA-101,A,2\nALA-101,A,2\n", "already appears on line 2"),
    ("station_code,stratum,weight\n", "lists no station"),
], ids=["missing column", "nan weight", "weight below 1", "twice", "empty"])
def test_a_hostile_sample_file_is_refused_in_one_sentence(coord, tmp_path, capsys, content, problem):
    sample = tmp_path / "sample.csv"
    sample.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "analyse", "pvt", "--db", coord, "--sample", sample)
    assert (code, out) == (1, "")
    assert problem in err and err.count("\n") == 1


def test_forensics_gives_the_design_s_keys(coord, capsys):
    code, out, err = run(capsys, "analyse", "forensics", "--db", coord, "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) >= {"stations_used", "leader", "integer_peaks", "anomalous_votes", "last_digit"}
    assert set(data["integer_peaks"]) >= {"observed", "null_mean", "null_sd", "excess", "z", "stations"}
    assert set(data["anomalous_votes"]) >= {"clean_turnout", "ratio", "votes"}
    assert set(data["last_digit"]) >= {"chi2", "p_value", "counts"}


def test_analysis_refuses_an_observers_database(tmp_path, capsys):
    from observer_app.domain.template import load_template
    from observer_app.storage.store import Store
    from tests.conftest import KZ_FILE

    db = tmp_path / "observer.sqlite"
    with Store.open(db) as store:
        store.load_election(load_template(KZ_FILE))
    code, out, err = run(capsys, "analyse", "forensics", "--db", db)
    assert code == 1 and "is an observer's database; 'observer-app analyse forensics'" in err
