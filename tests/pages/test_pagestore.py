"""Long packs are never held whole: pages past `Limits.pages_in_memory` wait in a temporary file (`Pages`),
the text stages read windows of pages, and the records come out exactly as they do for a pack held in memory.
(Memory figures: benchmarks/bench_batch.py, long packs.)"""
from __future__ import annotations

import gc
import io
from dataclasses import replace

import pytest

from minutebook.extract import pipeline
from minutebook.extract.limits import DEFAULT_LIMITS
from minutebook.extract.pages.store import CACHE_PAGES, Pages, Spill
from minutebook.extract.pages.windows import page_windows
from minutebook.models import ErrorRecord, Line, Page, Recommendation

from conftest import joined_pdf, sample

SAMPLES = ["norwich-scrutiny-2021-03-18-rendered.pdf", "hertingfordbury-pc-minutes-2012-01-11.pdf",
           "milburn-pc-minutes-2020-07-14.pdf"]


def page(number: int, lines: int = 3, width: float = 595.0) -> Page:
    return Page(number=number, width=width, height=842.0, label=str(number), pdf_label=f"p{number}",
                ocr=number % 2 == 0, ocr_confidence=91.5 if number % 2 == 0 else None,
                lines=[Line(text=f"line {k} of page {number} \u00a3 \u2013", x0=72.5 + k, top=100.25 + 14 * k,
                            x1=500.0, bottom=110.0 + 14 * k, size=11.5, bold=k == 0, furniture=k == lines - 1)
                       for k in range(lines)])


def test_a_store_holds_pages_in_memory_up_to_its_budget_then_in_a_file_and_gives_back_equal_pages():
    pages = [page(n) for n in range(1, 13)]
    small = Pages(pages[:5], in_memory=5)
    assert not small.spilled and list(small) == pages[:5]
    store = Pages(pages, in_memory=5)
    assert store.spilled
    assert len(store) == 12 and store.numbers == list(range(1, 13))
    assert store.labels == [(p.number, p.label) for p in pages]  # answered without reading pages back
    assert store.sizes == {p.number: (p.width, p.height) for p in pages}
    assert list(store) == pages  # every field of every line, as it went in
    assert store[0] == pages[0] and store[-1] == pages[-1] and store[7] == pages[7]
    with pytest.raises(IndexError):
        store[12]
    store.close()
    assert len(store) == 0


def test_a_slice_of_a_spilled_store_is_a_view_read_on_demand():
    pages = [page(n) for n in range(1, 31)]
    store = Pages(pages, in_memory=4)
    tail = store[10:]
    assert len(tail) == 20 and tail[0] == pages[10] and tail[-1] == pages[-1]
    assert list(tail[5:8]) == pages[15:18]
    assert list(store[25:40]) == pages[25:] and list(store[3:1]) == []


def test_reading_a_spilled_store_through_keeps_only_a_few_pages_alive():
    store = Pages((page(n, lines=2, width=123.25) for n in range(1, 401)), in_memory=10)
    assert sum(1 for p in store if p.lines) == 400
    gc.collect()
    alive = sum(1 for obj in gc.get_objects() if type(obj) is Page and obj.width == 123.25)
    assert alive <= CACHE_PAGES + 1


def test_map_and_replace_give_new_stores_of_the_same_kind():
    pages = [page(n) for n in range(1, 9)]
    store = Pages(pages, in_memory=3)
    marked = store.map(lambda p: p.model_copy(update={"label": "x"}))
    assert marked.spilled and [p.label for p in marked] == ["x"] * 8
    assert len(store) == 0  # the old pages are closed
    swapped = marked.replace({4: page(4, lines=1)})
    assert [len(p.lines) for p in swapped] == [3, 3, 3, 1, 3, 3, 3, 3]
    held = Pages.of(pages)  # a list's pages stay in memory, however many
    assert Pages.of(held) is held and not held.spilled and list(held) == pages
    kept = held.replace({2: page(2, lines=0)})
    assert not kept.spilled and kept[1].lines == [] and list(kept)[2:] == pages[2:]


def test_a_spill_keeps_records_in_order_past_its_budget():
    items = [page(n, lines=1) for n in range(1, 8)]
    spill = Spill(in_memory=2)
    for item in items:
        spill.append(item)
    assert len(spill) == 7 and list(spill) == items and spill[-1] == items[-1] and spill[2] == items[2]
    with pytest.raises(TypeError):
        spill[0] = items[1]


