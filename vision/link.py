"""Nearest Iconclass concepts for texts: detector labels, titles, descriptions.

Two stages, because embedding all of Iconclass with a transformer costs about 37 minutes on two
cores (five languages):

1. **Candidates** for each text from a static model2vec model over every document of the job
   (about 15 s to index all of Iconclass once, then cached), plus a small lexical match: the
   documents that share a rare word with the text (a saint's name such as "Hieronymus" in the
   German texts), since the static model is weak on names.
2. **Re-ranking** of those candidates by the chosen model (default all-MiniLM-L6-v2), then of
   the bare names of the best ones' concepts ("Resurrection of Christ"), which are not indexed
   for the first stage; the model's vectors of Iconclass documents are cached on disk as they
   are first needed.

A concept's score is its best cosine over its documents (each language's text, head, lead and
name) plus a bonus for the text's rare words that the concept's documents hold in any language.
With ``model="static"`` the first stage alone answers (``method="static"``). Each distinct text of
a call is linked once. The static search is exact (every document, float32); on two cores it costs
about half of MiniLM's encode of short phrases through ONNX Runtime (README, benchmarks).
"""
from __future__ import annotations

import functools
import os
import re
import threading
from collections.abc import Sequence

import numpy as np

from kg.model import ConceptLink

from . import embed, genre, glossary, vocabularies
from .glossary import fold

CANDIDATES = 128  # documents per text from the static model; recall/speed measured in README
LEXICAL = 32  # documents per text sharing a rare word with it (best static scores first)
# Texts whose similarities to every document are computed together, in a buffer kept between
# calls (up to 219 MB for all of Iconclass); chunks of 64 made the retrieval a fifth slower.
QUERY_CHUNK = 256
LEXICAL_MAX_DF = 2000  # a word in more documents than this is too common to propose candidates
# Weight of the lexical bonus (share of the text's rare words, weighted by IDF, that a concept's
# documents hold) added to the cosine: names of saints in other languages are where embeddings fail.
LEXICAL_WEIGHT = float(os.environ.get("ICONOGRAPH_LEXICAL_WEIGHT", "0.1"))
# Cosine (all-MiniLM-L6-v2, after re-ranking) at which a metadata link is kept; see the README.
TEXT_THRESHOLD = 0.5
# What a link of a text must score above the threshold when the text's language is one that
# neither the model (by its model card) nor the Iconclass texts searched are in: the cosine of a
# text the model cannot read is weaker evidence (0.65 at the default 0.5). Chosen on Dutch,
# Catalan, Latin, Polish and Czech titles, checked on Swedish, Danish, Hungarian, Romanian,
# Russian and Greek ones (README, "The text's language").
UNREAD_MARGIN = 0.15
# Languages in neither, but whose titles' links measured as precise at TEXT_THRESHOLD as those
# of the languages Iconclass has (Spanish: through the words it shares with Portuguese and
# Italian), so they keep it.
READ_ALIKE = frozenset({"es"})
# BCP 47 primary subtags whose Iconclass texts the package files under another code
_ICONCLASS_CODE = {"ja": "jp"}
# Best-scoring documents per text whose concepts' names are re-ranked after them (every
# candidate concept's names gave the same hits on the title sets at 30% more time per call).
NAMED = 32
# Concepts per reading beyond ``top``, so that ``top`` remain where a rule drops some (``genre``).
SPARE = 10
#: How far below another saint's aspect an aspect with a text of its own may score and still go
#: before it (``Linker._own_texts_first``).
OWN_TEXT_MARGIN = 0.05
# What catalogues add to a title that names no subject: short bracketed notes ("(detail)",
# "[copy]", "(central panel)", "(inv. 1234)": two words at most, or holding a number; a longer
# one often names the subject, as "(Noli me tangere)") and a trailing date ("c. 1470",
# "1510-1515", "um 1500", "vers 1500").
_BRACKETED = re.compile(r"\s*[(\[]([^)\]]*)[)\]]")
_DATE_TAIL = re.compile(r"[\s,;.–-]*(?:\b(?:c|ca|circa|about|around|um|vers|verso|hacia|cerca|"
                        r"omstreeks|rond)\b\.?\s*)?\d{3,4}(?:\s*[-–/]\s*\d{2,4})?s?\s*$",
                        re.IGNORECASE)
