"""Iconographic descriptions that are true to the graph, in English, Spanish, Italian, German, French.

A description is built only from what the graph holds: the asserted attributions, their evidence
objects and the scene relations between detected objects. Words come from
``ontologies/descriptions.yaml``; no language model is involved, so every clause can be traced
to triples: "mounted on a horse" to ``rides``, "wearing a mitre" to ``wears``, "with a lance" to
``holds``, "fights a dragon" to a monster among the attribution's evidence, "a woman is at the
right" to ``rightOf``.
"""
from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pyoxigraph import Literal, NamedNode

from . import queries
from .errors import InputError
from .ontology import Ontology
from .resources import resource_dir
from .store import OxigraphStore, Triple
from .vocab import ICO, PROV, RDF

LANGUAGES = ("en", "es", "it", "de", "fr")
FIGURES = ("Person", "SupernaturalBeing")
ADVERSARIES = ("Monster",)
WEAPONS = ("Weapon",)


@functools.cache
def words() -> dict:
    path = resource_dir("ontologies") / "descriptions.yaml"
    try:
        return yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise InputError(f"not valid YAML: {e}", where=str(path)) from e


@dataclass
class Scene:
    """What one artwork's graph says, as the describer needs it."""

    objects: dict[str, str] = field(default_factory=dict)  # object IRI -> class IRI
    relations: set[tuple[str, str, str]] = field(default_factory=set)  # (a, local name, b)
    attributions: list[tuple[str, str, str, list[str]]] = field(default_factory=list)
    # (attribution IRI, notation, English label, evidence object IRIs), most confident first


def read_scenes(store: OxigraphStore, artworks: Sequence[NamedNode]) -> dict[str, Scene]:
    """The scene of each of ``artworks`` (by IRI), with one query per kind of fact for them all:
    a query per artwork cost about half a millisecond, most of describing one."""
    scenes = {art.value: Scene() for art in artworks}
    if not scenes:
        return scenes
    # the artworks open the pattern (a trailing VALUES is joined after it: the whole store)
    values = "WHERE {\n  VALUES ?artwork { " + " ".join(str(art) for art in artworks) + " }"

    def rows(name: str):
        return store.select(queries.text(name).replace("WHERE {", values, 1))

    # each query orders its rows (confidence first), so each scene keeps that order
    for row in rows("describe-objects"):
        scenes[row["artwork"].value].objects.setdefault(row["object"].value, row["class"].value)
    for row in rows("describe-relations"):
        scenes[row["artwork"].value].relations.add(
            (row["a"].value, row["relation"].value.rsplit("#", 1)[-1], row["b"].value))
    index: dict[str, int] = {}
    for row in rows("describe-attributions"):
        scene, iri = scenes[row["artwork"].value], row["attribution"].value
        if iri not in index:
            index[iri] = len(scene.attributions)
            scene.attributions.append((iri, row["notation"].value, row["label"].value, []))
        scene.attributions[index[iri]][3].append(row["evidence"].value)
    return scenes


