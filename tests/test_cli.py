"""The kg command: help everywhere, query output for people and scripts."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.cli import main

COMMANDS = [[], ["enrich"], ["query"], ["serve"], ["demo"], ["reason"], ["queries"],
            ["rules"], ["rules", "list"], ["rules", "check"]]


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a) or "kg")
def test_help(runner, args):
    result = runner.invoke(main, [*args, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


def test_python_dash_m(tmp_path):
    out = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=True)
    assert "enrich" in out.stdout


def test_query_table(runner, demo_store_path):
    result = runner.invoke(main, ["query", "subjects", "--store", str(demo_store_path)])
    assert result.exit_code == 0
    assert "11H(GEORGE)" in result.output and "(11 rows)" in result.output


def test_query_json_and_csv(runner, demo_store_path):
    result = runner.invoke(main, ["query", "artworks", "--format", "json", "--store", str(demo_store_path)])
    assert len(json.loads(result.output)["results"]["bindings"]) == 12
    result = runner.invoke(main, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/iconograph/ontology#Artwork> }",
                                  "--format", "csv", "--store", str(demo_store_path)])
    assert result.output.split() == ["n", "12"]


def test_query_with_binding(runner, demo_store_path):
    result = runner.invoke(main, ["query", "evidence", "--format", "json", "--store", str(demo_store_path),
                                  "--bind", "artwork=http://127.0.0.1:5000/artwork/antonello-saint-jerome-ng1418"])
    rows = json.loads(result.output)["results"]["bindings"]
    assert {r["label"]["value"] for r in rows} >= {"lion", "person"}
    assert {r["notation"]["value"] for r in rows} == {"11H(JEROME)"}


def test_rules_list_json(runner):
    result = runner.invoke(main, ["rules", "list", "--json"])
    rules = {r["id"]: r for r in json.loads(result.output)}
    assert rules["saint-george"]["iconclass"] == "11H(GEORGE)" and rules["saint-george"]["wikidata"] == "Q48438"


def test_reason_rederives_the_same(runner, tmp_path):
    from conftest import enrich_sample
    from kg.store import OxigraphStore

    path = tmp_path / "s"
    enrich_sample(path)
    with OxigraphStore(path) as store:
        before = len(store)
    result = runner.invoke(main, ["reason", "--store", str(path)])
    assert result.exit_code == 0 and "11 attributions (11 asserted)" in result.output
    with OxigraphStore(path) as store:
        assert len(store) == before


def test_a_store_is_read_under_the_base_it_was_minted_under(runner, tmp_path, monkeypatch):
    """Enriched with --base-iri, a store is dumped, described and exported under that base
    without saying it again (and served under it); an explicit --base-iri still wins."""
    from conftest import SAMPLES
    from kg.graph import minted_base
    from kg.store import OxigraphStore

    monkeypatch.delenv("ICONOGRAPH_BASE_IRI", raising=False)
    base, store = "https://data.example.org/", tmp_path / "s"
    result = runner.invoke(main, ["enrich", str(SAMPLES / "collection.csv"), "--annotations",
                                  str(SAMPLES / "annotations.json"), "--store", str(store),
                                  "--base-iri", base])
    assert result.exit_code == 0, result.output
    with OxigraphStore(store, read_only=True) as opened:
        assert minted_base(opened) == base
    described = runner.invoke(main, ["describe", "uccello-saint-george-ng6294", "--lang", "en",
                                     "--store", str(store)])
    assert described.exit_code == 0 and "Saint George" in described.output
    page = runner.invoke(main, ["export", "iiif", "--artwork", "uccello-saint-george-ng6294",
                                "--store", str(store)])
    assert page.exit_code == 0 and json.loads(page.output)["items"]
    assert json.loads(page.output)["items"][0]["id"].startswith(base)
    dumped = runner.invoke(main, ["dump", "--out", str(tmp_path / "d"), "--store", str(store)])
    assert dumped.exit_code == 0 and (tmp_path / "d" / "layer").is_dir()  # the layers are found
    other = runner.invoke(main, ["describe", "uccello-saint-george-ng6294", "--store", str(store),
                                 "--base-iri", "http://elsewhere.example/"])
    assert other.exit_code == 3  # the base given is the base used


def test_a_resumed_run_says_what_it_kept_and_what_it_did_now(runner, tmp_path):
    """The counts of a resumed run are of two scopes: detections of this run, attributions of
    every artwork (all are reasoned again); the report says which."""
    from kg.resources import sample_dir

    args = ["enrich", str(sample_dir() / "collection.csv"), "--annotations",
            str(sample_dir() / "annotations.json"), "--store", str(tmp_path / "s")]
    first = runner.invoke(main, args)
    assert first.exit_code == 0 and "12 artworks, 65 detections" in first.output
    again = runner.invoke(main, args)
    assert again.exit_code == 0
    assert ("12 artworks: 12 already detected by an earlier run (kept), 0 detected now "
            "(0 detections, 0 relations); 11 attributions (11 asserted) over all 12") in again.output


def test_the_demo_mints_its_iris_where_it_serves(runner, tmp_path, monkeypatch):
    """`kg demo --port N`: the IRIs resolve on that server (they were minted at :5000)."""
    from kg.graph import minted_base
    from kg.store import OxigraphStore

    monkeypatch.delenv("ICONOGRAPH_BASE_IRI", raising=False)
    store = tmp_path / "s"
    assert runner.invoke(main, ["demo", "--no-serve", "--port", "5099", "--store", str(store)]).exit_code == 0
    with OxigraphStore(store) as s:
        assert minted_base(s) == "http://127.0.0.1:5099/"
    # the store keeps its base on a later run at another port
    assert runner.invoke(main, ["demo", "--no-serve", "--port", "5098", "--store", str(store)]).exit_code == 0
    with OxigraphStore(store) as s:
        assert minted_base(s) == "http://127.0.0.1:5099/"


def test_reason_asserts_from_the_threshold_it_is_given(runner, tmp_path):
    from conftest import enrich_sample

    path = tmp_path / "s"
    enrich_sample(path)
    strict = runner.invoke(main, ["reason", "--assert-threshold", "0.9", "--store", str(path)])
    assert strict.exit_code == 0 and "11 attributions (" in strict.output
    assert "(11 asserted)" not in strict.output
    again = runner.invoke(main, ["reason", "--store", str(path)])
    assert again.exit_code == 0 and "11 attributions (11 asserted)" in again.output
    assert runner.invoke(main, ["reason", "--assert-threshold", "2", "--store", str(path)]).exit_code == 2


def test_enrich_language_tags_the_texts_whose_record_states_none(runner, tmp_path):
    """`--language nl`: a row without a language gets it (its title is written in Dutch), a row
    with its own keeps that; a malformed tag is a usage error."""
    import csv

    from conftest import SAMPLES
    from kg.store import OxigraphStore

    with open(SAMPLES / "collection.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    rows[0]["language"] = ""
    csv_path = tmp_path / "collection.csv"
    with open(csv_path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    args = ["enrich", str(csv_path), "--annotations", str(SAMPLES / "annotations.json"),
            "--images", str(SAMPLES), "--store", str(tmp_path / "s")]
    bad = runner.invoke(main, [*args, "--language", "not a tag"])
    assert bad.exit_code == 2 and "BCP 47" in bad.output
    result = runner.invoke(main, [*args, "--language", "nl"])
    assert result.exit_code == 0, result.output
    with OxigraphStore(tmp_path / "s", read_only=True) as store:
        tags = {row["id"].value: row["title"].language for row in store.select(
            "SELECT ?id ?title WHERE { ?a <http://purl.org/dc/terms/identifier> ?id ; "
            "<http://purl.org/dc/elements/1.1/title> ?title }")}
    assert tags[rows[0]["identifier"]] == "nl"
    assert tags[rows[1]["identifier"]] == rows[1]["language"] == "en"
