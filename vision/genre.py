"""What a title says that is no religious or mythological subject, though Iconclass tells it as one.

A shepherd with his flock is a scene of everyday life (Iconclass 47I2, livestock and herding),
but the concepts nearest "Shepherd with sheep" are the Good Shepherd defending his sheep, David as
a shepherd, Jacob meeting the shepherds of Haran: the model reads the shared words. Those stories
are the subject only where the title names more of them ("The Good Shepherd", "David as a
shepherd", "The Adoration of the Shepherds"); a portrait of a named person ("portrait of
Caesar") only where the title names the person; and the title of a portrait that names no subject
but its sitter keeps no story at all (``portrait_only``: Elias Ashmole is no Elijah).

A saint who names a place or a sitter is no subject either: "The Church of St Mary, Stoke", "St
Paul's Cathedral", "St Ives harbour", "Portrait of Catherine Parr" found Saints Mary, Paul and
Catherine. The glossaries leave them out of a title's reading in their languages
(``vision.glossary``); English has no glossary, and ``unnamed`` leaves them out of its text.
"""
from __future__ import annotations

import functools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .glossary import fold
from .vocabularies import SUBJECT_BRANCHES

#: Iconclass branches of everyday life that religion, the Bible and myth also tell: livestock and
#: herding (47I2: "shepherd with sheep or lamb on his shoulders", "herd, flock"), hunting (43C11:
#: "hunting dogs", "fox and hounds"; a stag hunt is no Saint Hubert, hounds no witches' familiars).
EVERYDAY = ("47I2", "43C11")
#: How near the top an everyday concept must be for the title to be read as everyday life.
WITHIN = 10
#: English words that say nothing of a subject, which the herding texts happen not to hold
#: ("Shepherd and Sheep in a Landscape" met Jacob and the shepherds of Haran through "and").
FUNCTION_WORDS = frozenset({"and", "the", "with", "his", "her", "their", "its", "from", "into",
                            "near", "under", "over", "for"})
#: Iconclass' portrait of a named person: "…(NAME)9" ("portrait of Caesar", "St. Ewald -
#: portrait of male saint"), which "Portrait of Francis Bacon" met through "portrait".
PORTRAIT_OF = re.compile(r"\)9$")
#: Share of those portraits whose documents hold a word for the word to say no more than
#: "portrait" ("retrato", "Bildnis", "saint", "possible attributes", "book").
PORTRAIT_SHARE = 0.05


@dataclass(frozen=True)
class Families:
    """Words that name no more than a family of concepts does: herding's (``EVERYDAY``) and
    portraits' of a named person (``PORTRAIT_OF``); and the figures Iconclass names in brackets
    (``figure``), each as its words."""

    everyday: frozenset[str]
    portraits: frozenset[str]
    figures: frozenset[frozenset[str]] = frozenset()


def families(notations: Iterable[str], words_of: Callable[[str], frozenset[str]]) -> Families:
    """The families' words, from the documents (``words_of``, as ``fold`` gives them, in every
    language) of ``notations``: every word of the everyday concepts ("shepherd", "flock",
    "Herde", "with") and ``FUNCTION_WORDS``, and those held by at least ``PORTRAIT_SHARE`` of the
    portraits; the figures of the concepts of religion, the Bible, literature and myth."""
    everyday: set[str] = set()
    portraits: Counter[str] = Counter()
    figures: set[frozenset[str]] = set()
    count = 0
    for notation in notations:
        if notation.startswith(SUBJECT_BRANCHES) and (named := figure(notation)):
            figures.add(named)
        if notation.startswith(EVERYDAY):
            everyday |= words_of(notation)
        elif PORTRAIT_OF.search(notation):
            portraits.update(words_of(notation))
            count += 1
    least = max(2, PORTRAIT_SHARE * count)
    return Families(frozenset(everyday | FUNCTION_WORDS),
                    frozenset(w for w, n in portraits.items() if n >= least), frozenset(figures))


#: The figure Iconclass names in a concept's brackets: "11H(GEORGE)41", "11HH(MARY MAGDALENE)",
#: "92F3(PAIAN)", "95A(PELOPS)122" (a bracket of letters; "(+3)" names no one).
_FIGURE = re.compile(r"\(([^()]*[A-Za-z][^()]*)\)")


