"""Iconographic rules, as ontologists write them: YAML files in ``ontologies/rules/``.

A rule names the subject it derives and the conditions on one artwork's depicted objects::

    - id: saint-george
      label: Saint George and the dragon
      subject: {notation: "11H(GEORGE)", wikidata: Q48438, label: Saint George}
      source: "Iconclass 11H(GEORGE): … possible attributes: … dragon, (white) horse …"
      objects:                      # every variable must bind a distinct object of one of the classes
        rider: [Knight, Person]
        horse: Horse
        dragon: Dragon
        weapon: [Lance, Sword]
      relations: [rider rides horse]
      at_least: {n: 2, of: {wheel: Wheel, palm: Palm, crown: Crown}}   # optional
      absent: [Halo]                # optional: no object of these classes in the artwork
      weight: 0.9                   # optional, default 1.0
      examples:                     # optional: scenes run by `kg rules test`, like unit tests
        - name: knight on a horse fights a dragon
          objects: {k: knight, h: horse, d: dragon, l: lance}   # detector labels or class names
          relations: [k rides h]
          confidence: 0.9           # optional: one number, or {var: number}; default 1.0
          expect: [saint-george]    # rule ids that must fire (asserted or candidate)
          expect_not: [saint-michael]   # rule ids that must not fire

Classes are ontology class names; subclasses count (a Knight is a Person). An object's ``not``
is a negative condition on that object alone, closed world like ``absent``: the object bound
must have none of those classes (a Person, but no Woman or Child); other objects of those classes
may be in the scene.
"""
from __future__ import annotations

import difflib
import functools
import hashlib
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from .errors import InputError
from .ontology import Ontology
from .resources import resource_dir, shown

if TYPE_CHECKING:
    from .rule_examples import Example

RELATIONS = ("rides", "holds", "wears", "tramples", "liesAcross", "above", "below", "leftOf",
             "rightOf", "overlaps", "contains", "near")
RULE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
#: What a rule's subject notation may be: no spaces at its ends, no character an IRI cannot hold
#: (whether Iconclass has it, ``kg rules check`` asks the ``iconclass`` package).
NOTATION = re.compile(r"[^\s<>\"{}|\\^`\x00-\x1f](?:[^<>\"{}|\\^`\x00-\x1f]*[^\s<>\"{}|\\^`\x00-\x1f])?")
VARIABLE = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")
KEYS = {"id", "label", "subject", "source", "objects", "relations", "at_least", "absent",
        "weight", "examples"}


@dataclass(frozen=True)
class ObjectCondition:
    """A variable bound to one depicted object whose class is one of ``classes`` (IRIs) and none
    of ``excluded`` (subclasses included in both)."""

    var: str
    classes: tuple[str, ...]
    excluded: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelationCondition:
    subject: str
    predicate: str
    object: str


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    notation: str
    wikidata: str
    subject_label: str
    source: str
    objects: tuple[ObjectCondition, ...]
    relations: tuple[RelationCondition, ...] = ()
    at_least: int = 0
    options: tuple[ObjectCondition, ...] = ()
    absent: tuple[str, ...] = ()
    weight: float = 1.0
    file: str = ""
    line: int = 0
    examples: tuple[Example, ...] = field(default=(), compare=False)


class Located(dict):
    """A mapping read from a rule file that knows where it was written: its own line, each key's
    line, and the line of each item of a key's list, so that an error names the line at fault."""

    def __init__(self, items: dict, line: int, keys: dict, items_at: dict) -> None:
        super().__init__(items)
        self.line, self.keys, self.items_at = line, keys, items_at


def at(file: str, mapping: object, key: object = None, index: int | None = None) -> str:
    """``file:line`` of item ``index`` of ``key``'s list, of ``key``, or of ``mapping`` itself
    (the nearest of them the file gives); ``file`` where no line is known."""
    if not isinstance(mapping, Located):
        return file
    line = mapping.items_at.get((key, index)) or mapping.keys.get(key) or mapping.line
    return f"{file}:{line}"


