"""The ontology loads in rdflib and owlready2 and covers what the detector emits."""
from __future__ import annotations

import json

import pytest
import rdflib

from conftest import SAMPLES
from kg.ontology import default_path, load_owlready
from kg.vocab import ICO, ICONCLASS, WD

DEART = """angel apple arrow banana banner bear bird boat book butterfly camauro cat centaur chalice
cow crown|crown of thorns|crozier crucifixion deer devil dog donkey dove dragon eagle elephant fish
|god the father|halo hands head helmet|holy shroud|horn horse jug judith|key of heaven|knight lance
lily lion mitre monk monkey mouse nude orange palm pegasus person prayer rooster saturno scroll
serpent sheep shepherd shield skull stole swan sword tiara tree trumpet unicorn zebra zucchetto"""


def deart_labels() -> list[str]:
    labels = []
    for i, chunk in enumerate(DEART.replace("\n", " ").split("|")):
        labels += [chunk.strip()] if i % 2 else chunk.split()
    return labels


def test_rdflib_parses_and_classes_are_objects(ontology):
    graph = rdflib.Graph().parse(default_path(), format="turtle")
    assert len(graph) > 500
    dragon = ontology.resolve("Dragon")
    assert {ICO + "Monster", ICO + "Creature", ICO + "DepictedObject"} <= ontology.ancestors(dragon)


def test_owlready2_loads_it():
    onto = load_owlready()
    names = {c.name for c in onto.classes()}
    assert {"Dragon", "Knight", "Horse", "Lance", "Attribution"} <= names


def test_every_deart_label_has_a_class(ontology):
    labels = deart_labels()
    assert len(labels) == 70
    missing = [label for label in labels if ontology.class_for_label(label) is None]
    assert missing == []


def test_every_sample_label_has_a_class(ontology):
    data = json.loads((SAMPLES / "annotations.json").read_text())
    assert all(ontology.class_for_label(c["name"]) for c in data["categories"])


@pytest.mark.parametrize("label, singular", [
    ("angels", "angel"), ("Dragons", "dragon"), ("lilies", "lily"), ("crosses", "cross"),
    ("lances", "lance"), ("mice", "mouse"), ("crowns of thorns", "crown of thorns"),
    ("keys_of_heaven", "key of heaven"), ("sheep", "sheep"),
])
def test_a_plural_label_is_the_class_of_its_singular(ontology, label, singular):
    assert ontology.class_for_label(singular) is not None
    assert ontology.class_for_label(label) == ontology.class_for_label(singular)


@pytest.mark.parametrize("label", ["glass", "bus", "status", "saint george", "horsess", "of"])
def test_no_plural_rule_invents_a_class(ontology, label):
    assert ontology.class_for_label(label) is None


def test_alignments_are_iconclass_or_wikidata_iris(ontology):
    aligned = [m for ms in ontology.matches.values() for m in ms]
    assert aligned
    assert all(ICONCLASS.contains(m) or WD.contains(m) for m in aligned)
    assert ontology.wikidata(ontology.resolve("Dragon")) == [WD + "Q7559"]
    # the DEArt 'saturno' is a hat: the god Saturn's item must not be attached to it
    assert WD + "Q134388" not in ontology.matches.get(ontology.resolve("Saturno"), ())


@pytest.mark.parametrize("label", ["crown of thorns", "Crown_of_Thorns", "crown-of-thorns",
                                   "CrownOfThorns", "crownOfThorns", "  CROWN OF THORNS "])
def test_labels_match_whatever_their_case_and_separators(ontology, label):
    assert ontology.class_for_label(label) == ontology.class_for_label("crown of thorns") is not None


def test_every_class_name_is_a_label_of_its_class(ontology):
    # datasets labelled with the ontology's own class names ("KeyOfHeaven") need no mapping
    for label, cls in ontology.labels.items():
        assert ontology.class_for_label(ontology.local_name(cls)) == cls, label


def test_every_term_the_code_writes_is_declared_with_a_label():
    """A consumer looks up each ``ico:`` predicate and class in the data: every one the code
    names (``ICO.x``, ``ICO + "x"``) and every run parameter is declared, labelled and defined."""
    import re
    from pathlib import Path

    from kg.vocab import RUN_PARAMETERS, run_parameter

    root = Path(__file__).resolve().parents[1]
    used = set()
    for path in [*root.glob("kg/**/*.py"), *root.glob("vision/**/*.py")]:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bICO\.([A-Za-z]\w*)\b(?!\()", text))
        used |= set(re.findall(r"\bICO \+ \"([A-Za-z]\w*)\"", text))
    used -= {"iri", "contains"}  # the namespace's own attributes
    iris = {ICO + name for name in used} | {run_parameter(n).value for n in RUN_PARAMETERS}
    ontology = rdflib.Graph().parse(default_path(), format="turtle")
    label, comment = rdflib.RDFS.label, rdflib.RDFS.comment
    undeclared = sorted(i for i in iris if (rdflib.URIRef(i), None, None) not in ontology)
    assert not undeclared
    unlabelled = sorted(i for i in iris if (rdflib.URIRef(i), label, None) not in ontology)
    assert not unlabelled
    params = [rdflib.URIRef(run_parameter(n).value) for n in RUN_PARAMETERS]
    assert all((p, comment, None) in ontology for p in params)
    assert all((p, rdflib.RDFS.subPropertyOf, rdflib.URIRef(ICO + "runParameter")) in ontology for p in params)
    with pytest.raises(ValueError, match="no run parameter"):
        run_parameter("confidence")
