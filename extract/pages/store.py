"""A pack's pages, held in memory up to a budget and beyond it in a temporary file read back on demand.

Every stage after `read` walks the pack's pages, some more than once, so they are kept, in one type (`Pages`)
with two modes: in a list for an ordinary pack, and for a long one (more pages than `Limits.pages_in_memory`)
in an anonymous temporary file, with only the few pages a stage is looking at in memory. A worker's memory then stays nearly the same whether
a pack has 50 pages or 5,000 (benchmarks/bench_batch.py, long packs). The file is unlinked from the start, so it
goes when the store is closed or the process ends, however it ends.

Pages come back equal to what was stored: a page is saved as plain values (its fields and its lines' fields)
and rebuilt without validation, since only our own readers made it.
"""
from __future__ import annotations

import pickle
import sys
import tempfile
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping, MutableSequence, Sequence

from ...models import Line, Page
from ...models.errors import NoScratchSpace

#: Pages kept in memory once a store has spilled: enough for a stage that looks a few pages back or ahead.
CACHE_PAGES = 32


class Spill(MutableSequence):
    """A list that, past `in_memory` items, keeps them pickled in an anonymous temporary file (unlinked at once,
    so it goes however the process ends): a long pack's pages (`Pages`), and what a stage must keep to write
    out later (its minute items, which hold their minutes' text). Appending, `len` and reading are what it is
    for; what comes back equals what went in. `pack` and `unpack` turn an item into what is pickled and back."""

    def __init__(self, in_memory: int, name: str = "<pdf>", pack: Callable | None = None,
                 unpack: Callable | None = None):
        self.in_memory = in_memory
        self.name = name  # the PDF's, for messages
        self._pack = pack or _same
        self._unpack = unpack or _same
        self._items: list = []
        self._file = None
        self._offsets = array("q", [0])  # where each item starts in the file, and one past the last

    @property
    def spilled(self) -> bool:
        return self._file is not None

    def append(self, item) -> None:
        if self._file is None:
            if len(self._items) < self.in_memory:
                self._items.append(item)
                return
            self._file = _scratch_file(self.name)
            held, self._items = self._items, []
            for old in held:
                self._write(old)
        self._write(item)

    def _write(self, item) -> None:
        blob = pickle.dumps(self._pack(item), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self._file.seek(self._offsets[-1])
            self._file.write(blob)
        except OSError as exc:
            raise NoScratchSpace(f"{self.name}: cannot write a long pack's pages to a temporary file in "
                                 f"{tempfile.gettempdir()} ({exc})") from exc
        self._offsets.append(self._offsets[-1] + len(blob))

    def __len__(self) -> int:
        return len(self._items) if self._file is None else len(self._offsets) - 1

    def __getitem__(self, index):
        if self._file is None:
            return self._items[index]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("index out of range")
        self._file.seek(self._offsets[index])
        return self._unpack(pickle.loads(self._file.read(self._offsets[index + 1] - self._offsets[index])))

    def __iter__(self):
        return (self[i] for i in range(len(self))) if self._file is not None else iter(self._items)

    def __setitem__(self, index, item) -> None:
        raise TypeError("a Spill is appended to, not changed")

    def __delitem__(self, index) -> None:
        raise TypeError("a Spill is appended to, not changed")

    def insert(self, index, item) -> None:
        if index != len(self):
            raise TypeError("a Spill is appended to, not changed")
        self.append(item)

    def close(self) -> None:
        """Drop the items (the temporary file goes with them)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._items = []
        self._offsets = array("q", [0])


def _same(item):
    return item


class Pages(Sequence[Page]):
    """A pack's pages in order, numbered as read; indexing and slicing work as on the list of them.

    Two modes, one type: up to `in_memory` pages are held in a list; past that the pages wait in a temporary
    file (`spilled`), with the few last read kept at hand, and a slice is a view read back on demand. What
    stages ask of every page (number, label, size) is kept apart, so it is answered without reading pages
    back. `Pages.of(pages)` holds any sequence of pages in memory (tests, tools)."""

    def __init__(self, pages: Iterable[Page] = (), in_memory: int = 500, name: str = "<pdf>"):
        self._pages = Spill(in_memory, name, pack=_plain, unpack=_rebuilt)
        # physical numbers (pages that failed to read are missing), printed labels, sizes (width, height)
        self._numbers = array("l")
        self._labels: list[str | None] = []
        self._sizes = array("d")
        self._cache: OrderedDict[int, Page] = OrderedDict()
        for page in pages:
            self.append(page)

    @classmethod
    def of(cls, pages: Iterable[Page]) -> Pages:
        """These pages as `Pages`: the same object when they are already, else held in memory whatever their
        number (a caller that hands a list has them in memory already)."""
        if isinstance(pages, Pages):
            return pages
        return cls(pages, in_memory=sys.maxsize)

    @property
    def in_memory(self) -> int:
        return self._pages.in_memory

    @property
    def name(self) -> str:
        return self._pages.name

    @property
    def spilled(self) -> bool:
        """Whether the pages live in the temporary file (a long pack: stages then read a few at a time)."""
        return self._pages.spilled

    @property
    def numbers(self) -> list[int]:
        """The pages' physical numbers, in order, without reading them back."""
        return list(self._numbers)

    @property
    def labels(self) -> list[tuple[int, str | None]]:
        """(physical number, printed label) of every page, in order, without reading them back."""
        return list(zip(self._numbers, self._labels))

    @property
    def sizes(self) -> dict[int, tuple[float, float]]:
        """Physical number -> (width, height), without reading the pages back."""
        return {n: (self._sizes[2 * k], self._sizes[2 * k + 1]) for k, n in enumerate(self._numbers)}

    def append(self, page: Page) -> None:
        self._numbers.append(page.number)
        self._labels.append(page.label)
        self._sizes.extend((page.width, page.height))
        self._pages.append(page)

    def __len__(self) -> int:
        return len(self._pages)

    def __getitem__(self, index):
        if not self.spilled:
            return self._pages[index]
        if isinstance(index, slice):  # a view: `pages[n:]` must not read the rest of a long pack at once
            return PageRange(self, range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        page = self._cache.get(index)
        if page is not None:
            self._cache.move_to_end(index)
            return page
        page = self._cache[index] = self._pages[index]
        if len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        return page

    def __iter__(self) -> Iterator[Page]:
        if not self.spilled:
            return iter(self._pages)
        return (self[i] for i in range(len(self)))

    def map(self, change: Callable[[Page], Page]) -> Pages:
        """New `Pages` of `change(page)` for every page, in the same mode; these are closed."""
        out = Pages(in_memory=self.in_memory, name=self.name)
        for page in self:
            out.append(change(page))
        self.close()
        return out

    def replace(self, pages: Mapping[int, Page]) -> Pages:
        """New `Pages` with the pages of these physical numbers swapped in (OCR's reading of scans)."""
        return self.map(lambda page: pages.get(page.number, page))

    def new_map(self) -> PageMap:
        """An empty number -> page map, held as these pages are, to collect new pages for them in (OCR's)."""
        return PageMap(self.in_memory, self.name)

    def spill_like(self, in_memory: int) -> MutableSequence:
        """A list to keep what a stage finds on these pages till it is written out: for a long pack (`spilled`),
        a `Spill` that keeps it in a temporary file past `in_memory` items."""
        return Spill(in_memory, self.name) if self.spilled else []

    def close(self) -> None:
        """Drop the pages (the temporary file goes with them)."""
        self._pages.close()
        self._numbers = array("l")
        self._labels = []
        self._sizes = array("d")
        self._cache.clear()


class PageRange(Sequence[Page]):
    """Some of a store's pages (a slice of it), read back only when asked for."""

    def __init__(self, store: Pages, indices: range):
        self._store = store
        self._indices = indices

    def __len__(self) -> int:
        return len(self._indices)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return PageRange(self._store, self._indices[index])
        return self._store[self._indices[index]]

    def __iter__(self) -> Iterator[Page]:
        return (self._store[i] for i in self._indices)


class PageMap(MutableMapping[int, Page]):
    """Pages by physical number, stored as `Pages` are: OCR's readings of a long scanned pack."""

    def __init__(self, in_memory: int, name: str = "<pdf>"):
        self._store = Pages(in_memory=in_memory, name=name)
        self._index: dict[int, int] = {}

    def __setitem__(self, number: int, page: Page) -> None:
        if number in self._index:
            raise KeyError(f"page {number} is stored already")
        self._index[number] = len(self._store)
        self._store.append(page)

    def __getitem__(self, number: int) -> Page:
        return self._store[self._index[number]]

    def __delitem__(self, number: int) -> None:
        raise TypeError("pages cannot be taken out of a PageMap")

    def __iter__(self) -> Iterator[int]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def close(self) -> None:
        self._store.close()
        self._index.clear()


def _scratch_file(name: str):
    try:
        return tempfile.TemporaryFile(prefix="minutebook-")
    except OSError as exc:
        raise NoScratchSpace(f"{name}: cannot make a temporary file in {tempfile.gettempdir()} ({exc})") from exc


def _plain(page: Page) -> tuple:
    return (page.number, page.width, page.height, page.label, page.pdf_label, page.ocr, page.ocr_confidence,
            [_line_tuple(line) for line in page.lines])


def _line_tuple(line: Line) -> tuple:
    return (line.text, line.x0, line.top, line.x1, line.bottom, line.size, line.bold, line.furniture)


def _rebuilt(values: tuple) -> Page:
    number, width, height, label, pdf_label, ocr, confidence, lines = values
    return Page.model_construct(number=number, width=width, height=height, label=label, pdf_label=pdf_label,
                                ocr=ocr, ocr_confidence=confidence, lines=[Line(*line) for line in lines])
