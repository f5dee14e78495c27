"""Concept vocabularies to link to: the whole Iconclass system, and subsets per linking job.

Iconclass (CC0) ships with the ``iconclass`` package: 40,666 notations with texts and keywords in
en, de, fr, it, pt. We read its data tables directly instead of calling ``Notation.__call__``:
that method fetches Wikidata labels over the network for notations whose key holds ``(wd:Q…)``
and crashes offline (``URLError`` is not caught). ``text()`` below never touches the network.

A *document* is what gets embedded: per notation and language, the full text with its keywords
appended ("…: lance; lance"), and, where the text has the "broader: narrower" shape, the narrower
head alone ("lance"), because a detector label is much closer to the head than to the full text.
Where the part before the colon is the notation's own name rather than its parent's ("adoration
of the kings: the Wise Men present their gifts…", "die Taufe Christi im Jordan: Johannes…"), that
*lead* is a document too: it is what a painting's title says. So is a short text's *name*, the
text without its keywords, its "possible attributes" tail and its Bible references ("Resurrection
of Christ", "the virgin martyr Barbara"): the linker re-ranks names but does not index them for
retrieval, where they would double the search for little gain (they repeat their text's words).
"""
from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, MissingDependency

#: The languages the iconclass package has texts in ("jp": Japanese, which has no keywords).
AVAILABLE: tuple[str, ...] = ("en", "de", "fr", "it", "pt", "jp")
#: Those linked by default; Japanese is opt-in (``--lang jp``): the default models are English,
#: and the lexical match finds no word boundaries in Japanese (README, quality).
LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "it", "pt")
# Bump when the way documents are built changes: it is part of every embedding cache key.
RECIPE = "doc-v5"
#: A saint's own notation: 11H(…) a male saint, 11HH(…) a female one, or two saints named
#: together ("11H(COSMAS & DAMIAN)"); not a group ("11H(MACCABEES, SEVEN)", "11H(ALL SAINTS)",
#: "11H(MARTYRS OF GORKUM)", "11H(HOLY INNOCENTS)": no title calls them "Saint").
_SAINT = re.compile(r"11HH?\((?P<name>[A-Z][A-Z .'&-]*)\)")
#: A notation under a saint's: the saint's branch, and the key of the aspect after the name
#: ("11H(ANTONY ABBOT)35": "11H", "35", the saint's temptation).
_SAINT_ASPECT = re.compile(r"(?P<branch>11HH?)\((?P<name>[^()]+)\)(?P<key>[0-9][0-9(+)A-Z]*)$")
_GROUP = frozenset({"SAINTS", "MARTYRS", "INNOCENTS", "HELPERS", "SLEEPERS", "MYRRHOPHORES"})
_LOWER = frozenset({"the", "of", "de", "da", "di", "and", "in", "von", "van"})
_ROMAN = re.compile(r"[IVX]+")
# Branches that hold subjects and scenes (religion, bible, myth, literature, history) as opposed
# to the object and nature branches (2 nature, 3 human being, 4 society) the detector's labels use.
SUBJECT_BRANCHES: tuple[str, ...] = ("1", "7", "8", "9")
_WD_KEY = re.compile(r"\(wd:Q[0-9]+\)")
_NAME = re.compile(r"\((?!\.\.\.)[^+)]+\)")
_PLACEHOLDER = re.compile(r"\([\w ]+?\)")
_COLON = re.compile(r":\s")  # "broader: narrower", not the colon of "(Acts 9:1-18)"
_BRACKETS = re.compile(r"\([^)]*\)")
_REFERENCE = re.compile(r"\s*\([^)]*\d[^)]*\)")  # "(Luke 1:39-56)", "(Acts 9:1-18)"


@dataclass(frozen=True)
class Document:
    """One text to embed: a notation's text (or its head) in one language."""

    notation: str
    lang: str
    kind: str  # "text" (full text and keywords), "head" (after the last colon), "lead" (before
    # the first, where that names the notation), "name" (a text without a colon, bare), "saint"
    # (a saint's notation read as a title names it: "Saint Peter" for 11H(PETER))
    text: str


