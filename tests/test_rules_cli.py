"""The ontologists' commands: kg rules test, check, suggest and explain."""
from __future__ import annotations

import json

import pytest
import yaml

from kg import rules as rules_mod
from kg.cli import main

GEORGE = """\
  - id: george
    subject: {notation: "11H(GEORGE)"}
    objects: {rider: Knight, horse: Horse, dragon: Dragon}
    relations: [rider rides horse]
"""


def _rules(tmp_path, body: str, name: str = "r.yaml"):
    path = tmp_path / name
    path.write_text("rules:\n" + body)
    return path


def test_rules_test_passes_on_the_bundled_library(runner):
    result = runner.invoke(main, ["rules", "test"])
    assert result.exit_code == 0, result.output
    assert "PASS saint-george" in result.output and "PASS saint-michael" in result.output
    summary = result.output.strip().splitlines()[-1]
    assert summary.endswith("0 failed")
    assert int(summary.split()[0]) >= 80  # examples run


def test_rules_test_reports_a_failing_example_and_exits_non_zero(runner, tmp_path):
    path = _rules(tmp_path, GEORGE + """\
    examples:
      - name: good
        objects: {k: knight, h: horse, d: dragon}
        relations: [k rides h]
        expect: [george]
      - name: wrong expectation
        objects: {k: knight, h: horse, d: dragon}
        expect: [george]
""")
    result = runner.invoke(main, ["rules", "test", "--rules", str(path), "-v"])
    assert result.exit_code == 3
    assert "FAIL george (2 examples)" in result.output
    assert "ok   good" in result.output
    assert f"FAIL wrong expectation ({path}:11): did not fire: george" in result.output
    assert "2 examples of 1 rules: 1 passed, 1 failed" in result.output


def test_expect_not_fails_when_the_rule_fires(runner, tmp_path):
    path = _rules(tmp_path, GEORGE + """\
    examples:
      - name: it is George after all
        objects: {k: Knight, h: Horse, d: Dragon}
        relations: [k rides h]
        expect_not: [george]
""")
    result = runner.invoke(main, ["rules", "test", "--rules", str(path)])
    assert result.exit_code == 3
    assert "fired but should not: george" in result.output


@pytest.mark.parametrize("example, message, line", [
    ("      - name: x\n        objects: {k: knightt}\n        expect: [george]\n",
     "'knightt' is neither a detector label nor an ontology class", 8),
    ("      - name: x\n        objects: {k: knight}\n        expect: [nobody]\n",
     "names unknown rule 'nobody'", 7),
    ("      - name: x\n        objects: {k: knight}\n        relations: [k flies k]\n        expect: [george]\n",
     "must read 'VAR RELATION VAR'", 9),
    ("      - name: x\n        objects: {k: knight}\n", "needs expect and/or expect_not", 7),
    ("      - name: x\n        objects: {k: Mount}\n        expect: [george]\n",
     "class 'Mount' has no detector label", 8),
    ("      - name: x\n        objects: {k: knight}\n        confidence: 2\n        expect: [george]\n",
     "confidence must be a number in (0, 1], not 2", 9),
    ("      - name: x\n        objects: {k: knight}\n        expected: [george]\n",
     "unknown key(s) expected", 9),
])
def test_bad_examples_are_reported_with_file_and_line(runner, tmp_path, example, message, line):
    path = _rules(tmp_path, GEORGE + "    examples:\n" + example)
    result = runner.invoke(main, ["rules", "check", "--rules", str(path)])
    assert result.exit_code == 3
    assert message in result.output
    assert f"{path}:{line}" in result.output


def test_an_example_naming_a_bundled_rule_asks_for_the_bundled_rules(runner, tmp_path):
    """With --rules alone, an example that names a bundled rule: list and export do not read
    examples; check and test say where the rule is."""
    path = _rules(tmp_path, GEORGE + "    examples:\n      - name: x\n        objects: {k: knight}\n"
                  "        expect_not: [saint-antony-of-padua]\n")
    assert runner.invoke(main, ["rules", "list", "--rules", str(path)]).exit_code == 0
    exported = runner.invoke(main, ["rules", "export", "--swrl", str(tmp_path / "r.owl"), "--rules", str(path)])
    assert exported.exit_code == 0, exported.output
    for command in ("check", "test"):
        result = runner.invoke(main, ["rules", command, "--rules", str(path)])
        assert result.exit_code == 3
        assert (f"{path}:7: rule george: example 'x' names unknown rule 'saint-antony-of-padua': it is "
                "not among the rules loaded; the bundled rules hold it: add --rules ") in result.output
        assert "ontologies/rules" in result.output