def figure(notation: str) -> frozenset[str]:
    """The words of the figure in ``notation``'s brackets, as ``fold`` gives them, without
    ``FUNCTION_WORDS`` ("JOHN THE BAPTIST": john, baptist); none for a concept that names none."""
    m = _FIGURE.search(notation)
    return frozenset(fold(m[1]) if m else ()) - FUNCTION_WORDS


#: English names of figures too short for ``_alike`` to meet Iconclass' spelling (ANNA, ROSA OF LIMA).
NAMED_AS = {"anne": "anna", "rose": "rosa"}


def _alike(word: str, name: str) -> bool:
    """Whether a title's ``word`` is the figure's ``name`` as English titles spell it: the same;
    the same beginning of four letters or more, each going on for two letters at most
    ("Magdalen", "Greater", "Dorothy" for DOROTHEA; not "Martyrdom" for MARTYR); or one letter
    apart in a name of five or more, two in one of eight or more ("Lawrence" for LAURENCE,
    "Katherine", "Teresa", "Anthony")."""
    word = NAMED_AS.get(word, word)
    same = len(os.path.commonprefix((word, name)))
    if word == name or (same >= 4 and len(word) - same <= 2 and len(name) - same <= 2):
        return True
    most = 2 if min(len(word), len(name)) >= 8 else 1 if min(len(word), len(name)) >= 5 else 0
    if not most or abs(len(word) - len(name)) > most:
        return False
    previous = list(range(len(name) + 1))  # Levenshtein distance, row by row
    for i, a in enumerate(word, 1):
        row = [i]
        for j, b in enumerate(name, 1):
            row.append(min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a != b)))
        if min(row) > most:
            return False
        previous = row
    return previous[-1] <= most


#: How a title or its glossary's English reading names Christ, and how Iconclass' texts in their
#: languages name him.
CHRIST = frozenset({"christ", "jesus"})
CHRIST_NAMED = frozenset({"christ", "christi", "christus", "cristo", "jesus", "jesu", "gesu", "jezus"})
#: Words that name a saint beside Christ ("Saint Dominic praying before the Crucified Christ"),
#: whose own concepts need not name him.
HOLY_WORDS = frozenset({"saint", "saints", "sts"})  # "St" is too short for ``fold``


#: Words a title has at most (the labelled titles: 11): a text of more is a description, which may
#: tell a figure without naming it ("the warrior saint in gilded armour, mounted on a grey horse").
TITLE_WORDS = 12


def titled(text: str) -> bool:
    """Whether ``text`` is as short as a title (``TITLE_WORDS``), which names the figures it shows."""
    return len(text.split()) <= TITLE_WORDS


def names_figure(said: set[str], notation: str, figures: frozenset[frozenset[str]] = frozenset()) -> bool:
    """Whether the words ``said`` (a title's, folded) name the figure of ``notation``, or it names
    none: one of its words at least, and all of them where another of ``figures`` is named by
    exactly those ("Saint Francis" names Francis, not Francis of Paola or Francis Xavier; "The
    Magdalene" names Mary Magdalene, no figure being the Magdalene alone)."""
    words = figure(notation)
    named = frozenset(n for n in words if any(_alike(w, n) for w in said))
    return not words or named == words or (bool(named) and named not in figures)


def keep_subjects(readings: Sequence[str], ranked: Sequence[str], words: Families,
                  words_of: Callable[[str], frozenset[str]], portrait: bool = False,
                  english: bool = False, titled: bool = False) -> list[str]:
    """The notations of ``ranked`` but the subjects a title only seems to name. A portrait of a
    named person is kept only if its documents (``words_of``) hold a word of the title's
    ``readings`` besides the portraits' own ("Caesar", not "portrait"). Where a concept of an
    ``EVERYDAY`` branch is among the ``WITHIN`` best, a concept of religion, the Bible, myth or
    literature is kept only if its documents hold a word of the title besides the everyday
    concepts' ("good", "David", "adoration"). The title of a ``portrait`` that names no subject
    (``portrait_only``) keeps none of those. An ``english`` title keeps a concept of religion,
    the Bible, literature or myth that names its figure in brackets only where it names the
    figure too (``names_figure``; literature's brackets name the author, "83(OVID, …)"): "Rouen
    Cathedral" is no Joan of Arc at Rouen, "The Frigate 'Neptune'" no Neptune carrying off
    Pelops, "A Mother and Child by the Fire" no ordeal by fire of the new-born Onuphrius; a title
    in another language may name the figure as its language does, which the Iconclass texts it
    met may hold ("Hieronymus im Gehäus"). A ``titled`` text (``titled``) whose readings name
    Christ and no saint keeps, of those branches, the concepts whose texts name him ("Baptism of
    Christ" is no Protestant baptismal service)."""
    said = {w for r in readings for w in fold(r)}
    if portrait:
        ranked = [n for n in ranked if not n.startswith(SUBJECT_BRANCHES)]
    if titled and said & CHRIST and not said & HOLY_WORDS:  # Christ the subject, no saint beside him
        ranked = [n for n in ranked if not n.startswith(SUBJECT_BRANCHES) or words_of(n) & CHRIST_NAMED]
    if english:
        ranked = [n for n in ranked if not n.startswith(SUBJECT_BRANCHES) or names_figure(said, n, words.figures)]
    herding = any(n.startswith(EVERYDAY) for n in ranked[:WITHIN])
    if not herding and not any(PORTRAIT_OF.search(n) for n in ranked):
        return list(ranked)
    return [n for n in ranked
            if not (PORTRAIT_OF.search(n) and not (said - words.portraits) & words_of(n))
            and not (herding and n.startswith(SUBJECT_BRANCHES) and not (said - words.everyday) & words_of(n))]


