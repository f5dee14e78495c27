"""``kg rules …``: the commands ontologists use on rule files."""
from __future__ import annotations

import json
from pathlib import Path

import click

from .errors import InputError
from .options import ONTOLOGY, RULES, STORE

NEAR_MISSES = 5  # near misses `kg rules explain` shows without --all, closest first


def _load(ontology_path, rule_paths, *, examples: bool = False):
    """The ontology and the rules; with ``examples``, every rule an example names must be loaded
    (check and test run them; list, export and explain do not read them)."""
    from . import ontology, rules

    onto = ontology.load(ontology_path)
    ruleset = rules.load(list(rule_paths) or None, onto)
    if examples:
        for error in rules.example_names(ruleset.rules):
            raise error
    return onto, ruleset


@click.group()
def rules() -> None:
    """Write, check and test the iconographic rules.

    Rules are YAML files in ontologies/rules/ (see the README, "For ontologists"). Typical
    work: `kg rules suggest 11H(JEROME)` drafts a rule, `kg rules check` finds rules that can
    never fire or that duplicate others, `kg rules test` runs every rule's example scenes,
    `kg rules explain ARTWORK` says why a rule did or did not fire on a painting.
    """


@rules.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array, for scripts.")
@ONTOLOGY
@RULES
def list_rules(as_json, ontology_path, rule_paths) -> None:
    """Every rule: id, label, subject (Iconclass, Wikidata) and file."""
    _, ruleset = _load(ontology_path, rule_paths)
    items = [{"id": r.id, "label": r.label, "iconclass": r.notation, "wikidata": r.wikidata,
              "file": f"{r.file}:{r.line}"} for r in ruleset.rules]
    if as_json:
        click.echo(json.dumps(items, indent=2, ensure_ascii=False))
        return
    for i in items:
        click.echo(f"{i['id']:30} {i['iconclass']:22} {i['wikidata'] or '-':10} {i['label']}  ({i['file']})")


@rules.command("check")
@ONTOLOGY
@RULES
def check(ontology_path, rule_paths) -> None:
    """Check every rule file: syntax, classes and relations, examples, and rules that can never
    fire (a class both required and absent, a class no detector emits), duplicate rules (the
    same conditions twice, or for two different subjects) and shadowed rules (a rule whose
    conditions include all of another's with the same subject, so the other always fires too).

    Each problem is printed with its file and line; the exit code is 3 when there is any.
    Warnings (a notation only a template reads where Iconclass has a close entry of its own, a
    rule without examples, a subject without words in ontologies/descriptions.yaml) are printed
    the same way and leave the exit code alone.
    """
    from . import ontology, rules
    from .rulecheck import check as check_rules

    onto = ontology.load(ontology_path)
    errors: list[InputError] = []
    ruleset = rules.load(list(rule_paths) or None, onto, errors)
    if not errors:  # a rule that did not read would be one more "unknown rule"
        errors += rules.example_names(ruleset.rules)
    if errors:  # every file's, so that one run shows what to fix
        for error in errors:
            click.echo(f"error: {error}", err=True)
        raise InputError(f"{len(errors)} error(s) reading the rules; the checks across rules "
                         "run once every rule reads")
    found = check_rules(ruleset.rules, onto)
    for p in found:
        click.echo(f"{p.kind}: {p}")
    problems = [p for p in found if p.kind != "warning"]
    warned = f"; {len(found) - len(problems)} warning(s)" if len(found) > len(problems) else ""
    if problems:
        raise InputError(f"{len(problems)} problem(s) in {len(ruleset.rules)} rules{warned}")
    examples = sum(len(r.examples) for r in ruleset.rules)
    click.echo(f"{len(ruleset.rules)} rules OK ({examples} examples; run `kg rules test`){warned}")


@rules.command("test")
@click.option("--rule", "only", multiple=True, metavar="ID",
              help="Only the examples of this rule (repeatable).")
