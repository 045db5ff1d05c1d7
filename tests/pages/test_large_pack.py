"""Long packs: the reader releases each page as it goes and reopens the document to drop pdfium's caches,
so memory does not grow with the page count (figures: benchmarks/bench_large_pack.py)."""
from __future__ import annotations


import pypdfium2 as pdfium

from minutebook.extract.pdf.pdfium_engine import REOPEN_EVERY
from minutebook.extract.pdf.read import load_pdf, read_pages

from conftest import joined_pdf, sample


def test_pdfium_engine_holds_one_page_open_at_a_time_and_reopens_long_documents(monkeypatch):
    data = joined_pdf([sample("norwich-scrutiny-2021-03-18-rendered.pdf")], 5)  # 280 pages
    open_now: dict[str, set[int]] = {"page": set(), "doc": set()}
    peak = {"page": 0, "doc": 0}
    opened = {"page": 0, "doc": 0}

    def track(cls, kind):
        init, close = cls.__init__, cls.close

        def tracked_init(self, *a, **k):
            init(self, *a, **k)
            open_now[kind].add(id(self))
            opened[kind] += 1
            peak[kind] = max(peak[kind], len(open_now[kind]))

        def tracked_close(self, *a, **k):
            open_now[kind].discard(id(self))
            return close(self, *a, **k)

        monkeypatch.setattr(cls, "__init__", tracked_init)
        monkeypatch.setattr(cls, "close", tracked_close)

    track(pdfium.PdfPage, "page")
    track(pdfium.PdfDocument, "doc")
    pages = list(read_pages(load_pdf(data, "long.pdf"), "pdfium"))
    assert [p.number for p in pages] == list(range(1, 281))
    assert peak == {"page": 1, "doc": 1}
    assert open_now == {"page": set(), "doc": set()}  # everything closed at the end
    assert opened["page"] == 280
    assert opened["doc"] == -(-280 // REOPEN_EVERY)
    # The copies read the same: reopening loses nothing.
    assert pages[0].text == pages[56].text == pages[224].text


def test_a_pdf_read_from_a_path_is_not_held_in_memory(tmp_path):
    import tracemalloc

    from minutebook.extract.pipeline import extract

    path = tmp_path / "long.pdf"
    path.write_bytes(joined_pdf([sample("norwich-scrutiny-2021-03-18-rendered.pdf")], 5))
    size = path.stat().st_size
    tracemalloc.start()
    try:
        pdf = load_pdf(path)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert size > 1_000_000 and held < size / 20  # hashed in chunks; pdfium will read the file itself
    assert pdf.source == str(path) and pdf.head(5) == b"%PDF-" and b"%%EOF" in pdf.tail(64)
    assert pdf.data == path.read_bytes()  # asked for, the bytes are still there
    # The same records whether the PDF comes as a path or as bytes.
    by_path = [r.model_dump() for r in extract(path)]
    by_bytes = [r.model_dump() for r in extract(path.read_bytes(), name="long.pdf")]
    assert by_path == by_bytes and len(by_path) > 280
