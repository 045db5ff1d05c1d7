"""The evidence page as HTML: a pack's records, and each decision drawn on its page image.

Pure: records (contract dicts) and page images in, one HTML string out. Everything that comes from a PDF
(text, file names, ids) is escaped; the page has no script, and its Content-Security-Policy forbids scripts
and every load but the inline `data:` page images, so opening it reaches nothing outside the file.
"""
from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any, Protocol

#: No scripts, no network, no forms; only inline styles and data: images.
CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'none'; "
       "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")

#: The highlight drawn over a decision's lines (tests look for this colour in a screenshot).
HIGHLIGHT = (255, 0, 255)
#: The outline of a tracker row's response and status, apart from its recommendation.
ANSWER = (0, 150, 60)
DECISIONS = ("resolution", "recommendation")
STRUCTURE = ("document", "agenda_item", "meeting", "minute_item")
PLAIN = ("pack", "page", "warning", "error", *DECISIONS, *STRUCTURE)
STRUCTURE_COLUMNS = ("number", "kind", "title", "body", "date", "start_time", "chair")

_STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:16px;color:#1b1b1b;background:#fff}
h1{font-size:1.5em;margin:.2em 0}h2{border-bottom:2px solid #ccc;margin-top:2em}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}dl.meta dt{font-weight:600}
dl.meta dd{margin:0;overflow-wrap:anywhere}
article.decision{border:1px solid #ccc;border-radius:6px;padding:8px 14px;margin:18px 0}
article.decision h3{margin:.2em 0;font-size:1.1em}
.text{font-size:1.05em;white-space:pre-wrap}.where{color:#555;font-size:.9em}
blockquote{margin:6px 0;padding:4px 10px;border-left:4px solid #999;background:#f4f4f4;white-space:pre-wrap}
figure.page{margin:10px 0;max-width:100%}
.pageimg{position:relative;width:100%;background-size:100% 100%;background-repeat:no-repeat;
 outline:1px solid #888;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.pageimg svg{position:absolute;left:0;top:0;width:100%;height:100%}
.hl{fill:rgba(255,0,255,.16);stroke:rgb(255,0,255);stroke-width:2px;vector-effect:non-scaling-stroke}
.hl-answer{fill:rgba(0,150,60,.14);stroke:rgb(0,150,60);stroke-width:2px;stroke-dasharray:6 3;
 vector-effect:non-scaling-stroke}
.ocr{background:#fff6d6;border:1px solid #e0c060;padding:6px 10px;border-radius:4px}
table.index td:nth-child(-n+3){white-space:nowrap}.clause{margin-left:28px;border-style:dashed}
figcaption{font-size:.85em;color:#555}
table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border:1px solid #ddd;padding:3px 6px;
 vertical-align:top;text-align:left}pre{white-space:pre-wrap;font-size:.85em;background:#f6f6f6;padding:6px}
.none{color:#777;font-style:italic}
"""


class PageImageLike(Protocol):
    number: int
    png: bytes
    width: float
    height: float
    scale: float


def e(value: Any) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return escape("" if value is None else str(value), quote=True)


def render(records: list[dict], images: Mapping[int, PageImageLike], version: str = "",
           all_pages: bool = False, boxes: Mapping[str, list] | None = None,
           answers: Mapping[str, list] | None = None) -> str:
    """The whole evidence page for one pack's records.

    Each decision is drawn on the images of its pages; with `all_pages`, every page in `images` is also
    shown under Pages with all the decisions on it outlined. `boxes` (by record id) replaces a record's own
    boxes where the page's words placed them better (evidence_boxes.snap); `answers` are a tracker row's
    response and status, outlined apart.
    """
    shown = Shown(boxes or {}, answers or {})
    by_type: dict[str, list[dict]] = {}
    for record in records:
        by_type.setdefault(str(record.get("record_type")), []).append(record)
    pack = (by_type.get("pack") or [{}])[0]
    name = ", ".join(str(f) for f in pack.get("files") or []) or _source(pack).get("file") or "PDF"
    decisions = ordered(sorted((r for t in DECISIONS for r in by_type.get(t, [])), key=lambda r: _position(r, shown)))
    used = sorted(images) if all_pages else sorted(
        {n for r in decisions for n, _ in shown.by_page(r) if n in images})
    parts = [
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f'<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Evidence: {e(name)}</title>",
        f"<style>{_STYLE}{_page_styles(images, used)}</style></head><body>",
        _header(pack, name, by_type),
        _ocr_note(by_type.get("page", [])),
        _index(decisions),
        _decisions(decisions, images, shown, _ocr_pages(by_type.get("page", []))),
        _structure(by_type),
        _problems(by_type),
        _others(by_type),
        _pages(by_type.get("page", []), decisions, images if all_pages else {}, shown),
        f"<footer><p class=\"where\">Written by minutebook {e(version)} from the PDF with sha256 "
        f"{e(_source(pack).get('sha256'))}.</p></footer>",
        "</body></html>\n",
    ]
    return "\n".join(parts)


class Shown:
    """The boxes drawn for each record: its own, or better placed ones by id, and a tracker row's answers."""

    def __init__(self, boxes: Mapping[str, list], answers: Mapping[str, list]):
        self.boxes = boxes
        self.answers = answers

    def by_page(self, record: dict) -> list[tuple[int, list[tuple[float, float, float, float]]]]:
        own = self.boxes.get(str(record.get("id")))
        return _group(own if own is not None else _source(record).get("boxes") or [])

    def answers_on(self, record: dict, page: int) -> list[tuple[float, float, float, float]]:
        return [b for n, boxes in _group(self.answers.get(str(record.get("id"))) or []) if n == page for b in boxes]


def ordered(decisions: list[dict]) -> list[dict]:
    """Decisions in page order, each resolution's clause recommendations straight after it."""
    ids = {r.get("id") for r in decisions}
    clauses: dict[str, list[dict]] = {}
    for r in decisions:
        parent = r.get("resolution_id")
        if r.get("record_type") == "recommendation" and parent in ids:
            clauses.setdefault(parent, []).append(r)
    out = []
    for r in decisions:
        if r.get("record_type") == "recommendation" and r.get("resolution_id") in ids:
            continue
        out.append(r)
        out.extend(clauses.get(r.get("id"), []))
    return out


def _source(record: dict) -> dict:
    source = record.get("source")
    return source if isinstance(source, dict) else {}


def _group(raw: Iterable) -> list[tuple[int, list[tuple[float, float, float, float]]]]:
    """Boxes grouped by page, in the order the pages first appear; malformed boxes are skipped."""
    grouped: dict[int, list[tuple[float, float, float, float]]] = {}
    for box in raw:
        try:
            page, x0, top, x1, bottom = int(box[0]), *(float(v) for v in box[1:5])
        except (TypeError, ValueError, IndexError):
            continue
        grouped.setdefault(page, []).append((x0, top, x1, bottom))
    return list(grouped.items())


def _position(record: dict, shown: Shown) -> tuple:
    boxes = shown.by_page(record)
    pages = _source(record).get("pages") or [0]
    first_page = boxes[0][0] if boxes else (pages[0] if isinstance(pages[0], int) else 0)
    top = boxes[0][1][0][1] if boxes else 0.0
    return (first_page, top, str(record.get("id")))


def _ocr_pages(pages: list[dict]) -> dict[int, float | None]:
    """Pages read by OCR, with Tesseract's mean confidence where the record gives it."""
    return {int(p["number"]): p.get("ocr_confidence") for p in pages
            if p.get("ocr") and isinstance(p.get("number"), int)}


def _ocr_note(pages: list[dict]) -> str:
    read = _ocr_pages(pages)
    if not read:
        return ""
    numbers = ", ".join(str(n) for n in sorted(read))
    scores = [c for c in read.values() if isinstance(c, (int, float))]
    mean = f" (mean confidence {sum(scores) / len(scores):.2f})" if scores else ""
    these = "These pages are scans: their" if len(read) > 1 else "This page is a scan: its"
    return (f'<p class="ocr"><b>Read by OCR:</b> page{"s" if len(read) > 1 else ""} {e(numbers)}{e(mean)}. '
            f"{these} text was recognised by Tesseract, so words, names and numbers may be misread and the "
            "outlines may sit a little off the printed lines. Check them against the image.</p>")


def _index(decisions: list[dict]) -> str:
    """A compact list of the decisions at the top: kind, date, page and the start of the text, each a link."""
    if not decisions:
        return ""
    rows = []
    for r in decisions:
        meeting = r.get("meeting") if isinstance(r.get("meeting"), dict) else {}
        pages = ", ".join(str(p) for p in _source(r).get("pages") or [])
        kind = str(r.get("record_type")) + (f" ({r['origin']})" if r.get("origin") else "") + _formula(r)
        text = str(r.get("text") or "")
        short = text if len(text) <= 110 else text[:107].rstrip() + "…"
        clause = r.get("record_type") == "recommendation" and r.get("origin") == "resolution"
        rows.append(f"<tr><td>{'↳ ' if clause else ''}{e(kind)}</td><td>{e(meeting.get('date'))}</td>"
                    f"<td>{e(pages)}</td><td><a href=\"#{e(r.get('id'))}\">{e(short)}</a></td></tr>")
    return (f'<section id="list"><h2>Decisions at a glance ({len(decisions)})</h2><table class="index">'
            "<tr><th>kind</th><th>meeting</th><th>page</th><th>text</th></tr>" + "".join(rows) + "</table></section>")


def _page_styles(images: Mapping[int, PageImageLike], used: Iterable[int]) -> str:
    """Each page image once, as a CSS class, however many decisions stand on it."""
    rules = []
    for number in used:
        data = base64.b64encode(images[number].png).decode("ascii")
        rules.append(f".pg-{int(number)}{{background-image:url(data:image/png;base64,{data})}}")
    return "\n".join(rules)


def _header(pack: dict, name: str, by_type: dict[str, list[dict]]) -> str:
    meta = [
        ("Files", ", ".join(str(f) for f in pack.get("files") or []) or None),
        ("sha256", _source(pack).get("sha256")), ("Pages", pack.get("pages")),
        ("Title", pack.get("title")), ("Body", pack.get("body")), ("Meeting date", pack.get("meeting_date")),
        ("Read with", pack.get("engine")),
    ]
    counts = ", ".join(f"{k}: {len(v)}" for k, v in sorted(by_type.items()))
    rows = "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in meta if v not in (None, ""))
    return (f"<header><h1>Evidence: {e(name)}</h1><dl class=\"meta\">{rows}"
            f"<dt>Records</dt><dd>{e(counts)}</dd></dl>"
            '<p><a href="#list">Decisions at a glance</a> · <a href="#decisions">Decisions</a> · '
            '<a href="#structure">Structure</a> · '
            '<a href="#problems">Warnings and errors</a> · <a href="#pages">Pages</a></p></header>')


def _decisions(decisions: list[dict], images: Mapping[int, PageImageLike], shown: Shown,
               ocr: Mapping[int, float | None]) -> str:
    out = ['<section id="decisions"><h2>Decisions</h2>']
    if not decisions:
        out.append('<p class="none">No resolution or recommendation records for this PDF.</p>')
    drawn: dict[str, set[int]] = {}  # pages already drawn for a resolution, by its id
    for record in decisions:
        parent = record.get("resolution_id") if record.get("record_type") == "recommendation" else None
        skip = drawn.get(str(parent), set()) if parent else set()
        out.append(_decision(record, images, shown, ocr, skip))
        if record.get("record_type") == "resolution":
            drawn[str(record.get("id"))] = {n for n, _ in shown.by_page(record) if n in images}
    out.append("</section>")
    return "\n".join(out)


def _decision(record: dict, images: Mapping[int, PageImageLike], shown: Shown,
              ocr: Mapping[int, float | None] | None = None, skip: set[int] = frozenset()) -> str:
    kind = str(record.get("record_type"))
    meeting = record.get("meeting") if isinstance(record.get("meeting"), dict) else {}
    item = record.get("item") if isinstance(record.get("item"), dict) else {}
    title = " · ".join(str(p) for p in (
        kind.capitalize() + (f" ({record['origin']})" if record.get("origin") else "") + _formula(record),
        meeting.get("date"), meeting.get("body"),
        " ".join(str(p) for p in (item.get("number") and f"item {item['number']}", item.get("title")) if p),
    ) if p)
    source = _source(record)
    pages = ", ".join(str(p) for p in source.get("pages") or [])
    printed = ", ".join(str(p) for p in source.get("printed_pages") or [])
    where = f"{source.get('file') or '?'} · page {pages or '?'}" + (f" (printed {printed})" if printed else "")
    clause = bool(skip) or (kind == "recommendation" and record.get("origin") == "resolution")
    css = "decision clause" if clause and record.get("resolution_id") else "decision"
    parts = [f'<article class="{css}" id="{e(record.get("id"))}"><h3>{e(title)}</h3>',
             f'<p class="text">{e(record.get("text"))}</p>']
    clauses = record.get("clauses")
    if isinstance(clauses, list) and len(clauses) > 1:
        parts.append("<ol>" + "".join(f"<li>{e(c)}</li>" for c in clauses) + "</ol>")
    parts.append(_fields(record))
    parts.append(f'<p class="where">{e(where)} · id {e(record.get("id"))}</p>')
    if source.get("quote"):
        parts.append(f"<blockquote>{e(source['quote'])}</blockquote>")
    ocr = ocr or {}
    for number, boxes in shown.by_page(record):
        if number in skip:
            parts.append(f'<p class="where">On page {int(number)}, outlined in the image of '
                         f'<a href="#{e(record.get("resolution_id"))}">its resolution</a> above.</p>')
        elif number in images:
            answers = shown.answers_on(record, number)
            caption = f"Page {int(number)}, the quoted lines outlined"
            if answers:
                caption += "; the response and status printed for it in dashed green"
            if number in ocr:
                caption += " (read by OCR: check the words against the image)"
            parts.append(_figure(images[number], boxes, caption, answers))
    parts.append("<details><summary>Record as emitted</summary><pre>"
                 f"{e(json.dumps(record, indent=1, ensure_ascii=False))}</pre></details></article>")
    return "\n".join(parts)


def _formula(record: dict) -> str:
    """ ", agreed" after a resolution's kind when it was worded without "resolved" (its formula)."""
    formula = record.get("formula")
    return f", {formula}" if record.get("record_type") == "resolution" and formula and formula != "resolved" else ""


def _fields(record: dict) -> str:
    names = ("formula", "subject", "action", "category", "owner", "addressees", "due", "topic", "response", "status",
             "status_normalised", "resolution_id")
    rows = [(n, record.get(n)) for n in names if record.get(n) not in (None, "", [])]
    votes = record.get("votes")
    if isinstance(votes, dict) and votes:
        rows.append(("votes", ", ".join(f"{k} {v}" for k, v in votes.items())))
    if not rows:
        return ""
    cells = "".join(f"<dt>{e(k)}</dt><dd>{e(', '.join(map(str, v)) if isinstance(v, list) else v)}</dd>"
                    for k, v in rows)
    return f'<dl class="meta">{cells}</dl>'


#: Points the outline stands off the words it marks.
PAD = 1.0


def _figure(image: PageImageLike, boxes: list[tuple[float, float, float, float]], caption: str = "",
            answers: list[tuple[float, float, float, float]] = ()) -> str:
    """The page image at its natural size (1 CSS pixel per image pixel), the boxes as an SVG overlay in points."""
    w, h = float(image.width), float(image.height)
    px = round(w * float(image.scale))
    pad = PAD
    rects = "".join(
        f'<rect class="{css}" x="{x0 - pad:.2f}" y="{top - pad:.2f}" width="{x1 - x0 + 2 * pad:.2f}" '
        f'height="{bottom - top + 2 * pad:.2f}"/>'
        for css, group in (("hl", boxes), ("hl-answer", answers)) for x0, top, x1, bottom in group
    )
    return (f'<figure class="page" style="width:{px}px"><div class="pageimg pg-{int(image.number)}" '
            f'style="aspect-ratio:{w:.2f}/{h:.2f}" role="img" aria-label="page {int(image.number)}">'
            f'<svg viewBox="0 0 {w:.2f} {h:.2f}" preserveAspectRatio="none" aria-hidden="true">{rects}</svg>'
            f"</div><figcaption>{e(caption or f'Page {int(image.number)}, the quoted lines outlined')}"
            "</figcaption></figure>")


def _structure(by_type: dict[str, list[dict]]) -> str:
    out = ['<section id="structure"><h2>Structure</h2>']
    found = False
    for kind in STRUCTURE:
        records = by_type.get(kind, [])
        if not records:
            continue
        found = True
        columns = [c for c in STRUCTURE_COLUMNS if any(r.get(c) not in (None, "") for r in records)]
        head = "".join(f"<th>{e(c)}</th>" for c in ("id", *columns, "pages"))
        rows = []
        for r in records:
            pages = ", ".join(str(p) for p in _source(r).get("pages") or [])
            cells = [r.get("id"), *(r.get(c) for c in columns), pages]
            rows.append("<tr>" + "".join(f"<td>{e(v)}</td>" for v in cells) + "</tr>")
        out.append(f"<h3>{e(kind.replace('_', ' '))}s ({len(records)})</h3>"
                   f"<table><tr>{head}</tr>{''.join(rows)}</table>")
    if not found:
        out.append('<p class="none">No documents, agenda items, meetings or minute items for this PDF.</p>')
    out.append("</section>")
    return "\n".join(out)


def _problems(by_type: dict[str, list[dict]]) -> str:
    records = by_type.get("error", []) + by_type.get("warning", [])
    out = ['<section id="problems"><h2>Warnings and errors</h2>']
    if not records:
        out.append('<p class="none">None.</p>')
    for r in records:
        out.append(f"<p><b>{e(r.get('record_type'))}</b> ({e(r.get('stage'))}): {e(r.get('message'))}</p>")
    out.append("</section>")
    return "\n".join(out)


def _others(by_type: dict[str, list[dict]]) -> str:
    """Records of types this page does not know yet, shown as JSON so nothing is hidden."""
    others = [r for t, rs in sorted(by_type.items()) if t not in PLAIN for r in rs]
    if not others:
        return ""
    items = "".join(f"<details><summary>{e(r.get('record_type'))} {e(r.get('id'))}</summary>"
                    f"<pre>{e(json.dumps(r, indent=1, ensure_ascii=False))}</pre></details>" for r in others)
    return f'<section id="others"><h2>Other records</h2>{items}</section>'


def _pages(pages: list[dict], decisions: list[dict], images: Mapping[int, PageImageLike], shown: Shown) -> str:
    out = ['<section id="pages"><h2>Pages</h2><table><tr><th>page</th><th>printed</th><th>lines</th>'
           "<th>headers and footers</th><th>text</th></tr>"]
    for p in sorted(pages, key=lambda r: r.get("number") or 0):
        text = str(p.get("text") or "")
        furniture = "; ".join(str(f) for f in p.get("furniture") or [])
        out.append(
            f"<tr id=\"page-{e(p.get('number'))}\"><td>{e(p.get('number'))}</td><td>{e(p.get('label'))}</td>"
            f"<td>{len(text.splitlines())}</td><td>{e(furniture)}</td>"
            f"<td><details><summary>{e(text[:80])}</summary><pre>{e(text)}</pre></details></td></tr>"
        )
    out.append("</table>")
    for number in sorted(images):
        boxes = [box for r in decisions for n, page_boxes in shown.by_page(r) if n == number for box in page_boxes]
        out.append(_figure(images[number], boxes, f"Page {int(number)}" + (", decisions outlined" if boxes else "")))
    out.append("</section>")
    return "\n".join(out)
