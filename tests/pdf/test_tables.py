"""Ruled tables: the geometry (rules -> cells -> tables) and the two page readers (pdfium, pdfplumber).

The pdfium reader is the default because pdfium has already parsed the page for its text; pdfplumber is the
reference. Both must find the same tables with the same cell text and shading.
"""
from __future__ import annotations

import pytest

from minutebook.extract.pdf.table_geometry import PageObjects, Rule, Word, classify, find_tables
from minutebook.extract.pdf.tables import tables_and_words
from minutebook.extract.trackers.layout import clean

from conftest import sample
from pdfgen import assemble
from pdfmaker import grid, make_pdf, shade, text

NORWICH = sample("norwich-scrutiny-2021-03-18-rendered.pdf")
ENGINES = ("pdfium", "pdfplumber")


def cell_texts(tables):
    return [[[clean(c.text) for c in row.cells] for row in t.rows] for t in tables]


def both(data: bytes, pages):
    return {engine: tables_and_words(data, pages, engine=engine) for engine in ENGINES}


# ---- the two readers agree ------------------------------------------------------------------------------------

def test_pdfium_and_pdfplumber_find_the_same_tables_on_the_seed_tracker():
    pages = range(26, 34)
    got = both(NORWICH.read_bytes(), pages)
    a, b = got["pdfium"][0], got["pdfplumber"][0]
    assert sum(len(t) for t in a.values()) >= 7  # the tracker's pages really have ruled tables
    for n in pages:
        assert len(a.get(n, [])) == len(b.get(n, [])), n
        assert cell_texts(a.get(n, [])) == cell_texts(b.get(n, [])), n
        for ta, tb in zip(a.get(n, []), b.get(n, [])):
            assert [[c.shaded for c in r.cells] for r in ta.rows] == [[c.shaded for c in r.cells] for r in tb.rows]
            assert all(abs(u - v) <= 1.0 for u, v in zip(ta.box, tb.box)), (ta.box, tb.box)
    shaded = [c.text for t in a[28] for r in t.rows for c in r.cells if c.shaded]
    assert any("note the draft equalities information report." in s for s in shaded)


