"""Draft a rule from Iconclass: the "possible attributes" of a notation mapped to ontology classes.

The words of the Iconclass text ("book, cardinal's hat, crucifix, hour-glass, lion…") are matched
against every word that names a class in the ontology (its label, alternative labels and detector
labels), first as whole phrases, then word by word from the end (the head noun in English), with
plurals folded and a few synonyms that Iconclass uses for classes the ontology names otherwise.
What cannot be matched is listed, so that an ontologist can add a class or drop the attribute.

A text without "possible attributes" (a scene: "Judith and Holofernes", "baptism of Christ in the
river Jordan: … the Holy Ghost descends") gives a strict draft instead: each class its own words
name is a required object (a part of someone, "Christ's head", is not an object of the scene).
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
    "spear": "Lance", "infant christ": "Child", "christ child": "Child", "holy ghost": "Dove",
    "holy spirit": "Dove", "hind": "Deer",
    # the detector's clerical hat (saturno) is what it sees of a cardinal's hat
    "cardinal's hat": "Saturno",
}
#: Words for figures in a scene's text, as the detector sees them (in a list of attributes,
#: "portrait of the Virgin" is a painting, not a woman).
SCENE_SYNONYMS = {"mary": "Woman", "virgin": "Woman", "madonna": "Woman", "man": "Person"}
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


def iconclass_entries() -> dict:
    """The notations the ``iconclass`` package has an entry for, each with its broader path
    (``"p"``): its hierarchy only, read once (about 0.2 s), never the network."""
    return _iconclass().source._D


def iconclass_text(notation: str) -> str:
    """The English Iconclass text of a notation that has its own entry (never a network look-up)."""
    if "(wd:" in notation.lower():
        raise InputError(f"{notation!r}: notations keyed by Wikidata items need the network; "
                         "use the saint's own notation, e.g. 11H(JEROME)")
    ic = _iconclass()
    if notation.split("(+")[0] not in iconclass_entries():  # a name in brackets resolves to a template
        raise InputError(f"{notation!r} is not an Iconclass notation with its own entry "
                         "(check the spelling, e.g. 11H(JEROME), 11HH(CATHERINE), 73D6)")
    return ic[notation]()


def _fold(word: str) -> list[str]:
    """A word and its singular forms (lions -> lion, crosses -> cross, lilies -> lily)."""
    # + Iconclass "key", the ontology's "keys"; not for two letters ("as" is no "ass")
    return [word, *singulars(word), *([word + "s"] if len(word) > 2 else [])]


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


def _items(text: str, separators: str = ",") -> list[str]:
    """``text`` split at the ``separators`` that lie outside parentheses: "palm-tree (with dates,
    or withered), infant Christ" is two items."""
    items, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += (c == "(") - (c == ")")
        if c in separators and depth <= 0:
            items.append(text[start:i])
            start = i + 1
    return items + [text[start:]]


def attributes(text: str) -> list[str]:
    """The attribute phrases of an Iconclass text's "possible attributes: …" part."""
    _, sep, rest = text.partition("possible attributes:")
    if not sep:
        return []
    phrases = []
    for item in _items(rest):
        item = item.strip()
        # "(white) horse" -> "horse", "arrow(s)" -> "arrow"; "book (or scroll)" keeps "scroll" too
        alternatives = re.findall(r"\(or ([^)]*)\)", item)
        core = re.sub(r"\([^)]*\)", " ", item)
        for part in [core, *alternatives]:
            phrases += [p.strip(" .'") for p in _SPLIT.split(part) if p.strip(" .'")]
    return list(dict.fromkeys(phrases))


#: A Bible or source reference in brackets: "(Matthew 27:45-58; Mark 15:33-45)", "(Judith 8-16)".
_REFERENCE = re.compile(r"\([^()]*\d[^()]*\)")


