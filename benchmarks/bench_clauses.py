#!/usr/bin/env python3
"""Clause-analysis benchmark: building the spaCy pipeline once, and clauses/second through it.

Figures, each beside its baseline:
- build: `nlp.build_nlp()` (our components) vs `spacy.blank("en")` alone; `get_nlp()` after the first call
  (the cached instance every caller shares; building per call would cost the build figure every time).
- throughput: `actions.analyse_clause` over clause texts vs the blank tokenizer over the same texts.

    python benchmarks/bench_clauses.py [--repeat N]

Input: the clause texts of ../shared/corpus/gold/clauses.jsonl beside the checkout, else a few built-in ones.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "corpus" / "gold" / "clauses.jsonl"
FALLBACK = [
    "to approve the accuracy of the minutes of the meeting held on 21 January 2021.",
    "to ask cabinet to ask the council's treasury management advisors to research the addition.",
    "that authority be delegated to the Parish Clerk, in consultation with Cllrs Bradbury and Blake.",
    "proposed Cllr Atkins, seconded Cllr Blake. Unanimously agreed.",
    "that the clerk write to the owner by 31 March 2021.",
]


def clause_texts() -> list[str]:
    if GOLD.is_file():
        recs = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
        return [r["text"] for r in recs if not r.get("none")]
    return FALLBACK


def timed(fn, n: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()

    import spacy

    from minutebook.extract.clauses import nlp
    from minutebook.extract.clauses.actions import analyse_clause

    blank = timed(lambda: spacy.blank("en"), 3)
    build = timed(nlp.build_nlp, 3)
    nlp.get_nlp()
    cached = timed(nlp.get_nlp, 1000)
    print(f"build:   spacy.blank {blank * 1e3:8.1f} ms   build_nlp {build * 1e3:8.1f} ms   "
          f"get_nlp (cached) {cached * 1e6:6.2f} µs")

    texts = clause_texts() * args.repeat
    tokenizer = spacy.blank("en")
    base = timed(lambda: [tokenizer(t) for t in texts])
    ours = timed(lambda: [analyse_clause(t, meeting_date="2021-03-18") for t in texts])
    print(f"clauses: {len(texts)} texts   blank tokenizer {len(texts) / base:9.0f}/s   "
          f"analyse_clause {len(texts) / ours:9.0f}/s   ({ours / len(texts) * 1e3:.2f} ms per clause)")


if __name__ == "__main__":
    main()
