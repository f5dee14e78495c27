"""Titles of everyday life that Iconclass also tells as stories: a shepherd with his flock."""
from __future__ import annotations

from kg.model import ConceptLink
from vision import genre


def _links(*notations: str) -> list[ConceptLink]:
    return [ConceptLink(source="", notation=n, label="", score=0.9 - i / 100, method="", model="")
            for i, n in enumerate(notations)]


WORDS = {"73C821": frozenset({"good", "shepherd", "christ", "defending", "his", "sheep", "against", "wolves"}),
         "71H116": frozenset({"david", "shepherd"}), "47I2212": frozenset({"shepherd", "with", "sheep"})}
VOCABULARY = genre.everyday_words([("47I2212", "shepherd with sheep or lamb on his shoulders"),
                                   ("47I2211", "herd, flock"), ("73C821", "the good shepherd (Christ)")])


def test_the_vocabulary_of_everyday_life_is_its_branches_words():
    assert {"shepherd", "sheep", "his", "flock"} <= VOCABULARY and not {"good", "christ"} & VOCABULARY


def test_a_shepherd_with_his_flock_names_no_story():
    """'Shepherd with sheep' kept the Good Shepherd defending his sheep: its words are the
    herdsman's; a story is kept only where the title names more of it."""
    ranked = _links("47I2212", "73C821", "71H116", "25F")
    assert [lk.notation for lk in genre.keep_subjects(["Shepherd with his sheep"], ranked, VOCABULARY,
                                                      WORDS.get)] == ["47I2212", "25F"]
    kept = genre.keep_subjects(["The Good Shepherd"], ranked, VOCABULARY, WORDS.get)
    assert [lk.notation for lk in kept] == ["47I2212", "73C821", "25F"]
    kept = genre.keep_subjects(["Pastir s ovcama", "shepherd sheep", "David"], ranked, VOCABULARY, WORDS.get)
    assert [lk.notation for lk in kept] == ["47I2212", "71H116", "25F"]


def test_a_title_far_from_everyday_life_keeps_its_subjects():
    ranked = _links("73C821", "71H116", "11H(PETER)", "11F", "25F", "47I2212")  # herding sixth
    assert genre.keep_subjects(["Shepherd"], ranked, VOCABULARY, WORDS.get) == ranked