class _LineLoader(yaml.SafeLoader):
    """A YAML loader whose mappings know their lines (``Located``), for error messages."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> Located:
    keys: dict = {}
    items_at: dict = {}
    for key_node, value_node in node.value:  # YAML keeps the last of two equal keys: a lost condition
        key = loader.construct_object(key_node)
        if key in keys:
            raise yaml.MarkedYAMLError(problem=f"key {key!r} given twice (first on line {keys[key]})",
                                       problem_mark=key_node.start_mark)
        keys[key] = key_node.start_mark.line + 1
        if isinstance(value_node, yaml.SequenceNode):
            for i, item in enumerate(value_node.value):
                items_at[key, i] = item.start_mark.line + 1
    return Located(loader.construct_mapping(node, deep=True), node.start_mark.line + 1, keys, items_at)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def default_dir() -> Path:
    return resource_dir("ontologies") / "rules"


def _classes(value: object, ontology: Ontology, where: str, what: str) -> tuple[str, ...]:
    names = value if isinstance(value, list) else [value]
    if not names or not all(isinstance(n, str) for n in names):
        raise InputError(f"{what}: expected a class name or a list of class names", where=where)
    out = []
    for name in names:
        try:
            out.append(ontology.resolve(name))
        except KeyError:
            raise InputError(f"{what}: unknown class {name!r} (not in the ontology)"
                             + _closest(name, ontology), where=where) from None
    return tuple(out)


def _closest(name: str, ontology: Ontology) -> str:
    """"; did you mean …?" with the ontology's class names closest to a misspelt ``name``."""
    names = {ontology.local_name(c).casefold(): ontology.local_name(c) for c in ontology.parents}
    close = difflib.get_close_matches(name.casefold(), list(names), n=3, cutoff=0.6)
    return f"; did you mean {' or '.join(names[c] for c in close)}?" if close else ""


#: Variable names the compiled SPARQL of every rule already uses.
RESERVED = frozenset({"artwork"})


def variables(value: dict, file: str, what: str) -> Iterator[tuple[str, object]]:
    """The ``variable: value`` pairs of a YAML mapping, each variable name checked."""
    for var, item in value.items():
        if not VARIABLE.match(str(var)):
            raise InputError(f"{what}: bad variable name {var!r}", where=at(file, value, var))
        if str(var) in RESERVED:
            raise InputError(f"{what}: {var!r} is reserved (the compiled rules use it); "
                             "choose another variable name", where=at(file, value, var))
        yield str(var), item


def _objects(value: object, ontology: Ontology, file: str, where: str, what: str, *,
             negatable: bool = True) -> tuple[ObjectCondition, ...]:
    """``variable: classes`` pairs, or ``variable: {class: classes, not: classes}`` where
    ``negatable`` (the rule's objects; an attribute option is a class alone). ``where`` names
    the mapping's key, for a mapping that is none."""
    if not isinstance(value, dict):
        raise InputError(f"{what}: expected a mapping of variable: class", where=where)
    out = []
    for var, item in variables(value, file, what):
        excluded: tuple[str, ...] = ()
        name, line = f"{what}.{var}", at(file, value, var)
        if isinstance(item, dict):
            if not negatable:
                raise InputError(f"{name}: expected a class name or a list of class names "
                                 "('not' is for the rule's objects only)", where=line)
            check_keys(item, {"class", "not"}, file, name)
            if "class" not in item:
                raise InputError(f"{name}: missing 'class' (the classes the object may have)", where=line)
            excluded = _classes(item["not"], ontology, at(file, item, "not"), f"{name}.not") \
                if "not" in item else ()
            item, line = item["class"], at(file, item, "class")
        out.append(ObjectCondition(var, _classes(item, ontology, line, name), excluded))
    return tuple(out)


def check_keys(raw: dict, allowed: set[str], file: str, what: str = "") -> None:
    """Refuse keys a rule file does not know, so that a typo is reported (at the first unknown
    key's line), not ignored."""
    if unknown := [k for k in raw if k not in allowed]:
        raise InputError(f"{what + ': ' if what else ''}unknown key(s) "
                         f"{', '.join(sorted(map(str, unknown)))}; allowed: {', '.join(sorted(allowed))}",
                         where=at(file, raw, unknown[0]))


