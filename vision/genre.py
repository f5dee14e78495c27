"""What a title says that is no religious or mythological subject, though Iconclass tells it as one.

A shepherd with his flock is a scene of everyday life (Iconclass 47I2, livestock and herding),
but the concepts nearest "Shepherd with sheep" are the Good Shepherd defending his sheep, David as
a shepherd, Jacob meeting the shepherds of Haran: the model reads the shared words. Those stories
are the subject only where the title names more of them ("The Good Shepherd", "David as a
shepherd", "The Adoration of the Shepherds").
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from kg.model import ConceptLink

from .glossary import fold
from .vocabularies import SUBJECT_BRANCHES

#: Iconclass branches of everyday life that religion, the Bible and myth also tell: livestock and
#: herding (47I2: "shepherd with sheep or lamb on his shoulders", "herd, flock").
EVERYDAY = ("47I2",)
#: How near the top an everyday concept must be for the title to be read as everyday life.
WITHIN = 5


def everyday_words(documents: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The words (as ``fold`` gives them) of the ``EVERYDAY`` concepts' documents, in every
    language: what a title about herding says ("shepherd", "flock", "Herde", "pecore", "with")."""
    return frozenset(w for notation, text in documents if notation.startswith(EVERYDAY) for w in fold(text))


def keep_subjects(readings: Sequence[str], ranked: Sequence[ConceptLink], vocabulary: frozenset[str],
                  words_of: Callable[[str], frozenset[str]]) -> list[ConceptLink]:
    """``ranked`` without the subjects a title of everyday life only seems to name: where a concept
    of an ``EVERYDAY`` branch is among the ``WITHIN`` best, a concept of religion, the Bible, myth
    or literature is kept only if its documents (``words_of``) hold a word of the title's
    ``readings`` that the everyday concepts' ``vocabulary`` lacks ("good", "David", "adoration")."""
    if not any(lk.notation.startswith(EVERYDAY) for lk in ranked[:WITHIN]):
        return list(ranked)
    said = {w for r in readings for w in fold(r)} - vocabulary
    return [lk for lk in ranked
            if not lk.notation.startswith(SUBJECT_BRANCHES) or said & words_of(lk.notation)]
