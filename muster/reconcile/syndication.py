"""Near-duplicate articles — wire copy republished by several outlets — grouped into one report.

MinHash signatures over word shingles, with locality-sensitive hashing bands kept in the
database, so a new article is compared only with the stored articles that share a band.
Groups are the connected components of "near-duplicate" pairs, so adding articles in any
order gives the same groups.
"""
from __future__ import annotations

import hashlib
import re
from functools import cache
from typing import TYPE_CHECKING

from muster.ingest.articles import normalize

if TYPE_CHECKING:
    from datasketch import MinHash

# datasketch (and the numerical stack under it) is imported where a signature is made or read,
# so that the commands that only read figures (`show`, `figures`, the web pages) start fast.

SHINGLE_WORDS = 5
NUM_PERM = 128
SCHEME = "affine32"  # pinned: stored signatures must be compared with signatures of the same scheme
# Estimated Jaccard similarity of shingle sets above which two texts are one report.
NEAR_DUPLICATE_JACCARD = 0.7


@cache
def bands() -> tuple[int, int]:
    """(number of bands, rows per band) that datasketch chooses for the threshold."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=NEAR_DUPLICATE_JACCARD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def signature(text: str) -> MinHash:
    from datasketch import MinHash

    words = re.findall(r"\w+", normalize(text).lower())
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    m.update_batch([s.encode("utf-8") for s in sorted(shingles)])
    return m


def to_bytes(m: MinHash) -> bytes:
    return m.hashvalues.astype("uint64").tobytes()


def from_bytes(data: bytes) -> MinHash:
    import numpy as np
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME)


def band_hashes(m: MinHash) -> list[tuple[int, int]]:
    b, r = bands()
    values = m.hashvalues.astype("uint64")
    out = []
    for i in range(b):
        digest = hashlib.blake2b(values[i * r:(i + 1) * r].tobytes(), digest_size=8).digest()
        out.append((i, int.from_bytes(digest, "big", signed=True)))
    return out


def near_duplicates(a: MinHash, b: MinHash) -> bool:
    return a.jaccard(b) >= NEAR_DUPLICATE_JACCARD