def _iconclass():
    try:
        import iconclass
    except ImportError as e:  # pragma: no cover - a declared dependency
        raise MissingDependency("Iconclass linking needs the iconclass package: pip install iconclass") from e
    return iconclass


class IconclassVocabulary:
    """The Iconclass notations with their texts and keywords, read from the ``iconclass`` package."""

    def __init__(self, languages: Sequence[str] = LANGUAGES) -> None:
        unknown = [lang for lang in languages if lang not in AVAILABLE]
        if unknown:
            raise InputError(f"no Iconclass texts in {', '.join(unknown)}; "
                             f"available: {', '.join(AVAILABLE)}", where="--lang")
        ic = _iconclass()
        self._ic = ic.Iconclass()
        self.languages = tuple(languages)
        for lang in self.languages:
            self._ic.load(lang)
        # "(...)" entries are templates ("male saints (with NAME)"), not concepts one can cite
        self.notations: tuple[str, ...] = tuple(
            n for n in self._ic._D if n and "(...)" not in n and not _WD_KEY.search(n))
        self.data_version = f"iconclass-{ic.__version__}-{_data_sha(Path(ic.__file__).parent)}"

    def __len__(self) -> int:
        return len(self.notations)

    def __contains__(self, notation: str) -> bool:
        return notation in self._ic._D

    def text(self, notation: str, lang: str = "en") -> str:
        """The notation's text in ``lang`` (else in English, else in the first language loaded),
        never fetched from the network."""
        fallback = self._ic.texts.get("en") or self._ic.texts.get(self.languages[0], {})
        texts = self._ic.texts.get(lang) or fallback
        text = texts.get(notation) or fallback.get(notation, "")
        if not text and (m := _WD_KEY.search(notation) or _NAME.search(notation)):
            # a name (or a Wikidata id) filled into a template such as "male saints (with NAME)"
            template = texts.get(notation[:m.start()] + "(...)" + notation[m.end():], "")
            text = _PLACEHOLDER.sub(lambda _: m.group(0), template, count=1)
        return text

    def saint_aspect(self, notation: str) -> tuple[str, str, bool] | None:
        """For an aspect of a saint ("11H(ANTONY ABBOT)35"), its branch, its key, and whether
        Iconclass gives it a text of its own ("temptations of St. Antony Abbot") rather than
        only the saint's and the key's, as it does for every saint ("personal devotion of St.
        Antony of Padua - temptation of male saint"); None for any other notation."""
        m = _SAINT_ASPECT.match(notation)
        if not m:
            return None
        template = self.text(f"{m['branch']}(...){m['key']}")
        key_text = template.rpartition(" - ")[2]
        own = not (key_text and self.text(notation).endswith(" - " + key_text))
        return m["branch"], m["key"], own

    def keywords(self, notation: str, lang: str = "en") -> tuple[str, ...]:
        """The notation's keywords in ``lang``."""
        return tuple(self._ic.keywords.get(lang, {}).get(notation, ()))

    def label(self, notation: str, lang: str = "en") -> str:
        """A short label: the text, cut at its first semicolon (the "possible attributes" tail)."""
        return self.text(notation, lang).split(";")[0].strip()

    def parent(self, notation: str) -> str | None:
        """The broader notation, or None at the top."""
        path = [p for p in self._ic._D.get(notation, {}).get("p") or [] if p != notation]
        return path[-1] if path else None

    def branch(self, root: str) -> list[str]:
        """``root`` and every notation below it in the hierarchy."""
        out, todo = [], [root]
        while todo:
            n = todo.pop()
            if n in self._ic._D and "(...)" not in n:
                out.append(n)
            todo.extend(self._ic._D.get(n, {}).get("c", ()))
        return out

    def documents(self, notations: Iterable[str] | None = None) -> list[Document]:
        """The documents to embed for ``notations`` (default: all), in every loaded language."""
        docs: list[Document] = []
        for n in (self.notations if notations is None else notations):
            for lang in self.languages:
                text = self._ic.texts[lang].get(n)
                if not text:
                    continue
                kws = self._ic.keywords[lang].get(n)
                full = f"{text}; {', '.join(kws)}" if kws else text
                docs.append(Document(n, lang, "text", full))
                parts = _COLON.split(text.split(";")[0])
                if len(parts) > 1 and parts[-1].strip():
                    docs.append(Document(n, lang, "head", parts[-1].strip()))
                if len(parts) > 1 and (lead := self._lead(n, lang, parts[0])) and \
                        self._lead_owners(lang).get((self.parent(n), _plain(lead)), n) == n:
                    docs.append(Document(n, lang, "lead", lead))
                name = _REFERENCE.sub("", parts[0]).strip()
                if len(parts) == 1 and name and name != full:
                    docs.append(Document(n, lang, "name", name))
                if lang == "en" and (saint := saint_title(n)):
                    docs.append(Document(n, lang, "saint", saint))
        return docs

    @functools.cache
    def _lead_owners(self, lang: str) -> dict[tuple[str | None, str], str]:
        """Of siblings whose texts share a lead ("the crucifixion of Christ: prelude to Christ's
        death on the cross", "…: Christ's death on the cross"), the one the lead alone names: the
        one Iconclass tells most of below it (73D6, 138 notations, against 29), the first of
        equals. A title that names only the lead ("The Crucifixion") then finds the sibling
        where the subject is painted most, not whichever the model happens to rank first."""
        shared: dict[tuple[str | None, str], list[str]] = {}
        for n in self.notations:
            text = self._ic.texts[lang].get(n)
            parts = _COLON.split(text.split(";")[0]) if text else []
            if len(parts) > 1 and (lead := self._lead(n, lang, parts[0])):
                shared.setdefault((self.parent(n), _plain(lead)), []).append(n)
        return {key: max(ns, key=lambda n: len(self.branch(n)))  # max keeps the first of equals
                for key, ns in shared.items() if len(ns) > 1}

    def _lead(self, notation: str, lang: str, lead: str) -> str | None:
        """The part of a text before its first colon, unless it only names the broader concept:
        the parent's text ("polearms: lance") or, for a name filled into a template
        ("25FF35(PARROT)": "ornamental birds: parrot"), the template's."""
        lead = lead.strip()
        if not lead or notation.endswith(")"):
            return None
        parent = self.parent(notation)
        text = self._ic.texts[lang].get(parent, "").split(";")[0] if parent else ""
        if _plain(lead) in (_plain(text), _plain(_COLON.split(text)[0])):
            return None
        return lead


