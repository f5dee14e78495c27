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
    ("de", "Der heilige Georg, auf einem Pferd reitend, kämpft mit einer Lanze gegen einen Drachen. "
           "Rechts ist eine Frau zu sehen."),
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
    ("de", "Der heilige Nikolaus, mit einer Mitra auf dem Kopf, ist mit einem Buch dargestellt."),
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
    ("en", "Saint Sebastian is shown with three arrows. Two people are at the left."),
    ("es", "San Sebastián aparece con tres flechas. Dos personas están a la izquierda."),
    ("it", "San Sebastiano è raffigurato con tre frecce. Due persone sono a sinistra."),
    ("de", "Der heilige Sebastian ist mit drei Pfeilen dargestellt. Links sind zwei Personen zu sehen."),
    ("fr", "Saint Sébastien est représenté avec trois flèches. Deux personnes sont à gauche."),
])
def test_objects_of_one_class_are_counted(ontology, lang, expected):
    """Three arrows are "three arrows", not "an arrow"; two archers at the left are one plural
    sentence, not "a person is at the left" twice."""
    scene = _scene(ontology, {"s": "Nude", "a1": "Arrow", "a2": "Arrow", "a3": "Arrow", "p1": "Person", "p2": "Person"},
                   [("s", "holds", "a1"), ("s", "holds", "a2"), ("s", "holds", "a3"),
                    ("p1", "leftOf", "s"), ("p2", "leftOf", "s")],
                   [("11H(SEBASTIAN)", "Saint Sebastian", ["s", "a1", "a2", "a3"])])
    assert Describer(ontology, lang).describe(scene) == expected


def test_nothing_seen_is_counted_too(ontology):
    scene = _scene(ontology, {**{f"p{i}": "Person" for i in range(13)}, "d1": "Dog", "d2": "Dog"})
    assert Describer(ontology, "en").describe(scene) == "The painting shows 13 people and two dogs."
    assert Describer(ontology, "de").describe(scene) == "Das Gemälde zeigt 13 Personen und zwei Hunde."


@pytest.mark.parametrize("lang, expected", [
    ("en", "Saint Jerome is shown with a lion, a skull and a stone."),
    ("it", "San Girolamo è raffigurato con un leone, un teschio e una pietra."),
])
def test_two_rules_for_one_subject_make_one_sentence(ontology, lang, expected):
    scene = _scene(ontology, {"j": "Nude", "l": "Lion", "k": "Skull", "s": "Stone"}, (),
                   [("11H(JEROME)", "Saint Jerome", ["j", "l", "k"]), ("11H(JEROME)", "Saint Jerome", ["j", "s", "l"])])
    assert Describer(ontology, lang).describe(scene) == expected


def test_people_another_subject_explains_are_not_said_to_stand_aside(ontology):
    """The woman and child at Catherine's left are the Madonna and Child: named by their own
    sentence, not first as "a woman is at the left"."""
    scene = _scene(ontology, {"c": "Woman", "w": "Wheel", "m": "Woman", "b": "Child"},
                   [("c", "holds", "w"), ("m", "leftOf", "c"), ("b", "leftOf", "c")],
                   [("11HH(CATHERINE)", "Saint Catherine", ["c", "w"]), ("11F4", "Madonna", ["m", "b"])])
    assert Describer(ontology, "en").describe(scene) == (
        "Saint Catherine of Alexandria is shown with a wheel. The Madonna and Child: a woman and a child.")
    assert Describer(ontology, "fr").describe(scene) == (
        "Sainte Catherine d'Alexandrie est représentée avec une roue. La Vierge à l'Enfant\u00a0: une femme et un enfant.")


@pytest.mark.parametrize("lang, expected", [
    ("en", "The archangel Michael fights a devil with a sword and is shown with a pair of scales."),
    ("es", "El arcángel Miguel lucha contra un demonio con una espada y aparece con una balanza."),
    ("it", "L'arcangelo Michele combatte un demonio con una spada ed è raffigurato con una bilancia."),
    ("de", "Der Erzengel Michael kämpft mit einem Schwert gegen einen Teufel und ist mit einer Waage dargestellt."),
    ("fr", "L'archange Michel combat un démon avec une épée et est représenté avec une balance."),
])
def test_the_devil_is_the_foe_not_the_figure_and_only_a_weapon_fights(ontology, lang, expected):
    """A devil is a supernatural being too, but the adversary; scales held are shown, not fought with."""
    scene = _scene(ontology, {"d": "Devil", "m": "Angel", "s": "Sword", "b": "Scales"},
                   [("m", "holds", "s"), ("m", "holds", "b"), ("m", "tramples", "d")],
                   [("11G183", "Michael", ["d", "m", "s", "b"])])
    assert Describer(ontology, lang).describe(scene) == expected