# "The Rape of Europa", "Der Raub der Europa" read "Rape of Europa": the word's old sense, which
# Iconclass writes "abducts" (Europa, Helen, Orithyia) where MiniLM reads only the other one.
_RAPE_OF = re.compile(r"\b(?:the\s+)?rape\s+of\b", re.IGNORECASE)


def readings(text: str, language: str = "") -> list[str]:
    """The forms of a text that are linked, the text first: a title in capitals also in title
    case (the static retriever is case-sensitive; catalogues often write titles in capitals), the
    text without its bracketed notes and trailing date where it has them, and, for a text in a
    language with a glossary (``vision/glossary.py``; in no stated language, the glossary its
    words choose: ``glossary.guess``), the English of its known terms; an English text also with
    the Virgin's names as those readings write them ("Virgin and Child": "Madonna and Child",
    ``glossary.marian``), and any reading's "Rape of" also as "abduction of" and its saints'
    names also as Iconclass spells them ("Saint Lawrence": "Saint Laurence",
    ``genre.respelled``). A concept scores its best over them, so a clean text is linked exactly
    as before. A text that names a saint as a place's name or a sitter's ("The Church of St
    Mary", "Portrait of Catherine Parr":
    ``genre.unnamed`` in English or no stated language; "Portrét Márie Terézie": its glossary's
    ``unnamed``) is read without that name, and not as it is written: no reading names the saint."""
    base = text.title() if text.isupper() and len(text) > 3 else text
    notes = _BRACKETED.sub(lambda m: "" if len(m[1].split()) <= 2 or re.search(r"\d", m[1])
                           else m[0], base)
    plain = _DATE_TAIL.sub("", notes).strip(" ,;:-–")
    keep = [text, base] + ([plain] if len(plain) > 3 else [])  # not "The" of "The 1500s"
    lang = reading_language(text, language)
    terms = glossary.load(lang) if lang else None
    unname = terms.unnamed if terms else genre.unnamed if lang in ("en", "") else None
    if unname is not None and (unnamed := unname(base)) != base:
        keep = [t for t in (unnamed, unname(plain)) if sum(c.isalpha() for c in t) >= 3]
    if english := glossary_reading(text, lang):
        keep.append(english)
    elif lang in ("en", "") and (marian := glossary.marian(keep[-1])) != keep[-1]:
        keep.append(marian)
    keep += [_RAPE_OF.sub("The abduction of", t) for t in keep if _RAPE_OF.search(t)]
    keep += [respelled for t in keep if (respelled := genre.respelled(t)) != t]
    return list(dict.fromkeys(keep))


def glossary_reading(text: str, language: str = "") -> str:
    """The English of ``text``'s known terms, through the glossary of ``language`` (a BCP 47
    tag); "" where it has none, or no glossary reads that language."""
    terms = glossary.load(primary_language(language))
    return terms.gloss(text) if terms else ""


def reading_language(text: str, language: str = "") -> str:
    """The language a text is read in: its own (``primary_language``) or, where it states none,
    the one whose glossary its words choose (``glossary.guess``); "" for neither."""
    return primary_language(language) or glossary.guess(text)


def english(text: str, language: str = "") -> bool:
    """Whether a text is English: so tagged, or tagged with no language and holding English
    function words ("the", "of": ``glossary.ENGLISH``)."""
    lang = primary_language(language)
    return lang == "en" or (not lang and bool(glossary.ENGLISH & set(glossary.words(text))))


