"""``kg rules …``: the commands ontologists use on rule files."""
from __future__ import annotations

import json
from pathlib import Path

import click

RULES = click.option("--rules", "rule_paths", multiple=True, type=click.Path(path_type=Path),
                     help="Rule file or folder (repeatable). Default: the bundled rules.")
ONTOLOGY = click.option("--ontology", "ontology_path", type=click.Path(path_type=Path),
                        help="Ontology (Turtle). Default: the bundled one.")


def _load(ontology_path, rule_paths):
    from . import ontology, rules

    onto = ontology.load(ontology_path)
    return onto, rules.load(list(rule_paths) or None, onto)


@click.group()
def rules() -> None:
    """List and check the iconographic rules."""


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
        click.echo(f"{i['id']:22} {i['iconclass']:18} {i['wikidata'] or '-':10} {i['label']}")


@rules.command("check")
@ONTOLOGY
@RULES
def check(ontology_path, rule_paths) -> None:
    """Parse every rule and check its classes and relations against the ontology."""
    _, ruleset = _load(ontology_path, rule_paths)
    click.echo(f"{len(ruleset.rules)} rules OK")
