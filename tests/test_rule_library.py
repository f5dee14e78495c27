"""The bundled rule library: its examples pass, its identifiers are real, its coverage is broad."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg import rules as rules_mod
from kg.model import Box, Relation
from kg.reasoning import attribute_scene
from kg.rulecheck import check
from kg.ruletest import run_example
from vision.annotations import make_detection

DATA = Path(__file__).parent / "data"
THEMES = {"saints", "christ", "mary", "old-testament", "mythology"}
# The saints whose Iconclass entries list possible attributes, as the library must cover them.
SAINTS = ["11H(GEORGE)", "11G183", "11HH(MARGARET)", "11HH(CATHERINE)", "11H(JEROME)",
          "11H(SEBASTIAN)", "11H(PETER)", "11H(PAUL)", "11H(JOHN THE BAPTIST)", "11H(JOHN)",
          "11HH(MARY MAGDALENE)", "11HH(LUCY)", "11HH(AGATHA)", "11HH(BARBARA)", "11H(FRANCIS)",
          "11H(ANTONY ABBOT)", "11H(LAURENCE)", "11H(CHRISTOPHER)", "11H(NICHOLAS)", "11H(ROCH)",
          "11H(MARTIN)", "11H(ANDREW)", "11H(BARTHOLOMEW)", "11H(AUGUSTINE)"]
SCENES = ["11F4", "73D6", "73A5", "71U42731"]


@pytest.fixture(scope="module")
def iconclass_data():
    import iconclass

    ic = iconclass.init()
    return ic


def _bundled_rules():
    from kg import ontology

    return rules_mod.bundled(ontology.load()).rules


@pytest.mark.parametrize("rule", _bundled_rules(), ids=lambda r: r.id)
def test_every_example_passes(rule, ruleset, ontology):
    assert rule.examples, f"{rule.file}:{rule.line}: rule {rule.id} has no examples"
    for example in rule.examples:
        outcome = run_example(example, rule.id, ruleset.rules, ontology)
        assert outcome.passed, f"{example.file}:{example.line} {example.name!r}: {outcome.explain()}"


def test_every_rule_has_positive_and_negative_examples(ruleset):
    expected = {i for r in ruleset.rules for ex in r.examples for i in ex.expect}
    refused = {i for r in ruleset.rules for ex in r.examples for i in ex.expect_not}
    ids = {r.id for r in ruleset.rules}
    assert ids - expected == set(), "rules no example expects to fire"
    assert ids - refused == set(), "rules no example expects not to fire"


def test_library_size_and_themes(ruleset):
    subjects = {r.notation for r in ruleset.rules}
    assert len(subjects) >= 40
    assert {Path(r.file).stem for r in ruleset.rules} == THEMES
    assert set(SAINTS + SCENES) <= subjects


def test_every_notation_has_its_own_iconclass_entry(ruleset, iconclass_data):
    # a name in brackets resolves to a generic template ("male saints (X)"): require a real entry
    entries = iconclass_data.source._D
    for rule in ruleset.rules:
        assert rule.notation in entries, f"{rule.file}:{rule.line}: {rule.notation} is not in Iconclass"
        assert "(wd:" not in rule.notation


NOTATION = re.compile(r"([0-9]{2}[0-9A-Z]*(?:\([A-Z' ]+\))?[0-9]*):")


def quotes_iconclass(source: str, ic) -> bool:
    """Whether a rule's source cites a notation followed by (the start of) its Iconclass text."""
    source = " ".join(source.split())
    cited = [n for n in NOTATION.findall(source) if n in ic.source._D]
    return source.startswith("Iconclass ") and any(
        f"{n}: {' '.join(ic[n]().split())[:40]}" in source for n in cited)