def named_classes(phrase: str, words: dict[str, str]) -> list[tuple[str, str]]:
    """Every (words, class) that a run of the phrase's words names, longest runs first and not
    overlapping, in the phrase's order: "the Holy Ghost descends" -> [("holy ghost", "Dove")]."""
    tokens = normalise_label(phrase).split()
    found: list[tuple[int, str, str]] = []
    used: set[int] = set()
    for size in range(len(tokens), 0, -1):
        for start in range(len(tokens) - size + 1):
            span = set(range(start, start + size))
            run = " ".join(tokens[start:start + size])
            cls = next((words[f] for f in _fold(run) if f in words), None)
            if cls and not span & used:
                found.append((start, run, cls))
                used |= span
    return [(run, cls) for _, run, cls in sorted(found)]


def scene_phrases(text: str) -> list[str]:
    """The phrases of a scene's text that may name its objects: the text less its references,
    split at punctuation and at "and", "with", "in"…; a part of someone ("Christ's head") is left out."""
    plain = _REFERENCE.sub(" ", text)
    phrases = []
    for item in _items(plain, ",;:"):
        core = re.sub(r"\([^)]*\)", " ", item)
        phrases += [p.strip(" .'") for p in _SPLIT.split(core) if p.strip(" .'")]
    return [p for p in dict.fromkeys(phrases) if not re.search(r"\w's\s+\w", p)]


def _figure(notation: str) -> str:
    if notation.startswith("11HH"):
        return "Woman"  # Iconclass 11HH: female saints
    if notation.startswith("11G"):
        return "Angel"
    return "Person"


def _head(text: str) -> str:
    """The first words of a text, what it is about: "the crucifixion of Christ: Christ's
    death…" -> "crucifixion of Christ"."""
    text = re.sub(r"^\s*\((?:story of|the story of)\)\s*", "", text, flags=re.I)  # "(story of) Diana"
    head = re.split(r"[:;(]", text, maxsplit=1)[0]
    head = re.sub(r"^\s*(?:the\s+)?(?:story of\s+)?(?:the\s+)?", "", head, flags=re.I)
    return " ".join(head.split()[:5])


def _rule_id(notation: str, text: str, taken: frozenset[str] = frozenset()) -> str:
    """An id for the draft that no rule in ``taken`` has: the saint's name, with what a
    notation below the saint's shows ("11H(ANTONY OF PADUA)54", the sermon to the fishes:
    saint-antony-of-padua-sermon-to-the-fishes), else the text's first words."""
    name = re.search(r"\(([^)+]+)\)", notation)
    if notation.startswith("11H") and name:
        slug = "saint-" + name.group(1)
        if notation[name.end():].strip():  # a scene of the saint's life, not the saint
            slug += " " + _head(text)
    else:
        slug = _head(text)
    slug = re.sub(r"[^a-z0-9]+", "-", slug.lower()).strip("-")
    slug = slug or "draft-" + re.sub(r"[^a-z0-9]+", "-", notation.lower()).strip("-")
    return next(f"{slug}-{i}" if i > 1 else slug for i in range(1, len(taken) + 2)
                if (f"{slug}-{i}" if i > 1 else slug) not in taken)


def broader(notation: str) -> list[str]:
    """The notations above ``notation`` in Iconclass, nearest first (none where it has no entry)."""
    path = iconclass_entries().get(notation.split("(+")[0], {}).get("p") or []
    return [n for n in reversed(path) if n != notation]


def _label(text: str) -> str:
    """The text's first part: up to its first ";" outside brackets ("Last Supper (in general)
    (Matthew 26:21-35; …)" keeps its brackets whole)."""
    depth = 0
    for i, c in enumerate(text):
        depth += (c == "(") - (c == ")")
        if c == ";" and depth <= 0:
            return text[:i].strip()
    return text.strip()


def _detectable(ontology: Ontology, cls: str) -> str | None:
    """A detector label for the class or one of its subclasses (what an example may show), or
    None where no detector can ever report it."""
    iri = ontology.resolve(cls)
    labels = sorted(ontology.labels.items(), key=lambda item: (item[1] != iri, item[0]))  # its own first
    return next((label for label, c in labels if c in ontology.subclasses(iri)), None)


