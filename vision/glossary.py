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
smokiem), so inflected forms need not all be listed. Words are compared as ``fold`` gives them
(lower case, no diacritics, three letters or more); a word of the title may stand between
two of a term's (``GAP``), and at each word of a title the term of most words wins, a whole word
before a stem.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.resources import resource_dir

_WORD = re.compile(r"\w{3,}")
#: Letters a stem keeps before its ``*``: shorter ones begin too many unrelated words.
MIN_STEM = 4
#: Words of a title that may stand between two words of a term: the articles and prepositions a
#: glossary leaves out ("Aanbidding herders" meets "De aanbidding van de herders").
GAP = 1


def fold(text: str) -> list[str]:
    """Lower-cased words without diacritics, so that 'Jérôme' meets 'Jerome' (the words that the
    glossary and the linker's lexical match compare)."""
    plain = unicodedata.normalize("NFKD", text.lower())
    return _WORD.findall("".join(c for c in plain if not unicodedata.combining(c)))


#: The English of the words that make a name a saint's ("Święty", "Sint", "Sanctus").
HOLY = frozenset({"saint", "saints", "holy", "blessed"})
#: What makes a holy person's English more than the name, left out where the name stands alone
#: ("Saint", "Virgin", "of Alexandria"): "Jerzego" in "Portret Jerzego Lubomirskiego" is no saint,
#: and "Katarzyna" does not say which Catherine. A title that means the saint says so ("Święty
#: Jerzy") or names what the model knows the saint by ("Jerzy i smok": "George dragon").
_HOLY_PREFIX = re.compile(r"^(?:Saints? |Virgin (?=Mary$))")
_PLACE = re.compile(r" of [A-Z]\w+$")
#: Terms whose title names a sitter, not a subject: a holy person's name alone there is dropped.
PORTRAIT = frozenset({"portrait", "self-portrait", "bust"})


def bare(english: str) -> str:
    """A holy person's English as a name alone: "Saint Catherine of Alexandria" → "Catherine"."""
    return _PLACE.sub("", _HOLY_PREFIX.sub("", english)) if _HOLY_PREFIX.match(english) else english


def _same(pattern: str, word: str) -> bool:
    return word == pattern or (pattern.endswith("*") and word.startswith(pattern[:-1]))


@dataclass(frozen=True)
class Term:
    """One glossary line: the folded words of the term (a stem ends in ``*``) and its English."""

    words: tuple[str, ...]
    english: str
    line: int

    def match(self, words: list[str], at: int) -> int:
        """Where the term ends when it begins at the text's word ``at`` (0: it does not): its
        words in order, each after at most ``GAP`` other words of the text than the term's."""
        if not _same(self.words[0], words[at]):
            return 0
        end = at + 1
        for pattern in self.words[1:]:
            for skip in range(GAP + 1):
                if end + skip < len(words) and _same(pattern, words[end + skip]):
                    end += skip + 1
                    break
            else:
                return 0
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

    def terms_in(self, text: str) -> list[tuple[str, Term]]:
        """The terms of ``text``, left to right: (the words they matched, the term)."""
        words = fold(text)
        out, at = [], 0
        while at < len(words):
            end, term = next(((end, t) for t in self._by_start.get(words[at][:3], ())
                              if (end := t.match(words, at))), (0, None))
            if term is None:
                at += 1
                continue
            out.append((" ".join(words[at:end]), term))
            at = end
        return out

    def gloss(self, text: str) -> str:
        """The English of ``text``'s known terms, in order, each once ("" when it has none). A
        holy person's name given alone reads as the bare name (``bare``), and in a portrait's
        title as nothing: there it names the sitter."""
        terms = [term for _, term in self.terms_in(text)]
        portrait = any(term.english in PORTRAIT for term in terms)
        english = [term.english if not self.names_alone(term) else "" if portrait else bare(term.english)
                   for term in terms]
        return " ".join(dict.fromkeys(e for e in english if e))

    def names_alone(self, term: Term) -> bool:
        """Whether ``term`` is a holy person's name without the language's word for "saint" (a
        single-word term this glossary reads as one of ``HOLY``): "Jerzy", not "Święty Jerzy"."""
        if bare(term.english) == term.english:
            return False
        return not any(_same(h.words[0], w) for w in term.words for h in self._holy)


def parse(path: Path, language: str) -> Glossary:
    """The glossary in ``path``; a malformed line is an error naming the file and line."""
    terms: list[Term] = []
    seen: dict[tuple[str, ...], Term] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
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
        words = _term_words(term, where)
        if (same := seen.get(words)) is not None:  # a spelling that reads as one already given
            if same.english != english:
                raise InputError(f"the term {term!r} is {same.english!r} on line {same.line}", where=where)
            continue
        seen[words] = Term(words, english, number)
        terms.append(seen[words])
    return Glossary(language, terms)


def _term_words(term: str, where: str) -> tuple[str, ...]:
    """The folded words of a term, each stem keeping its ``*``: as ``fold`` reads a title, so
    that "Sint-Maarten" or "Apol·lònia" are the two words a title gives."""
    words: list[str] = []
    for raw in term.split():
        stem = raw.endswith("*")
        folded = fold(raw.rstrip("*"))
        if not folded:
            raise InputError(f"{raw!r} in {term!r} is not a word of three letters or more "
                             "(the matcher skips shorter words: leave them out)", where=where)
        if stem and len(folded[-1]) < MIN_STEM:
            raise InputError(f"the stem {raw!r} is shorter than {MIN_STEM} letters: it would begin "
                             "too many unrelated words", where=where)
        words += folded[:-1] + [folded[-1] + ("*" if stem else "")]
    if not words:
        raise InputError("the term is empty", where=where)
    return tuple(words)


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


@functools.cache
def load(language: str) -> Glossary | None:
    """The bundled glossary of ``language`` (a primary subtag: "pl"), or None where there is none."""
    path = folder() / f"{language}.tsv"
    return parse(path, language) if path.is_file() else None
