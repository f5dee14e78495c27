"""Descriptions true to the graph, in five languages."""
from __future__ import annotations

import pytest
from pyoxigraph import NamedNode

from conftest import BASE
from kg.describe import (LANGUAGES, Describer, Scene, describe_artwork, describe_artworks, read_scenes,
                         words)
from kg.errors import InputError
from kg.vocab import ICO, PROV

UCCELLO = NamedNode(BASE + "artwork/uccello-saint-george-ng6294")


def george_scene(ontology, *, rides=True, holds=True, woman_at="rightOf") -> Scene:
    o = {n: f"urn:o:{n}" for n in ("knight", "horse", "dragon", "lance", "woman")}
    scene = Scene(objects={o["knight"]: ontology.resolve("Knight"), o["horse"]: ontology.resolve("Horse"),
                           o["dragon"]: ontology.resolve("Dragon"), o["lance"]: ontology.resolve("Lance"),
                           o["woman"]: ontology.resolve("Woman")})
    if rides:
        scene.relations.add((o["knight"], "rides", o["horse"]))
    if holds:
        scene.relations.add((o["knight"], "holds", o["lance"]))
    if woman_at:
        scene.relations.add((o["woman"], woman_at, o["knight"]))
    scene.attributions.append(("urn:att", "11H(GEORGE)", "Saint George",
                               [o["knight"], o["horse"], o["dragon"], o["lance"]]))
    return scene


def test_english_sentence_from_the_relations(ontology):
    text = Describer(ontology, "en").describe(george_scene(ontology))
    assert text == "Saint George, mounted on a horse, fights a dragon with a lance. A woman is at the right."


@pytest.mark.parametrize("lang, expected", [
    ("es", "San Jorge, montado en un caballo, lucha contra un dragón con una lanza. Una mujer está a la derecha."),
    ("it", "San Giorgio, in sella a un cavallo, combatte un drago con una lancia. Una donna è a destra."),
    ("de", "Der heilige Georg, auf einem Pferd, kämpft gegen einen Drachen mit einer Lanze. Eine Frau ist rechts."),
    ("fr", "Saint Georges, monté sur un cheval, combat un dragon avec une lance. Une femme est à droite."),
])
def test_other_languages(ontology, lang, expected):
    assert Describer(ontology, lang).describe(george_scene(ontology)) == expected


def test_no_clause_without_its_evidence(ontology):
    text = Describer(ontology, "en").describe(george_scene(ontology, rides=False, holds=False, woman_at=None))
    # no rides, no holds, no position: the horse and lance are only "shown with"
    assert text == "Saint George fights a dragon and is shown with a horse and a lance."
    left = Describer(ontology, "en").describe(george_scene(ontology, woman_at="leftOf"))
    assert left.endswith("A woman is at the left.")


@pytest.mark.parametrize("lang, expected", [
    ("en", "Saint Nicholas, wearing a mitre, is shown with a book."),
    ("es", "San Nicolás, con una mitra en la cabeza, aparece con un libro."),
    ("it", "San Nicola, con una mitra in capo, è raffigurato con un libro."),
    ("de", "Der heilige Nikolaus, mit einer Mitra auf dem Kopf, ist dargestellt mit einem Buch."),
    ("fr", "Saint Nicolas, portant une mitre, est représenté avec un livre."),
])
def test_headgear_worn_is_said_to_be_worn(ontology, lang, expected):
    o = {n: f"urn:o:{n}" for n in ("bishop", "mitre", "book")}
    scene = Scene(objects={o["bishop"]: ontology.resolve("Person"), o["mitre"]: ontology.resolve("Mitre"),
                           o["book"]: ontology.resolve("Book")})
    scene.relations.add((o["bishop"], "wears", o["mitre"]))
    scene.attributions.append(("urn:att", "11H(NICHOLAS)", "Saint Nicholas", list(o.values())))
    assert Describer(ontology, lang).describe(scene) == expected
    scene.relations.clear()  # no wears: the mitre is only "shown with"
    assert Describer(ontology, "en").describe(scene) == "Saint Nicholas is shown with a mitre and a book."


def test_no_attribution_lists_what_is_seen(ontology):
    scene = Scene(objects={"urn:t": ontology.resolve("Tree"), "urn:p": ontology.resolve("Person")})
    assert Describer(ontology, "de").describe(scene) == "Das Gemälde zeigt einen Baum und eine Person."


def test_unknown_language(ontology):
    with pytest.raises(InputError, match="available: en, es"):
        Describer(ontology, "xx")


def test_every_sample_class_has_words(ontology, demo_store):
    classes = {r["c"].value for r in demo_store.select(
        "SELECT DISTINCT ?c WHERE { ?o <https://w3id.org/iconograph/ontology#detection>/<http://www.w3.org/ns/oa#hasBody> ?c }")}
    for lang in LANGUAGES:
        d = Describer(ontology, lang)
        assert all(d.noun(c, "nom") for c in classes), lang
    assert set(words()["phrases"]) == set(LANGUAGES)