def test_check_reports_the_errors_of_every_file(runner, tmp_path):
    """A file that does not read does not stop the others: one run shows what to fix."""
    bad_yaml = _rules(tmp_path, "  - id: a\n   subject: [\n", "a.yaml")
    two_bad_rules = _rules(tmp_path, "  - id: b\n    subject: {notation: X}\n    objects: {d: Dragonn}\n"
                           "  - id: c\n    subject: {notation: X}\n    objects: {d: Dragon}\n    weight: 2\n"
                           + GEORGE, "b.yaml")
    result = runner.invoke(main, ["rules", "check", "--rules", str(tmp_path)])
    assert result.exit_code == 3
    for where, message in ((f"{bad_yaml}:3", "not valid YAML"), (f"{two_bad_rules}:4", "unknown class 'Dragonn'"),
                           (f"{two_bad_rules}:8", "weight must be a number in (0, 1], not 2")):
        assert f"error: {where}: " in result.output and message in result.output
    assert "3 error(s)" in result.output


def test_check_passes_on_the_bundled_library(runner):
    result = runner.invoke(main, ["rules", "check"])
    assert result.exit_code == 0, result.output
    assert "rules OK" in result.output and "warning" not in result.output


def test_check_warns_of_a_rule_without_examples_and_a_subject_without_descriptions(runner, tmp_path):
    """The README asks for examples, and a subject descriptions.yaml lacks is described in
    English alone, as a man: warnings, which leave the exit code alone."""
    path = _rules(tmp_path, '  - id: benedict\n    subject: {notation: "11H(BENEDICT)", label: Saint Benedict}\n'
                            "    objects: {m: Monk, b: Book}\n")
    result = runner.invoke(main, ["rules", "check", "--rules", str(path)])
    assert result.exit_code == 0, result.output
    assert f"warning: {path}:2: rule benedict: has no examples, so `kg rules test` cannot test it" in result.output
    assert f"warning: {path}:2: rule benedict: subject 11H(BENEDICT) has no entry under 'subjects:' in " in result.output
    assert ("ontologies/descriptions.yaml: descriptions would name it 'Saint Benedict' in every language, "
            "with masculine phrases") in result.output
    assert "1 rules OK (0 examples; run `kg rules test`); 2 warning(s)" in result.output