def test_windows_own_every_page_once_and_read_context_around_their_own():
    store = Pages((page(n) for n in range(1, 24)), in_memory=2)
    windows = list(page_windows(store, 5, before=2, after=3))
    assert len(windows) == 5
    owners = {n: [w for w in windows if w.owns(n)] for n in range(-5, 40)}
    assert all(len(found) == 1 for found in owners.values())
    third = windows[2]
    assert [p.number for p in third.pages] == list(range(9, 19))  # own 11-15, two before, three after
    assert third.owns(11) and third.owns(15) and not third.owns(16)
    # A pack held in memory is one window that owns everything.
    (whole,) = page_windows(Pages.of([page(n) for n in range(1, 24)]), 5, 2, 3)
    assert len(whole.pages) == 23 and whole.owns(1) and whole.owns(10**6)


def dumps(records) -> list[str]:
    return [r.model_dump_json() for r in records]


@pytest.mark.parametrize("name", SAMPLES)
def test_a_pack_read_from_a_store_in_windows_of_two_pages_gives_the_same_records(name):
    held = dumps(pipeline.extract(sample(name), ocr=False))
    stored = dumps(pipeline.extract(sample(name), ocr=False,
                                    limits=replace(DEFAULT_LIMITS, pages_in_memory=1, window_pages=2)))
    assert any('"record_type":"resolution"' in r for r in held)
    assert stored == held


@pytest.mark.parametrize("window", [3, 17])
def test_a_long_joined_pack_gives_the_same_records_from_a_store_as_held_in_memory(tmp_path, window):
    path = tmp_path / "joined.pdf"
    path.write_bytes(joined_pdf([sample(n) for n in SAMPLES], 2))
    held = dumps(pipeline.extract(path, ocr=False))
    limits = replace(DEFAULT_LIMITS, pages_in_memory=20, window_pages=window)
    stored = dumps(pipeline.extract(path, ocr=False, limits=limits))
    kinds = {r.split('"record_type":"', 1)[1].split('"', 1)[0] for r in held}
    assert {"resolution", "recommendation", "minute_item", "meeting"} <= kinds
    assert len(held) > 300
    assert stored == held


def test_a_stage_that_fails_part_way_keeps_what_it_gave_and_adds_an_error_record(monkeypatch):
    real = pipeline.report_recommendations

    def breaks_after_one(ctx, structure, trackers):
        for record in real(ctx, structure, trackers):
            yield record
            raise RuntimeError("rule bug")

    monkeypatch.setattr(pipeline, "report_recommendations", breaks_after_one)
    records = list(pipeline.extract(sample(SAMPLES[0]), ocr=False))
    given = [r for r in records if isinstance(r, Recommendation) and r.origin.value == "report"]
    errors = [r for r in records if isinstance(r, ErrorRecord) and r.stage == "reports"]
    assert len(given) == 1 and len(errors) == 1 and "rule bug" in errors[0].message
    assert records.index(given[0]) < records.index(errors[0])
    assert any(isinstance(r, Recommendation) and r.origin.value == "tracker" for r in records)


class FullDisk(io.BytesIO):
    def write(self, data):
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize("broken", ["write", "create"])
def test_a_full_temporary_folder_gives_one_clear_error_record(monkeypatch, broken):
    from minutebook.extract.pages import store as pagestore

    def temporary_file(**kwargs):
        if broken == "create":
            raise OSError(13, "Permission denied")
        return FullDisk()

    monkeypatch.setattr(pagestore.tempfile, "TemporaryFile", temporary_file)
    records = list(pipeline.extract(sample(SAMPLES[1]), ocr=False,
                                    limits=replace(DEFAULT_LIMITS, pages_in_memory=1)))
    (error,) = records
    assert isinstance(error, ErrorRecord) and error.kind == "no_scratch_space"
    assert error.message.startswith(SAMPLES[1]) and "TMPDIR" in error.message
    # The same file within the budget never touches the temporary folder.
    assert any(r.record_type == "resolution" for r in pipeline.extract(sample(SAMPLES[1]), ocr=False))
