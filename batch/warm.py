"""Imported once by the forkserver that batch workers are forked from: the pipeline imported and its spaCy
pipeline built there, so every worker (including those that replace retired ones) starts with both."""
from __future__ import annotations

from ..extract import pipeline  # noqa: F401 - what every job runs
from ..extract.clauses.nlp import get_nlp
from . import task  # noqa: F401 - the worker's code, imported before the fork

get_nlp()
