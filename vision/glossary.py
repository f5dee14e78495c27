"""Titles in languages the linking model cannot read, read through a glossary of iconographic terms.

The default model is English-only and Iconclass' texts are in five languages, so a title in
Polish, Dutch or Greek is mostly noise to both ("Święty Jerzy walczący ze smokiem" finds "display
of jewels"). ``ontologies/glossary/<language>.tsv`` holds, per language, the terms painting
titles use (saints, scenes, figures, attributes) with their English equivalent; a title in that
language gets one more *reading* for the linker: its known terms in English, in order ("Saint
George dragon"). A concept scores its best over a title's readings (``vision.link.readings``),
so a title the glossary does not know links as before.

File format, one term per line: ``TERM<TAB>ENGLISH``; ``#`` starts a comment line. A word of
TERM ending in ``*`` is a stem, matching any word that begins with it (``smok*``: smok, smoka,
smokiem), so inflected forms need not all be listed. Words are compared as ``words`` gives them
(lower case, no diacritics); short words of a title (``SHORT``) and one longer word (``GAP``) may
stand between two of a term's, and at each word of a title the term of most words wins, a whole
word before a stem.
"""
from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.resources import resource_dir

_WORD = re.compile(r"\w+")
#: Letters a stem keeps before its ``*``: shorter ones begin too many unrelated words.
MIN_STEM = 4
#: Words of a title of three letters or more that may stand between two words of a term, beside
#: any number of shorter ones: the articles and prepositions a glossary leaves out ("Aanbidding
#: herders" meets "De aanbidding van de herders").
GAP = 1
#: Words this short stand between a term's words freely; as terms they are abbreviations ("Św.",
#: "Sv.", "S:t"), which a term may be.
SHORT = 2


#: Letters that Unicode does not decompose into a base letter and a diacritic: a title typed
#: without them ("Sw. Pawel", "Soren") meets the glossary's "Św. Paweł", "Søren".
_UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "ß": "ss", "œ": "oe", "đ": "d", "ı": "i",
                               "ħ": "h", "ð": "d", "þ": "th", "ґ": "г",
                               # Arabic letters written one for another (final yā' as alif
                               # maqṣūra, alif waṣla, Persian yeh and kaf, the
                               # letters of foreign names: "ڤينوس", "فينوس"), and the tatweel
                               # that only stretches a word
                               "ى": "ي", "ٱ": "ا", "ی": "ي", "ک": "ك", "ڤ": "ف", "پ": "ب",
                               "گ": "ك", "ـ": None,
                               # Yiddish ligatures in Hebrew script
                               "װ": "וו", "ױ": "וי", "ײ": "יי"})
#: Languages written in two scripts whose glossary holds one: a title's other script is
#: transliterated first (Serbian: Cyrillic to Gaj's Latin, letter for letter, as Serbian
#: publishers do), so that "Свети Ђорђе" and "Sveti Đorđe" read alike.
SCRIPTS = {"sr": str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z", "и": "i",
    "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š"})}