@click.option("-v", "--verbose", is_flag=True, help="Print every example, not only failures.")
@ONTOLOGY
@RULES
def test(only, verbose, ontology_path, rule_paths) -> None:
    """Run every rule's example scenes through the reasoning engine, like unit tests.

    Each example lists objects (detector labels or class names), relations, and the rules that
    must fire (expect) or must not (expect_not). Prints PASS/FAIL per rule and a summary; the
    exit code is 3 when any example fails.
    """
    from .ruletest import run_all

    onto, ruleset = _load(ontology_path, rule_paths, examples=True)
    unknown = set(only) - {r.id for r in ruleset.rules}
    if unknown:
        raise InputError(f"no rule(s) {', '.join(sorted(unknown))}; see `kg rules list`")
    by_rule: dict[str, list] = {}
    for outcome in run_all(ruleset.rules, onto, only):
        by_rule.setdefault(outcome.rule, []).append(outcome)
    failed = 0
    for rule in ruleset.rules:
        outcomes = by_rule.get(rule.id, [])
        if not outcomes:
            continue
        bad = [o for o in outcomes if not o.passed]
        failed += len(bad)
        click.echo(f"{'FAIL' if bad else 'PASS'} {rule.id} ({len(outcomes)} examples)")
        for o in outcomes if verbose else bad:
            mark = "ok  " if o.passed else "FAIL"
            click.echo(f"    {mark} {o.example.name} ({o.example.file}:{o.example.line})"
                       + ("" if o.passed else f": {o.explain()}"))
    total = sum(len(v) for v in by_rule.values())
    untested = [r.id for r in ruleset.rules if not r.examples and (not only or r.id in only)]
    click.echo(f"{total} examples of {len(by_rule)} rules: {total - failed} passed, {failed} failed"
               + (f"; no examples: {', '.join(untested)}" if untested else ""))
    if failed:
        raise InputError(f"{failed} example(s) failed")


@rules.command("suggest")
@click.argument("notation")
@ONTOLOGY
@RULES
def suggest(notation, ontology_path, rule_paths) -> None:
    """Draft a rule (YAML) for an Iconclass NOTATION such as 11H(JEROME).

    The "possible attributes" of the Iconclass text are mapped to ontology classes through
    their labels and detector labels (plurals and a few synonyms folded); words that map to no
    class are listed in a comment. A scene without attributes (73C121, 71U4) gets every class
    its text names as a required object. Where rules for the notation already exist (the
    bundled ones, or --rules), or for a notation above it, a comment names them first; the draft's
    id is one no loaded rule has. Review the draft, then add it to a file in ontologies/rules/.
    """
    from .suggest import broader, draft

    onto, ruleset = _load(ontology_path, rule_paths)
    notation = notation.strip()
    made = draft(notation, onto, frozenset(r.id for r in ruleset.rules))
    for n in [notation, *broader(notation)]:  # the same notation, or one it lies below
        if existing := [r for r in ruleset.rules if r.notation == n]:
            click.echo(f"# rules for {n}{'' if n == notation else f', above {notation},'} exist already: "
                       + ", ".join(f"{r.id} ({Path(r.file).name}:{r.line})" for r in existing)
                       + "; the draft has another id: give it examples telling them apart")
    click.echo(made.yaml, nl=False)


