"""Spatial relations between the objects detected in one image, derived from their boxes.

The scene is a networkx ``MultiDiGraph`` whose nodes are detections and whose edges are
relations named as in the ontology (``rides``, ``holds`` …). Which pairs a relation may join
comes from the ontology's taxonomy (a Person rides a Mount), the geometry from the thresholds
below. Image coordinates: origin top-left, y grows downwards.
"""
from __future__ import annotations

from collections.abc import Sequence
from itertools import permutations

import networkx as nx

from kg.model import Box, Detection, Relation
from kg.ontology import Ontology

#: rides: the rider's bottom edge lies in the top RIDE_SEAT_DEPTH of the mount's box (feet in
#: the stirrups, not on the ground beside it), and the rider's centre above the mount's: a rearing
#: horse's head may rise above its rider, so the tops are not compared. A rider rides one mount,
#: the one its box overlaps most.
RIDE_SEAT_DEPTH = 0.75
#: holds: at least this share of the object's box lies inside the holder's box (for a weapon,
#: which may be longer than its bearer, a share of the smaller of the two boxes).
HOLD_MIN_INSIDE = 0.10
#: holds: a held object (other than a weapon) is at most this large relative to the holder.
#: Where several agents' boxes meet an object, the one holding the largest share of it holds it
#: (the tighter box on a tie): a princess beside the knight does not hold his lance.
HOLD_MAX_AREA_RATIO = 1.0
#: wears: a piece of headgear sits on an agent's head: its bottom edge lies inside the agent's
#: box, within the top WEAR_TOP of its height (a hat held at the chest or raised above the head
#: is not worn), its centre within the box's columns, and its box is at most WEAR_MAX_AREA_RATIO
#: of the agent's. Of several such agents, the one whose box holds the largest share of it wears
#: it (the tighter box on a tie). Worn headgear is not held, nor above or below its wearer (a
#: crown rising above a head is worn, not held over it: the Coronation is another scene).
WEAR_TOP = 0.3
WEAR_MAX_AREA_RATIO = 0.5
#: tramples: the creature's top edge lies below this fraction of the trampler's height.
TRAMPLE_TOP_BELOW = 0.5
#: overlaps: at least this share of the smaller box lies inside the other. Not intersection over
#: union, which is the measure for two boxes of one object: a child on Mary's lap, a crucifix
#: between a stag's antlers, lie wholly inside a much larger box, whose union with theirs is
#: nearly all the larger box (IoU 0.03). For boxes of one size, 0.1 is IoU 0.05, as before.
OVERLAP_MIN_SHARE = 0.10
#: contains: at least this share of the inner box lies inside the outer one.
CONTAIN_MIN_INSIDE = 0.90
#: near: the gap between two boxes is at most this fraction of the smaller box's mean side.
NEAR_MAX_GAP = 0.25

AGENTS = ("Person", "SupernaturalBeing")
MOUNTS = ("Mount",)
BEASTS = ("Animal", "Monster")
HELD = ("Artefact", "Plant", "BodyPart")
NOT_HELD = ("Tree", "Boat", "Tower")  # too big or rooted, whatever the boxes say
WEAPONS = ("Weapon",)
WORN = ("Headgear",)
#: Which objects a relation may join, by the names of their classes and ancestors: (subject
#: kinds, object kinds, object kinds excluded). The relations not listed join any two objects.
JOINS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "rides": (AGENTS, MOUNTS, ()),
    "holds": (AGENTS, HELD, AGENTS + NOT_HELD),
    "wears": (AGENTS, WORN, ()),
    "tramples": (AGENTS + MOUNTS, BEASTS, MOUNTS),
    "liesAcross": (("Person",), ("Person",), ()),
}


def may_join(relation: str, subject: frozenset[str], obj: frozenset[str]) -> bool:
    """Whether the scene may relate by ``relation`` an object whose classes and ancestors are
    named ``subject`` to one whose are named ``obj`` (``JOINS``), whatever their boxes."""
    if relation not in JOINS:
        return True
    subjects, objects, excluded = JOINS[relation]
    return not subject.isdisjoint(subjects) and not obj.isdisjoint(objects) and obj.isdisjoint(excluded)


def _gap(a: Box, b: Box) -> float:
    dx = max(b.x - a.x2, a.x - b.x2, 0.0)
    dy = max(b.y - a.y2, a.y - b.y2, 0.0)
    return (dx * dx + dy * dy) ** 0.5


def rides(rider: Box, mount: Box) -> bool:
    return (mount.x <= rider.cx <= mount.x2 and rider.cy < mount.cy
            and mount.y < rider.y2 <= mount.y + RIDE_SEAT_DEPTH * mount.h)


def hold_share(holder: Box, thing: Box, *, weapon: bool = False) -> float:
    """The share of ``thing`` inside ``holder`` (of the smaller box, for a weapon), or 0 where
    the geometry rules holding out."""
    if weapon:
        smaller = min(thing.area, holder.area)
        return holder.intersection(thing) / smaller if smaller > 0 else 0.0
    if thing.area <= 0 or thing.area > HOLD_MAX_AREA_RATIO * holder.area:
        return 0.0
    return holder.intersection(thing) / thing.area


def holds(holder: Box, thing: Box, *, weapon: bool = False) -> bool:
    return hold_share(holder, thing, weapon=weapon) >= HOLD_MIN_INSIDE