def test_stored_with_language_tags_and_provenance(demo_store):
    rows = demo_store.select(f"""
        SELECT ?text ?att WHERE {{ <{UCCELLO.value}> <{ICO}description> ?d .
          ?d <http://www.w3.org/1999/02/22-rdf-syntax-ns#value> ?text ; <{PROV}wasDerivedFrom> ?att }}""")
    assert {r["text"].language for r in rows} == set(LANGUAGES)
    assert {r["att"].value for r in rows} == {BASE + "artwork/uccello-saint-george-ng6294/attribution/saint-george"}
    english = next(r["text"].value for r in rows if r["text"].language == "en")
    assert english.startswith("Saint George, mounted on a horse")


def test_demo_descriptions_follow_the_graph(demo_store, ontology):
    scene = read_scenes(demo_store, [UCCELLO])[UCCELLO.value]
    rides = any(p == "rides" for _, p, _ in scene.relations)
    text = Describer(ontology, "en").describe(scene)
    assert ("mounted on" in text) is rides


def test_artworks_described_together_read_as_each_alone(demo_store, ontology):
    artworks = [row["artwork"] for row in demo_store.select(
        "SELECT ?artwork WHERE { ?artwork a <https://w3id.org/iconograph/ontology#Artwork> }")]
    together = describe_artworks(demo_store, ontology, artworks)
    assert len(together) == 12 and sum(bool(scene.attributions) for scene, _ in together.values()) == 11
    assert together == {a.value: describe_artwork(demo_store, ontology, a) for a in artworks}


def test_kg_describe(runner, demo_store_path):
    from kg.cli import main

    result = runner.invoke(main, ["describe", "uccello-saint-george-ng6294", "--lang", "it",
                                  "--store", str(demo_store_path)])
    assert result.exit_code == 0 and result.output.startswith("it: San Giorgio")


def test_every_subject_named_in_the_words_is_a_rule_subject(ruleset):
    """A subject's words are looked up by the notation its rule attributes: a key that no rule
    gives is dead, and the rule's descriptions fall back to its English label."""
    from kg.describe import words

    notations = {rule.notation for rule in ruleset.rules}
    assert set(words()["subjects"]) <= notations
    judith = next(r for r in ruleset.rules if r.notation == "71U42731")
    assert words()["subjects"][judith.notation]["de"] == "Judith mit dem Haupt des Holofernes"


def test_kg_describe_says_why_there_is_no_description(runner, tmp_path):
    """An artwork in the store without a description (no boxes, so no subject) is told apart
    from one that is not in the store."""
    from conftest import SAMPLES

    from kg.cli import main

    boxes = tmp_path / "coco.json"
    boxes.write_text('{"images": [], "annotations": [], "categories": []}', encoding="utf-8")
    store = str(tmp_path / "db")
    result = runner.invoke(main, ["enrich", str(SAMPLES / "collection.csv"), "--annotations", str(boxes),
                                  "--store", store])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["describe", "uccello-saint-george-ng6294", "--store", store])
    assert result.exit_code == 3 and "has no description: descriptions are written from the subjects" in result.output
    result = runner.invoke(main, ["describe", "no-such-painting", "--store", store])
    assert result.exit_code == 3 and "no artwork http://127.0.0.1:5000/artwork/no-such-painting in the store" in result.output


def test_every_rule_subject_has_words_in_every_language(ruleset):
    subjects = words()["subjects"]
    for rule in ruleset.rules:
        assert all(subjects.get(rule.notation, {}).get(lang) for lang in LANGUAGES), rule.notation


def _scene(ontology, objects: dict[str, str], relations=(), attributions=()) -> Scene:
    """A scene from short names: objects name -> class, relations (a, p, b), attributions
    (notation, label, [evidence names])."""
    iri = {n: f"urn:o:{n}" for n in objects}
    scene = Scene(objects={iri[n]: ontology.resolve(c) for n, c in objects.items()})
    scene.relations.update((iri[a], p, iri[b]) for a, p, b in relations)
    for i, (notation, label, evidence) in enumerate(attributions):
        scene.attributions.append((f"urn:att{i}", notation, label, [iri[e] for e in evidence]))
    return scene


@pytest.mark.parametrize("lang, expected", [
    ("en", "The painting shows an orange, a staff and a unicorn."),
    ("it", "Il dipinto mostra un'arancia, un bastone e un unicorno."),
    ("de", "Das Gemälde zeigt eine Orange, einen Stab und ein Einhorn."),
])
def test_classes_are_named_by_their_own_nouns(ontology, lang, expected):
    scene = _scene(ontology, {"o": "Orange", "s": "Staff", "u": "Unicorn"})
    assert Describer(ontology, lang).describe(scene) == expected