class Describer:
    """Writes the sentences of one language from a Scene."""

    def __init__(self, ontology: Ontology, lang: str) -> None:
        if lang not in LANGUAGES:
            raise InputError(f"no descriptions in {lang!r}; available: {', '.join(LANGUAGES)}")
        self.ontology, self.lang, self.words = ontology, lang, words()

    def entry(self, cls: str) -> str | None:
        """The class (local name) whose words a class takes: its own, or its nearest described ancestor's."""
        todo, seen = [cls], {cls}
        while todo:
            current = todo.pop(0)
            name = self.ontology.local_name(current)
            if self.words["nouns"].get(name, {}).get(self.lang):
                return name
            for parent in sorted(self.ontology.parents.get(current, ())):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return None

    def noun(self, cls: str, case: str, count: int = 1) -> str | None:
        """The indefinite noun phrase of a class (or its nearest described ancestor); with a
        ``count`` above one, the number and the plural ("three arrows", "mit drei Pfeilen")."""
        name = self.entry(cls)
        if name is None:
            return None
        plural = self.words.get("plurals", {}).get(name, {}).get(self.lang)
        if count > 1 and plural:
            if self.lang == "de" and case == "dat" and not plural.endswith(("n", "s")):
                plural += "n"  # German dative plural: "mit drei Pfeilen", "mit zwei Engeln"
            numbers = self.words["numbers"][self.lang]
            number = numbers[count - 2] if count - 2 < len(numbers) else str(count)
            return f"{number} {plural}"
        forms = self.words["nouns"][name][self.lang].split("|")
        return forms[("nom", "acc", "dat").index(case)] if len(forms) == 3 else forms[0]

    def phrase(self, key: str, feminine: bool = False, **values: str) -> str:
        table = self.words["phrases"][self.lang]
        template = table.get(f"{key}_f") if feminine and f"{key}_f" in table else table[key]
        return template.format(**values)

    def conjunction(self, following: str) -> str:
        """"and" in the form the next word asks for (Italian "ed è", Spanish "e Isaac")."""
        forms = self.words.get("and_before", {}).get(self.lang, {})
        start = following.lstrip().lower()
        prefix = max((p for p in forms if start.startswith(p)), key=len, default=None)
        return forms[prefix] if prefix is not None else self.phrase("and")

    def and_then(self, text: str) -> str:
        return f" {self.conjunction(text)} {text}"

    def counted(self, scene: Scene, objects: Sequence[str], limit: int | None = None) -> list[tuple[str, int]]:
        """The classes of ``objects`` that have words, each with how many objects are of it, in
        the order first seen (objects named by one noun phrase count together)."""
        groups: dict[str, tuple[str, int]] = {}
        for o in objects:
            if (name := self.entry(scene.objects[o])) is None:
                continue
            key = self.words["nouns"][name][self.lang]
            cls, n = groups.get(key, (scene.objects[o], 0))
            groups[key] = (cls, n + 1)
        return list(groups.values())[:limit]

    def listing(self, scene: Scene, objects: Sequence[str], case: str, limit: int | None = None) -> str:
        nouns = [n for cls, count in self.counted(scene, objects, limit) if (n := self.noun(cls, case, count))]
        if len(nouns) <= 1:
            return "".join(nouns)
        return ", ".join(nouns[:-1]) + self.and_then(nouns[-1])

    def is_a(self, scene: Scene, obj: str, groups: Sequence[str]) -> bool:
        return any(self.ontology.is_a(scene.objects[obj], g) for g in groups if self.ontology.has_class(g))

    @staticmethod
    def subjects(scene: Scene) -> list[tuple[str, str, list[str]]]:
        """Each subject once, with the evidence of all its attributions (two rules that give one
        subject are one sentence), most confident first."""
        merged: dict[str, tuple[str, list[str]]] = {}
        for _, notation, label, evidence in scene.attributions:
            _, seen = merged.setdefault(notation, (label, []))
            seen.extend(e for e in evidence if e in scene.objects and e not in seen)
        return [(notation, label, evidence) for notation, (label, evidence) in merged.items()]

    def figure(self, scene: Scene, evidence: Sequence[str]) -> str | None:
        """The subject's figure among its evidence: a person or supernatural being that is not an
        adversary (the devil Michael tramples is not Michael), the one with the most of its own
        relations (rides, holds, wears) to the evidence where there are several."""
        candidates = [e for e in evidence if self.is_a(scene, e, FIGURES) and not self.is_a(scene, e, ADVERSARIES)]
        if not candidates:
            return None
        return max(candidates, key=lambda c: sum(
            1 for a, p, b in scene.relations if a == c and p in ("rides", "holds", "wears") and b in evidence))

    def sentences(self, scene: Scene) -> Iterator[str]:
        subjects = self.subjects(scene)
        # every subject's evidence is said by its own sentence: never "a woman is at the left"
        explained: set[str] = {e for _, _, evidence in subjects for e in evidence}
        for notation, label, evidence in subjects:
            subject_words = self.words["subjects"].get(notation, {})
            subject = subject_words.get(self.lang, label)
            if subject_words.get("kind") == "scene":
                yield self.phrase("scene", subject=subject, nom=self.listing(scene, evidence, "nom"))
                continue
            feminine = subject_words.get("gender") == "f"
            figure = self.figure(scene, evidence)
            related = {(p, b) for a, p, b in scene.relations if a == figure}
            mounts = [b for b in evidence if ("rides", b) in related]
            held = [b for b in evidence if ("holds", b) in related and b not in mounts]
            worn = [b for b in evidence if ("wears", b) in related and b not in {*mounts, *held}]
            foes = [e for e in evidence if e not in {figure, *mounts, *held, *worn}
                    and self.is_a(scene, e, ADVERSARIES)]
            rest = [e for e in evidence if e not in {figure, *mounts, *worn, *held, *foes}]
            parts = [subject]
            if mounts:
                parts.append(", " + self.phrase("mounted", feminine, dat=self.listing(scene, mounts, "dat")) + ",")
            if worn:
                parts.append(", " + self.phrase("wearing", feminine, acc=self.listing(scene, worn, "acc"),
                                                dat=self.listing(scene, worn, "dat")) + ",")
            if foes:
                # one fights with a weapon held; a book or scales held is only shown
                weapons = [h for h in held if self.is_a(scene, h, WEAPONS)]
                shown = [h for h in held if h not in weapons] + rest
                foe_list = self.listing(scene, foes, "acc")
                if weapons:
                    parts.append(" " + self.phrase("fights_with", feminine, acc=foe_list,
                                                   dat=self.listing(scene, weapons, "dat")))
                else:
                    parts.append(" " + self.phrase("fights", feminine, acc=foe_list))
                if shown:
                    parts.append(self.and_then(self.phrase("shown_with", feminine,
                                                           dat=self.listing(scene, shown, "dat"))))
            elif held or rest:
                parts.append(" " + self.phrase("shown_with", feminine, dat=self.listing(scene, held + rest, "dat")))
            yield "".join(parts).rstrip(",")
            # the people beside the figure that no subject accounts for, each side in one sentence
            for side in ("leftOf", "rightOf"):
                beside = [a for a, p, b in sorted(scene.relations) if b == figure and p == side
                          and a not in explained and self.is_a(scene, a, ("Person",))]
                beside = [a for a in dict.fromkeys(beside) if self.entry(scene.objects[a])]
                if beside:
                    plural = len(beside) > 1
                    key = ("at_left" if side == "leftOf" else "at_right") + ("_pl" if plural else "")
                    yield self.phrase(key, nom=self.listing(scene, beside, "nom"))
                    explained.update(beside)
        if not scene.attributions and scene.objects:
            yield self.phrase("shows", acc=self.listing(scene, list(scene.objects), "acc", limit=6))

    def describe(self, scene: Scene) -> str:
        return " ".join(s[0].upper() + s[1:] + "." for s in self.sentences(scene) if s)