def relation_texts(raw: dict, file: str, what: str) -> list[str]:
    """The ``relations`` of a rule or example: a list of 'VAR RELATION VAR' strings (a string
    alone would be read letter by letter)."""
    value = raw.get("relations") or []
    if not isinstance(value, list):
        raise InputError(f"{what}: relations must be a list of 'VAR RELATION VAR' strings, "
                         f"such as [{value if isinstance(value, str) else 'rider rides horse'}]",
                         where=at(file, raw, "relations"))
    for i, text in enumerate(value):
        if not isinstance(text, str):
            raise InputError(f"{what}: relations must be a list of 'VAR RELATION VAR' strings, "
                             f"not {text!r}", where=at(file, raw, "relations", i))
    return value


#: What a rule's ``subject`` and ``at_least`` may hold.
SUBJECT_KEYS = {"notation", "wikidata", "label"}
AT_LEAST_KEYS = {"n", "of"}


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def parse_rule(raw: dict, ontology: Ontology, file: str) -> Rule:
    """One rule from its YAML mapping; every problem is reported with file and line."""
    if not isinstance(raw, dict):
        raise InputError(f"each rule must be a mapping (id, subject, objects…), not {raw!r}", where=file)
    line = raw.line if isinstance(raw, Located) else 0
    where = f"{file}:{line}"
    check_keys(raw, KEYS, file)
    rid = raw.get("id")
    if rid is None:
        raise InputError("missing 'id' (lower-case letters, digits and hyphens, such as saint-george)",
                         where=at(file, raw))
    if not isinstance(rid, str) or not RULE_ID.match(rid):
        raise InputError(f"rule id must be lower-case letters, digits and hyphens, not {rid!r}",
                         where=at(file, raw, "id"))
    subject = raw.get("subject")
    if not isinstance(subject, dict):
        example = json.dumps(subject if isinstance(subject, str) else "11H(GEORGE)")
        shape = f"a mapping such as {{notation: {example}, label: …}}"
        raise InputError(f"rule {rid}: " + (f"missing 'subject' ({shape})" if subject is None else
                                            f"subject must be {shape}, not "
                                            + ("a bare notation" if isinstance(subject, str) else repr(subject))),
                         where=at(file, raw, "subject"))
    if not isinstance(subject.get("notation"), str) or not NOTATION.fullmatch(subject["notation"].strip()):
        raise InputError(f"rule {rid}: subject needs an Iconclass notation (such as 11H(GEORGE) "
                         "or 73D6), without spaces at its ends or characters such as <>\"{}|",
                         where=at(file, subject, "notation"))
    check_keys(subject, SUBJECT_KEYS, file, f"rule {rid}: subject")
    for key, text, place in (("label", raw.get("label"), at(file, raw, "label")),
                             ("subject.label", subject.get("label"), at(file, subject, "label")),
                             ("source", raw.get("source"), at(file, raw, "source"))):
        if text is not None and (not isinstance(text, str)  # they go into RDF/XML (SWRL export)
                                 or any(ord(c) < 0x20 and c not in "\t\n\r" for c in text)):
            raise InputError(f"rule {rid}: {key} must be text (without control characters)", where=place)
    wikidata = str(subject.get("wikidata") or "")
    if wikidata and not re.fullmatch(r"Q\d+", wikidata):
        raise InputError(f"rule {rid}: subject.wikidata must look like Q123, not {wikidata!r}",
                         where=at(file, subject, "wikidata"))
    if "objects" not in raw:
        raise InputError(f"rule {rid}: missing 'objects'", where=where)
    objects = _objects(raw["objects"], ontology, file, at(file, raw, "objects"), f"rule {rid}: objects")
    if not objects and not raw.get("at_least"):
        raise InputError(f"rule {rid}: 'objects' names no object (and there is no at_least): "
                         "the rule would hold of every artwork", where=at(file, raw, "objects"))
    variables = {o.var for o in objects}
    relations = []
    for i, text in enumerate(relation_texts(raw, file, f"rule {rid}")):
        place = at(file, raw, "relations", i)
        parts = text.split()
        if len(parts) != 3:
            raise InputError(f"rule {rid}: relation {text!r} must read 'VAR RELATION VAR'", where=place)
        s, p, o = parts
        if p not in RELATIONS:
            raise InputError(f"rule {rid}: unknown relation {p!r}; known: {', '.join(RELATIONS)}",
                             where=place)
        for var in (s, o):
            if var not in variables:
                raise InputError(f"rule {rid}: relation {text!r} uses {var!r}, not among objects",
                                 where=place)
        relations.append(RelationCondition(s, p, o))
    at_least, options = 0, ()
    if (group := raw.get("at_least")) is not None:
        place = at(file, raw, "at_least")
        if not isinstance(group, dict) or not isinstance(group.get("n"), int) \
                or isinstance(group.get("n"), bool) or "of" not in group:
            raise InputError(f"rule {rid}: at_least needs n (a number) and of (variable: class)",
                             where=place)
        check_keys(group, AT_LEAST_KEYS, file, f"rule {rid}: at_least")
        at_least = group["n"]
        options = _objects(group["of"], ontology, file, at(file, group, "of"),
                           f"rule {rid}: at_least.of", negatable=False)
        if not 1 <= at_least <= len(options):
            raise InputError(f"rule {rid}: at_least.n must be between 1 and {len(options)}",
                             where=at(file, group, "n"))
        clash = variables & {o.var for o in options}
        if clash:
            raise InputError(f"rule {rid}: variable(s) {', '.join(sorted(clash))} used twice",
                             where=at(file, group["of"], sorted(clash)[0]))
    absent = _classes(raw["absent"], ontology, at(file, raw, "absent"), f"rule {rid}: absent") \
        if raw.get("absent") else ()
    weight = raw.get("weight", 1.0)
    if not _number(weight) or not 0 < weight <= 1:
        raise InputError(f"rule {rid}: weight must be a number in (0, 1], not {weight!r}",
                         where=at(file, raw, "weight"))
    return Rule(
        id=rid, label=str(raw.get("label") or rid), notation=subject["notation"].strip(),
        wikidata=wikidata, subject_label=str(subject.get("label") or raw.get("label") or rid),
        source=str(raw.get("source") or ""), objects=objects, relations=tuple(relations),
        at_least=at_least, options=options, absent=absent, weight=float(weight),
        file=file, line=line,
        examples=_examples(raw.get("examples"), ontology, file, rid, at(file, raw, "examples")),
    )