def saint_title(notation: str) -> str | None:
    """How an English title names the saint of a saint's own notation ("Saint Antony Abbot" for
    11H(ANTONY ABBOT)); None for any other notation. Iconclass' texts describe the saint ("the
    apostle Peter, first bishop of Rome"), and "Saint Peter" read closer to "Peter in Rome"."""
    m = _SAINT.fullmatch(notation)
    if not m or _GROUP & set(m["name"].split()):
        return None
    words = m["name"].replace("&", "AND").split()
    return ("Saints " if "AND" in words else "Saint ") + " ".join(
        w if _ROMAN.fullmatch(w) else w.lower() if w.lower() in _LOWER and i
        else "-".join(part.capitalize() for part in w.split("-")) for i, w in enumerate(words))


def _plain(text: str) -> str:
    """A text without its bracketed parts, spacing and case, for comparing two texts."""
    return " ".join(_BRACKETS.sub(" ", text).split()).lower()


def _data_sha(package_dir: Path) -> str:
    """A short digest of the package's data file: the cache key changes when the data does."""
    data = package_dir / "data.zip"
    if not data.exists():
        return "nodata"
    h = hashlib.sha256()
    with open(data, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:12]


#: What may start an Iconclass notation written as a subject term: digits, then a letter
#: ("73D6", "11H(GEORGE)", "25F23(LION)"); a bare number ("1500", "25") is taken for a term.
_NOTATION_START = re.compile(r"\d{1,2}[A-Z]")
#: An Iconclass concept's URL as catalogues write it: http or https, RKD's ``/rkd/`` path, a
#: trailing slash or ``.json``, brackets escaped or not.
_ICONCLASS_URL = re.compile(r"https?://(?:www\.)?iconclass\.org/(?:rkd/)?(?P<notation>[^?#]+?)/?(?:\.json)?",
                            re.IGNORECASE)