@pytest.mark.parametrize("body, kind, message, line", [
    # a class both required and absent (Knight is a Person)
    ("  - id: a\n    subject: {notation: X}\n    objects: {k: Knight, d: Dragon}\n    absent: [Person]\n",
     "unsatisfiable", "object k (Knight) is required but also listed as absent", 2),
    # no detector emits an Attribution
    ("  - id: a\n    subject: {notation: X}\n    objects: {k: Attribution}\n",
     "unsatisfiable", "no detector label maps to this class", 2),
    ("  - id: a\n    subject: {notation: X}\n    objects: {k: Knight, h: Horse}\n"
     "    at_least: {n: 2, of: {l: Lance, s: Sword}}\n    absent: [Sword]\n",
     "unsatisfiable", "at_least needs 2 of 2 attributes, but only 1 can be present", 2),
    ("  - id: a\n    subject: {notation: X}\n    objects: {k: {class: Knight, not: [Person]}}\n",
     "unsatisfiable", "object k (Knight): its 'not' (Person) rules out every class it admits", 2),
    ("  - id: a\n    subject: {notation: X}\n    objects: {k: Knight}\n    relations: [k rides k]\n",
     "unsatisfiable", "relates an object to itself", 2),
    # boxes never give these: a dragon rides nothing, a book is not worn, nobody holds a tree
    ("  - id: a\n    subject: {notation: X}\n    objects: {d: Dragon, h: Horse}\n    relations: [d rides h]\n",
     "unsatisfiable", "the scene never derives rides between Dragon and Horse (it joins Person/SupernaturalBeing to Mount)", 2),
    ("  - id: a\n    subject: {notation: X}\n    objects: {p: Person, b: Book}\n    relations: [p wears b]\n",
     "unsatisfiable", "never derives wears between Person and Book", 2),
    ("  - id: a\n    subject: {notation: X}\n    objects: {p: Person, t: Tree}\n    relations: [p holds t]\n",
     "unsatisfiable", "not to Person/SupernaturalBeing/Tree/Boat/Tower", 2),
    # the same conditions (other variable names, other order) for two subjects
    ("  - id: a\n    subject: {notation: X}\n    objects: {k: Knight, d: Dragon}\n"
     "  - id: b\n    subject: {notation: Y}\n    objects: {dd: Dragon, kk: Knight}\n",
     "conflict", "same conditions as rule a", 5),
    ("  - id: a\n    subject: {notation: X}\n    objects: {k: Knight, d: Dragon}\n"
     "  - id: b\n    subject: {notation: X}\n    objects: {d: Dragon, k: Knight}\n",
     "duplicate", "same conditions as rule a", 5),
    # b asks for all of a's conditions and more, for the same subject: a always fires with it
    ("  - id: a\n    subject: {notation: X}\n    objects: {p: Person, d: Dragon}\n"
     "  - id: b\n    subject: {notation: X}\n    objects: {k: Knight, d: Dragon, h: Horse}\n"
     "    relations: [k rides h]\n    absent: [Angel]\n",
     "shadowed", "shadowed by rule a", 5),
])
def test_check_finds_problems_with_file_and_line(runner, tmp_path, body, kind, message, line):
    path = _rules(tmp_path, body)
    result = runner.invoke(main, ["rules", "check", "--rules", str(path)])
    assert result.exit_code == 3, result.output
    assert f"{kind}: {path}:{line}:" in result.output
    assert message in result.output


def test_check_accepts_a_relation_some_class_of_a_condition_allows(runner, tmp_path):
    # an Animal may be a Horse (a Mount): "p rides a" can happen; so may a Person wear an Artefact
    path = _rules(tmp_path, """\
  - id: a
    subject: {notation: "11H(GEORGE)"}
    objects: {p: Person, a: Animal}
    relations: [p rides a]
  - id: b
    subject: {notation: "11G183"}
    objects: {p: Person, h: Artefact}
    relations: [p wears h]
""")
    result = runner.invoke(main, ["rules", "check", "--rules", str(path)])
    assert result.exit_code == 0 and "problem" not in result.output, result.output


def test_check_does_not_call_different_rules_shadowed(runner, tmp_path):
    # a narrower rule for another subject, and a rule that is not implied (its lance is optional);
    # a woman fighting a dragon does not satisfy e, which forbids women
    path = _rules(tmp_path, """\
  - id: a
    subject: {notation: "11H(GEORGE)"}
    objects: {p: Person, d: Dragon}
  - id: b
    subject: {notation: "11G183"}
    objects: {k: Knight, d: Dragon}
  - id: c
    subject: {notation: "11H(GEORGE)"}
    objects: {k: Knight}
    at_least: {n: 1, of: {l: Lance, h: Horse}}
  - id: d
    subject: {notation: "11H(GEORGE)"}
    objects: {k: Knight, l: Lance}
  - id: e
    subject: {notation: "73D6"}
    objects: {p: {class: Person, not: [Woman]}, d: Dragon, s: Sword}
  - id: f
    subject: {notation: "73D6"}
    objects: {w: Woman, d: Dragon, s: Sword}
""")
    result = runner.invoke(main, ["rules", "check", "--rules", str(path)])
    assert "problem" not in result.output, result.output
    assert result.exit_code == 0