def _examples(value: object, ontology: Ontology, file: str, rid: str, where: str) -> tuple[Example, ...]:
    from .rule_examples import parse_example  # it builds on this module's conditions

    if value is None:
        return ()
    if not isinstance(value, list):
        raise InputError(f"rule {rid}: examples must be a list of scenes", where=where)
    return tuple(parse_example(raw, ontology, file, rid, i) for i, raw in enumerate(value))


#: Files of rules as SWRL in OWL (``kg rules export --swrl``, perhaps edited in Protégé since).
SWRL_SUFFIXES = (".owl", ".rdf")


def _yaml_hint(error: yaml.YAMLError) -> str:
    """What PyYAML's complaint most often means in a hand-written rule file."""
    problem = str(getattr(error, "problem", "") or "")
    if "\\t" in problem:  # PyYAML names the character: '\\t'
        return " (use spaces, not tabs, to indent)"
    if any(s in problem for s in ("<block end>", "mapping values are not allowed", "expected key",
                                  "expected ':'", "expected '-'")):
        return (" (check the indentation: the keys of one mapping, and the items of one list, "
                "start in one column; what is inside them, further right)")
    return ""


def load_file(path: Path, ontology: Ontology, errors: list[InputError] | None = None) -> list[Rule]:
    """The rules of one file. Where ``errors`` is given, a rule that cannot be read is added to it
    and the file's other rules are read on; else the first error raises."""
    if Path(path).suffix.lower() in SWRL_SUFFIXES:
        from .swrl import parse  # it builds on this module's rules

        if not Path(path).is_file():
            raise InputError("rule file not found", where=str(path))
        return parse(Path(path), ontology)
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_LineLoader)
    except FileNotFoundError as e:
        raise InputError("rule file not found", where=str(path)) from e
    except UnicodeDecodeError as e:
        line = e.object[:e.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 text: {e.reason} at byte {e.start} (save it as UTF-8)",
                         where=f"{path}:{line}") from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise InputError(f"not valid YAML: {getattr(e, 'problem', e)}{_yaml_hint(e)}", where=where) from e
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise InputError("expected a mapping with a 'rules' list", where=str(path))
    if errors is None:
        return [parse_rule(raw, ontology, str(path)) for raw in data["rules"]]
    rules = []
    for raw in data["rules"]:
        try:
            rules.append(parse_rule(raw, ontology, str(path)))
        except InputError as e:
            errors.append(e)
    return rules


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    fingerprint: str  # hash of the rule files' text: identifies a reasoning run's rules