def _plain(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in plain if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Lower-cased words without diacritics, so that 'Jérôme' meets 'Jerome' and 'Paweł' 'Pawel'."""
    return _WORD.findall(_plain(text).translate(_UNDECOMPOSED))


#: Languages written without spaces between words: a title's words are its characters, and a
#: term's characters must stand together in it ("聖ゲオルギウスと竜", "圣乔治屠龙").
UNSEGMENTED = frozenset({"ja", "zh"})
#: Languages that name a place or a ship after its saint ("聖マルコ教会", "성 베드로 대성당"),
#: never before it: a saint named after a church's, street's or ship's word is in the picture
#: ("教会の中の聖母", "다리 위의 성 크리스토포루스").
NAME_FIRST = UNSEGMENTED | {"ko"}
#: Languages that may write the word for saint joined to the name ("성베드로"): such a term
#: names the saint, as "Święty Jerzy" does.
SAINT_JOINED = frozenset({"ko"})
#: Kana and Han characters: a text holding none is read by no unsegmented language's glossary.
_UNSEGMENTED_LETTERS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
#: Letters typed as two where a keyboard lacks them: Serbian "Djordje" for "Đorđe".
TYPED = {"sr": (("dj", "đ"),)}


def _clitic_splits(*slots: tuple[str, ...], joined: dict[tuple[str, ...], str] | None = None
                   ) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every sequence of clitics, one or none from each slot in order, as written at the start of
    a word (``joined``: sequences written otherwise), with its pieces; shortest first."""
    out: dict[str, tuple[str, ...]] = {}
    for pieces in itertools.product(*[("", *slot) for slot in slots]):
        pieces = tuple(p for p in pieces if p)
        if pieces:
            out.setdefault((joined or {}).get(pieces, "".join(pieces)), pieces)
    return tuple(sorted(out.items(), key=lambda item: len(item[0])))


#: Languages that join conjunctions, prepositions and the article to the next word (Arabic
#: "والتنين", and the dragon; Hebrew "והדרקון"): each sequence of them, as written and in its
#: pieces. A glossary lists the bare word ("تنين"), and a title's word it does not know is read as
#: its clitics, each a short word the matcher steps over, and the rest, where the rest is a
#: glossary word (``Glossary._split``). Arabic: "and", "so"; "with", "like", "for"; the article
#: (for + the is written "لل"). Hebrew: "and"; "that"; "in", "like", "to", "from"; the article.
CLITICS = {
    "ar": _clitic_splits(("و", "ف"), ("ب", "ك", "ل"), ("ال",), joined={("ل", "ال"): "لل",
                                                                      ("و", "ل", "ال"): "ولل",
                                                                      ("ف", "ل", "ال"): "فلل"}),
    "he": _clitic_splits(("ו",), ("ש",), ("ב", "כ", "ל", "מ"), ("ה",)),
}


def _characters(text: str) -> list[tuple[int, str]]:
    """The letters of ``text`` one by one, each with where it stands and folded as ``words`` folds
    it ("ガ" is "カ"): the words of a title in an unsegmented language."""
    out = []
    for m in _WORD.finditer(text):
        for i, c in enumerate(m[0]):
            if folded := "".join(words(c)):
                out.append((m.start() + i, folded))
    return out


def _script(text: str, language: str) -> str:
    """``text`` in the script of ``language``'s glossary (``SCRIPTS``), its letters as the
    glossary writes them (``TYPED``); as it is for most languages."""
    if language not in SCRIPTS and language not in TYPED:
        return text
    text = text.lower().translate(SCRIPTS.get(language, {}))
    for typed, letter in TYPED.get(language, ()):
        text = text.replace(typed, letter)
    return text


def fold(text: str) -> list[str]:
    """Lower-cased words of three letters or more without diacritics: what the linker's lexical
    index holds (its cache was built with these: ł, ø, æ kept)."""
    return [w for w in _WORD.findall(_plain(text)) if len(w) > SHORT]


#: The English of the words that make a name a saint's ("Święty", "Sint", "Sanctus").
HOLY = frozenset({"saint", "saints", "holy", "blessed"})
#: What makes a holy person's English more than the name, left out where the name stands alone
#: ("Saint", "Virgin", "of Alexandria"): "Jerzego" in "Portret Jerzego Lubomirskiego" is no saint,
#: and "Katarzyna" does not say which Catherine. A title that means the saint says so ("Święty
#: Jerzy") or names what the model knows the saint by ("Jerzy i smok": "George dragon").
_HOLY_PREFIX = re.compile(r"^(?:Saints? |Virgin (?=Mary$))")
_PLACE = re.compile(r" of [A-Z]\w+$")
#: Holy and biblical persons whose English has no "Saint" to leave out, but whose names are given
#: names too ("Portret van Maria Magdalena Stenbock", "Bildnis Moses Mendelssohn"): read as names.
HOLY_NAMES = frozenset({"Mary Magdalene", "John the Baptist", "Joseph", "Lazarus", "Abraham", "Moses",
                        "David", "Solomon", "Job", "Noah", "Samson", "Esther", "Judith", "Elijah",
                        "Elisha", "Saul", "Absalom", "Gideon", "Tobit", "Salome"})
#: Scenes named after a person: one word read as one of them is that person's name ("Susanna",
#: "Tobias"), dropped in a portrait's title like a saint's ("Bildnis der Susanna Fourment").
NAMED_SCENES = frozenset({"Susanna and the Elders", "Tobias and the Angel", "Jonah and the whale",
                          "Sacrifice of Isaac", "Adam and Eve", "Cain and Abel", "Lot and his daughters"})
#: Terms whose title names a sitter, not a subject: a holy person's name alone there is dropped.
PORTRAIT = frozenset({"portrait", "self-portrait", "bust"})
#: Terms whose title names a building or a place: a holy person named after one, or just before
#: it, is its dedication or the town's name ("Crkva sv. Marka", "Šv. Onos bažnyčia", "Kirche St.
#: Marien", "Pohľad na Svätý Jur"), not the picture's subject, and is dropped with the word for
#: saint; one named earlier, words apart, is in the place ("Die Madonna in der Kirche").
PLACE = frozenset({"church", "temple", "city view"})
#: Places and fairs named after saints, whose name stands next to them: a holy person just before
#: one or right after it (at most ``GAP`` words on) is its name ("La calle de San Bernardo", "Feira
#: de São Mateus", "Jarmark św. Dominika", "Szent Lukács fürdő"); one further on is in the
#: picture ("Karlův most se sochou sv. Jana Nepomuckého"), as is one after "and" ("Pejzaż z mostem
#: i św. Krzysztofem", a landscape with a bridge and Saint Christopher).
NAMED_PLACE = frozenset({"street", "square", "harbour", "bridge", "gate", "market", "fair", "bath",
                         "inn", "hospital", "quay", "island"})
#: Each glossary language's word for "and", as ``words`` folds it.
AND = {"bg": {"и"}, "ca": {"i"}, "cs": {"a"}, "da": {"og"}, "de": {"und"}, "el": {"και"},
       "es": {"y", "e"}, "et": {"ja"}, "fi": {"ja"}, "fr": {"et"}, "hr": {"i"}, "hu": {"es"},
       "it": {"e", "ed"}, "la": {"et", "ac", "atque"}, "lt": {"ir"}, "lv": {"un"}, "nl": {"en"},
       "no": {"og"}, "pl": {"i", "oraz"}, "pt": {"e"}, "ro": {"si"}, "ru": {"и"}, "sk": {"a"},
       "sl": {"in"}, "sv": {"och"}, "uk": {"і", "и", "та"}, "sr": {"i"}, "gl": {"e"}, "eu": {"eta", "ta"},
       "is": {"og"}, "tr": {"ve", "ile"}, "ga": {"agus", "is"}, "mt": {"u", "w"}, "ja": {"と"},
       "zh": {"和", "与", "與", "及"}, "ko": set(words("및 그리고")),  # Hangul as words folds it: jamo
       "ar": {"و"}, "he": {"ו"}, "ka": {"და"}, "hy": set(words("և ու ԵՎ")), "mk": {"и"}, "be": {"і", "ды"},
       "sq": {"dhe"}}  # Arabic and Hebrew join it to the next word: a clitic (CLITICS)
#: Languages that join the word for saint to a name by a hyphen only in the name of a place, a
#: street, a church or a feast ("Saint-Denis", "le quai Saint-Michel", "la Saint-Jean").
HYPHENATED_PLACES = frozenset({"fr"})
#: Languages whose word for saint may also follow the name ("Jorge Deuna", "Pedro Deunaren
#: ukazioa", Hebrew "פטרוס הקדוש": the name is the saint's as after "San Jorge").
SAINT_AFTER = frozenset({"eu", "he"})
#: Terms after which a holy person, at most one word on, is a ship's name ("Jedrenjak „Sveti
#: Nikola“", "Corabia «Sfântul Nicolae»"), not the picture's subject; so is one right before
#: them, where a language names the ship first ("Santa Maria itsasontzia").
SHIP = frozenset({"ship"})


#: English of the glossaries that names no subject alone: people anyone may be and kinds of
#: picture. A reading of these alone is not made ("portrait" found Iconclass' portraits of
#: photographers, "son" the French "son", sound, "landscape" a winter landscape); what happens
#: or where ("temptation", "shepherds", "paradise") is a subject.
GENERIC = frozenset({
    "angel", "angels", "saint", "saints", "holy", "blessed", "martyr", "martyrs", "king", "queen",
    "prince", "princess", "knight", "soldier", "nymph", "god", "goddess", "mother", "father",
    "son", "daughter", "child", "children", "infant", "woman", "man", "old man",
    "portrait", "self-portrait", "head", "bust", "landscape", "still life", "vanitas", "church",
    "temple", "street", "square", "harbour", "bridge", "gate", "market", "fair", "bath", "inn",
    "hospital", "quay", "island"})
#: Names of the Virgin that the model reads as someone else ("Mother of God": God the Father;
#: "Virgin and Child": any mother and baby, where "Madonna and Child" is Iconclass' Madonna).
MARY_AS = {"Mother of God": "Virgin Mary", "Our Lady": "Virgin Mary", "Virgin and Child": "Madonna and Child"}
_MARY = frozenset({"Virgin Mary", "Virgin", "Madonna", "Mary"})
_CHILD = frozenset({"Christ Child", "Child", "child", "infant"})


def _madonna(english: list[str]) -> list[str]:
    """Mary and the Child as one subject (MiniLM read "Virgin Mary Christ Child" as Mary as a child)."""
    if not (_MARY & set(english) and _CHILD & set(english)):
        return english
    first = min(i for i, e in enumerate(english) if e in _MARY | _CHILD)
    rest = [e for e in english if e not in _MARY | _CHILD]
    return rest[:first] + ["Madonna and Child"] + rest[first:]


_MARY_NAMES = re.compile(r"\b(?:" + "|".join(map(re.escape, MARY_AS)) + r")\b", re.IGNORECASE)
_MARY_AS_LOWER = {name.lower(): read for name, read in MARY_AS.items()}


def marian(english: str) -> str:
    """An English text with the Virgin's names that the model reads as someone else written as
    the glossaries' readings write them (``MARY_AS``): "The Virgin and Child Enthroned" → "The
    Madonna and Child Enthroned"; the text itself where it has none."""
    return _MARY_NAMES.sub(lambda m: _MARY_AS_LOWER[m[0].lower()], english)


def bare(english: str) -> str:
    """A holy person's English as a name alone: "Saint Catherine of Alexandria" → "Catherine"."""
    return _PLACE.sub("", _HOLY_PREFIX.sub("", english)) if _HOLY_PREFIX.match(english) else english


def holy_person(english: str) -> bool:
    """Whether ``english`` names a saint, the Virgin or another holy person, or is the word for saint."""
    return english.lower() in HOLY or bare(english) != english or english in HOLY_NAMES or \
        MARY_AS.get(english, english) in _MARY


def _same(pattern: str, word: str) -> bool:
    return word == pattern or (pattern.endswith("*") and word.startswith(pattern[:-1]))


@dataclass(frozen=True)
class Term:
    """One glossary line: the folded words of the term (a stem ends in ``*``) and its English."""

    words: tuple[str, ...]
    english: str
    line: int
    together: bool = False  # an unsegmented language's term: its characters stand together

    def match(self, words: list[str], at: int) -> int:
        """Where the term ends when it begins at the text's word ``at`` (0: it does not): its
        words in order, each after any number of short words of the text (``SHORT``) and at most
        ``GAP`` longer ones; an unsegmented language's characters one after the other."""
        if self.together:
            end = at + len(self.words)
            return end if tuple(words[at:end]) == self.words else 0
        if not _same(self.words[0], words[at]):
            return 0
        end = at + 1
        for pattern in self.words[1:]:
            longer = 0
            while end < len(words) and not _same(pattern, words[end]):
                longer += len(words[end]) > SHORT
                if longer > GAP:
                    return 0
                end += 1
            if end == len(words):
                return 0
            end += 1
        return end

    def rank(self) -> tuple[int, int, int]:
        """Lower is preferred among terms matching at one word: more words, then fewer stems,
        then longer patterns (``püspöksüveg*``, mitre, before ``püspök*``, bishop)."""
        return -len(self.words), sum(p.endswith("*") for p in self.words), -sum(map(len, self.words))


class Glossary:
    """The terms of one language, indexed by the first letters of their first word."""

    def __init__(self, language: str, terms: list[Term]) -> None:
        self.language = language
        self.terms = terms
        self._by_start: dict[str, list[Term]] = {}
        for term in terms:
            self._by_start.setdefault(term.words[0].rstrip("*")[:3], []).append(term)
        for group in self._by_start.values():
            group.sort(key=Term.rank)
        self._holy = [t for t in terms if len(t.words) == 1 and t.english.lower() in HOLY]

    @functools.cached_property
    def vocabulary(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words of the terms, whole and stems (without ``*``): what a title's word must be, or
        begin with, to be in one of them."""
        patterns = {w for t in self.terms for w in t.words}
        return (frozenset(w for w in patterns if not w.endswith("*")),
                frozenset(w[:-1] for w in patterns if w.endswith("*")))

    def terms_in(self, text: str) -> list[tuple[str, Term]]:
        """The terms of ``text``, left to right: (the words they matched, the term)."""
        ws = self._words(text)
        return [(" ".join(ws[start:end]), term) for start, end, term in self._spans(ws)]

    def _words(self, text: str) -> list[str]:
        """The words of a title, in the script of this glossary (``SCRIPTS``); in an unsegmented
        language its characters, each folded as ``words`` folds it."""
        if self.language in UNSEGMENTED:
            return [c for _, c in _characters(text)]
        found = words(_script(text, self.language))
        return [piece for w in found for piece in self._split(w)] if self.language in CLITICS else found

    def _known(self, word: str) -> bool:
        """Whether ``word`` is one of the terms' words, or begins with one of their stems."""
        whole, stems = self.vocabulary
        return word in whole or any(word[:k] in stems for k in range(MIN_STEM, len(word) + 1))

    def _split(self, word: str) -> list[str]:
        """``word`` as the glossary reads it in a language that joins clitics to words
        (``CLITICS``): whole where the glossary knows it ("بطرس", Peter, though "ب" is "with");
        else its clitics and the rest, where the rest is a glossary word of three letters or more
        (the fewest clitics that make one: "والتنين" is "و", "ال", "تنين"); else whole."""
        if self._known(word):
            return [word]
        for written, pieces in CLITICS[self.language]:
            rest = word[len(written):]
            if word.startswith(written) and len(rest) > SHORT and self._known(rest):
                return [*pieces, rest]
        return [word]

    def _minor(self, ws: list[str]) -> bool:
        """Whether the words ``ws`` may stand between two terms read together, or around a name
        that is the whole title: short ones (articles, prepositions, "Św."); in an unsegmented
        language, none."""
        return not ws if self.language in UNSEGMENTED else all(len(w) <= SHORT for w in ws)

    def _spans(self, ws: list[str]) -> list[tuple[int, int, Term]]:
        """The terms of the words ``ws``, left to right: (first word, end, term).

        The terms that together match the most of the title's words, none overlapping another:
        "Aposteln Jakob den äldre" is "aposteln" and "Jakob äldre" (the apostle James the
        Greater), not "aposteln Jakob" (the apostle James) and nothing. Among as many, the
        preferred term (``Term.rank``) at the first word where they differ."""
        # best[at]: (words matched from ``at`` on, the spans); filled from the end
        best: list[tuple[int, list[tuple[int, int, Term]]]] = [(0, [])] * (len(ws) + 1)
        for at in range(len(ws) - 1, -1, -1):
            choice = best[at + 1]  # no term begins here
            for term in self._by_start.get(ws[at][:3], ()):  # preferred first: a tie keeps it
                if (end := term.match(ws, at)) and len(term.words) + best[end][0] > choice[0] or \
                        (end and len(term.words) + best[end][0] == choice[0] and choice is best[at + 1]):
                    choice = (len(term.words) + best[end][0], [(at, end, term)] + best[end][1])
            best[at] = choice
        return best[0][1]

    def gloss(self, text: str) -> str:
        """The English of ``text``'s known terms, in order, each once; "" when it has none, or
        none that names a subject (``GENERIC`` words alone: "portrait", "son", "landscape" read
        alone found the model's nearest portrait or Niobe's sons, never the painting's subject).

        A holy person's name reads as the saint after the language's word or abbreviation for
        "saint" ("Św. Jerzy"), as the bare name alone (``bare``: "Jerzy i smok", "George dragon"),
        and as nothing in a portrait's title, where it names the sitter, or as a church's
        dedication, a town's name (``PLACE``) or a ship's (``SHIP``), as is, in French, a saint
        joined to the word for saint by a hyphen ("Saint-Denis", "la foire Saint-Germain": French
        writes the saint "saint Denis", the town, street or feast "Saint-Denis"; Dutch writes the
        saint "Sint-Maarten" too, so only the languages of ``HYPHENATED_PLACES``). Mary beside the
        Child reads as "Madonna and Child"."""
        ws = self._words(text)
        if whole := self._whole_name(ws):
            return MARY_AS.get(whole, whole)
        read, _ = self._read(ws, self._hyphened(text))
        # a name alone is a saint's only beside what the saint is known by ("Jerzy i smok"):
        # alone, or beside generic words, it is anyone's ("Marie-Antoinette", "Kaiser Joseph II")
        known_by = any(not alone and e.lower() not in GENERIC for e, alone in read)
        english = _madonna([MARY_AS.get(e, e) for e, alone in read if known_by or not alone])
        if all(e.lower() in GENERIC for e in english):
            return ""
        return " ".join(dict.fromkeys(english))

    def _whole_name(self, ws: list[str]) -> str:
        """The English of a holy person named by a term of two words or more that is the whole
        title ("Johannes der Täufer", "Jan Chrzciciel", "Maria Magdalena"): the saint, as a name
        and its epithet say, though neither is the word for saint; "" otherwise. A name of one
        word alone is anyone's ("Jerzy"), as is one beside words the glossary does not know
        ("Maria Magdalena Stenbock"). An unsegmented language's terms have no words to count:
        there the English says it (a name and its epithet, "洗礼者ヨハネ", "施洗约翰": "John the
        Baptist"; not "ゲオルギウス", "Saint George")."""
        spans = self._spans(ws)
        if len(spans) != 1:
            return ""
        start, end, term = spans[0]
        named = len(bare(term.english).split()) if self.language in UNSEGMENTED else len(term.words)
        alone = named >= 2 and self.names_alone(term)
        return term.english if alone and self._minor(ws[:start] + ws[end:]) else ""

    def _read(self, ws: list[str], hyphened: frozenset[int] = frozenset()
              ) -> tuple[list[tuple[str, bool]], list[tuple[int, int]]]:
        """The English of the words ``ws``, each with whether it is a name standing alone, and
        the spans of words (first, end) whose holy person is a sitter or a place's dedication
        (``hyphened``: the words joined to the word before them by a hyphen)."""
        spans = self._spans(ws)
        portrait = any(term.english in PORTRAIT for _, _, term in spans)
        # (English, whether a name standing alone, its first word, its end)
        read: list[tuple[str, bool, int, int]] = []
        sitters: list[tuple[int, int]] = []

        def holy(k: int) -> bool:  # the k-th term is the word for saint
            return spans[k][2].english.lower() in HOLY

        def close(a: int, b: int) -> bool:  # nothing but minor words between two terms
            return self._minor(ws[spans[a][1]:spans[b][0]])

        skip = -1
        for i, (start, end, term) in enumerate(spans):
            if i == skip or (self.language in UNSEGMENTED and term.english in SHIP and start
                             and ws[start - 1].isnumeric()):
                continue  # a number's counter, not a ship ("作品第5号")
            after_holy = i > 0 and holy(i - 1) and close(i - 1, i)
            before_holy = self.language in SAINT_AFTER and i + 1 < len(spans) and holy(i + 1) and close(i, i + 1)
            if not self.names_alone(term):
                read.append((term.english, False, start, end))
            elif after_holy:
                read[-1] = (term.english, False, read[-1][2], end)  # "saint" and the name: the saint
            elif before_holy:  # the name and "saint" after it: the saint
                read.append((term.english, False, start, spans[i + 1][1]))
                skip = i + 1
            elif not portrait:
                read.append((bare(term.english), term.english not in NAMED_SCENES, start, end))
            else:
                sitters.append((start, end))
        places = [(start, end) for start, end, term in spans if term.english in PLACE]
        ships = [end for _, end, term in spans if term.english in SHIP]
        ship_names = [start for start, _, term in spans if term.english in SHIP]
        named = [(start, end) for start, end, term in spans if term.english in NAMED_PLACE]
        def joined(first: int, end: int) -> bool:  # the words between say "and"
            return bool(AND.get(self.language, set()) & set(ws[first:end]))

        unsegmented, name_first = self.language in UNSEGMENTED, self.language in NAME_FIRST

        def before(end: int, place: int) -> bool:  # the name right before the place's word
            # (in an unsegmented language, one particle between: "聖ゲオルギウスの祭り")
            return place == end or (unsegmented and place == end + 1)

        def named_after(start: int, end: int) -> bool:  # a dedication, a town's, a ship's name
            return (any((start >= p_end and not name_first) or before(end, p_start) for p_start, p_end in places)
                    or any(0 <= start - s_end <= GAP and not name_first for s_end in ships)
                    or any(before(end, s) for s in ship_names)
                    or any(before(end, n_start) or (0 <= start - n_end <= GAP and not joined(n_end, start)
                                                    and not name_first)
                           for n_start, n_end in named)
                    or any(i in hyphened and self._is_holy(ws[i - 1]) for i in range(start + 1, end + 1)))

        dedications = [(start, end) for e, alone, start, end in read if (alone or holy_person(e))
                       and named_after(start, end)]

        def whole(end: int) -> int:  # a hyphenated name goes whole ("Saint-Jean-Baptiste")
            return whole(end + 1) if end in hyphened else end

        return [(e, alone) for e, alone, start, end in read if (start, end) not in dedications], \
            sorted(sitters + [(start, whole(end)) for start, end in dedications])

    def unnamed(self, text: str) -> str:
        """``text`` without the words of the holy persons that ``gloss`` reads as a sitter or a
        place's dedication ("Portrét Márie Terézie" → "Portrét"): the title as it is written
        names them too, and the model met Mary's relics in it."""
        _, dropped = self._read(self._words(text), self._hyphened(text))
        if not dropped:
            return text
        drop = {i for start, end in dropped for i in range(start, end)}
        if self.language in UNSEGMENTED:
            cut = {at for i, (at, _) in enumerate(_characters(text)) if i in drop}
            return " ".join("".join(c for at, c in enumerate(text) if at not in cut).split())
        out, at, index, after_dropped = [], 0, 0, False
        for m in _WORD.finditer(text):
            count = len(self._words(m[0]))  # the words the glossary counts in this one
            if any(i in drop for i in range(index, index + count)):
                if not after_dropped:  # what stands between two dropped words goes too ("S:t")
                    out.append(text[at:m.start()])
                at = m.end() + (text[m.end():m.end() + 1] == ".")  # and an abbreviation's dot
                after_dropped = True
            else:
                after_dropped = False
            index += count
        out.append(text[at:])
        return " ".join("".join(out).split())

    def _hyphened(self, text: str) -> frozenset[int]:
        """The words of ``text`` (as ``words`` counts them) joined to the word before by a
        hyphen, in a language where that makes a saint's name a place's (``HYPHENATED_PLACES``)."""
        out: set[int] = set()
        if self.language not in HYPHENATED_PLACES:
            return frozenset()
        index, end = 0, -1
        for m in _WORD.finditer(text):
            if index and text[end:m.start()] == "-":
                out.add(index)
            index += len(words(m[0]))
            end = m.end()
        return frozenset(out)

    def _is_holy(self, word: str) -> bool:
        """Whether ``word`` is this language's word or abbreviation for "saint"."""
        return any(_same(h.words[0], word) for h in self._holy)

    def names_alone(self, term: Term) -> bool:
        """Whether ``term`` is a holy person's name without the language's word for "saint" (a
        single-word term this glossary reads as one of ``HOLY``): "Jerzy", not "Święty Jerzy",
        nor a term whose word for it is a stem ("pyhä* Venceslau*" is "Pyhä Venceslaus")."""
        if bare(term.english) == term.english and term.english not in HOLY_NAMES and \
                not (len(term.words) == 1 and term.english in NAMED_SCENES):
            return False
        joined = self.language in SAINT_JOINED
        return not any(_same(h.words[0], w) or _same(w, h.words[0])
                       or (joined and w.startswith(h.words[0].rstrip("*")))
                       for w in term.words for h in self._holy)


def parse(path: Path, language: str) -> Glossary:
    """The glossary in ``path``; a malformed line is an error naming the file and line."""
    terms: list[Term] = []
    seen: dict[tuple[str, ...], Term] = {}
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()  # a BOM some editors write
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", where=str(path)) from None
    for number, raw in enumerate(lines, 1):
        where = f"{path}:{number}"
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) != 2:
            raise InputError(f"expected TERM<TAB>ENGLISH, found {len(parts)} tab-separated fields", where=where)
        term, english = (p.strip() for p in parts)
        if not english:
            raise InputError("the English side is empty", where=where)
        words = _term_characters(term, where) if language in UNSEGMENTED else _term_words(term, where)
        if (same := seen.get(words)) is not None:  # a spelling that reads as one already given
            if same.english != english:
                raise InputError(f"the term {term!r} is {same.english!r} on line {same.line}", where=where)
            continue
        seen[words] = Term(words, english, number, language in UNSEGMENTED)
        terms.append(seen[words])
    return Glossary(language, terms)


def _term_characters(term: str, where: str) -> tuple[str, ...]:
    """The characters of an unsegmented language's term, as ``_characters`` reads a title."""
    if "*" in term:
        raise InputError(f"{term!r}: a stem (*) needs words, and this language has none", where=where)
    found = tuple(c for _, c in _characters(term))
    if not found:
        raise InputError(f"{term!r} has no letters", where=where)
    return found


def _term_words(term: str, where: str) -> tuple[str, ...]:
    """The words of a term, each stem keeping its ``*``: as ``words`` reads a title, so that
    "Sint-Maarten", "Apol·lònia" or "S:t" are the words a title gives."""
    out: list[str] = []
    for raw in term.split():
        stem = raw.endswith("*")
        found = words(raw.rstrip("*"))
        if not found:
            raise InputError(f"{raw!r} in {term!r} has no letters", where=where)
        if stem and len(found[-1]) < MIN_STEM:
            raise InputError(f"the stem {raw!r} is shorter than {MIN_STEM} letters: it would begin "
                             "too many unrelated words", where=where)
        out += found[:-1] + [found[-1] + ("*" if stem else "")]
    if not out:
        raise InputError("the term is empty", where=where)
    return tuple(out)


def folder() -> Path:
    """Where the bundled glossaries are: one ``<language>.tsv`` per language."""
    return resource_dir("ontologies") / "glossary"


def languages() -> frozenset[str]:
    """The languages (BCP 47 primary subtags) the bundled glossaries cover."""
    return frozenset(p.stem for p in folder().glob("*.tsv"))


def fingerprint() -> str:
    """The bundled glossaries' languages and the first 12 hex digits of their files' SHA-256:
    what a linking run records, so that a glossary edited makes another run."""
    import hashlib

    if not languages():
        return ""
    digest = hashlib.sha256()
    for path in sorted(folder().glob("*.tsv")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{' '.join(sorted(languages()))} {digest.hexdigest()[:12]}"


#: Other primary subtags of the glossaries' languages: Norwegian Bokmål and Nynorsk, and the
#: three-letter codes (ISO 639-2/T and /B) that catalogues use where BCP 47 prefers two letters.
ALIASES = {"nb": "no", "nn": "no", "nor": "no", "nob": "no", "nno": "no", "nld": "nl", "dut": "nl",
           "pol": "pl", "ces": "cs", "cze": "cs", "rus": "ru", "ell": "el", "gre": "el", "swe": "sv",
           "dan": "da", "fin": "fi", "hun": "hu", "ron": "ro", "rum": "ro", "cat": "ca", "lat": "la",
           "spa": "es", "deu": "de", "ger": "de", "fra": "fr", "fre": "fr", "ita": "it", "por": "pt",
           "hrv": "hr", "slk": "sk", "slo": "sk", "slv": "sl", "bul": "bg", "est": "et", "lit": "lt",
           "lav": "lv", "eng": "en", "ukr": "uk", "srp": "sr", "glg": "gl", "eus": "eu", "baq": "eu",
           "isl": "is", "ice": "is", "tur": "tr", "gle": "ga", "mlt": "mt", "scc": "sr",
           "jpn": "ja", "zho": "zh", "chi": "zh", "kor": "ko",
           "ara": "ar", "heb": "he", "iw": "he", "kat": "ka", "geo": "ka", "hye": "hy", "arm": "hy",
           "mkd": "mk", "mac": "mk", "bel": "be", "sqi": "sq", "alb": "sq", "arb": "ar",
           # Serbo-Croatian, Bosnian and Montenegrin titles: the Serbian glossary, which holds
           # the Catholic names beside the Orthodox ones and reads both scripts
           "sh": "sr", "hbs": "sr", "bs": "sr", "bos": "sr", "cnr": "sr"}
_SUBTAG = re.compile(r"[a-z]{2,3}")


def load(language: str) -> Glossary | None:
    """The bundled glossary of ``language`` (a primary subtag: "pl", "nb", "pol"), or None where
    there is none."""
    language = ALIASES.get(language, language)
    return _load(language) if _SUBTAG.fullmatch(language) else None


@functools.cache
def _load(language: str) -> Glossary | None:
    path = folder() / f"{language}.tsv"
    return parse(path, language) if path.is_file() else None


#: Share of a title's words (three letters or more) that one language's terms must cover for a
#: title in no stated language to be read through that language's glossary.
GUESS_COVER = 0.5
#: Words that make a title English, which the model reads as it is: no glossary is guessed for
#: it ("The Resurrection of Christ" was read through the French "Résurrection du Christ").
ENGLISH = frozenset({"the", "and", "with", "of", "from", "his", "her", "their"})


@functools.cache
def _languages_in(path: Path) -> tuple[str, ...]:
    """The languages of the glossaries in ``path``, listed once a process, as each glossary is
    read once (``_load``)."""
    return tuple(sorted(p.stem for p in path.glob("*.tsv")))


def _known(ws: list[tuple[str, frozenset[str]]], terms: Glossary) -> int:
    """How many of ``ws`` (words of three letters or more, each with its beginnings a stem may
    be) the glossary ``terms`` holds. Its terms cover no more, but for the words a term lets
    stand between two of its own (``GAP`` at most between two)."""
    whole, stems = terms.vocabulary
    return sum(w in whole or not stems.isdisjoint(starts) for w, starts in ws)


def _beginnings(ws: list[str]) -> list[tuple[str, frozenset[str]]]:
    """The words of ``ws`` of three letters or more, each with the beginnings a stem may be."""
    return [(w, frozenset(w[:k] for k in range(MIN_STEM, len(w) + 1))) for w in ws if len(w) > SHORT]


def guess(text: str) -> str:
    """The language whose glossary reads a text in no stated language: the one whose terms cover
    most of its words (at least ``GUESS_COVER`` of them; in an unsegmented language, of its
    characters), where the glossaries that cover as much read it alike; "" otherwise, and for a
    text English words say is English. A catalogue without a language column is then read as a
    tagged one would be, where its words say which language it is. The glossaries' words
    (``Glossary.vocabulary``) rule out most languages before any is matched."""
    plain = words(text)
    if ENGLISH & set(plain):
        return ""
    counted = sum(len(w) > SHORT for w in plain)
    cover: dict[str, float] = {}
    beginnings = _beginnings(plain)
    for language in _languages_in(folder()):
        if (terms := load(language)) is None:
            continue
        if language in UNSEGMENTED:  # characters, each counted
            ws = terms._words(text) if _UNSEGMENTED_LETTERS.search(text) else []
            covered = sum(end - start for start, end, _ in terms._spans(ws)) if ws else 0
            if covered and covered >= GUESS_COVER * len(ws):
                cover[language] = covered / len(ws)
            continue
        own = language in SCRIPTS or language in TYPED or language in CLITICS
        ws = terms._words(text) if own else plain
        known = _known(_beginnings(ws) if own else beginnings, terms)
        if not known or known + (known - 1) * GAP < GUESS_COVER * counted:  # no term can cover enough
            continue
        covered = sum(len(w) > SHORT for start, end, _ in terms._spans(ws) for w in ws[start:end])
        if covered >= GUESS_COVER * counted:
            cover[language] = covered / counted
    if not cover:
        return ""
    best = [lang for lang, c in cover.items() if c == max(cover.values())]
    return best[0] if len({load(lang).gloss(text) for lang in best}) == 1 else ""


def load_all() -> None:
    """Read every bundled glossary now: a malformed one stops a run before it writes anything."""
    for language in languages():
        load(language)
