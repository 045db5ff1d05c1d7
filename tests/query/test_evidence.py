from __future__ import annotations

import io
import re

from click.testing import CliRunner
from PIL import Image, ImageChops

from minutebook.cli import main
from minutebook.extract.emit import record_dict
from minutebook.extract.pages.furniture import mark_furniture
from minutebook.extract.pipeline import extract
from minutebook.extract.pdf.read import load_pdf, read_pages
from minutebook.extract.pdf import OpenPdf
from minutebook.query.evidence import evidence_for_records, evidence_page, placed
from minutebook.query.evidence_html import CSP, DECISIONS, HIGHLIGHT

from browser import dump_dom, needs_chromium, screenshot
from pdfgen import text_pdf
from query_helpers import MILBURN

PAYLOAD = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">"
PAD = 1.0  # points the highlight stands out around each box


def records_with_resolution(pdf_path, word: str):
    """The pipeline's records for a PDF plus a resolution-like record on the first body line holding `word`
    and the line after it, with the reader's boxes: what the resolution stage emits, built by hand."""
    pdf = load_pdf(pdf_path)
    pages = mark_furniture(list(read_pages(pdf)))
    records = [record_dict(r) for r in extract(pdf.data, name=pdf.name)]
    for page in pages:
        body = [line for line in page.lines if not line.furniture]
        for i, line in enumerate(body):
            if word in line.text.lower():
                lines = body[i:i + 2]
                quote = "\n".join(x.text for x in lines)
                records.append({
                    "record_type": "resolution", "id": f"{pdf.sha256[:12]}/resolution/test-1",
                    "pack_id": f"{pdf.sha256[:12]}/pack", "text": quote,
                    "meeting": {"body": "Test body", "date": "2020-07-14"},
                    "source": {"file": pdf.name, "sha256": pdf.sha256, "pages": [page.number], "quote": quote,
                               "boxes": [[page.number, x.x0, x.top, x.x1, x.bottom] for x in lines]},
                })
                return pdf, records, records[-1]
    raise AssertionError(f"no line holds {word!r}")


def test_render_pages_gives_png_of_the_page_size():
    pdf = load_pdf(MILBURN)
    with OpenPdf(pdf) as doc:
        images = doc.render([1, 99], scale=1.0)
    assert list(images) == [1]  # a page outside the PDF is left out
    image = Image.open(io.BytesIO(images[1].png))
    # pdfium rounds a fractional size up to the next whole pixel
    assert abs(image.size[0] - images[1].width) < 1 and abs(image.size[1] - images[1].height) < 1


def test_page_works_with_only_pack_and_page_records(tmp_path):
    pdf = load_pdf(MILBURN)
    records = [record_dict(r) for r in extract(MILBURN) if r.record_type in ("pack", "page")]
    html = evidence_for_records(OpenPdf(pdf), records)
    assert "No resolution or recommendation records" in html
    pages = [r for r in records if r["record_type"] == "page"]
    assert len(re.findall(r'<tr id="page-\d+">', html)) == len(pages)
    assert "data:image/png" not in html  # no decision, no page image


def test_every_pdf_string_is_escaped_and_nothing_loads_from_outside():
    pdf, records, resolution = records_with_resolution(MILBURN, "resolved")
    resolution.update(text=PAYLOAD, subject=PAYLOAD, id=PAYLOAD, item={"number": PAYLOAD, "title": PAYLOAD})
    resolution["source"].update(file=PAYLOAD, quote=PAYLOAD)
    resolution["source"]["boxes"].append([1, "<b>", 0, 0, 0])  # malformed: skipped, not printed
    records[0]["files"] = [PAYLOAD]
    html = evidence_for_records(OpenPdf(pdf), records)
    assert "<script" not in html.lower() and "<img" not in html.lower() and "onerror=\"" not in html
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in html
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'.replace("'", "&#x27;") in html
    assert "default-src 'none'" in CSP and "script-src 'none'" in CSP
    urls = re.findall(r'(?:src|href)\s*=\s*"([^"]*)"', html) + re.findall(r"url\(([^)]*)\)", html)
    assert urls and all(u.startswith(("#", "data:image/png;base64,")) for u in urls), urls