def description_triples(artwork: NamedNode, run: NamedNode, scene: Scene, texts: dict[str, str]) -> Iterator[Triple]:
    """The description node of an artwork: one literal per language, derived from the attributions."""
    node = NamedNode(artwork.value + "/description")
    yield artwork, ICO.description, node
    yield node, RDF.type, ICO.Description
    yield node, RDF.type, PROV.Entity
    yield node, PROV.wasGeneratedBy, run
    for lang, text in texts.items():
        if text:
            yield node, RDF.value, Literal(text, language=lang)
    for iri, *_ in scene.attributions:
        yield node, PROV.wasDerivedFrom, NamedNode(iri)


def describe_artworks(store: OxigraphStore, ontology: Ontology, artworks: Sequence[NamedNode],
                      languages: Sequence[str] = LANGUAGES) -> dict[str, tuple[Scene, dict[str, str]]]:
    """Each artwork's scene and its description in each of ``languages``, by artwork IRI."""
    describers = [Describer(ontology, lang) for lang in languages]
    return {iri: (scene, {d.lang: d.describe(scene) for d in describers})
            for iri, scene in read_scenes(store, artworks).items()}


def describe_artwork(store: OxigraphStore, ontology: Ontology, artwork: NamedNode,
                     languages: Sequence[str] = LANGUAGES) -> tuple[Scene, dict[str, str]]:
    return describe_artworks(store, ontology, [artwork], languages)[artwork.value]