#: A Wikidata item's page or entity URL.
_WIKIDATA_URL = re.compile(r"https?://(?:www\.)?wikidata\.org/(?:wiki|entity)/(Q[0-9]+)/?", re.IGNORECASE)


def notation_in(term: str) -> str | None:
    """The Iconclass notation a subject term is, or opens ("11H(GEORGE)", "73D6 Crucifixion",
    "11H(GEORGE) - Saint George", "http://iconclass.org/rkd/11H(GEORGE)/"): for a notation, the
    longest prefix ending at a space that the ``iconclass`` package holds. None for any other
    term (the package is read only for terms shaped so)."""
    term = term.strip()
    if m := _ICONCLASS_URL.fullmatch(term):
        from urllib.parse import unquote

        notation = unquote(m["notation"])
        return notation if notation in iconclass(("en",)) and "(...)" not in notation else None
    if not _NOTATION_START.match(term):
        return None
    vocab = iconclass(("en",))
    found = []
    # also with the spaces some catalogues write before a bracket closed up: "11H (GEORGE)"
    for text in dict.fromkeys((term, re.sub(r"\s+\(", "(", term))):
        ends = [i for i, c in enumerate(text) if c.isspace()] + [len(text)]
        found += [text[:end] for end in ends if text[:end] in vocab and "(...)" not in text[:end]]
    return max(found, key=len, default=None)


def subject_concept(term: str) -> str | None:
    """The IRI of the concept a subject term names: the Iconclass IRI of its notation
    (``notation_in``), the entity IRI of a Wikidata item's page or entity URL, or the term itself
    where it is another http(s) IRI; None where the term is text, to be kept as written (and
    linked)."""
    from kg.ingest.checks import http_iri
    from kg.vocab import iconclass_iri, wikidata_iri

    term = term.strip()
    if notation := notation_in(term):
        return iconclass_iri(notation)
    if m := _WIKIDATA_URL.fullmatch(term):
        return wikidata_iri(m[1].upper())
    return term if http_iri(term) else None


@functools.cache
def iconclass(languages: tuple[str, ...] = LANGUAGES) -> IconclassVocabulary:
    """The Iconclass vocabulary in ``languages``, loaded once per process (about 1 s)."""
    return IconclassVocabulary(languages)


def object_notations(vocab: IconclassVocabulary, ontology) -> list[str]:
    """The object job's notations: every Iconclass notation aligned in the ontology, with its branch."""
    roots = {m.rsplit("/", 1)[-1] for cls in ontology.parents for m in ontology.iconclass(cls)}
    from urllib.parse import unquote

    seen: dict[str, None] = {}
    for root in sorted(unquote(r) for r in roots):
        for n in vocab.branch(root):
            seen.setdefault(n, None)
    return list(seen)


def subject_notations(vocab: IconclassVocabulary) -> list[str]:
    """The subjects-and-scenes job's notations: the religion, bible, myth, literature and history branches."""
    return [n for n in vocab.notations if n.startswith(SUBJECT_BRANCHES)]


def job_notations(vocab: IconclassVocabulary, job: str, ontology=None) -> list[str] | None:
    """The notations of a linking job by name: ``objects``, ``subjects`` or ``all`` (None)."""
    if job == "all":
        return None
    if job == "objects":
        if ontology is None:
            from kg import ontology as onto_mod

            ontology = onto_mod.load()
        return object_notations(vocab, ontology)
    if job == "subjects":
        return subject_notations(vocab)
    raise InputError(f"no linking job {job!r}; available: objects, subjects, all", where="--job")