@rules.command("explain")
@click.argument("artwork")
@STORE
@click.option("--all", "show_all", is_flag=True, help="Every rule and condition, not only fired and near misses.")
@click.option("--json", "as_json", is_flag=True, help="JSON, for scripts.")
@ONTOLOGY
@RULES
def explain(artwork, store_path, show_all, as_json, ontology_path, rule_paths) -> None:
    """Which rules fired on ARTWORK (identifier or IRI), which nearly fired, and what was missing.

    A rule nearly fired when dropping one of its conditions would make it fire: that
    condition is the missing evidence (an object not detected, a relation not found, too few
    attributes, or an object the rule excludes). Uses the rules as they are now, so it also
    shows what `kg reason` would change after editing them. Read-only.
    """
    from . import explain as ex
    from .store import open_store

    onto, ruleset = _load(ontology_path, rule_paths)
    if not Path(store_path).exists():
        raise InputError("store not found; run `kg enrich` or `kg demo` first", where=str(store_path))
    with open_store(store_path, read_only=True) as store:
        iri, title = ex.find_artwork(store, artwork)
        scene = ex.scene(store, iri, title)
        statuses = ex.explain(store, ruleset.rules, onto, scene)
    near = sorted((s for s in statuses if s.nearly), key=lambda s: (-s.closeness, -s.rule.weight))
    limit = len(near) if show_all else NEAR_MISSES
    shown = ([s for s in statuses if s.fired] + near[:limit]
             + ([s for s in statuses if not s.fired and not s.nearly] if show_all else []))
    if as_json:
        click.echo(json.dumps({"artwork": iri.value, "title": title, "rules": [{
            "id": s.rule.id, "notation": s.rule.notation, "fired": s.fired, "nearly": s.nearly,
            "confidence": s.attribution.confidence if s.attribution else None,
            "asserted": s.attribution.asserted if s.attribution else None,
            "conditions": [{"condition": c.text, "met": c.met, "detail": c.detail,
                            "missing": c.blocking} for c in s.conditions]} for s in shown]},
            indent=2, ensure_ascii=False))
        return
    click.echo(f"{iri.value}  {title}")
    labels = sorted(label for label, _, _ in scene.objects.values())
    click.echo(f"objects: {', '.join(labels) or 'none'}; relations: {len(scene.relations)}")
    if not shown:
        click.echo("no rule fired or nearly fired (--all shows every rule and condition)")
    for heading, group in (("fired", [s for s in shown if s.fired]),
                           ("nearly fired", [s for s in shown if s.nearly]),
                           ("did not fire", [s for s in shown if not s.fired and not s.nearly])):
        if not group:
            continue
        click.echo(f"{heading}:")
        for s in group:
            status = ""
            if s.attribution:
                state = "asserted" if s.attribution.asserted else "candidate"
                status = f"  {s.attribution.confidence:.2f} {state}"
            click.echo(f"  {s.rule.id} ({s.rule.notation}){status}")
            if s.attribution:
                click.echo(f"      evidence: {scene.evidence(s.attribution)}")
            for c in s.conditions if (show_all or s.nearly) else ():
                mark = "MISSING" if c.blocking else ("ok" if c.met else "no")
                click.echo(f"      {mark:7} {c.text}: {c.detail}")
    if len(near) > limit:
        click.echo(f"… and {len(near) - limit} more near misses (--all shows every rule)")


@rules.command("export")
@click.option("--swrl", "out", required=True, type=click.Path(path_type=Path), metavar="OUT.owl",
              help="Where to write the ontology with the rules as SWRL (RDF/XML, opens in Protégé).")
@ONTOLOGY
@RULES
def export(out, ontology_path, rule_paths) -> None:
    """Write the rules as SWRL inside the OWL ontology, for Protégé and OWL reasoners.

    "At least n of" becomes one SWRL rule per n-subset of the options; an "absent" condition,
    which SWRL cannot state, becomes a SWRL rule deriving rule#_absent, which the engine reads
    closed-world. The file is read back and checked against the rules before this reports success.
    """
    import dataclasses

    from . import swrl

    onto, ruleset = _load(ontology_path, rule_paths)
    count = swrl.export(ruleset.rules, onto, out)
    back = {r.id: dataclasses.replace(r, file="", line=0) for r in swrl.parse(out, onto)}
    lost = [r.id for r in ruleset.rules if back.get(r.id) != dataclasses.replace(r, file="", line=0)]
    if lost:
        raise InputError(f"rules that do not read back identically: {', '.join(lost)}", where=str(out))
    click.echo(f"{len(ruleset.rules)} rules as {count} SWRL rules in {out}")