def load(paths: list[Path] | None, ontology: Ontology, errors: list[InputError] | None = None) -> RuleSet:
    """All rules from the given files or folders (default: the bundled ``ontologies/rules``): YAML
    rule files, or an OWL file of rules as SWRL (RDF/XML, ``.owl`` or ``.rdf``). Where ``errors``
    is given, every file is read and each error is added to it (``kg rules check`` reports them
    all); else the first error raises."""

    def fail(error: InputError) -> None:
        if errors is None:
            raise error
        errors.append(error)

    files: list[Path] = []
    for p in paths or [default_dir()]:
        p = Path(p)
        found = [f for f in sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml")) if f.is_file()] \
            if p.is_dir() else [p]
        if not found:  # reasoning with no rules would remove every attribution
            fail(InputError("no rule files (*.yaml, *.yml) in this folder", where=str(p)))
        for f in found:
            if any(f.resolve() == g.resolve() for g in files):
                fail(InputError("rule file given twice (--rules names it, or a folder holding it, "
                                "more than once)", where=str(f)))
            else:
                files.append(f)
    rules: list[Rule] = []
    digest = hashlib.sha256()
    seen: dict[str, Rule] = {}
    for f in files:
        try:
            read = load_file(f, ontology, errors)
        except InputError as e:
            fail(e)
            continue
        for rule in read:
            if rule.id in seen:
                first = seen[rule.id]
                fail(InputError(f"duplicate rule id {rule.id!r} (first at {first.file}:{first.line})",
                                where=f"{rule.file}:{rule.line}"))
                continue
            seen[rule.id] = rule
            rules.append(rule)
        digest.update(f.read_bytes())
    return RuleSet(tuple(rules), digest.hexdigest())


def example_names(rules: Sequence[Rule]) -> Iterator[InputError]:
    """An error for each rule an example names that is not among ``rules`` (``kg rules check``
    and ``test`` need them all; reasoning, listing and exporting do not read examples)."""
    ids = {r.id for r in rules}
    for rule in rules:  # examples may name rules of any file, so they are checked once all are read
        for ex in rule.examples:
            for rid in ex.expect + ex.expect_not:
                if rid not in ids:
                    yield InputError(f"rule {rule.id}: example {ex.name!r} names unknown rule {rid!r}: "
                                     f"it is not among the rules loaded; {_holder(rid)}",
                                     where=f"{ex.file}:{ex.line}")


def _holder(rid: str) -> str:
    """Where the rule ``rid`` may be: the bundled rules, when they hold it (their ids read
    without parsing the rules, for a hint)."""
    folder = default_dir()
    try:
        ids = {raw.get("id") for f in sorted(folder.glob("*.yaml"))
               for raw in (yaml.safe_load(f.read_text(encoding="utf-8")) or {}).get("rules") or []
               if isinstance(raw, dict)}
    except (OSError, yaml.YAMLError, AttributeError):
        ids = set()
    if rid not in ids:
        return "add --rules with the file or folder that holds it"
    return f"the bundled rules hold it: add --rules {shown(folder)}"


@functools.cache
def bundled(ontology: Ontology) -> RuleSet:
    return load(None, ontology)
