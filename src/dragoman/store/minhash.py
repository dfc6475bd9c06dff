"""MinHash signatures and LSH band keys for near-duplicate articles."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import numpy as np

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
THRESHOLD = 0.5

_rng = np.random.default_rng(20230321)
_A = _rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")
_MIX = np.uint64(0x9E3779B97F4A7C15)


@lru_cache(maxsize=200_000)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def _shingle_hashes(text: str) -> np.ndarray:
    """One 64-bit hash per distinct word 5-gram, combined from per-word hashes (vectorised)."""
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    ids = np.fromiter((_word_hash(w) for w in words), dtype=np.uint64, count=len(words))
    count = len(ids) - SHINGLE + 1
    acc = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(SHINGLE):
            acc = acc * _MIX + ids[k:k + count]
        acc ^= acc >> np.uint64(31)
        acc *= _MIX
    return np.unique(acc)


def signature(text: str) -> np.ndarray:
    """NUM_PERM minimum hashes of the text's word 5-gram set."""
    hashes = _shingle_hashes(text)
    with np.errstate(over="ignore"):
        mixed = hashes[None, :] * _A[:, None] + _B[:, None]
    return mixed.min(axis=1)


def band_keys(sig: np.ndarray) -> list[int]:
    """One key per band; articles sharing any key are candidates."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS:(band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little"))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))
