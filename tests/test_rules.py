"""Rules: parsing with file and line, and what the fast engine derives from scenes."""
from __future__ import annotations

import pytest

from kg import rules as rules_mod
from kg.errors import InputError
from kg.model import Box, Relation
from kg.reasoning import ASSERT_THRESHOLD, attribute_scene, compile_rule
from kg.vocab import ICO
from vision.annotations import make_detection


def scene(ontology, ruleset, objects, relations=(), confidence=0.9):
    """Attributions of a scene given as {name: label} and ("a", "rides", "b") triples."""
    dets = {}
    for i, (name, label) in enumerate(objects.items()):
        dets[name] = make_detection("scene", label, Box(10 * i, 10 * i, 5, 5),
                                    confidence[name] if isinstance(confidence, dict) else confidence)
    rels = [Relation(dets[a].key, p, dets[b].key) for a, p, b in relations]
    return {a.rule: a for a in attribute_scene(list(dets.values()), rels, ruleset.rules, ontology)}


def test_bundled_rules_load(ruleset):
    ids = {r.id for r in ruleset.rules}
    assert {"saint-george", "saint-michael", "saint-jerome", "madonna-and-child"} <= ids
    assert all(r.file and r.line for r in ruleset.rules)


def test_george(ontology, ruleset):
    found = scene(ontology, ruleset, {"k": "knight", "h": "horse", "d": "dragon", "l": "lance"},
                  [("k", "rides", "h")])
    assert set(found) == {"saint-george"}
    george = found["saint-george"]
    assert george.notation == "11H(GEORGE)" and george.wikidata == "Q48438"
    assert len(george.evidence) == 4 and george.relations[0].predicate == "rides"


def test_george_needs_the_rider_on_the_horse(ontology, ruleset):
    found = scene(ontology, ruleset, {"k": "knight", "h": "horse", "d": "dragon", "l": "lance"})
    assert "saint-george" not in found


def test_george_and_michael_are_told_apart(ontology, ruleset):
    michael = scene(ontology, ruleset, {"a": "angel", "d": "dragon", "s": "sword"})
    assert set(michael) == {"saint-michael"}
    # an angel hovering over Saint George's fight does not make it Saint Michael
    george = scene(ontology, ruleset, {"k": "knight", "h": "horse", "d": "dragon", "s": "sword",
                                       "a": "angel"}, [("k", "rides", "h")])
    assert set(george) == {"saint-george"}


def test_at_least_one_attribute_for_jerome(ontology, ruleset):
    assert "saint-jerome" not in scene(ontology, ruleset, {"p": "person", "l": "lion"})
    found = scene(ontology, ruleset, {"p": "monk", "l": "lion", "s": "skull"})
    assert len(found["saint-jerome"].evidence) == 3


def test_confidence_is_weight_times_weakest_evidence(ontology, ruleset):
    found = scene(ontology, ruleset, {"k": "knight", "h": "horse", "d": "dragon", "l": "lance"},
                  [("k", "rides", "h")], confidence={"k": 0.9, "h": 0.8, "d": 0.4, "l": 0.95})
    george = found["saint-george"]
    weight = next(r.weight for r in ruleset.rules if r.id == "saint-george")
    assert george.confidence == pytest.approx(weight * 0.4)
    assert george.asserted is (george.confidence >= ASSERT_THRESHOLD)
    assert george.asserted is False  # kept as a candidate


def test_compiled_query_closes_the_class_hierarchy(ontology, ruleset):
    george = next(r for r in ruleset.rules if r.id == "saint-george")
    sparql = compile_rule(george, ontology)
    assert ontology.resolve("Knight") in sparql and ontology.resolve("Judith") in sparql  # Person's subclasses


