"""Deterministic tune/report split for datasets that ship no official split.

Hashing the document key (not shuffling) keeps a document on the same side across runs, machines
and dataset versions, so rules tuned on "tune" are never silently measured on it later.
"""

from __future__ import annotations

from hashlib import sha1

SPLITS: tuple[str, str] = ("tune", "report")


def hash_split(key: str) -> str:
    """Return "tune" when the SHA-1 of ``key`` is even, else "report"."""
    return SPLITS[int(sha1(key.encode("utf-8")).hexdigest(), 16) % 2]