# -- English titles: a saint a place is named after, a sitter with a saint's name -------------

#: The word for saint before a name in English titles, and the forms place names keep ("San
#: Marco", "Santa Croce", "Sankt Pauli").
_SAINT = r"(?:Saints?|Sts?\.?|Ste\.?|Sainte|San|Santa|Santo|Sankt)"
#: English nouns of a place or building that a saint names ("the Church of St Mary", "St Paul's
#: Cathedral", "St Nicholas Street", "St Ives harbour").
PLACES = frozenset({
    "abbey", "basilica", "cathedral", "chapel", "church", "churchyard", "college", "convent",
    "friary", "hospital", "minster", "monastery", "oratory", "parish", "priory", "school",
    "almshouse", "hall", "palace", "castle", "tower", "gate", "bridge", "street", "lane", "road",
    "square", "row", "terrace", "park", "gardens", "market", "dock", "docks", "wharf", "quay",
    "harbour", "harbor", "port", "bay", "beach", "island", "isle", "mount", "hill", "village",
    "station"})
#: Other languages' words for a place or building, that English titles keep before a saint's
#: name in its own language ("The Piazza San Marco", "Campo San Polo", "Place Saint-Michel").
FOREIGN_PLACES = frozenset({
    "piazza", "piazzetta", "campo", "campiello", "riva", "fondamenta", "ponte", "chiesa", "isola",
    "porta", "via", "plaza", "calle", "puerta", "iglesia", "rua", "praça", "igreja", "kirche",
    "platz", "place", "rue", "pont", "église", "eglise", "quai"})
#: Words that end the name of a church named after a saint ("San Giorgio Maggiore", "Santa Maria
#: Maggiore", "Santa María la Mayor"), but after James's name say which apostle ("San Giacomo
#: Maggiore", James the Greater; "Santiago el Mayor").
CHURCH_NAMES = frozenset({"maggiore", "minore", "mayor"})
JAMES = frozenset({"giacomo", "jacopo", "iacopo", "jacobo", "santiago", "iago", "diego"})
#: Words for a ship before its name ("The Ship St George at Anchor").
SHIPS = frozenset({"ship", "frigate", "brig", "schooner", "barque", "yacht", "steamer", "vessel",
                   "man-of-war", "hms"})
#: Words before a town's name ("View of St Ives", "Boats off St Malo").
_TOWN_BEFORE = re.compile(r"(?:\bviews? of|\bat|\bnear|\boff)\s+$", re.IGNORECASE)
#: The word for saint and the words of the name after it: capitalised words, the last perhaps
#: possessive ("St Paul's"); "Saint-Tropez" and "St Martin-in-the-Fields" are places' names.
_MENTION = re.compile(rf"\b{_SAINT}(?P<hyphen>-(?=[A-Z]))?\s*(?P<name>(?:[A-Z][\w]*(?:['’][sS]\b)?\s*)+)")
_WORD = re.compile(r"[A-Z]\w*(?:['’][sS]\b)?")
#: What makes a title a portrait, where a saint's name is the sitter's.
_PORTRAIT = re.compile(r"\b(?:portrait|self-portrait|bust|likeness)\b", re.IGNORECASE)
#: Titles and honorifics before a sitter's names ("Mrs Anne Lloyd", "Lady Catherine Howard").
_HONORIFIC = re.compile(
    r"\b(?:Mr|Mrs|Miss|Ms|Sir|Lady|Lord|Dame|Dr|Revd?|Reverend|Master|Madame|Mme|Mlle|Mademoiselle|"
    r"Monsieur|Captain|Capt|Colonel|Col|General|Admiral|Count|Countess|Duchess|Duke|Earl|Baron|"
    r"Baroness|Marquess|Marchioness|Viscount)\.?((?:\s+[A-Z][\w'’-]*)+)")