def _write(tmp_path, text):
    path = tmp_path / "r.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize("body, message, line", [
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: Dragonn}\n", "unknown class 'Dragonn'", 4),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: Dragon}\n    relations: [a flies a]\n",
     "unknown relation 'flies'", 5),
    ("rules:\n  - id: ok\n    subject: {notation: A}\n    objects: {a: Dragon}\n"
     "  - id: BAD id\n    subject: {notation: A}\n    objects: {a: Dragon}\n", "rule id must be", 5),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: Dragon}\n    colour: red\n", "unknown key(s) colour", 5),
    ("rules:\n  - id: x\n    subject: {notation: A, wikidata: 48438}\n    objects: {a: Dragon}\n", "wikidata must look like", 3),
    ("rules:\n  - id: x\n   subject: [\n", "not valid YAML", 3),
    ("rules:\n  - id: x\n    subject: A\n      objects: {a: Dragon}\n",
     "mapping values are not allowed here (check the indentation: ", 4),
    ("rules:\n  - id: x\n\tsubject: {notation: A}\n", "(use spaces, not tabs, to indent)", 3),
    ("rules:\n  - subject: {notation: A}\n    objects: {a: Dragon}\n", "missing 'id' (lower-case", 2),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: dragonn}\n",
     "unknown class 'dragonn' (not in the ontology); did you mean Dragon?", 4),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: Dragon}\n    weight: 1.5\n",
     "weight must be a number in (0, 1], not 1.5", 5),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {artwork: Dragon}\n",
     "'artwork' is reserved", 4),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: {class: Person, not: Womn}}\n",
     "objects.a.not: unknown class 'Womn'", 4),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: {not: [Woman]}}\n",
     "objects.a: missing 'class'", 4),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: {class: Person, except: [Woman]}}\n",
     "objects.a: unknown key(s) except; allowed: class, not", 4),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: Person}\n"
     "    at_least: {n: 1, of: {b: {class: Book, not: [Scroll]}}}\n", "'not' is for the rule's objects only", 5),
    # a rule about nothing would hold of every artwork
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {}\n    absent: [Horse]\n", "names no object", 4),
    # YAML keeps the last of two equal keys: a condition would be lost without a word
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects:\n      a: Person\n      a: Person\n",
     "key 'a' given twice (first on line 5)", 6),
    ("rules:\n  - just a string\n", "each rule must be a mapping", None),
    ("rules:\n  - id: x\n    subject: {notation: A, wikidta: Q1}\n    objects: {a: Dragon}\n",
     "subject: unknown key(s) wikidta", 3),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: Dragon}\n"
     "    at_least: {n: 1, nn: 2, of: {b: Book}}\n", "at_least: unknown key(s) nn", 5),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: Dragon}\n    weight: true\n",
     "weight must be a number", 5),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: Dragon}\n"
     "    at_least: {n: true, of: {b: Book}}\n", "at_least needs n (a number)", 5),
    ("rules:\n  - id: x\n    label: [a, b]\n    subject: {notation: A, label: B}\n    objects: {a: Dragon}\n",
     "label must be text", 3),
    ("rules:\n  - id: x\n    subject: {notation: A, label: \"a\\x01b\"}\n    objects: {a: Dragon}\n",
     "subject.label must be text (without control characters)", 3),
    ("rules:\n  - id: x\n    subject: {notation: \"\"}\n    objects: {a: Dragon}\n",
     "subject needs an Iconclass notation", 3),
    ("rules:\n  - id: x\n    subject: {notation: \"a|b\"}\n    objects: {a: Dragon}\n",
     "characters such as <>\"{}|", 3),  # braces once: the message is no format string
    ("rules:\n  - id: x\n    subject: 11H(MARK)\n    objects: {a: Dragon}\n",
     "subject must be a mapping such as {notation: \"11H(MARK)\", label: …}, not a bare notation", 3),
    ("rules:\n  - id: x\n    objects: {a: Dragon}\n", "rule x: missing 'subject' (a mapping such as", 2),
    # a string is no list: it would be read letter by letter ("relation 's' must read…")
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {saint: Person, pen: Book}\n"
     "    relations: saint holds pen\n",
     "rule x: relations must be a list of 'VAR RELATION VAR' strings, such as [saint holds pen]", 5),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {saint: Person, pen: Book}\n"
     "    relations:\n      - [saint, holds, pen]\n", "strings, not ['saint', 'holds', 'pen']", 6),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: Dragon}\n    examples:\n"
     "      - name: e\n        objects: {a: dragon}\n        relations: a near a\n        expect: [x]\n",
     "example 'e': relations must be a list of 'VAR RELATION VAR' strings", 8),
    # in a rule written over many lines, the line of the item at fault
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects:\n      a: Dragon\n      b: Horse\n"
     "    relations:\n      - b above a\n      - a flys b\n", "unknown relation 'flys'", 9),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: Dragon}\n    examples:\n"
     "      - name: e\n        objects: {a: dragon}\n        expect: [x]\n      - name: f\n"
     "        objects:\n          a: dragon\n          b: zebrra\n        expect: [x]\n",
     "example 'f': objects.b: 'zebrra' is neither", 12),
    ("rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: Dragon}\n    examples:\n"
     "      - name: e\n        objects: {a: dragon}\n        relations:\n          - a near a\n"
     "          - a near b\n        expect: [x]\n", "uses a variable not among objects", 10),
])
def test_rule_errors_name_file_and_line(tmp_path, ontology, body, message, line):
    path = _write(tmp_path, body)
    with pytest.raises(InputError) as info:
        rules_mod.load([path], ontology)
    assert message in str(info.value)
    assert f"{path}:{line}" in str(info.value) if line else str(path) in str(info.value)


def test_a_rule_file_not_in_utf8_names_its_line(tmp_path, ontology):
    path = tmp_path / "r.yaml"
    path.write_bytes("rules:\n  - id: x\n    label: Saint Géry\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8 text") as info:
        rules_mod.load([path], ontology)
    assert info.value.where == f"{path}:3"


def test_duplicate_rule_ids(tmp_path, ontology):
    rule = "  - id: x\n    subject: {notation: A}\n    objects: {a: Dragon}\n"
    path = _write(tmp_path, "rules:\n" + rule + rule)
    with pytest.raises(InputError, match="duplicate rule id 'x'"):
        rules_mod.load([path], ontology)


def test_a_folder_without_rule_files_names_both_suffixes(tmp_path, ontology):
    with pytest.raises(InputError, match=r"no rule files \(\*\.yaml, \*\.yml\) in this folder"):
        rules_mod.load([tmp_path], ontology)


def test_a_rule_file_given_twice_is_named_so(tmp_path, ontology):
    path = _write(tmp_path, "rules:\n  - id: x\n    subject: {notation: A}\n    objects: {a: Dragon}\n")
    for twice in ([path, path], [path, tmp_path]):  # the file, and the folder that holds it
        with pytest.raises(InputError, match="rule file given twice") as info:
            rules_mod.load(twice, ontology)
        assert info.value.where == str(path)


def test_an_objects_not_is_parsed_and_compiled(ontology):
    rule = rules_mod.parse_rule({"id": "x", "subject": {"notation": "A"},
                                 "objects": {"m": {"class": "Person", "not": ["Woman", "Child"]}, "a": "Arrow"}},
                                ontology, "test")
    assert [ontology.local_name(c) for c in rule.objects[0].excluded] == ["Woman", "Child"]
    assert rule.objects[1].excluded == ()
    sparql = compile_rule(rule, ontology)
    minus = sparql[sparql.index("MINUS"):]
    assert f"<{ICO}Judith>" in minus  # a Woman: subclasses are forbidden too
    assert f"<{ICO}Knight>" not in minus
