"""The Iconograph ontology: loading it, and the class taxonomy the pipeline needs.

The Turtle file in ``ontologies/`` is the one source of truth for classes, their detector
labels and their Iconclass/Wikidata alignments. rdflib reads it for the pipeline; owlready2 reads
it (through RDF/XML, as owlready2 has no Turtle parser) for the reference reasoner.
"""
from __future__ import annotations

import functools
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, MissingDependency
from .resources import resource_dir
from .vocab import ICO, ICONCLASS, OWL, RDFS, SKOS, WD


def default_path() -> Path:
    return resource_dir("ontologies") / "iconograph.ttl"


def normalise_label(label: str) -> str:
    """Detector labels compare case- and separator-insensitively: 'Crown_of-Thorns',
    'CrownOfThorns' (a class name, as some datasets label) = 'crown of thorns'."""
    label = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", label.strip())
    return re.sub(r"[\s_\-]+", " ", label.lower())


#: English plurals that no suffix rule undoes.
IRREGULAR = {"mice": "mouse", "geese": "goose", "men": "man", "women": "woman", "children": "child",
             "oxen": "ox", "teeth": "tooth", "feet": "foot", "knives": "knife", "wolves": "wolf",
             "leaves": "leaf", "loaves": "loaf", "calves": "calf", "halves": "half"}


def singulars(word: str) -> list[str]:
    """The English singulars a plural word may stand for, most likely first ('lilies' → 'lily',
    'crosses' → 'cross', 'angels' → 'angel'); none for a word that is no regular plural."""
    if word in IRREGULAR:
        return [IRREGULAR[word]]
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return []
    if word.endswith("ies"):
        return [word[:-3] + "y", word[:-1]]  # lilies; pies
    if word.endswith("es"):
        return [word[:-2], word[:-1]]  # crosses, boxes, torches; but also snakes, lances
    return [word[:-1]]


@dataclass(frozen=True, eq=False)  # identity hash: cached methods below
class Ontology:
    """The class taxonomy with labels and alignments, read once from the Turtle file."""

    path: Path
    parents: dict[str, frozenset[str]]
    labels: dict[str, str]  # normalised detector label -> class IRI
    names: dict[str, str]  # class IRI -> English label
    matches: dict[str, tuple[str, ...]]  # class IRI -> skos:closeMatch / exactMatch IRIs

    @functools.cache
    def ancestors(self, cls: str) -> frozenset[str]:
        """The class and every class above it."""
        seen, todo = {cls}, [cls]
        while todo:
            for parent in self.parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return frozenset(seen)

    def is_a(self, cls: str, ancestor: str) -> bool:
        return self.resolve(ancestor) in self.ancestors(cls)

    def resolve(self, name: str) -> str:
        """The IRI of a class given by local name (``Dragon``) or IRI; unknown names are an error."""
        iri = name if "://" in name else ICO + name
        if iri not in self.parents:
            raise KeyError(name)
        return iri

    def has_class(self, name: str) -> bool:
        try:
            self.resolve(name)
        except KeyError:
            return False
        return True

    def class_for_label(self, label: str) -> str | None:
        """The ontology class of a detector label, or None when the label is unmapped. A label
        no class has may be an English plural of one: 'angels', 'lilies', 'crowns of thorns'
        (the head word, last or before 'of', taken in the singular)."""
        label = normalise_label(label)
        if (found := self._named(label)):
            return found
        words = label.split(" ")
        head = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
        for singular in singulars(words[head]):
            if (found := self._named(" ".join([*words[:head], singular, *words[head + 1:]]))):
                return found
        return None

    def _named(self, label: str) -> str | None:
        """The class a normalised label names: by its detector labels, else, for a class that
        has detector labels, by its own name ('Crucifix', 'KeyOfHeaven': datasets labelled with
        the ontology's class names). Classes no detector label names ('Mount') stay unnamed."""
        return self.labels.get(label) or self._class_names().get(label)

    @functools.cache
    def _class_names(self) -> dict[str, str]:
        return {normalise_label(self.local_name(c)): c for c in set(self.labels.values())}

    def subclasses(self, cls: str) -> set[str]:
        """The class and every class below it."""
        return {c for c in self.parents if cls in self.ancestors(c)}

    def iconclass(self, cls: str) -> list[str]:
        return [m for m in self.matches.get(cls, ()) if ICONCLASS.contains(m)]

    def wikidata(self, cls: str) -> list[str]:
        return [m for m in self.matches.get(cls, ()) if WD.contains(m)]

    def local_name(self, cls: str) -> str:
        return cls[len(ICO):] if ICO.contains(cls) else cls


@functools.cache
def load(path: Path | None = None) -> Ontology:
    """Read the ontology's taxonomy; a broken file is reported with the parser's message."""
    import rdflib

    path = Path(path) if path else default_path()
    graph = rdflib.Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as e:  # rdflib raises several unrelated types for bad Turtle
        raise InputError(f"cannot parse the ontology: {e}", where=str(path)) from e
    classes = {str(c) for c in graph.subjects(rdflib.RDF.type, rdflib.URIRef(OWL + "Class"))
               if isinstance(c, rdflib.URIRef)}
    parents: dict[str, set[str]] = {c: set() for c in classes}
    for sub, sup in graph.subject_objects(rdflib.URIRef(RDFS + "subClassOf")):
        if isinstance(sub, rdflib.URIRef) and isinstance(sup, rdflib.URIRef):
            parents.setdefault(str(sub), set()).add(str(sup))
    labels: dict[str, str] = {}
    for cls, label in graph.subject_objects(rdflib.URIRef(ICO + "detectorLabel")):
        labels[normalise_label(str(label))] = str(cls)
    names = {str(c): str(label) for c, label in graph.subject_objects(rdflib.URIRef(RDFS + "label"))
             if getattr(label, "language", None) in (None, "en")}
    matches: dict[str, list[str]] = {}
    for prop in (SKOS + "exactMatch", SKOS + "closeMatch"):
        for cls, target in graph.subject_objects(rdflib.URIRef(prop)):
            matches.setdefault(str(cls), []).append(str(target))
    return Ontology(
        path=path,
        parents={c: frozenset(p) for c, p in parents.items()},
        labels=labels,
        names=names,
        matches={c: tuple(sorted(m)) for c, m in matches.items()},
    )


def load_owlready(path: Path | None = None, world=None):
    """Load the ontology into owlready2 (a fresh World unless one is given)."""
    try:
        import owlready2
        import rdflib
    except ImportError as e:  # pragma: no cover - owlready2 is a declared dependency
        raise MissingDependency("the reference reasoner needs owlready2: pip install owlready2") from e
    path = Path(path) if path else default_path()
    graph = rdflib.Graph().parse(path, format="turtle")
    world = world or owlready2.World()
    with tempfile.NamedTemporaryFile("wb", suffix=".owl", delete=False) as tmp:
        tmp.write(graph.serialize(format="xml", encoding="utf-8"))
    onto = world.get_ontology(Path(tmp.name).as_uri()).load()
    Path(tmp.name).unlink(missing_ok=True)
    return onto
