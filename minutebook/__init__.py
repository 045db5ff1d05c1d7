"""minutebook: council meeting PDFs -> evidence-anchored decision records (JSONL)."""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("minutebook")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0+unknown"
