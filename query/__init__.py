"""The researchers' database: load minutebook's JSONL into SQLite, search it, export it, show evidence.

`load` reads JSONL files and folders as plain dicts (the contract, not the models, so outputs of any
version load); `tables` describes the SQLite tables; `index` upserts records; `search` ranks decisions with
FTS5; `export` writes CSV/JSONL; `evidence` and `evidence_html` build the self-contained evidence page.
"""