def test_check_names_notations_iconclass_lacks(runner, tmp_path):
    # a saint's name in the bracket of a template is Iconclass's own way (11HH(...))
    path = _rules(tmp_path, """\
  - id: a
    subject: {notation: "11HH(ANNE)"}
    objects: {w: Woman}
  - id: b
    subject: {notation: "99ZZ99"}
    objects: {d: Dragon}
""")
    result = runner.invoke(main, ["rules", "check", "--rules", str(path)])
    assert result.exit_code == 3
    assert f"unknown: {path}:5: rule b: Iconclass has no notation '99ZZ99'" in result.output
    assert "unknown: " + f"{path}:2" not in result.output
    # Iconclass's own entry for Saint Anne is Anna's: a warning, which leaves the exit code alone
    assert f"warning: {path}:2: rule a: " in result.output and "did you mean 11HH(ANNA)?" in result.output
    assert "1 problem(s) in 2 rules; " in result.output


@pytest.mark.parametrize("notation", ["11H(MARKK)", "11H(mark)", "11HH(MARK)"])
def test_check_warns_of_a_notation_only_a_template_reads(runner, tmp_path, notation):
    """A misspelt saint's name is still a name in the template 11H(...): check warns, and names
    Iconclass's own entry, but does not fail."""
    path = _rules(tmp_path, f'  - id: a\n    subject: {{notation: "{notation}"}}\n    objects: {{p: Person, l: Lion}}\n')
    result = runner.invoke(main, ["rules", "check", "--rules", str(path)])
    assert result.exit_code == 0, result.output
    assert (f"warning: {path}:2: rule a: Iconclass has no entry for '{notation}' (only its template, "
            "with a name in the bracket, reads it); did you mean 11H(MARK)?") in result.output
    assert "1 rules OK" in result.output


def test_suggest_maps_jeromes_attributes(runner, tmp_path):
    result = runner.invoke(main, ["rules", "suggest", "11H(JEROME)"])
    assert result.exit_code == 0, result.output
    out = result.output
    for mapped in ("lion: Lion", "book: Book", "skull: Skull", "stone: Stone"):
        assert mapped in out
    assert "not mapped to an ontology class: hour-glass" in out
    assert '"11H(JEROME)"' in out and "possible attributes: book, cardinal's hat" in out
    # the draft is a valid rule file whose own example passes
    draft = tmp_path / "draft.yaml"
    draft.write_text(out)
    tested = runner.invoke(main, ["rules", "test", "--rules", str(draft)])
    assert tested.exit_code == 0, tested.output
    assert "PASS saint-jerome" in tested.output


def test_suggest_folds_plurals_and_synonyms(runner):
    result = runner.invoke(main, ["rules", "suggest", "11H(PETER)"])
    assert result.exit_code == 0
    assert "key -> Keys" in result.output and "cock -> Rooster" in result.output
    assert "ship -> Boat" in result.output


def test_suggest_keeps_an_attribute_whole_across_the_commas_in_its_brackets(runner):
    # "palm-tree (with bunches of dates, or withered), infant Christ": two attributes, not four
    out = runner.invoke(main, ["rules", "suggest", "11H(CHRISTOPHER)"]).output
    assert "# mapped: palm-tree -> Tree; infant Christ -> Child" in out
    assert "withered" not in out.split("# mapped")[1]


@pytest.mark.parametrize("notation, required, absent", [
    ("71U4", ["judith: Judith"], ["figure:", "person:"]),  # Judith is the figure
    ("73C121", ["person: Person", "dove: Dove"], ["Head"]),  # the Holy Ghost; Christ's own head is no object
    ("11F4", ["woman: Woman", "child: Child"], []),  # Mary with the Christ-child
    ("73E31", ["woman: Woman"], ["Donkey"]),  # "represented as a gardener": "as" is no "ass"
])
def test_suggest_drafts_a_scene_from_what_its_text_names(runner, tmp_path, notation, required, absent):
    result = runner.invoke(main, ["rules", "suggest", notation])
    assert result.exit_code == 0, result.output
    objects = result.output.split("    objects:\n")[1].split("    #")[0]
    for line in required:
        assert f"      {line}\n" in objects
    for word in absent:
        assert word not in result.output
    assert "at_least" not in result.output  # a scene's objects are all required
    draft = tmp_path / "draft.yaml"
    draft.write_text(result.output)
    tested = runner.invoke(main, ["rules", "test", "--rules", str(draft)])
    assert tested.exit_code == 0 and "PASS" in tested.output, tested.output