def primary_language(tag: str) -> str:
    """The primary subtag of a BCP 47 tag, lower-cased, in its two-letter form where a glossary's
    language has one ("pt-BR" → "pt", "nb" and "nob" → "no", "pol" → "pl"); "" for no language
    ("", "und", "mul", "zxx", and Europeana's "def" for a value its provider gave no language)."""
    lang = (tag or "").strip().replace("_", "-").split("-")[0].lower()
    return "" if lang in ("und", "mul", "zxx", "def") else glossary.ALIASES.get(lang, lang)


def language_threshold(language: str, read: frozenset[str] | None,
                       threshold: float = TEXT_THRESHOLD) -> float:
    """The score a link of a text in ``language`` (a BCP 47 tag) must reach: ``threshold``, plus
    ``UNREAD_MARGIN`` where the language is known and not among ``read`` (None: every language
    is read, as for a model whose card declares none or says multilingual)."""
    lang = primary_language(language)
    if read is None or not lang or _ICONCLASS_CODE.get(lang, lang) in read:
        return threshold
    return threshold + UNREAD_MARGIN


class Linker:
    """Links texts to Iconclass concepts with a static retriever and a re-ranking model."""

    def __init__(self, model: str | None = None, *, languages: Sequence[str] = vocabularies.LANGUAGES,
                 job: str = "all", candidates: int = CANDIDATES, device: str | None = None,
                 progress: bool = False) -> None:
        self.vocab = vocabularies.iconclass(tuple(languages))
        notations = vocabularies.job_notations(self.vocab, job)
        docs = self.vocab.documents(notations)
        # the documents the static model searches first, then the names, which are only re-ranked
        self.docs = [d for d in docs if d.kind != "name"] + [d for d in docs if d.kind == "name"]
        self.indexed = len(docs) - sum(d.kind == "name" for d in docs)
        self.texts = [d.text for d in self.docs]
        self._names_of()
        self.candidates = candidates
        key = f"{self.vocab.data_version}|{vocabularies.RECIPE}|{','.join(self.vocab.languages)}|{job}"
        self.retriever = embed.load(embed.STATIC_MODEL)
        static = embed.VectorCache(self.retriever, key, self.texts[:self.indexed])
        self.built = len(static.missing())  # static rows embedded now: 0 when the cache held them
        self._static = static.all(progress=progress)
        self._static_t = None  # the same matrix as a torch tensor, made on first use
        # similarities of a chunk of texts to every document, reused from call to call: a fresh
        # matrix per chunk made the product a third slower (page faults)
        self._sims = None
        self._lock = threading.Lock()  # guards that buffer
        self.reranker = None if (model or embed.DEFAULT_MODEL) == embed.STATIC_MODEL \
            else embed.load(model, device)
        self.cache = embed.VectorCache(self.reranker, key, self.texts) if self.reranker else None
        self.model = (self.reranker or self.retriever).name
        self.method = "static" if self.reranker is None else "static+rerank"
        self.fingerprint = (f"{(self.reranker or self.retriever).fingerprint}|{self.method}|"
                            f"{self.retriever.fingerprint}|{key}")
        self._lexical = self._lexical_index(static.dir / f"lexical-{LEXICAL_MAX_DF}.npz")
        # the languages whose texts' scores are trusted at TEXT_THRESHOLD: those the scoring
        # model's card declares, Iconclass' own, and READ_ALIKE; None when the card declares none
        declared = getattr(self.reranker or self.retriever, "languages", None)
        self.read_languages = None if declared is None else \
            frozenset(declared) | frozenset(self.vocab.languages) | READ_ALIKE
        self._concepts_of_word: dict[str, np.ndarray] = {}  # filled as words are met
        self._concepts_in: dict[tuple[str, str], np.ndarray | None] = {}  # and per language
        self.glossaries = glossary.fingerprint()  # the readings of titles in their languages
        glossary.load_all()  # a malformed glossary is reported before anything is linked

    def _names_of(self) -> None:
        """Per document row, its concept's number; per concept, the rows of its names."""
        ids = {n: i for i, n in enumerate(dict.fromkeys(d.notation for d in self.docs))}
        self._concept = np.fromiter((ids[d.notation] for d in self.docs), np.int64, len(self.docs))
        self._concepts = len(ids)
        self._concept_id = ids
        self._by_concept = np.argsort(self._concept, kind="stable")  # rows, concept by concept
        self._concept_start = np.concatenate([[0], np.cumsum(np.bincount(self._concept, minlength=len(ids)))])
        self._concept_words: dict[str, frozenset[str]] = {}
        names = np.arange(self.indexed, len(self.docs))
        self._name_rows = names[np.argsort(self._concept[names], kind="stable")]
        counts = np.bincount(self._concept[self._name_rows], minlength=len(ids))
        self._name_start = np.concatenate([[0], np.cumsum(counts)])

    @functools.cached_property
    def _families(self) -> genre.Families:
        """The words of the concept families whose links a title must name more of (``genre``)."""
        return genre.families(self._concept_id, self._words_of)

    def _words_of(self, notation: str) -> frozenset[str]:
        """The words of a concept's documents in every language (``fold``), read once."""
        if (found := self._concept_words.get(notation)) is None:
            concept = self._concept_id[notation]
            rows = self._by_concept[self._concept_start[concept]:self._concept_start[concept + 1]]
            found = frozenset(w for r in rows for w in fold(self.docs[r].text))
            self._concept_words[notation] = found
        return found

    def _names(self, rows: np.ndarray) -> np.ndarray:
        """The names of the concepts that ``rows`` belong to."""
        concepts = np.unique(self._concept[rows])
        starts = self._name_start[concepts]
        lengths = self._name_start[concepts + 1] - starts
        at = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
        return self._name_rows[at]

    def _lexical_index(self, path) -> dict[str, np.ndarray]:
        """Word → documents holding it, for the rarer words; built once, then read from ``path``."""
        if not path.exists():
            index: dict[str, list[int]] = {}
            for i, doc in enumerate(self.docs):
                for word in set(fold(doc.text)):
                    index.setdefault(word, []).append(i)
            words = sorted(w for w, rows in index.items() if len(rows) <= LEXICAL_MAX_DF)
            lengths = np.asarray([len(index[w]) for w in words], dtype=np.int64)
            offsets = np.concatenate([[0], np.cumsum(lengths)])
            rows = np.asarray([r for w in words for r in index[w]], dtype=np.int32)
            tmp = path.with_name(f"{path.stem}.{os.getpid()}.npz")
            np.savez(tmp, words=np.asarray(words), offsets=offsets, rows=rows)
            os.replace(tmp, path)
        data = np.load(path)
        words, offsets, rows = data["words"].tolist(), data["offsets"], data["rows"]
        return {w: rows[offsets[i]:offsets[i + 1]] for i, w in enumerate(words)}

    def text_threshold(self, language: str, threshold: float = TEXT_THRESHOLD) -> float:
        """The score a link of a text in ``language`` (a BCP 47 tag, "" unknown) must reach."""
        return language_threshold(language, self.read_languages, threshold)

    def index(self, progress: bool = True, batch_size: int = embed.DEFAULT_BATCH) -> int:
        """Embed every document of the job with the re-ranking model now; returns rows computed."""
        if self.cache is None:
            return 0
        return self.cache.fill(np.arange(len(self.texts)), batch_size, progress)

    def _candidates(self, query_vecs: np.ndarray, words: Sequence[list[str]]) -> list[np.ndarray]:
        """Per text, the documents to re-rank: its nearest under the static model and its lexical matches."""
        import torch  # multi-threaded matmul and top-k: numpy's argpartition was a third of the time

        with self._lock:
            if self._static_t is None:
                self._static_t = torch.from_numpy(self._static)
            n = len(query_vecs)
            if self._sims is None or len(self._sims) < n:
                self._sims = torch.empty((n, len(self._static)), dtype=torch.float32)
            sims_t = torch.mm(torch.from_numpy(query_vecs), self._static_t.T, out=self._sims[:n])
            top = sims_t.topk(min(self.candidates, sims_t.shape[1]), dim=1).indices.numpy()
            sims = sims_t.numpy()
            out = []
            for i, text_words in enumerate(words):
                lexical = [self._lexical[w] for w in text_words if w in self._lexical]
                if lexical:
                    out.append(np.unique(np.concatenate([top[i], self._lexical_rows(lexical, sims[i])])))
                else:
                    out.append(top[i])
        return out

    def _lexical_rows(self, lexical: Sequence[np.ndarray], sims: np.ndarray) -> np.ndarray:
        """The ``LEXICAL`` documents that hold the most of a text's rare words, weighted by how
        rare each is (the static model's score breaks ties). Ranked by that score alone, the
        documents of a common word ("virgin", in 1,600 of them) crowded out the dozen holding the
        word that names the subject ("assumption")."""
        rows, at = np.unique(np.concatenate(lexical), return_inverse=True)
        idf = np.concatenate([np.full(len(r), np.log(len(self.docs) / len(r))) for r in lexical])
        weight = np.bincount(at, idf, minlength=len(rows))
        indexed = rows < self.indexed  # names have no static vector
        rows, weight = rows[indexed], weight[indexed]
        return rows[np.lexsort((-sims[rows], -weight))[:LEXICAL]]

    def link(self, texts: Sequence[str], top: int = 5, threshold: float = 0.0,
             batch_size: int = embed.DEFAULT_BATCH, field: str = "",
             languages: Sequence[str] | None = None) -> list[list[ConceptLink]]:
        """For each text, its ``top`` nearest concepts scoring at least ``threshold``: the best
        score of a concept over the text's readings (see ``readings``). ``languages``: each
        text's language (a BCP 47 tag, "" unknown), where known."""
        texts = [t.strip() for t in texts]
        if not texts:
            return []
        keys = list(zip(texts, languages or [""] * len(texts), strict=True))
        # each distinct text is linked once: labels ("person", "horse") repeat across a collection
        read = {(t, lang): readings(t, lang) for t, lang in dict.fromkeys(keys)}
        distinct = list(dict.fromkeys(r for rs in read.values() for r in rs))
        is_english = {key: english(*key) for key in read}
        within: dict[str, str] = {}  # a reading's words are Iconclass' English where its text is English
        for key, rs in read.items():
            code = "en" if is_english[key] else ""
            within.update((r, code if within.get(r, code) == code else "") for r in rs)
        found = self._link_distinct(distinct, top + SPARE, threshold, batch_size,
                                    [within[r] for r in distinct]) if distinct else {}
        out: dict[tuple[str, str], list[ConceptLink]] = {}
        for (text, lang), rs in read.items():
            best: dict[str, tuple[float, int]] = {}  # notation → (score, document row)
            for r in rs:
                for row, score in found[r]:
                    notation = self.docs[row].notation
                    if notation not in best or score > best[notation][0]:
                        best[notation] = (score, row)
            ranked = sorted(best, key=lambda n: -best[n][0])
            title = genre.titled(text)
            ranked = genre.keep_subjects(rs, ranked, self._families, self._words_of,
                                         genre.portrait_only(text, lang),
                                         english=title and is_english[text, lang], titled=title)
            ranked = self._own_texts_first(ranked, {n: s for n, (s, _) in best.items()})[:top]
            out[text, lang] = [self._concept_link(text, *best[n], field) for n in ranked]
        return [list(out[key]) for key in keys]

    def _own_texts_first(self, ranked: Sequence[str], scores: dict[str, float]) -> list[str]:
        """``ranked``, where one saint's aspect that Iconclass describes in a text of its own
        ("temptations of St. Antony Abbot") scores within ``OWN_TEXT_MARGIN`` of the same aspect
        of another saint that it only composes from the saint and the key ("… St. Antony of Padua
        - temptation of male saint"), with the former first: Iconclass writes a text of its own
        where the subject is an established one, which is what a title naming it means. Between
        two saints a title names alike ("Saint Anthony": Abbot or of Padua), the model's few
        hundredths of a point say nothing; a title naming the other saint outscores by more."""
        out = list(ranked)
        aspects = {n: self.vocab.saint_aspect(n) for n in out}  # each read once, not per pair
        for i in range(len(out)):
            aspect = aspects[out[i]]
            if aspect is None or aspect[2]:
                continue
            for j in range(i + 1, len(out)):
                if scores[out[j]] < scores[out[i]] - OWN_TEXT_MARGIN:
                    break
                other = aspects[out[j]]
                if other is not None and other[:2] == aspect[:2] and other[2]:
                    out.insert(i, out.pop(j))
                    break
        return out

    def _concept_link(self, text: str, score: float, row: int, field: str) -> ConceptLink:
        doc = self.docs[row]
        return ConceptLink(source=text, notation=doc.notation, label=self.vocab.label(doc.notation),
                           score=score, method=self.method, model=self.model, field=field, lang=doc.lang)

    def _link_distinct(self, distinct: list[str], top: int, threshold: float, batch_size: int,
                       within: Sequence[str] | None = None) -> dict[str, list[tuple[int, float]]]:
        """Each of ``distinct`` (texts that differ) with its ``top`` concepts (``_best``);
        ``within``: per text, the Iconclass language its words are looked up in first ("" any,
        ``_lexical_bonus``)."""
        within = list(within or [""] * len(distinct))
        # all of them in one encode call, as a user calling the model would: it sorts them by
        # length across the whole list, which saves padding
        from concurrent.futures import ThreadPoolExecutor

        static_q = self.retriever.encode(distinct, batch_size)
        words = [list(dict.fromkeys(fold(t))) for t in distinct]  # in order: the bonus sums alike every run
        # chunks of equal size, never a small tail: a product of a dozen rows or fewer takes
        # another BLAS path whose last bits differ, so a text's candidates could change with
        # the number of texts beside it
        size = -(-len(distinct) // -(-len(distinct) // QUERY_CHUNK))
        chunks = [slice(start, start + size) for start in range(0, len(distinct), size)]

        def candidates() -> list[list[np.ndarray]]:
            return [self._candidates(static_q[chunk], words[chunk]) for chunk in chunks]

        if self.reranker is None:
            queries, all_cands = static_q, candidates()
        else:  # the static search needs no re-ranking vector: it runs while the model encodes
            # (both release the GIL; 135 distinct phrases: 0.73x -> 0.76x of the bare encode, README)
            with ThreadPoolExecutor(1) as pool:
                pending = pool.submit(candidates)
                queries = self.reranker.encode(distinct, batch_size)
                all_cands = pending.result()
        found: dict[str, list[ConceptLink]] = {}
        for chunk, cands in zip(chunks, all_cands):
            start = chunk.start
            scores = self._rerank(cands, queries[chunk], words[chunk], batch_size, within[chunk])
            if self.reranker is not None:  # then the names of each text's best concepts
                named = [self._names(rows[np.argsort(-s, kind="stable")[:NAMED]])
                         for rows, s in zip(cands, scores)]
                named_scores = self._rerank(named, queries[chunk], words[chunk], batch_size, within[chunk])
                cands = [np.concatenate(pair) for pair in zip(cands, named)]
                scores = [np.concatenate(pair) for pair in zip(scores, named_scores)]
            for i, (rows, s) in enumerate(zip(cands, scores)):
                found[distinct[start + i]] = self._best(rows, s, top, threshold)
        return found

    def _rerank(self, cands: Sequence[np.ndarray], queries: np.ndarray, words: Sequence[list[str]],
                batch_size: int, within: Sequence[str]) -> list[np.ndarray]:
        """Per text, the scores of its candidate rows: cosine plus the lexical bonus."""
        if self.reranker is None:
            dense = [self._static[rows] @ q for rows, q in zip(cands, queries)]
        else:  # every text's vectors in one encode and one read
            union = np.unique(np.concatenate(cands))
            vectors = self.cache.get(union, batch_size)
            dense = [vectors[np.searchsorted(union, rows)] @ q for rows, q in zip(cands, queries)]
        # scaled back into [-1, 1] so that a score reads like a cosine
        return [(d + LEXICAL_WEIGHT * self._lexical_bonus(w, rows, lang)) / (1 + LEXICAL_WEIGHT)
                for d, rows, w, lang in zip(dense, cands, words, within)]

    def _lexical_bonus(self, words: Sequence[str], rows: np.ndarray, lang: str = "") -> np.ndarray:
        """Per row, the IDF-weighted share of the text's rare words that its concept holds in any
        of its documents: "Michel" in the French text counts for the English one too. With a
        ``lang`` (an English title's), a word that documents in that language hold counts only
        for their concepts: the English "Europa" is the woman Jupiter carries off, whose English
        texts name her so, not the map of Europe, "Europa" in its German and Italian texts; a word
        no text of the language holds ("Michel") still counts in any."""
        concepts = self._concept[rows]
        bonus = np.zeros(len(rows), dtype=np.float32)
        total = 0.0
        for word in words:
            holders = self._holders(word)  # sorted concept numbers
            if holders is None:
                continue
            idf = float(np.log(self._concepts / len(holders)))
            total += idf
            if lang and (own := self._holders_in(word, lang)) is not None:
                holders = own
            at = np.searchsorted(holders, concepts).clip(max=len(holders) - 1)
            bonus += idf * (holders[at] == concepts)
        return bonus / total if total else bonus

    def _holders(self, word: str) -> np.ndarray | None:
        """The concepts with a document holding ``word``, or None for a common or unknown word."""
        found = self._concepts_of_word.get(word)
        if found is None and (rows := self._lexical.get(word)) is not None:
            found = self._concepts_of_word[word] = np.unique(self._concept[rows])
        return found

    def _holders_in(self, word: str, lang: str) -> np.ndarray | None:
        """The concepts with a document in ``lang`` holding ``word`` (one ``_holders`` found),
        or None where no document in ``lang`` holds it."""
        if (word, lang) not in self._concepts_in:
            rows = self._lexical[word]
            own = rows[self._doc_langs[rows] == lang]
            self._concepts_in[word, lang] = np.unique(self._concept[own]) if len(own) else None
        return self._concepts_in[word, lang]

    @functools.cached_property
    def _doc_langs(self) -> np.ndarray:
        """Per document row, its language."""
        return np.asarray([d.lang for d in self.docs])

    def _best(self, rows: np.ndarray, scores: np.ndarray, top: int,
              threshold: float) -> list[tuple[int, float]]:
        """The ``top`` best concepts of a text's scored candidate ``rows``, scoring at least
        ``threshold``: each as its best document's row and score."""
        links: list[tuple[int, float]] = []
        seen: set[int] = set()
        for j in np.argsort(-scores, kind="stable"):
            if scores[j] < threshold or len(links) >= top:
                break
            concept = self._concept[rows[j]]
            if concept in seen:
                continue
            seen.add(concept)
            links.append((int(rows[j]), float(scores[j])))
        return links


_LINKERS: dict[tuple, Linker] = {}


def linker(model: str | None = None, *, languages: Sequence[str] = vocabularies.LANGUAGES,
           job: str = "all", progress: bool = False) -> Linker:
    """A linker, built once per process for each model, language set and job."""
    key = (model or embed.DEFAULT_MODEL, tuple(languages), job)
    if key not in _LINKERS:
        _LINKERS[key] = Linker(model, languages=languages, job=job, progress=progress)
    return _LINKERS[key]