def _page(content: bytes, size=(595, 842), rotate: int = 0, xobjects: list[bytes] = ()) -> bytes:
    """A one-page PDF with raw content operators (PDF user space) and optional form XObjects /Fm1, /Fm2..."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    forms = b" ".join(b"/Fm%d %d 0 R" % (i + 1, 5 + i) for i in range(len(xobjects)))
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R%s "
            b"/Resources << /Font << /F1 3 0 R >> /XObject << %s >> >> >>"
            % (size[0], size[1], b" /Rotate %d" % rotate if rotate else b"", forms))
    stream = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    return assemble([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>"
                     .replace(b"5 0 R", b"%d 0 R" % (5 + len(xobjects))), font, stream, *xobjects, page])


def _form(content: bytes, matrix: str = "1 0 0 1 0 0") -> bytes:
    return (b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [%s] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Length %d >>\nstream\n" % (matrix.encode(), len(content))
            + content + b"\nendstream")


# A 2 x 2 grid drawn as ONE stroked path of separate line subpaths, with a word in each cell.
GRID_PATH = (b"0 G 0.5 w 100 700 m 400 700 l 100 650 m 400 650 l 100 600 m 400 600 l "
             b"100 700 m 100 600 l 250 700 m 250 600 l 400 700 m 400 600 l S\n")
GRID_TEXT = (b"BT /F1 10 Tf 110 680 Td (Recommendation) Tj ET BT /F1 10 Tf 260 680 Td (Response) Tj ET "
             b"BT /F1 10 Tf 110 630 Td (Ask cabinet) Tj ET BT /F1 10 Tf 260 630 Td (Agreed) Tj ET\n")
EXPECTED = [[["Recommendation", "Response"], ["Ask cabinet", "Agreed"]]]


@pytest.mark.parametrize("engine", ENGINES)
def test_a_grid_drawn_as_one_stroked_path(engine):
    tables = tables_and_words(_page(GRID_PATH + GRID_TEXT), [1], engine=engine)[0][1]
    assert cell_texts(tables) == EXPECTED
    assert tables[0].box == pytest.approx((100, 142, 400, 242), abs=0.5)  # top-left origin: 842 - 700 = 142


def test_a_grid_drawn_as_one_polyline_is_read_by_pdfium():
    # Outline as one closed polyline plus the inner rules: pdfplumber sees a curve, pdfium the straight pieces.
    outline = b"0 G 0.5 w 100 700 m 400 700 l 400 600 l 100 600 l h 100 650 m 400 650 l 250 700 m 250 600 l S\n"
    tables = tables_and_words(_page(outline + GRID_TEXT), [1], engine="pdfium")[0][1]
    assert cell_texts(tables) == EXPECTED


@pytest.mark.parametrize("engine", ENGINES)
def test_a_grid_of_stroked_boxes(engine):
    # Each cell its own stroked rectangle (re S): the boxes' sides are the rules.
    boxes = b"0 G 0.5 w 100 650 150 50 re S 250 650 150 50 re S 100 600 150 50 re S 250 600 150 50 re S\n"
    tables = tables_and_words(_page(boxes + GRID_TEXT), [1], engine=engine)[0][1]
    assert cell_texts(tables) == EXPECTED


def test_a_grid_inside_a_moved_form_xobject():
    # The grid and its words live in a form XObject that the page draws 50 points right and 100 down.
    page = _page(b"q 1 0 0 1 50 -100 cm /Fm1 Do Q", xobjects=[_form(GRID_PATH + GRID_TEXT)])
    got = {engine: tables_and_words(page, [1], engine=engine)[0][1] for engine in ENGINES}
    for engine, tables in got.items():
        assert cell_texts(tables) == EXPECTED, engine
        assert tables[0].box == pytest.approx((150, 242, 450, 342), abs=0.5), engine


def test_a_grid_inside_a_form_with_its_own_matrix_is_read_by_pdfium():
    # The form's /Matrix halves it; pdfium composes form and page matrices.
    page = _page(b"/Fm1 Do", xobjects=[_form(GRID_PATH + GRID_TEXT, "0.5 0 0 0.5 0 0")])
    tables = tables_and_words(page, [1], engine="pdfium")[0][1]
    assert [[len(r.cells) for r in t.rows] for t in tables] == [[2, 2]]
    assert tables[0].box == pytest.approx((50, 492, 200, 542), abs=0.5)


def test_rotated_page_boxes_are_given_as_displayed():
    data = make_pdf([grid([100, 250, 400], [100, 150, 200]) + [text(110, 110, "Recommendation"),
                                                              text(260, 160, "Agreed")]])
    rotated = data.replace(b"/Type /Page /Parent", b"/Type /Page /Rotate 90 /Parent")
    assert rotated != data
    got = {engine: tables_and_words(rotated, [1], engine=engine)[0][1] for engine in ENGINES}
    for engine, tables in got.items():
        assert len(tables) == 1, engine
        # Turned a quarter clockwise when shown: the table stands 100 points tall and 300 wide no more.
        x0, top, x1, bottom = tables[0].box
        assert (x1 - x0, bottom - top) == pytest.approx((100.5, 300.5), abs=1), engine
    assert got["pdfium"][0].box == pytest.approx(got["pdfplumber"][0].box, abs=1)


def test_shaded_cells_and_the_words_of_a_page_without_tables():
    data = make_pdf([grid([100, 250, 400], [100, 150, 200]) + [shade(250, 150, 400, 200), text(260, 160, "Done")],
                     [text(72, 72, "Recommendation"), text(300, 72, "Response")]])
    for engine in ENGINES:
        tables, words = tables_and_words(data, [1, 2], engine=engine)
        assert [[c.shaded for c in r.cells] for r in tables[1][0].rows] == [[False, False], [False, True]], engine
        assert tables[2] == [] and [w.text for w in words[2]] == ["Recommendation", "Response"], engine
        assert 1 not in words  # a page with tables gives its tables, not its words


# ---- the geometry alone -----------------------------------------------------------------------------------------

def _objects(rules, words=(), fills=()):
    return PageObjects(rules=[Rule(box=b, line=True) for b in rules], words=list(words), fills=list(fills))


def test_rule_pieces_join_and_near_rules_snap():
    rules = [(100, 100, 100, 148), (100, 150, 100, 200),  # one vertical drawn in two pieces, 2 points apart
             (300, 100, 300, 200), (301.5, 100, 301.5, 200),  # a double rule: one border
             (100, 100, 301, 100), (100, 200, 301, 200), (100, 150, 301, 150)]
    tables = find_tables(_objects(rules), 1)
    assert [[c.box for c in r.cells] for r in tables[0].rows] == [[(100, 100, 300.75, 150)],
                                                                [(100, 150, 300.75, 200)]]


def test_a_lone_box_is_not_a_table_and_distant_grids_are_two():
    box = [(50, 50, 50, 80), (200, 50, 200, 80), (50, 50, 200, 50), (50, 80, 200, 80)]
    assert find_tables(_objects(box), 1) == []
    second = [(x0, t + 400, x1, b + 400) for x0, t, x1, b in box] + [(125, 450, 125, 480)]
    tables = find_tables(_objects(box + [(125, 50, 125, 80)] + second), 3)
    assert [t.box[1] for t in tables] == [50, 450] and all(t.page == 3 for t in tables)


def test_a_table_cut_by_a_page_break_is_closed_at_its_rules_ends():
    # Verticals only, and one rule between rows: the first and last rows have no rule at their outer edge.
    rules = [(100, 60, 100, 300), (250, 60, 250, 300), (400, 60, 400, 300), (100, 180, 400, 180)]
    words = [Word("carried", (110, 100, 150, 110)), Word("over", (260, 250, 290, 260))]
    tables = find_tables(_objects(rules, words), 1)
    assert [[c.text for c in r.cells] for r in tables[0].rows] == [["carried", ""], ["", "over"]]


def test_what_counts_as_a_rule_or_a_fill():
    objects = PageObjects()
    classify((0, 0, 100, 0.5), objects, filled=True, fill_colour=(0, 0, 0))  # a black bar: a rule
    classify((0, 0, 100, 0.5), objects, filled=True, fill_colour=(1, 1, 1))  # a white bar: nothing
    classify((0, 0, 100, 40), objects, filled=True, fill_colour=(0.85,))  # a grey tint: a fill
    classify((0, 0, 100, 40), objects, filled=True, fill_colour=(1.0,))  # white paper: nothing
    classify((0, 0, 100, 40), objects, stroked=True, stroke_colour=(0, 0, 0))  # a stroked box: four sides
    classify((0, 0, 80, 60), objects, line=True)  # a diagonal: nothing
    assert [r.box for r in objects.rules] == [(0, 0, 100, 0.5), (0, 0, 100, 0), (0, 40, 100, 40),
                                              (0, 0, 0, 40), (100, 0, 100, 40)]
    assert objects.fills == [(0, 0, 100, 40)]