def wears(wearer: Box, thing: Box) -> bool:
    return (0 < thing.area <= WEAR_MAX_AREA_RATIO * wearer.area
            and wearer.x <= thing.cx <= wearer.x2
            and wearer.y < thing.y2 <= wearer.y + WEAR_TOP * wearer.h)


def tramples(top: Box, under: Box) -> bool:
    return (under.intersection(top) > 0 and under.cy > top.cy
            and under.y >= top.y + TRAMPLE_TOP_BELOW * top.h)


def lies_across(lying: Box, under: Box) -> bool:
    """``lying`` lies across ``under``: wider than tall, beyond it left and right, in its rows.

    The dead Christ across Mary's lap; a child on her lap lies within her box (``contains``).
    """
    return (lying.w > lying.h and lying.x < under.x and lying.x2 > under.x2
            and lying.y < under.y2 and lying.y2 > under.y)


def above(a: Box, b: Box) -> bool:
    """``a`` is above ``b``: its centre is higher than b's top and they share columns."""
    return a.cy < b.y and min(a.x2, b.x2) > max(a.x, b.x)


def left_of(a: Box, b: Box) -> bool:
    """``a`` lies wholly left of ``b`` and they share rows."""
    return a.x2 <= b.x and min(a.y2, b.y2) > max(a.y, b.y)


def overlaps(a: Box, b: Box) -> bool:
    smaller = min(a.area, b.area)
    return smaller > 0 and a.intersection(b) / smaller >= OVERLAP_MIN_SHARE


def contains(outer: Box, inner: Box) -> bool:
    return (inner.area > 0 and outer.area > inner.area
            and outer.intersection(inner) / inner.area >= CONTAIN_MIN_INSIDE)


def near(a: Box, b: Box) -> bool:
    if a.intersection(b) > 0:
        return False
    side = min((a.w + a.h) / 2, (b.w + b.h) / 2)
    return _gap(a, b) <= NEAR_MAX_GAP * side


def scene_graph(detections: Sequence[Detection], ontology: Ontology) -> nx.MultiDiGraph:
    """The relations between one image's detections, as a graph keyed by detection key."""
    graph = nx.MultiDiGraph()
    kinds: dict[str, frozenset[str]] = {}
    for d in detections:
        cls = ontology.class_for_label(d.label)
        names = {ontology.local_name(c) for c in ontology.ancestors(cls)} if cls else set()
        kinds[d.key] = frozenset(names)
        graph.add_node(d.key, detection=d, cls=cls)

    def is_(key: str, group: tuple[str, ...]) -> bool:
        return not kinds[key].isdisjoint(group)

    def joins(relation: str, a: str, b: str) -> bool:
        return may_join(relation, kinds[a], kinds[b])

    # each rider's mount, each worn thing's wearer and each held thing's holder: the best of
    # those the geometry allows
    mount_of: dict[str, tuple] = {}
    wearer_of: dict[str, tuple] = {}
    holder_of: dict[str, tuple] = {}
    for a, b in permutations(detections, 2):
        ka, kb, ba, bb = a.key, b.key, a.box, b.box
        if joins("rides", ka, kb) and rides(ba, bb):
            best = (ba.intersection(bb), -bb.area, kb)
            mount_of[ka] = max(mount_of.get(ka, best), best)
        if joins("wears", ka, kb) and wears(ba, bb):
            best = (ba.intersection(bb) / bb.area, -ba.area, ka)
            wearer_of[kb] = max(wearer_of.get(kb, best), best)
        if joins("holds", ka, kb):
            share = hold_share(ba, bb, weapon=is_(kb, WEAPONS))
            if share >= HOLD_MIN_INSIDE:
                best = (share, -ba.area, ka)
                holder_of[kb] = max(holder_of.get(kb, best), best)
    for rider, (*_, mount) in mount_of.items():
        graph.add_edge(rider, mount, key="rides")
    for thing, (*_, wearer) in wearer_of.items():
        graph.add_edge(wearer, thing, key="wears")
    for thing, (*_, holder) in holder_of.items():
        if thing not in wearer_of:
            graph.add_edge(holder, thing, key="holds")

    worn = {(wearer, thing) for thing, (*_, wearer) in wearer_of.items()}
    for a, b in permutations(detections, 2):
        ka, kb, ba, bb = a.key, b.key, a.box, b.box
        found = []
        if joins("tramples", ka, kb) and tramples(ba, bb):
            found.append("tramples")
        if joins("liesAcross", ka, kb) and lies_across(ba, bb):
            found.append("liesAcross")
        vertical = (ka, kb) not in worn and (kb, ka) not in worn
        if vertical and above(ba, bb):
            found += ["above"]
        if vertical and above(bb, ba):
            found += ["below"]
        if left_of(ba, bb):
            found.append("leftOf")
        if left_of(bb, ba):
            found.append("rightOf")
        if overlaps(ba, bb):
            found.append("overlaps")
        if contains(ba, bb):
            found.append("contains")
        if near(ba, bb):
            found.append("near")
        for rel in found:
            graph.add_edge(ka, kb, key=rel)
    return graph


def relations(detections: Sequence[Detection], ontology: Ontology) -> list[Relation]:
    """The spatial relations of one image, sorted for stable output."""
    graph = scene_graph(detections, ontology)
    return sorted(Relation(a, rel, b) for a, b, rel in graph.edges(keys=True))