def draft(notation: str, ontology: Ontology, taken: frozenset[str] = frozenset()) -> Draft:
    """A draft rule for ``notation``: its figure, and at least one or two of its mapped
    attributes, under an id none of the rules ``taken`` has (it loads beside them)."""
    notation = notation.strip()
    text = iconclass_text(notation)
    words = class_words(ontology)
    mapped: dict[str, str] = {}
    unmapped: list[str] = []
    listed = attributes(text)
    for phrase in listed:
        cls = _lookup(phrase, words)
        if cls and _detectable(ontology, cls):
            mapped[phrase] = cls
        else:  # no class, or one no detector reports: a condition on it could never be met
            unmapped.append(phrase + (f" ({cls}: no detector label)" if cls else ""))
    if not listed:  # a scene: what its words name; the others ("death", "Golgotha") are no attributes
        words |= {k: v for k, v in SCENE_SYNONYMS.items() if ontology.has_class(v)}
        mapped = {run: cls for phrase in scene_phrases(text) for run, cls in named_classes(phrase, words)
                  if _detectable(ontology, cls)}
    rid = _rule_id(notation, text, taken)
    if not listed and mapped:
        return _scene_draft(notation, text, rid, mapped, ontology)
    figure = _figure(notation)
    classes = [c for c in dict.fromkeys(mapped.values()) if c != figure]
    var = {c: c[0].lower() + c[1:] for c in classes}
    n = 1 if len(classes) < 3 else 2
    q = json.dumps  # a JSON string is a valid YAML scalar, quotes and all
    lines = [
        f"# Draft from Iconclass {notation}; review every line before adding it to ontologies/rules/.",
        "rules:",
        f"  - id: {rid}",
        f"    label: {q(_label(text))}",
        f"    subject: {{notation: {q(notation)}, label: {q(_label(text))}}}",
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
        objs = ", ".join([f"figure: {_detectable(ontology, figure)}"]
                         + [f"{var[c]}: {_detectable(ontology, c)}" for c in shown])
        lines += ["    examples:", f"      - name: {q(f'{figure.lower()} with ' + ', '.join(var[c] for c in shown))}",
                  f"        objects: {{{objs}}}", f"        expect: [{rid}]"]
    if mapped:
        lines.append("# mapped: " + "; ".join(f"{p} -> {c}" for p, c in mapped.items()))
    if unmapped:
        lines.append("# not mapped to an ontology class: " + ", ".join(unmapped))
    if not listed:
        lines.append("# the Iconclass text lists no 'possible attributes' and names no ontology class")
    return Draft(notation, text, mapped, tuple(unmapped), "\n".join(lines) + "\n")


def _scene_draft(notation: str, text: str, rid: str, mapped: dict[str, str], ontology: Ontology) -> Draft:
    """A strict draft for a scene: every class its text names is a required object, and a
    figure (Person) where none of them is one."""
    classes = list(dict.fromkeys(mapped.values()))
    figures = ("Person", "SupernaturalBeing")
    if not any(ontology.is_a(ontology.resolve(c), f) for c in classes for f in figures
               if ontology.has_class(f)):
        classes.insert(0, _figure(notation))
    var = {c: c[0].lower() + c[1:] for c in classes}
    q = json.dumps
    label = _label(text)
    objs = ", ".join(f"{var[c]}: {_detectable(ontology, c)}" for c in classes)
    lines = [
        f"# Draft from Iconclass {notation}; review every line before adding it to ontologies/rules/.",
        "rules:",
        f"  - id: {rid}",
        f"    label: {q(label)}",
        f"    subject: {{notation: {q(notation)}, label: {q(label)}}}",
        "    # subject.wikidata: add only an item you have verified",
        f"    source: {q(f'Iconclass {notation}: {text}')}",
        "    objects:",
        *[f"      {var[c]}: {c}" for c in classes],
        "    # relations: add how they meet (e.g. [dove above christ]) to tell the scene apart",
        "    weight: 0.8   # how diagnostic the rule is, in (0, 1]",
        "    examples:",
        f"      - name: {q(', '.join(var[c] for c in classes))}",
        f"        objects: {{{objs}}}",
        f"        expect: [{rid}]",
        "# mapped: " + "; ".join(f"{p} -> {c}" for p, c in mapped.items()),
        "# the Iconclass text lists no 'possible attributes': the classes its words name are all required",
    ]
    return Draft(notation, text, mapped, (), "\n".join(lines) + "\n")
