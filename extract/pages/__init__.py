"""Pages after reading: `clean` (ligatures, hyphenation, spacing), `furniture` (printed page labels, running
headers and footers), `store` (a long pack's pages in a temporary file), `windows` (reading a long pack a
window at a time), `stream` (text across page breaks, mapped back to pages and boxes), `layout` (rows,
headings and body size for the stages that read the page's shape)."""
from .clean import clean_page
from .furniture import MarginLines, mark_furniture
from .store import Pages
from .stream import TextStream

__all__ = ["MarginLines", "Pages", "TextStream", "clean_page", "mark_furniture"]
