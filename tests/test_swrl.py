"""Rules round-trip through SWRL in an OWL file that Protégé (and owlready2) can read."""
from __future__ import annotations

import dataclasses
from math import comb

import pytest

from kg import swrl
from kg.cli import main
from kg.errors import InputError
from kg.vocab import RULE


def _plain(rule):
    return dataclasses.replace(rule, file="", line=0)


def test_every_bundled_rule_round_trips(tmp_path, ontology, ruleset):
    path = tmp_path / "rules.owl"
    count = swrl.export(ruleset.rules, ontology, path)
    assert count == sum(len(swrl.subsets(r)) + bool(r.absent) + sum(bool(o.excluded) for o in r.objects)
                        for r in ruleset.rules)
    back = {r.id: r for r in swrl.parse(path, ontology)}
    assert set(back) == {r.id for r in ruleset.rules}
    for rule in ruleset.rules:
        assert _plain(back[rule.id]) == _plain(rule), rule.id


def test_at_least_is_one_swrl_rule_per_subset(ontology, ruleset):
    jerome = next(r for r in ruleset.rules if r.id == "saint-jerome")
    rules = list(swrl.implications(jerome))
    assert len(rules) == comb(len(jerome.options), jerome.at_least)
    for body, head in rules:
        variables = {a.args[0] for a in body if a.kind == "class"}
        assert len(variables) == len(jerome.objects) + jerome.at_least
        # every pair of variables is different, and every pair is named in the head
        assert sum(a.kind == "different" for a in body) == comb(len(variables), 2)
        assert sum(a.predicate[0].count("-") and "#" in a.predicate[0] for a in head) >= comb(len(variables), 2)


def test_owlready2_reads_the_swrl(tmp_path, ontology, ruleset):
    import owlready2

    path = tmp_path / "rules.owl"
    swrl.export(ruleset.rules, ontology, path)
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    imps = list(world.rules())
    assert len(imps) == sum(len(swrl.subsets(r)) + bool(r.absent) + sum(bool(o.excluded) for o in r.objects)
                        for r in ruleset.rules)
    assert world.search_one(iri="https://w3id.org/iconograph/ontology#Dragon") is not None


def test_export_command(tmp_path, runner, ruleset):
    out = tmp_path / "out.owl"
    result = runner.invoke(main, ["rules", "export", "--swrl", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{len(ruleset.rules)} rules as" in result.output
    text = out.read_text(encoding="utf-8")
    assert "http://www.w3.org/2003/11/swrl#Imp" in text and text.startswith("<?xml")


def test_a_broken_file_names_itself(tmp_path, ontology):
    path = tmp_path / "broken.owl"
    path.write_text("<rdf:RDF")
    with pytest.raises(InputError, match="broken.owl"):
        swrl.parse(path, ontology)


@pytest.mark.parametrize("weight, message", [("abc", "is not a number"), ("2.0", "must be in \\(0, 1\\]")])
def test_an_edited_weight_is_checked_when_read_back(tmp_path, ontology, ruleset, weight, message):
    import rdflib

    path = tmp_path / "rules.owl"
    george = [r for r in ruleset.rules if r.id == "saint-george"]
    g = swrl.to_graph(george, ontology)
    node = rdflib.URIRef(RULE + "saint-george")
    g.set((node, rdflib.URIRef(swrl.WEIGHT), rdflib.Literal(weight)))
    path.write_bytes(g.serialize(format="xml", encoding="utf-8"))
    with pytest.raises(InputError, match=message) as err:
        swrl.parse(path, ontology)
    assert "rule" in err.value.where and "saint-george" in err.value.where


def test_an_exported_owl_file_is_a_rule_file(tmp_path, runner, ontology, ruleset):
    """What Protégé users edit comes back: ``--rules FILE.owl`` reads the rules from their SWRL."""
    from kg import rules as rules_mod

    path = tmp_path / "rules.owl"
    swrl.export(ruleset.rules, ontology, path)
    back = rules_mod.load([path], ontology)
    assert sorted(map(_plain, back.rules), key=lambda r: r.id) == sorted(map(_plain, ruleset.rules), key=lambda r: r.id)
    result = runner.invoke(main, ["rules", "check", "--rules", str(path)])
    assert result.exit_code == 0 and f"{len(ruleset.rules)} rules OK" in result.output