def test_suggest_reads_the_virgin_as_a_woman_only_in_a_scene(runner):
    out = runner.invoke(main, ["rules", "suggest", "11H(LUKE)"]).output  # "portrait of the Virgin"
    assert "ox -> Cow" in out and "Woman" not in out
    assert "portrait of the Virgin" in out.split("not mapped to an ontology class:")[1]


def test_suggest_says_when_a_scene_names_no_class(runner):
    out = runner.invoke(main, ["rules", "suggest", "73A5"]).output  # the Annunciation: "Christ's birth"
    assert "names no ontology class" in out and "figure: Person" in out


@pytest.mark.parametrize("notation, message", [
    ("11H(NOBODY IN PARTICULAR)", "not an Iconclass notation with its own entry"),
    ("11H(wd:Q48438)", "need the network"),
])
def test_suggest_refuses_notations_it_cannot_read_offline(runner, notation, message):
    result = runner.invoke(main, ["rules", "suggest", notation])
    assert result.exit_code == 3
    assert message in result.output


def test_explain_a_fired_rule(runner, demo_store_path):
    result = runner.invoke(main, ["rules", "explain", "antonello-saint-jerome-ng1418",
                                  "--store", str(demo_store_path)])
    assert result.exit_code == 0, result.output
    fired = result.output.split("fired:")[1]
    assert "saint-jerome (11H(JEROME))  0.85 asserted" in fired
    assert "evidence: person, lion, " in fired


