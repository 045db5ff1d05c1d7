"""The researchers' database: load minutebook's JSONL into SQLite, search it, export it, show evidence.

`load` reads JSONL files and folders as plain dicts (the contract, not the models, so outputs of any
version load); `tables` lays out the SQLite tables; `index` upserts records; `search` ranks decisions with
FTS5; `output` writes hits and exports as table/CSV/JSON; `evidence` runs the pipeline for one PDF and
`evidence_html` turns its records and page images into the self-contained evidence page.
"""