def test_the_figure_is_the_one_that_rides_and_holds(ontology):
    """Of a page and a rider, the rider is Saint Martin."""
    scene = _scene(ontology, {"p": "Person", "k": "Knight", "h": "Horse", "s": "Sword"},
                   [("k", "rides", "h"), ("k", "holds", "s")],
                   [("11H(MARTIN)", "Saint Martin", ["p", "k", "h", "s"])])
    assert Describer(ontology, "en").describe(scene) == (
        "Saint Martin of Tours, mounted on a horse, is shown with a sword and a person.")


@pytest.mark.parametrize("lang, expected", [
    ("en", "Bellerophon, mounted on a winged horse, fights a dragon with a lance."),
    ("es", "Belerofonte, montado en un caballo alado, lucha contra un dragón con una lanza."),
    ("it", "Bellerofonte, in sella a un cavallo alato, combatte un drago con una lancia."),
    ("de", "Bellerophon, auf einem geflügelten Pferd reitend, kämpft mit einer Lanze gegen einen Drachen."),
    ("fr", "Bellérophon, monté sur un cheval ailé, combat un dragon avec une lance."),
])
def test_a_monster_ridden_is_a_mount_not_a_foe(ontology, lang, expected):
    """Pegasus is a monster, but the one Bellerophon rides: never "mounted on a monster, fights
    a dragon and a monster"."""
    scene = _scene(ontology, {"b": "Person", "p": "Pegasus", "l": "Lance", "d": "Dragon"},
                   [("b", "rides", "p"), ("b", "holds", "l")],
                   [("94S32", "Bellerophon kills the Chimera", ["b", "p", "l", "d"])])
    assert Describer(ontology, lang).describe(scene) == expected


@pytest.mark.parametrize("lang, expected", [
    ("en", "The Flight into Egypt: a woman, a child and a donkey."),
    ("es", "La Huida a Egipto: una mujer, un niño y un asno."),
    ("it", "La Fuga in Egitto: una donna, un bambino e un asino."),
    ("de", "Die Flucht nach Ägypten: eine Frau, ein Kind und ein Esel."),
    ("fr", "La Fuite en Égypte\u00a0: une femme, un enfant et un âne."),
])
def test_a_narrative_subject_is_named_in_each_language_not_given_a_rider(ontology, lang, expected):
    """The Flight into Egypt is a scene, not a person "mounted on a donkey", and is named in
    the description's language, not by its English label."""
    scene = _scene(ontology, {"m": "Woman", "c": "Child", "d": "Donkey"}, [("m", "rides", "d")],
                   [("73B641", "Flight into Egypt", ["m", "c", "d"])])
    assert Describer(ontology, lang).describe(scene) == expected


def test_every_rule_subject_has_words_in_every_language(ruleset):
    subjects = words()["subjects"]
    for rule in ruleset.rules:
        assert all(subjects.get(rule.notation, {}).get(lang) for lang in LANGUAGES), rule.notation


def test_every_depicted_class_has_its_own_noun_and_plural(ontology):
    """No class borrows a wrong ancestor's words: an orange is not "a figure", a staff not "an
    object", a unicorn not "a monster"."""
    nouns, plurals = words()["nouns"], words()["plurals"]
    uncounted = {"GodTheFather", "Prayer", "GoldenBalls"}  # one of them, or one thing named in the plural
    borrowed = {"Judith"}  # "a woman": her name is her subject's, not a detector's
    for cls in ontology.parents:
        if ontology.has_class("DepictedObject") and ontology.is_a(cls, ontology.resolve("DepictedObject")):
            name = ontology.local_name(cls)
            if name in borrowed:
                continue
            assert all(nouns.get(name, {}).get(lang) for lang in LANGUAGES), name
            assert name in uncounted or all(plurals.get(name, {}).get(lang) for lang in LANGUAGES), name


@pytest.mark.parametrize("lang, expected", [
    ("en", "The painting shows an orange, a staff and a unicorn."),
    ("it", "Il dipinto mostra un'arancia, un bastone e un unicorno."),
    ("de", "Das Gemälde zeigt eine Orange, einen Stab und ein Einhorn."),
])
def test_classes_are_named_by_their_own_nouns(ontology, lang, expected):
    scene = _scene(ontology, {"o": "Orange", "s": "Staff", "u": "Unicorn"})
    assert Describer(ontology, lang).describe(scene) == expected