def test_every_source_quotes_iconclass(ruleset, iconclass_data):
    assert not quotes_iconclass("Iconclass 11H(PETER): an apostle with keys", iconclass_data)
    assert quotes_iconclass("Iconclass 11H(PETER): the apostle Peter, first bishop of Rome; …",
                            iconclass_data)
    for rule in ruleset.rules:
        assert quotes_iconclass(rule.source, iconclass_data), \
            f"{rule.file}:{rule.line}: rule {rule.id}'s source does not quote the Iconclass text"


def test_wikidata_items_are_verified_ones(ruleset):
    lines = (DATA / "wikidata_allowed.txt").read_text().splitlines()
    allowed = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    assert "Q48438" in allowed and "Q134388" not in allowed
    used = {r.wikidata for r in ruleset.rules if r.wikidata}
    assert used, "some rules carry Wikidata items"
    assert used <= allowed, f"unverified Wikidata items: {used - allowed}"


def test_the_bundled_rules_pass_the_checks(ruleset, ontology):
    assert check(ruleset.rules, ontology) == []


def _scene(ontology, ruleset, objects, relations=()):
    dets = {name: make_detection("t", label, Box(10 * i, 10 * i, 5, 5), 0.9)
            for i, (name, label) in enumerate(objects.items())}
    rels = [Relation(dets[a].key, p, dets[b].key) for a, p, b in relations]
    return {a.notation for a in attribute_scene(list(dets.values()), rels, ruleset.rules, ontology)}


def test_george_and_michael_are_told_apart_by_the_whole_library(ontology, ruleset):
    george = _scene(ontology, ruleset, {"k": "knight", "h": "horse", "d": "dragon", "l": "lance"},
                    [("k", "rides", "h")])
    michael = _scene(ontology, ruleset, {"a": "angel", "d": "dragon", "s": "sword"})
    assert george == {"11H(GEORGE)"}
    assert michael == {"11G183"}


@pytest.mark.parametrize("objects, relations, expected", [
    ({"w": "woman", "wh": "wheel", "c": "crown"}, [], {"11HH(CATHERINE)"}),
    ({"w": "woman", "t": "tower", "c": "crown"}, [], {"11HH(BARBARA)"}),
    ({"p": "person", "k": "keys", "b": "book"}, [], {"11H(PETER)"}),
    ({"p": "person", "s": "sword", "b": "book"}, [], {"11H(PAUL)"}),
    ({"w": "woman", "d": "dish", "l": "lamp"}, [], {"11HH(LUCY)"}),
    ({"w": "woman", "d": "dish", "t": "tongs"}, [], {"11HH(AGATHA)"}),
])
def test_confusable_pairs_get_one_subject(ontology, ruleset, objects, relations, expected):
    assert _scene(ontology, ruleset, objects, relations) == expected


def test_the_scene_benchmark_runs_and_reads_a_mounted_saint_george(tmp_path):
    """`python -m bench.scenes` reasons over every one of its painting scenes and writes what
    it found: Saint George on horseback, lance and dragon, is found; a vanitas is no saint."""
    import json

    from bench import scenes

    scenes.main(["--json", str(tmp_path / "scenes.json")])
    found = json.loads((tmp_path / "scenes.json").read_text())
    assert len(found) == len(scenes.SCENES)
    assert found["george_mounted_lance"]["subjects"] == ["george"] and found["george_mounted_lance"]["right"]
    assert found["vanitas_still_life"]["subjects"] == []


def test_the_held_out_scenes_run_and_score_by_subject(tmp_path):
    """`--heldout` runs the scenes written blind: every one is scored; Uccello's George is found,
    a fruit still life names nothing."""
    import json

    from bench import scenes, scenes_heldout

    scenes.main(["--heldout", "--json", str(tmp_path / "heldout.json")])
    found = json.loads((tmp_path / "heldout.json").read_text())
    assert set(found) == {s["name"] for s in scenes_heldout.SCENES}
    assert found["ho_george_uccello_london"]["subjects"] == ["george"]
    assert not any(found[s["name"]]["subjects"] for s in scenes_heldout.SCENES if "still_life" in s["name"])
