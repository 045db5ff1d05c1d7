"""Stage 2a, clean: text hygiene on each line, keeping the verbatim text faithful.

Only what would stop a rule or a scorer from matching the printed words is changed:
- ligature characters (U+FB00..U+FB06, "ﬁ") become their letters (NFKC of those characters only);
- non-breaking and other fixed-width spaces, tabs and stray line breaks become a plain space; zero-width
  characters and the BOM go;
- soft hyphens inside a line go (they are invisible); at a line's end one is printed, so it becomes "-";
- control characters and U+FFFD/U+FFFE/U+FFFF (characters the PDF's font could not map) go;
- the private-use bullets that Symbol/Wingdings fonts leave ("\\uf0b7") become the bullet they print.
Curly quotes, dashes, accents and every other character stay as printed (gold quotes keep them); use
`fold_for_match` to compare text loosely, and `stitch_lines` to join lines with words hyphenated across them.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from ...models import Page
from .store import Pages

_SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205f\u3000\t\n\r\x0b\x0c\x85\u2028\u2029"), " ")
_DROP = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\ufffd\ufffe\uffff"), None)
#: Private-use code points that Symbol and Wingdings fonts use for list bullets, and what they print.
_PUA_BULLETS = {0xF0B7: "\u2022", 0xF0A7: "\u25aa", 0xF06C: "\u25cf", 0xF0D8: "\u27a2", 0xF0FC: "\u2713", 0xF02D: "-"}
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LIGATURES = re.compile("[\ufb00-\ufb06]")
_SOFT_HYPHEN = "\u00ad"
_RUNS = re.compile(r" {2,}")
_TABLE = {**_SPACES, **_DROP, **_PUA_BULLETS}


def clean_text(text: str) -> str:
    """One line's text with the hygiene above applied. Idempotent; never adds words."""
    if text.isascii() and text.isprintable():  # most lines: nothing above applies but the spaces
        return (_RUNS.sub(" ", text) if "  " in text else text).strip()
    text = text.translate(_TABLE)
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = _CONTROL.sub("", text)
    stripped = text.rstrip()
    if stripped.endswith(_SOFT_HYPHEN):
        text = stripped.rstrip(_SOFT_HYPHEN) + "-"
    text = text.replace(_SOFT_HYPHEN, "")
    return _RUNS.sub(" ", text).strip()


def clean_pages(pages: Iterable[Page]) -> Pages:
    """The pages with each line's text cleaned; lines left empty are dropped (`Pages.map`: the same mode)."""
    return Pages.of(pages).map(clean_page)


def clean_page(page: Page) -> Page:
    lines = []
    changed = False
    for line in page.lines:
        text = clean_text(line.text)
        if text != line.text:
            changed = True
            if not text:
                continue
            line = replace(line, text=text)
        lines.append(line)
    return page.model_copy(update={"lines": lines}) if changed else page


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
                         "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
                         "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"})


def fold_for_match(text: str) -> str:
    """Text folded for loose comparison only (never for output): curly quotes and dashes to ASCII,
    whitespace runs to one space, case folded."""
    return " ".join(clean_text(text).translate(_QUOTES).split()).casefold()


_HYPHENATED = re.compile(r"(\w+)-$")
_CONTINUES = re.compile(r"^([a-z]\w*)")


def stitch_lines(lines: Iterable[str], vocabulary: set[str] | None = None) -> str:
    """Join lines into running text, re-joining words hyphenated across a line break.

    A line ending "word-" followed by a line starting with a lower-case word is a candidate. When a
    `vocabulary` is given (e.g. `words_of(all text of the document)`) the document decides: the joined word
    without hyphen if it occurs there ("sub-" + "division" -> "subdivision"), else the hyphen is kept
    ("follow-" + "up" -> "follow-up"). Without a vocabulary the hyphen is dropped. A hyphen before an
    upper-case or numeric start is always kept, with no space after it ("2007-GE-" + "T7-0040").
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        head = _HYPHENATED.search(out)
        if head:
            tail = _CONTINUES.match(line)
            joined = head.group(1) + tail.group(1) if tail else None
            if joined and (vocabulary is None or joined.lower() in vocabulary):
                out = out[:-1] + line
            else:  # a hyphen that belongs to the text: keep it, with no space after it
                out = out + line
            continue
        out = out + " " + line
    return out


def words_of(text: str) -> set[str]:
    """The lower-cased words of a text, hyphenated compounds split, for `stitch_lines`' vocabulary."""
    return {word.lower() for word in re.findall(r"\w+", text)}
