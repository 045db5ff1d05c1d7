"""Caches that live for one pack: `per_pack` memoises a pure function until the pipeline starts the next PDF.

Within a pack the same text is often analysed twice (a clause read for its recommendation and again for its
votes; a tracker's header phrases tried on every line), so memoising pays. Across packs it must not: memory
would follow the archive's size, and a batch over near-identical packs would look faster than real work.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

F = TypeVar("F", bound=Callable)
_CACHES: list = []


def per_pack(maxsize: int) -> Callable[[F], F]:
    """`functools.lru_cache(maxsize)`, emptied by `new_pack()`."""
    def wrap(fn: F) -> F:
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]
    return wrap


def new_pack() -> None:
    """Forget everything memoised for the previous pack."""
    for cached in _CACHES:
        cached.cache_clear()
