"""A sentence-transformers model run by ONNX Runtime: the same vectors, in about half the time.

On CPU, ``vision/embed.py`` hands a model whose modules are a transformer, mean pooling and
(optionally) normalisation to ``onnx_model``: the loaded model is exported once to
``embeddings/onnx/`` in the embedding cache, keyed by its weights, checked against the torch
encode, and from then on run by ONNX Runtime with the model's own tokenizer. A model the export
or the check cannot handle warns once (a ``.failed`` marker) and stays on torch.
"""
from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .embed import DEFAULT_BATCH, cache_dir

RECIPE = "st-mean-norm-v1"  # what the exported graph computes: part of its cache key
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
SLACK = 1.25  # a batch holds texts of at least 1/SLACK of its longest's tokens: less padding


class OnnxSentenceModel:
    """A sentence-transformers model's transformer, mean pooling and normalisation in ONNX Runtime."""

    def __init__(self, model, path: Path) -> None:
        import onnxruntime as ort
        import torch

        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.intra_op_num_threads = torch.get_num_threads()  # what torch would use (OMP_NUM_THREADS)
        options.inter_op_num_threads = 1
        # no spinning between runs: the static search's torch threads come next on the same cores
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
        self.inputs = [i.name for i in self.session.get_inputs()]
        self.model, self.path = model, path
        self.dim = int(self.session.get_outputs()[0].shape[-1])
        # sentence-transformers 5 renamed tokenize to preprocess (and deprecated tokenize)
        self._prepare = getattr(model, "preprocess", None) or model.tokenize
        self.right = getattr(model.tokenizer, "padding_side", "right") != "left"

    def encode(self, texts: Sequence[str], batch_size: int = DEFAULT_BATCH) -> np.ndarray:
        """L2-normalised float32 vectors of ``texts``, at most ``batch_size`` per run.

        Tokenized together, then run longest first in batches whose texts are within a quarter of
        the longest one's tokens: half the tokens of short phrases batched by 64 are padding.
        """
        features = self._prepare(list(texts))
        lengths = features["attention_mask"].sum(1).numpy()
        arrays = {n: features[n].numpy() for n in self.inputs}
        order = np.argsort(-lengths, kind="stable")
        out = np.empty((len(order), self.dim), dtype=np.float32)
        start = 0
        while start < len(order):
            longest = int(lengths[order[start]])
            end = start + 1
            while (end < len(order) and end - start < batch_size
                   and lengths[order[end]] * SLACK >= longest):
                end += 1
            rows = order[start:end]
            cols = slice(None, longest) if self.right else slice(-longest, None)
            out[rows] = self.session.run(None, {n: a[rows, cols] for n, a in arrays.items()})[0]
            start = end
        return out


def _runs_in_onnx(model) -> bool:
    """Whether ``model`` is a float32 transformer + mean pooling (+ normalisation), with no prompt."""
    modules = [type(m).__name__ for m in model]
    if modules not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
        return False
    pooling = model[1]
    mode = getattr(pooling, "pooling_mode", None)  # sentence-transformers 6; before, booleans
    if mode is None and hasattr(pooling, "get_pooling_mode_str"):
        mode = pooling.get_pooling_mode_str()
    if mode not in ("mean", ("mean",), ["mean"]) or getattr(model, "default_prompt_name", None):
        return False
    import torch

    return all(p.dtype == torch.float32 for p in model[0].auto_model.parameters())


def _state_digest(module) -> str:
    """SHA-256 (first 16 hex digits) of a module's weights, for models loaded by name."""
    h = hashlib.sha256()
    for name, tensor in sorted(module.state_dict().items()):
        h.update(name.encode())
        h.update(tensor.detach().cpu().contiguous().numpy().tobytes())
    return h.hexdigest()[:16]


def _export(model, path: Path) -> None:
    """Export the transformer with mean pooling and normalisation to ``path`` (written atomically)."""
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self, transformer, names):
            super().__init__()
            self.transformer, self.names = transformer, names

        def forward(self, *inputs):
            features = dict(zip(self.names, inputs))
            tokens = self.transformer(**features)[0]
            mask = features["attention_mask"].unsqueeze(-1).to(tokens.dtype)
            mean = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2.0, dim=1)

    prepare = getattr(model, "preprocess", None) or model.tokenize
    features = prepare(["an example sentence", "two"])
    names = [n for n in _INPUTS if isinstance(features.get(n), torch.Tensor)]
    if "input_ids" not in names or "attention_mask" not in names:
        raise ValueError(f"the model's tokenizer gives {sorted(features)}")
    tmp = path.with_name(f"{path.stem}.{os.getpid()}.onnx")
    axes = {n: {0: "batch", 1: "tokens"} for n in names} | {"embedding": {0: "batch"}}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the tracer's notes on data-dependent branches
        # dynamo=False: the TorchScript exporter, which needs no onnxscript
        torch.onnx.export(Pooled(model[0].auto_model, names).eval(),
                          tuple(features[n] for n in names), str(tmp), dynamo=False, input_names=names,
                          output_names=["embedding"], dynamic_axes=axes, opset_version=17)
    os.replace(tmp, path)


def onnx_model(model, digest: str | None = None) -> OnnxSentenceModel | None:
    """``model`` run by ONNX Runtime, exported once into the cache; None when it cannot be.

    ``digest`` names the weights (``_weights_digest`` of the model's folder), so that an alias and
    a path to the same folder share one export; without it the loaded weights are hashed. A
    model the export or the check cannot handle warns and stays on torch.
    """
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return None
    if not _runs_in_onnx(model):
        return None
    if not digest or digest == "unknown":
        digest = _state_digest(model[0].auto_model)
    key = f"{digest}|{RECIPE}"
    folder = cache_dir() / "onnx"
    path = folder / f"{hashlib.sha256(key.encode()).hexdigest()[:20]}.onnx"
    failed = path.with_suffix(".failed")
    if failed.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    try:
        if not path.exists():
            _export(model, path)
            runner = OnnxSentenceModel(model, path)
            probe = ["a knight fighting a dragon", "Hieronymus mit dem Löwen", "lance"]
            expected = model.encode(probe, convert_to_numpy=True, normalize_embeddings=True,
                                    show_progress_bar=False)
            if not np.all((runner.encode(probe) * expected).sum(1) > 1 - 1e-5):
                raise ValueError("the exported model's vectors differ from the torch encode")
            return runner
        return OnnxSentenceModel(model, path)
    except Exception as e:  # any model the exporter or the runtime cannot take: torch it is
        path.unlink(missing_ok=True)
        failed.write_text(f"{type(e).__name__}: {e}\n")
        warnings.warn(f"encoding with torch: ONNX Runtime cannot run this model ({type(e).__name__}: "
                      f"{e}); delete {failed} to try again", RuntimeWarning, stacklevel=2)
        return None
