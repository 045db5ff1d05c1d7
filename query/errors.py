"""What can go wrong in the index, as exceptions the CLI turns into messages."""
from __future__ import annotations


class QueryError(ValueError):
    """Base of the errors of the researchers' database; the message says what to do."""


class LoadError(QueryError):
    """An input that is not minutebook JSONL: the message names the file and line."""


class NotAnIndex(QueryError):
    """The database cannot be used as a minutebook index (missing, another layout version, not SQLite)."""


class BadQuery(QueryError):
    """A search or export option that cannot be applied (a malformed date, an FTS5 syntax error, ...)."""