_HYPHENATED = re.compile(r"(?:-\w+)*")
#: A person's name from its first word: capitalised words, with the particles between them
#: ("Peter Paul Rubens", "Anne van Loo").
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:de|van|von|der|da|di|du|la|le)\s+)*[A-Z][\w'’-]*)*")
_AS = re.compile(r"\bas\s+(?:the\s+|a\s+)?$", re.IGNORECASE)


def _place_saints(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that name a saint a place is named after, with the "of" before them."""
    spans = []
    for m in _MENTION.finditer(text):
        words = list(_WORD.finditer(m["name"]))
        if not words:
            continue
        # the name ends at a place noun or after a possessive: "St Nicholas Street", "St Paul's Cathedral"
        end = len(words)
        for i, w in enumerate(words):
            if i and w[0].lower() in PLACES:
                end = i
                break
            if w[0].lower().endswith(("'s", "’s")):
                end = i + 1
                break
        name_end = m.start("name") + words[end - 1].end()
        rest = text[name_end:]
        before = text[:m.start()]
        follows = rest.lstrip(" ").split(" ", 1)[0].strip(",;:.!?()[]").lower()
        possessive = words[end - 1][0].lower().endswith(("'s", "’s"))
        previous = re.findall(r"[\w-]+", before)[-1:]  # a ship's name may stand in quotes
        place = (m["hyphen"] is not None or re.match(r"-[a-z]", rest)  # Saint-Tropez, St Martin-in-the-Fields
                 or follows in PLACES
                 or (possessive and (not follows or follows in _AFTER_PLACE))
                 or bool(_TOWN_BEFORE.search(before))
                 or any(w.lower() in SHIPS | FOREIGN_PLACES for w in previous)
                 or any(w[0].lower() in CHURCH_NAMES and words[i][0].lower() not in JAMES
                        for i, w in enumerate(words[1:end])))
        of_place = re.search(r"\b(\w+)\s+of\s+(?:the\s+)?$", before, re.IGNORECASE)
        if of_place and of_place[1].lower() in PLACES:
            spans.append((of_place.start() + len(of_place[1]), name_end))
        elif place:
            spans.append((m.start(), name_end + len(_HYPHENATED.match(rest)[0])))
    return spans


#: Words after a saint's possessive that leave it a place's name ("St Paul's from the River",
#: "St Peter's, Rome"), where a noun would make it the saint's ("St Ursula's Dream").
_AFTER_PLACE = frozenset({"from", "at", "in", "on", "near", "seen", "under", "with", "and", "by"})


#: Saints' names as English titles spell them where Iconclass spells them otherwise (Anna,
#: Laurence, Theresa, Elisabeth) or names no saint (the archangels).
SPELLINGS = frozenset({"Anne", "Anthony", "Lawrence", "Teresa", "Elizabeth", "Michael", "Gabriel"})


@functools.cache
def saints_names() -> frozenset[str]:
    """The names saints are known by in English titles, as Iconclass names its saints ("Peter",
    "Catherine", "Mary" of "Saint Mary Magdalene"), and the Virgin's."""
    from .vocabularies import iconclass, saint_title

    names = {"Mary", *SPELLINGS}
    for notation in iconclass().notations:
        if title := saint_title(notation):
            words = title.split()[1:]
            names.update(w for i, w in enumerate(words) if i == 0 or words[i - 1] == "and")
    return frozenset(names)


@functools.lru_cache(maxsize=1 << 12)  # the names titles give after the word for saint
def iconclass_spelling(name: str) -> str:
    """A saint's name as Iconclass spells it, where an English title spells it otherwise
    ("Lawrence": Laurence, "Anthony": Antony, "Teresa": Theresa, "Anne": Anna): the one name of
    Iconclass' saints that is ``_alike`` it; the name itself where it is Iconclass' own, or no
    name or several are alike."""
    names = saints_names() - SPELLINGS
    if name in names:
        return name
    alike = [n for n in names if _alike(name.lower(), n.lower())]
    return alike[0] if len(alike) == 1 else name


_SAINT_NAME = re.compile(rf"\b({_SAINT}\s+)([A-Z][a-z]+)")


def respelled(text: str) -> str:
    """``text`` with the names after the word for saint as Iconclass spells them
    (``iconclass_spelling``): "The Martyrdom of Saint Lawrence" → "… of Saint Laurence", whose
    texts then meet the title's words as well as its meaning."""
    return _SAINT_NAME.sub(lambda m: m[1] + iconclass_spelling(m[2]), text)


def _sitters(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` naming a sitter who has a saint's name: in a portrait's title, or after
    an honorific, the whole name with the honorific ("Portrait of Catherine Parr", "Mrs Anne
    Lloyd"), unless the title calls the person a saint ("Portrait of a Lady as Saint Catherine")."""
    names = saints_names()
    honorifics = [(m.start(), m.end()) for m in _HONORIFIC.finditer(text)]
    runs = honorifics + ([(0, len(text))] if _PORTRAIT.search(text) else [])
    spans = []
    for start, end in runs:
        for m in re.finditer(r"\b[A-Z]\w*", text[start:end]):
            at = start + m.start()
            before = text[:at]
            if m[0] in names and not re.search(rf"\b{_SAINT}\s+(?:[A-Z]\w*\s+)*$", before) \
                    and not _AS.search(before):
                name_end = at + _NAME_RUN.match(text, at).end() - at
                name_start = next((h for h, h_end in honorifics if h < at <= h_end), at)
                spans.append((name_start, name_end))
    return spans


#: What makes an English portrait's title name a subject besides its sitter: a saint, a holy
#: person, or the sitter shown as someone ("Portrait of a Lady as Flora").
_PORTRAYED_AS = re.compile(
    rf"\b(?:{_SAINT}|Christ|Jesus|Virgin|Madonna|God|Holy)\b|\bas\s+[A-Z]|\bas\s+(?:the|a|an)\s")


def portrait_only(text: str, language: str = "") -> bool:
    """Whether ``text`` is a portrait's title that names no subject but its sitter: a glossary's
    word for portrait and no other reading ("Ritratto di Ulisse Aldrovandi", "Retrat de la
    senyora Flora Rovira"), or in English (or no stated language), "portrait", "bust" or
    "likeness" and no saint, holy person or "as …" ("Portrait of Elias Ashmole", not "Portrait
    of a Young Man as Saint Sebastian"). A sitter's given name then names no Elijah, Flora,
    Ulysses or Helen, though Iconclass tells their stories."""
    from . import glossary
    from .link import primary_language

    lang = primary_language(language)
    terms = glossary.load(lang) if lang else None
    if terms is not None:
        portrait = any(term.english in glossary.PORTRAIT for _, term in terms.terms_in(text))
        return portrait and not terms.gloss(text)
    return lang in ("en", "") and bool(_PORTRAIT.search(text)) and not _PORTRAYED_AS.search(text)


def unnamed(text: str) -> str:
    """An English title without the saints it names that are no subject: a place's dedication or
    name ("The Church of St Mary, Stoke" → "The Church, Stoke"; "St Ives harbour" → "harbour";
    "The Ship St George at Anchor") and a sitter's name ("Portrait of Catherine Parr"); the title
    itself where it has none."""
    spans = sorted(set(_place_saints(text) + _sitters(text)))
    if not spans:
        return text
    out, at = [], 0
    for start, end in spans:
        if start >= at:
            out.append(text[at:start])
            at = end
    out.append(text[at:])
    tidy = re.sub(r"\s+", " ", "".join(out))
    tidy = re.sub(r"\s+([,;:.)])", r"\1", tidy)
    tidy = re.sub(r"\s*[\"'‘’“”«»„‚]\s*[\"'‘’“”«»‚]", "", tidy)  # a ship's name gone from its quotes
    tidy = re.sub(r"(?:\s*\b(?:of|the|at|near|off|in))+\s*(?=[,;:]|$)", "", tidy, flags=re.IGNORECASE)
    return re.sub(r"^[\s,;:.-]+|[\s,;:-]+$", "", re.sub(r"\s+,", ",", tidy))
