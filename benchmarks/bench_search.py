"""How fast `minutebook search` answers over 10,000 resolutions, beside a LIKE '%word%' scan of the same rows.

The resolutions are synthetic but their words are real: sentences read from the sample PDFs (samples/),
recombined with a fixed seed, spread over 40 bodies, 200 packs and twenty years of meetings. The index is
built with the same code as `minutebook index`; each query is timed through the library (median of
repeated runs) and once through the CLI as a user runs it (process start included).

    .venv/bin/python benchmarks/bench_search.py [--resolutions 10000] [--repeat 20]
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from minutebook.extract.pages.furniture import mark_furniture
from minutebook.extract.pdf.read import load_pdf, read_pages
from minutebook.query.index import connect, index_records
from minutebook.query.search import DECISION_TYPES, Filters, fts_query, search

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["Ashby", "Birchley", "Coldwell", "Dunmore", "Eastcote", "Fernhill", "Greyston", "Hollow",
          "Ivybridge", "Juniper"]
KINDS = ["Parish Council", "Town Council", "scrutiny committee", "planning committee"]


def real_sentences() -> list[str]:
    """Sentences of 6 to 60 words from the sample PDFs' body text (headers and footers left out)."""
    sentences = []
    for pdf_path in sorted((ROOT / "samples").glob("*.pdf")):
        pages = mark_furniture(list(read_pages(load_pdf(pdf_path))))
        text = " ".join(line.text for page in pages for line in page.lines if not line.furniture)
        for sentence in re.split(r"(?<=[.;:])\s+", text):
            if 6 <= len(sentence.split()) <= 60:
                sentences.append(sentence)
    return sorted(set(sentences))


def synthetic_records(n: int, sentences: list[str], seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    bodies = [f"{p} {k}" for p in PLACES for k in KINDS]
    records = []
    per_pack = 50
    for p in range(0, n, per_pack):
        sha = hashlib.sha256(f"pack {p}".encode()).hexdigest()
        pack_id = f"{sha[:12]}/pack"
        body = rng.choice(bodies)
        date = f"{rng.randint(2005, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        name = f"{body.lower().replace(' ', '-')}-{date}.pdf"
        records.append({"record_type": "pack", "id": pack_id, "files": [name], "pages": 40, "body": body,
                        "meeting_date": date, "source": {"file": name, "sha256": sha}})
        for i in range(min(per_pack, n - p)):
            text = " ".join(rng.sample(sentences, rng.randint(1, 3)))
            page = rng.randint(1, 40)
            records.append({
                "record_type": "resolution", "id": f"{sha[:12]}/resolution/{i + 1}", "pack_id": pack_id,
                "text": text, "clauses": [text], "meeting": {"body": body, "date": date},
                "item": {"number": str(i + 1), "title": text.split(".")[0][:40]},
                "source": {"file": name, "sha256": sha, "pages": [page], "quote": "RESOLVED " + text},
            })
    return records


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _like(query: str, filters: Filters) -> tuple[str, list]:
    words = query.split()
    where = " AND ".join("text LIKE ?" for _ in words)
    params = [f"%{w}%" for w in words]
    if filters.body:
        where += " AND body LIKE ?"
        params.append(f"%{filters.body}%")
    if filters.since:
        where += " AND meeting_date >= ?"
        params.append(filters.since)
    return where, params


def like_first(conn, query: str, filters: Filters) -> list:
    """Baseline 1: every word as LIKE '%word%', newest 20 (no ranking: stops at the first 20 found)."""
    where, params = _like(query, filters)
    sql = f"SELECT id, text FROM resolutions WHERE {where} ORDER BY meeting_date DESC LIMIT 20"
    return conn.execute(sql, params).fetchall()


def like_ranked(conn, query: str, filters: Filters) -> list:
    """Baseline 2: the same scan over all rows, ranked by how often the words occur (what FTS5 answers)."""
    where, params = _like(query, filters)
    rows = conn.execute(f"SELECT id, text FROM resolutions WHERE {where}", params).fetchall()
    words = [w.lower() for w in query.split()]
    return sorted(rows, key=lambda r: -sum(r["text"].lower().count(w) for w in words))[:20]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolutions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    sentences = real_sentences()
    records = synthetic_records(args.resolutions, sentences)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        conn = connect(db)
        start = time.perf_counter()
        counts = index_records(conn, records)
        build = time.perf_counter() - start
        size_mb = db.stat().st_size / 1e6
        print(f"{len(sentences)} real sentences -> {counts['resolutions']} resolutions in {counts['packs']} packs; "
              f"index built in {build:.2f} s ({counts['resolutions'] / build:,.0f} resolutions/s), {size_mb:.1f} MB")
        words = re.findall(r"[a-z]{5,}", " ".join(sentences).lower())
        common = max(set(words), key=words.count)
        queries = [
            (common, Filters()),
            ("precept", Filters()),
            ("minutes approved", Filters()),
            ("scrutiny committee recommendations", Filters()),
            ("budget", Filters(body="Town Council", since="2015-01-01")),
        ]
        print(f"\n{'query':<38} {'rows':>5} {'FTS5 ms':>8} {'LIKE top20':>11} {'LIKE+rank':>10} "
              f"{'vs rank':>8} {'CLI ms':>7}")
        for query, filters in queries:
            label = query + (" +filters" if filters != Filters() else "")
            total = conn.execute("SELECT count(*) FROM resolutions_fts WHERE resolutions_fts MATCH ?",
                                 (fts_query(query),)).fetchone()[0]
            fts = median_ms(lambda: search(conn, query, DECISION_TYPES, filters, 20), args.repeat)
            first = median_ms(lambda: like_first(conn, query, filters), args.repeat)
            ranked = median_ms(lambda: like_ranked(conn, query, filters), args.repeat)
            cli = median_ms(lambda: _cli(db, query, filters), 3)
            print(f"{label:<38} {total:>5} {fts:>8.2f} {first:>11.2f} {ranked:>10.2f} {ranked / fts:>7.1f}x "
                  f"{cli:>7.0f}")
        conn.close()
    print("\nFTS5 ms: minutebook.query.search (bm25-ranked top 20, snippet, joins for body/date/item), median."
          "\nLIKE top20: SELECT ... WHERE text LIKE '%w%' AND ... ORDER BY meeting_date DESC LIMIT 20 (unranked, "
          "unstemmed; stops early), median."
          "\nLIKE+rank: the same scan over all rows, ranked in Python by word counts (comparable output), median;"
          " vs rank = LIKE+rank / FTS5."
          "\nCLI ms: `minutebook search ... --format json` as a subprocess, Python start-up included, median of 3.")


def _cli(db: Path, query: str, filters: Filters) -> None:
    cmd = [str(Path(sys.executable).parent / "minutebook"), "search", query, "--db", str(db), "--format", "json"]
    if filters.body:
        cmd += ["--body", filters.body]
    if filters.since:
        cmd += ["--since", filters.since]
    subprocess.run(cmd, check=True, capture_output=True)


if __name__ == "__main__":
    main()
