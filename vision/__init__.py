"""Iconograph's vision half: detection, scene graphs, embeddings and linking.

Heavy libraries (torch, ultralytics, sentence-transformers) are imported inside the functions
that need them, so importing this package is cheap.
"""
