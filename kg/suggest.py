"""Draft a rule from Iconclass: the "possible attributes" of a notation mapped to ontology classes.

The words of the Iconclass text ("book, cardinal's hat, crucifix, hour-glass, lion…") are matched
against every word that names a class in the ontology (its label, alternative labels and detector
labels), first as whole phrases, then word by word from the end (the head noun in English), with
plurals folded and a few synonyms that Iconclass uses for classes the ontology names otherwise.
What cannot be matched is listed, so that an ontologist can add a class or drop the attribute.
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from .errors import InputError, MissingDependency
from .ontology import Ontology, normalise_label, singulars

# Iconclass words for things the ontology names otherwise (the detector's classes).
SYNONYMS = {
    "cock": "Rooster", "ship": "Boat", "snake": "Serpent", "ass": "Donkey", "ox": "Cow",
    "bull": "Cow", "stag": "Deer", "hound": "Dog", "ram": "Sheep", "dagger": "Knife",
    "spear": "Lance", "infant christ": "Child", "christ child": "Child",
    # the detector's clerical hat (saturno) is what it sees of a cardinal's hat
    "cardinal's hat": "Saturno",
}
_SPLIT = re.compile(r",|;|\bor\b|\bwith\b|\bon\b|\bin\b|\band\b")


@dataclass(frozen=True)
class Draft:
    """A drafted rule as YAML text, with the attribute words mapped and those left over."""

    notation: str
    text: str
    mapped: dict[str, str]  # attribute phrase -> class local name
    unmapped: tuple[str, ...]
    yaml: str


@functools.cache
def _iconclass():
    try:
        import iconclass
    except ImportError as e:  # pragma: no cover - a declared dependency
        raise MissingDependency("suggest needs the iconclass package: pip install iconclass") from e
    return iconclass.init()


def iconclass_text(notation: str) -> str:
    """The English Iconclass text of a notation that has its own entry (never a network look-up)."""
    if "(wd:" in notation.lower():
        raise InputError(f"{notation!r}: notations keyed by Wikidata items need the network; "
                         "use the saint's own notation, e.g. 11H(JEROME)")
    ic = _iconclass()
    if notation.split("(+")[0] not in ic.source._D:  # a name in brackets resolves to a template
        raise InputError(f"{notation!r} is not an Iconclass notation with its own entry "
                         "(check the spelling, e.g. 11H(JEROME), 11HH(CATHERINE), 73D6)")
    return ic[notation]()


def _fold(word: str) -> list[str]:
    """A word and its singular forms (lions -> lion, crosses -> cross, lilies -> lily)."""
    return [word, *singulars(word), word + "s"]  # + Iconclass "key", the ontology's "keys"


def class_words(ontology: Ontology) -> dict[str, str]:
    """Every normalised word or phrase that names a class -> the class's local name."""
    from . import queries
    from .store import OxigraphStore

    store = OxigraphStore(None)
    store.load_file(ontology.path, "urn:iconograph:ontology")
    words = {normalise_label(row["word"].value): ontology.local_name(row["class"].value)
             for row in store.select(queries.text("class-labels"))}
    store.close()
    words.update({normalise_label(k): v for k, v in SYNONYMS.items() if ontology.has_class(v)})
    return words


def _lookup(phrase: str, words: dict[str, str]) -> str | None:
    phrase = normalise_label(phrase)
    of = re.fullmatch(r"(.+?) of (.+)", phrase)  # "jar of ointment" -> "ointment jar"
    candidates = [phrase] + ([f"{of.group(2)} {of.group(1)}"] if of else [])
    for candidate in candidates:
        for form in _fold(candidate):
            if form in words:
                return words[form]
    for token in reversed(phrase.split()):  # the head noun comes last in English
        for form in _fold(token):
            if form in words:
                return words[form]
    return None


def attributes(text: str) -> list[str]:
    """The attribute phrases of an Iconclass text's "possible attributes: …" part."""
    _, sep, rest = text.partition("possible attributes:")
    if not sep:
        return []
    phrases = []
    for item in rest.split(","):
        item = item.strip()
        # "(white) horse" -> "horse", "arrow(s)" -> "arrow"; "book (or scroll)" keeps "scroll" too
        alternatives = re.findall(r"\(or ([^)]*)\)", item)
        core = re.sub(r"\([^)]*\)", " ", item)
        for part in [core, *alternatives]:
            phrases += [p.strip(" .'") for p in _SPLIT.split(part) if p.strip(" .'")]
    return list(dict.fromkeys(phrases))


def _figure(notation: str) -> str:
    if notation.startswith("11HH"):
        return "Woman"  # Iconclass 11HH: female saints
    if notation.startswith("11G"):
        return "Angel"
    return "Person"


def _rule_id(notation: str, text: str) -> str:
    name = re.search(r"\(([^)+]+)\)", notation)
    if notation.startswith("11H") and name:
        slug = "saint-" + name.group(1)
    else:
        slug = " ".join(text.split(";")[0].split()[:5])
    return re.sub(r"[^a-z0-9]+", "-", slug.lower()).strip("-") or "draft"


def draft(notation: str, ontology: Ontology) -> Draft:
    """A draft rule for ``notation``: its figure, and at least one or two of its mapped attributes."""
    notation = notation.strip()
    text = iconclass_text(notation)
    words = class_words(ontology)
    mapped: dict[str, str] = {}
    unmapped: list[str] = []
    for phrase in attributes(text):
        cls = _lookup(phrase, words)
        if cls:
            mapped[phrase] = cls
        else:
            unmapped.append(phrase)
    rid = _rule_id(notation, text)
    figure = _figure(notation)
    classes = [c for c in dict.fromkeys(mapped.values()) if c != figure]
    var = {c: c[0].lower() + c[1:] for c in classes}
    n = 1 if len(classes) < 3 else 2
    q = json.dumps  # a JSON string is a valid YAML scalar, quotes and all
    lines = [
        f"# Draft from Iconclass {notation}; review every line before adding it to ontologies/rules/.",
        "rules:",
        f"  - id: {rid}",
        f"    label: {q(text.split(';')[0].strip())}",
        f"    subject: {{notation: {q(notation)}, label: {q(text.split(';')[0].strip())}}}",
        "    # subject.wikidata: add only an item you have verified",
        f"    source: {q(f'Iconclass {notation}: {text}')}",
        "    objects:",
        f"      figure: {figure}",
    ]
    if classes:
        lines += ["    at_least:", f"      n: {n}",
                  "      of: {" + ", ".join(f"{var[c]}: {c}" for c in classes) + "}"]
    lines.append("    weight: 0.8   # how diagnostic the rule is, in (0, 1]")
    if classes:
        shown = classes[:max(n, 2)] if len(classes) >= 2 else classes
        objs = ", ".join([f"figure: {figure}"] + [f"{var[c]}: {c}" for c in shown])
        lines += ["    examples:", f"      - name: {q(f'{figure.lower()} with ' + ', '.join(var[c] for c in shown))}",
                  f"        objects: {{{objs}}}", f"        expect: [{rid}]"]
    if mapped:
        lines.append("# mapped: " + "; ".join(f"{p} -> {c}" for p, c in mapped.items()))
    if unmapped:
        lines.append("# not mapped to an ontology class: " + ", ".join(unmapped))
    if not attributes(text):
        lines.append("# the Iconclass text lists no 'possible attributes'")
    return Draft(notation, text, mapped, tuple(unmapped), "\n".join(lines) + "\n")