@needs_chromium
def test_a_pdf_whose_text_holds_a_script_runs_nothing(tmp_path):
    pdf = tmp_path / "evil.pdf"
    pdf.write_bytes(text_pdf(["Minutes of the meeting", PAYLOAD, "RESOLVED to do nothing."]))
    out = tmp_path / "evil.html"
    result = CliRunner().invoke(main, ["show", str(pdf), "--html", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;" in html and "<script" not in html.lower()
    dom = dump_dom(out, tmp_path)
    assert "<title>Evidence: evil.pdf</title>" in dom
    assert "pwned</title>" not in dom and "<script" not in dom.lower()
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom  # shown as text


@needs_chromium
def test_the_dom_check_would_see_a_script_run(tmp_path):
    """Control for the test above: the same payload, unescaped and without the policy, does run."""
    page = tmp_path / "control.html"
    page.write_text(f"<!doctype html><html><head><title>before</title></head><body>{PAYLOAD}</body></html>")
    assert "<title>pwned</title>" in dump_dom(page, tmp_path)


def _highlight_bbox(shot: Image.Image) -> tuple[int, int, int, int] | None:
    """Bounding box of the pixels painted in the highlight's stroke colour."""
    r, g, b = shot.split()
    hr, hg, hb = HIGHLIGHT
    near = [band.point(lambda v, t=t: 255 if abs(v - t) < 30 else 0) for band, t in ((r, hr), (g, hg), (b, hb))]
    mask = ImageChops.multiply(ImageChops.multiply(near[0], near[1]), near[2])
    return mask.getbbox()


def _mean_difference(a: Image.Image, b: Image.Image) -> float:
    diff = ImageChops.difference(a.convert("L"), b.convert("L"))
    histogram = diff.histogram()
    return sum(i * n for i, n in enumerate(histogram)) / max(1, sum(histogram))


@needs_chromium
def test_highlight_is_drawn_where_the_text_is(tmp_path):
    pdf, records, resolution = records_with_resolution(MILBURN, "resolved")
    html = tmp_path / "evidence.html"
    html.write_text(evidence_for_records(OpenPdf(pdf), records), encoding="utf-8")
    page_no = resolution["source"]["pages"][0]
    image = OpenPdf(pdf).render([page_no])[page_no]
    page_png = Image.open(io.BytesIO(image.png)).convert("RGB")
    s = image.scale
    # the boxes drawn: the record's, with the first and last checked against the page's words
    boxes = [b[1:] for b in placed(records, OpenPdf(pdf).words([page_no]))[0][resolution["id"]]]
    expected = (min(b[0] for b in boxes) - PAD, min(b[1] for b in boxes) - PAD,
                max(b[2] for b in boxes) + PAD, max(b[3] for b in boxes) + PAD)
    expected_px = [v * s for v in expected]
    # The page PNG has no highlight colour of its own: whatever we find in the screenshot is our overlay.
    assert _highlight_bbox(page_png) is None

    shot = screenshot(html, tmp_path, 1100, page_png.height + 1600)
    found = _highlight_bbox(shot)
    assert found is not None, "no highlight in the screenshot"
    # Its size is the boxes' size scaled from points to pixels (the 2 px stroke adds about 1 px a side).
    assert abs((found[2] - found[0]) - (expected_px[2] - expected_px[0])) <= 4
    assert abs((found[3] - found[1]) - (expected_px[3] - expected_px[1])) <= 4
    # Where the page image must stand if the highlight is on the right lines of it ...
    left, top = round(found[0] - expected_px[0] + 1), round(found[1] - expected_px[1] + 1)
    assert top + page_png.height <= shot.height
    # ... and the screenshot there is that page (within the stroke's few pixels): the overlay sits on the
    # quoted lines, not beside them.
    _, left, top = min((_mean_difference(shot.crop((left + dx, top + dy, left + dx + page_png.width,
                                                     top + dy + page_png.height)), page_png), left + dx, top + dy)
                       for dx in range(-3, 4) for dy in range(-3, 4))
    region = (left, top, left + page_png.width, top + page_png.height)
    assert _mean_difference(shot.crop(region), page_png) < 3
    shifted = (left, top + 40, left + page_png.width, top + 40 + page_png.height)
    assert _mean_difference(shot.crop(shifted), page_png) > 2 * _mean_difference(shot.crop(region), page_png)
    # The boxes hold ink: the page's text stands inside the highlight.
    inside = page_png.crop(tuple(round(v) for v in expected_px)).convert("L")
    dark = sum(n for i, n in enumerate(inside.histogram()) if i < 128)
    assert dark > 0.02 * inside.width * inside.height


def test_show_on_an_unreadable_file_is_a_message(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"<!doctype html><html>not found</html>")
    result = CliRunner().invoke(main, ["show", str(bad), "--html", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "HTML page" in result.output
    assert not (tmp_path / "x.html").exists()


def test_structure_decisions_and_unknown_records_all_show():
    """Records of the later stages (hand-written per CONTRACT.md) appear in their sections, in page order."""
    from minutebook.query.evidence_html import render

    from query_helpers import BOROUGH_B, PARISH_A, read_jsonl

    records = read_jsonl(PARISH_A)
    html = render(records, images={})
    structure = html.split('<section id="structure">')[1].split("</section>")[0]
    assert "Village hall heating" in structure and "21/15" in structure and "Hollow Parish Council" in structure
    decisions = html.split('<section id="decisions">')[1].split("</section>")[0]
    # every resolution and recommendation, each once, as an article
    wanted = [r["id"] for r in records if r["record_type"] in ("resolution", "recommendation")]
    assert sorted(re.findall(r'<article class="decision[^"]*" id="([^"]+)"', decisions)) == sorted(wanted)
    # page 1's decisions come before page 2's
    assert decisions.index("m2021-03-02-21-14-1") < decisions.index("m2021-03-02-21-15-1")
    assert "votes</dt><dd>in_favour 5, against 1" in decisions
    assert "no agenda found" in html.split('<section id="problems">')[1]
    assert "future_field" in html.split('<section id="others">')[1]
    # a recommendation's fields and a multi-clause resolution's clauses
    borough = render(read_jsonl(BOROUGH_B), images={})
    assert "<dt>owner</dt><dd>cabinet</dd>" in borough
    assert borough.count("<li>") == 2 and "&quot;Warm Homes&quot;" in borough


def test_all_pages_shows_every_page_image_once():
    pdf, records, resolution = records_with_resolution(MILBURN, "resolved")
    page_count = sum(1 for r in records if r["record_type"] == "page")
    html = evidence_for_records(OpenPdf(pdf), records, all_pages=True)
    # each page's PNG is in the file once, however many figures show it
    assert html.count("data:image/png;base64,") == page_count
    pages_section = html.split('<section id="pages">')[1]
    assert pages_section.count('<figure class="page"') == page_count
    drawn = sum(len(r["source"].get("boxes") or []) for r in records if r["record_type"] in DECISIONS)
    assert drawn > len(resolution["source"]["boxes"])  # the pipeline's own decisions and the hand-made one
    assert pages_section.count('class="hl"') == drawn
    # without --all-pages only the pages that hold decisions are drawn, each once (the last page's decisions
    # are left out here, so that one page holds none)
    kept = [r for r in records if not (r["record_type"] in DECISIONS and page_count in r["source"].get("pages", []))]
    decision_pages = {b[0] for r in kept if r["record_type"] in DECISIONS for b in r["source"].get("boxes") or []}
    assert evidence_for_records(OpenPdf(pdf), kept).count("data:image/png;base64,") == len(decision_pages) < page_count


@needs_chromium
def test_the_policy_alone_stops_a_script(tmp_path):
    """Second layer: even a script that escaped escaping would not run under the page's policy."""
    from html import escape

    page = tmp_path / "policy.html"
    page.write_text(f'<!doctype html><html><head><meta http-equiv="Content-Security-Policy" '
                    f'content="{escape(CSP)}"><title>before</title></head><body>{PAYLOAD}</body></html>')
    dom = dump_dom(page, tmp_path)
    assert "<title>before</title>" in dom and "pwned</title>" not in dom


def test_a_decision_worded_without_resolved_shows_its_formula():
    from minutebook.query.evidence_html import render

    from query_helpers import PARISH_A, read_jsonl

    records = read_jsonl(PARISH_A)
    agreed = dict(next(r for r in records if r["record_type"] == "resolution"), id="aaaaaaaaaaaa/resolution/agreed-1",
                  formula="agreed", text="to buy two benches.")
    html = render(records + [agreed], images={})
    card = html.split('id="aaaaaaaaaaaa/resolution/agreed-1"><h3>')[1].split("</h3>")[0]
    assert card.startswith("Resolution, agreed")
    assert "<dt>formula</dt><dd>agreed</dd>" in html
    assert "resolution, agreed</td>" in html.split('<section id="list">')[1]
    # a RESOLVED statement's card says nothing more than before
    resolved = next(r for r in records if r["record_type"] == "resolution")
    assert html.split(f'id="{resolved["id"]}"><h3>')[1].startswith("Resolution ·")