def test_explain_near_misses_name_the_missing_evidence(runner, tmp_path, demo_store_path):
    path = _rules(tmp_path, """\
  - id: dragon-riding
    subject: {notation: X}
    objects: {k: Knight, h: Horse, d: Dragon}
    relations: [d rides h]
  - id: george-alone
    subject: {notation: "11H(GEORGE)"}
    objects: {k: Knight, h: Horse, d: Dragon}
    relations: [k rides h]
    absent: [Woman]
  - id: george
    subject: {notation: "11H(GEORGE)"}
    objects: {k: Knight, h: Horse, d: Dragon}
    relations: [k rides h]
  - id: dragon-and-wheel
    subject: {notation: Y}
    objects: {d: Dragon, w: Wheel, t: Tower}
  - id: dragon-and-a-lay-person
    subject: {notation: Z}
    objects: {p: {class: Person, not: [Knight, Woman]}, d: Dragon, h: Horse}
""")
    result = runner.invoke(main, ["rules", "explain", "http://127.0.0.1:5000/artwork/uccello-saint-george-ng6294",
                                  "--store", str(demo_store_path), "--rules", str(path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    rules = {r["id"]: r for r in report["rules"]}
    assert rules["george"]["fired"] and rules["george"]["asserted"]
    missing = {rid: [c["condition"] for c in r["conditions"] if c["missing"]]
               for rid, r in rules.items() if r["nearly"]}
    assert missing == {"dragon-riding": ["relation d rides h"], "george-alone": ["absent: Woman"],
                       "dragon-and-a-lay-person": ["object p: not Knight/Woman"]}
    lay = {c["condition"]: c for c in rules["dragon-and-a-lay-person"]["conditions"]}
    assert lay["object p: Person"]["met"] and not lay["object p: Person"]["missing"]
    ruled_out = lay["object p: not Knight/Woman"]["detail"]
    assert ruled_out.startswith("rules out ") and "knight" in ruled_out and "woman" in ruled_out
    absent = next(c for c in rules["george-alone"]["conditions"] if c["missing"])
    assert absent["detail"].startswith("present: woman")
    assert "dragon-and-wheel" not in rules  # two things missing: not a near miss


def test_explain_an_unknown_artwork(runner, demo_store_path):
    result = runner.invoke(main, ["rules", "explain", "no-such-painting", "--store", str(demo_store_path)])
    assert result.exit_code == 3
    assert "no artwork 'no-such-painting'" in result.output


def test_explain_a_missing_object_counts_once_with_its_relations(runner, tmp_path, demo_store_path):
    # Saint Michael's painting has no horse: the horse and the relation it would take part in
    # are one gap, so the rule nearly fired for want of the horse
    path = _rules(tmp_path, "  - id: mounted-angel\n    subject: {notation: X}\n"
                            "    objects: {a: Angel, d: Devil, h: Horse}\n    relations: [a rides h]\n")
    result = runner.invoke(main, ["rules", "explain", "raphael-saint-michael-louvre-inv608",
                                  "--store", str(demo_store_path), "--rules", str(path)])
    assert result.exit_code == 0, result.output
    assert "nearly fired:\n  mounted-angel (X)" in result.output
    assert "MISSING object h: Horse: none depicted" in result.output
    assert "no      relation a rides h" in result.output


def test_explain_names_a_not_that_alone_keeps_a_rule_from_firing(runner, tmp_path, demo_store_path):
    """Uccello's rider is a knight: a rule for a rider who is no knight is a near miss for its
    "not" alone, though a person (the princess) is there, since she rides nothing; and an
    attribute group is counted by the best assignment of objects, not a greedy one."""
    path = _rules(tmp_path, """\
  - id: lay-rider
    subject: {notation: "11H(GEORGE)"}
    objects: {p: {class: Person, not: [Knight]}, h: Horse, d: Dragon}
    relations: [p rides h]
  - id: two-figures
    subject: {notation: "11H(GEORGE)"}
    objects: {d: Dragon}
    at_least: {n: 2, of: {p: Person, k: Knight}}
""")
    result = runner.invoke(main, ["rules", "explain", "uccello-saint-george-ng6294", "--store",
                                  str(demo_store_path), "--rules", str(path), "--json", "--all"])
    assert result.exit_code == 0, result.output
    rules = {r["id"]: r for r in json.loads(result.output)["rules"]}
    lay = {c["condition"]: c for c in rules["lay-rider"]["conditions"]}
    assert rules["lay-rider"]["nearly"] and [c for c, v in lay.items() if v["missing"]] == ["object p: not Knight"]
    assert lay["object p: Person"]["met"] and lay["relation p rides h"]["met"]
    assert rules["two-figures"]["fired"]
    group = next(c for c in rules["two-figures"]["conditions"] if c["condition"].startswith("at least"))
    assert group["met"] and group["detail"].startswith("found 2")


@pytest.mark.parametrize("notation, rule_id, label", [
    ("92C3", "diana", "(story of) Diana (Artemis)"),  # the "(story of)" notations were all "draft"
    ("73D24", "last-supper", "Last Supper (in general) (Matthew 26:21-35; Mark 14:18-31; Luke 22:3, "
                             "22:15-23; John 13:21-38)"),  # a ";" inside brackets cut the label
    ("25F", "animals", "animals"),  # Animal has no label of its own: the example shows a kind of animal
])
def test_suggested_drafts_load_and_check_as_they_are(runner, tmp_path, notation, rule_id, label):
    result = runner.invoke(main, ["rules", "suggest", notation])
    assert result.exit_code == 0, result.output
    draft = yaml.safe_load(result.output)["rules"][0]
    assert (draft["id"], draft["label"]) == (rule_id, label)
    path = tmp_path / "draft.yaml"
    path.write_text(result.output, encoding="utf-8")
    checked = runner.invoke(main, ["rules", "check", "--rules", str(path)])
    assert checked.exit_code == 0, checked.output
    assert runner.invoke(main, ["rules", "test", "--rules", str(path)]).exit_code == 0


def test_a_drafts_example_shows_detector_labels(runner):
    """Examples name what a detector reports: a class's own label (the figure is a woman, not a
    Judith, a subclass), else a subclass's (a horn for musical instruments)."""
    result = runner.invoke(main, ["rules", "suggest", "11HH(CECILIA)"])
    example = yaml.safe_load(result.output)["rules"][0]["examples"][0]["objects"]
    assert example["figure"] == "woman" and example["musicalInstrument"] == "horn"


def test_check_reads_relations_as_the_engines_do(runner, tmp_path):
    """``dove above ark`` is ``ark below dove``, and ``near`` holds either way round: rules that
    differ only so are duplicates."""
    path = _rules(tmp_path, """\
  - id: ark-a
    subject: {notation: "71B33"}
    objects: {ark: Boat, dove: Dove}
    relations: [dove above ark]
  - id: ark-b
    subject: {notation: "71B33"}
    objects: {ship: Boat, bird: Dove}
    relations: [ship below bird]
  - id: near-a
    subject: {notation: "11H(GEORGE)"}
    objects: {k: Knight, d: Dragon}
    relations: [k near d]
  - id: near-b
    subject: {notation: "11H(GEORGE)"}
    objects: {k: Knight, d: Dragon}
    relations: [d near k]
""")
    result = runner.invoke(main, ["rules", "check", "--rules", str(path)])
    assert result.exit_code == 3
    assert "duplicate: " in result.output and "rule ark-b: same conditions as rule ark-a" in result.output
    assert "rule near-b: same conditions as rule near-a" in result.output


def test_suggest_names_the_rules_a_notation_has_already(runner):
    """A draft for a subject the library covers would be a duplicate id: the draft says so."""
    result = runner.invoke(main, ["rules", "suggest", "11HH(URSULA)"])
    assert result.exit_code == 0
    first = result.output.splitlines()[0]
    assert first.startswith("# rules for 11HH(URSULA) exist already: saint-ursula (saints.yaml:")
    fresh = runner.invoke(main, ["rules", "suggest", "11H(BENEDICT)"])
    assert "exist already" not in fresh.output
    assert yaml.safe_load(result.output)["rules"][0]["id"] == "saint-ursula-2"  # loads beside saint-ursula


def test_a_draft_for_a_scene_of_a_saints_life_loads_beside_the_bundled_rules(runner, tmp_path):
    """11H(ANTONY OF PADUA)54 is a scene below the saint: its draft is no saint-antony-of-padua,
    whose rule is named as one for the notation above."""
    result = runner.invoke(main, ["rules", "suggest", "11H(ANTONY OF PADUA)54"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith(
        "# rules for 11H(ANTONY OF PADUA), above 11H(ANTONY OF PADUA)54, exist already: "
        "saint-antony-of-padua (saints.yaml:")
    assert yaml.safe_load(result.output)["rules"][0]["id"] == "saint-antony-of-padua-sermon-to-the-fishes"
    draft = tmp_path / "draft.yaml"
    draft.write_text(result.output, encoding="utf-8")
    bundled = str(rules_mod.default_dir())
    for command in ("check", "test"):
        beside = runner.invoke(main, ["rules", command, "--rules", bundled, "--rules", str(draft)])
        assert beside.exit_code == 0, beside.output


def test_the_readme_names_the_arguments_the_rules_commands_take():
    """`kg rules explain ID` read as a rule id, where the command takes an artwork."""
    import re
    from pathlib import Path

    import click

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    commands = main.commands["rules"].commands
    written = re.findall(r"`kg rules (\w+) ([A-Z][A-Z_]*)\b", readme)
    assert ("explain", "ARTWORK") in written
    for name, argument in written:
        taken = [p.name.upper() for p in commands[name].params if isinstance(p, click.Argument)]
        assert argument in taken, f"README: `kg rules {name} {argument}`, but it takes {taken}"


def test_explain_a_rule_of_one_object_that_its_absent_keeps_from_firing(runner, tmp_path, demo_store_path):
    """Dropping a rule's only object leaves a rule no query can bind the artwork in (it crashed):
    what is left of it, the absence, is read from the scene."""
    path = _rules(tmp_path, "  - id: dragon-alone\n    subject: {notation: X}\n"
                            "    objects: {d: Dragon}\n    absent: [Horse]\n"
                            "  - id: dragon-without-wheel\n    subject: {notation: Y}\n"
                            "    objects: {d: Dragon}\n    absent: [Wheel]\n")
    result = runner.invoke(main, ["rules", "explain", "uccello-saint-george-ng6294", "--store",
                                  str(demo_store_path), "--rules", str(path), "--json", "--all"])
    assert result.exit_code == 0, result.output
    rules = {r["id"]: r for r in json.loads(result.output)["rules"]}
    alone = {c["condition"]: c for c in rules["dragon-alone"]["conditions"]}
    assert not rules["dragon-alone"]["fired"] and alone["object d: Dragon"]["met"]
    assert alone["absent: Horse"]["missing"] and not alone["object d: Dragon"]["missing"]
    assert rules["dragon-without-wheel"]["fired"]
