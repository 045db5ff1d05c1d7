"""Recorded votes printed as labelled tallies, and which decision each belongs to.

Minutes record a named vote as a block of labelled lines, before or after the decision it counts:

    A recorded vote was taken:
    FOR: Councillors Adams, Brown, Clarke and Davies (4)
    AGAINST: Councillor Evans
    ABSTAIN: Nil

`tally_counts` reads such a block (a count in brackets or alone, "Nil"/"None", or a list of names, counted);
`tally_blocks` finds the blocks in a text, and `nearest` gives each to the decision it stands closest to.
Numeric one-line tallies ("For 8, Against 2") are the spaCy vote patterns' (`patterns.VOTE_PATTERNS`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_LABELS = {
    "in_favour": r"for|in\s+favou?r|ayes?|yes",
    "against": r"against|noes|nays?",
    "abstentions": r"abstain(?:ed|ing|s)?|abstentions?",
}
_LABEL = "|".join(f"(?P<{key}>{pattern})" for key, pattern in _LABELS.items())
#: A label, an optional count in brackets, and a colon or dash: "FOR (5):", "Against -", "Abstentions:". It opens
#: a line or follows punctuation; after a plain space it must be capitalised ("... and Green AGAINST (2): ...").
TALLY = re.compile(rf"(?:^|(?<=[;:,.)])|(?<=\s))[ \t]*(?:{_LABEL})[ \t]*(?:\((?P<n>\d{{1,3}})\))?[ \t]*[:\-\u2013]",
                   re.I | re.M)
_NONE = re.compile(r"(?:nil|none|no\s*one|zero|0)", re.I)
_TITLE = re.compile(r"^(?:councillors?|cllrs?|crs?|members?|mr|mrs|ms|dr|alderm[ae]n)\b\.?\s*", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*", re.I)
#: Where a list of names gives way to prose: a full stop, then a capitalised word and a lower-case one.
_PROSE = re.compile(r"\.\s+(?=[A-Z][a-z]+\s+[a-z])")
MAX_NAME_WORDS = 5
#: A line a list of names runs on from: it breaks after a comma, "&" or "and".
_WRAPS = re.compile(r"(?:[,&]|\band)\s*$", re.I)


def tally_counts(text: str) -> dict[str, int]:
    """The counts a block of labelled tallies states: {"in_favour": 4, "against": 1, "abstentions": 0}.

    A tally's list runs to the next label, or to its line's end unless the line breaks after a comma or "and".
    A tally whose list is neither a number, "nil"/"none" nor a list of capitalised names is left out."""
    found = [m for m in TALLY.finditer(text) if _opens(text, m)]
    # Names without a councillor's title count only in a block of two or more tallies: "For: Decision" in a
    # report's header is no vote, "FOR: Smith, Jones / AGAINST: White" is.
    labels = {next(name for name in _LABELS if m.group(name)) for m in found}
    out: dict[str, int] = {}
    for k, m in enumerate(found):
        key = next(name for name in _LABELS if m.group(name))
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        for brk in re.finditer(r"\n", text[m.end():end]):
            if not _WRAPS.search(text[m.end():m.end() + brk.start()]):
                end = m.end() + brk.start()
                break
        n = int(m.group("n")) if m.group("n") else _count(text[m.end():end], titled=len(labels) < 2)
        if n is not None:
            out.setdefault(key, n)
    return out


#: A capitalised label followed by its count with no colon: "For 5", "AGAINST 0", "Abstain 1".
_BARE = re.compile(rf"(?:{_LABEL})[ \t]+(?P<n>\d{{1,3}}|nil|none)\b", re.I)


def bare_tallies(text: str) -> dict[str, int]:
    """Counts printed label first with no colon, two or more in a row: "(For 5 Against 0 Abstain 1)". The run
    must open the text or follow punctuation, so "5 For" stays the number-first vote wording's; inside the
    run a count before a label is the previous label's, not that label's ("For 5 Against 0": 0 against)."""
    runs: list[list[re.Match]] = []
    for m in _BARE.finditer(text):
        if not m.group(0)[:1].isupper():
            continue
        if runs and not text[runs[-1][-1].end():m.start()].strip(" \t,;"):
            runs[-1].append(m)
            continue
        before = text[:m.start()].rstrip(" \t")
        if not before or before[-1] in "\n(:;,.":
            runs.append([m])
    out: dict[str, int] = {}
    for run in runs:
        if len(run) < 2:
            continue
        for m in run:
            key = next(name for name in _LABELS if m.group(name))
            out.setdefault(key, _count(m.group("n")) or 0)
    return out


def _opens(text: str, m: re.Match) -> bool:
    """A label at a line's start or after punctuation; after a space only when capitalised."""
    before = text[:m.start()].rstrip(" \t")
    label = m.group(0).strip()
    return not before or before[-1] in "\n;:,.)" or label[:1].isupper()


def _count(listed: str, titled: bool = False) -> int | None:
    """The count a tally's list states; with `titled`, a list of names counts only under a title ("Cllrs")."""
    listed = _PROSE.split(listed, 1)[0]
    listed = " ".join(listed.split()).strip(" .;,")
    bracketed = re.search(r"\((\d{1,3})\)\s*$", listed)
    if bracketed:
        return int(bracketed.group(1))
    if not listed:
        return None
    if _NONE.fullmatch(listed):
        return 0
    if re.fullmatch(r"\d{1,3}", listed):
        return int(listed)
    if titled and not _TITLE.match(listed):
        return None
    names = [part for part in _SPLIT.split(_TITLE.sub("", listed)) if part]
    if not names:
        return None
    for name in names:
        words = _TITLE.sub("", name).split()
        if not words or len(words) > MAX_NAME_WORDS or not all(w[:1].isupper() for w in words):
            return None
    return len(names)


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    text: str


def tally_blocks(text: str) -> list[Block]:
    """Runs of tally lines that state at least one count, with the line that introduces them when it speaks
    of the vote ("A recorded vote was taken:")."""
    blocks: list[Block] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*", text) if m.end() > m.start()]
    k = 0
    while k < len(lines):
        start, end = lines[k]
        if not _starts(text, start):
            k += 1
            continue
        first = k
        while k + 1 < len(lines) and (_starts(text, lines[k + 1][0]) or _continues(text, lines[k], lines[k + 1])):
            k += 1
        block = text[lines[first][0]:lines[k][1]]
        if tally_counts(block):
            blocks.append(Block(lines[first][0], lines[k][1], block))
        k += 1
    return blocks


def _starts(text: str, at: int) -> bool:
    """Whether the line at `at` opens with a tally label."""
    return TALLY.match(text, at) is not None


def _continues(text: str, line: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """A list of names wrapped onto the next line: the line breaks after a comma or "and"."""
    return bool(_WRAPS.search(text[line[0]:line[1]])) and bool(text[nxt[0]:nxt[1]].strip())


def nearest(blocks: list[Block], statements: list[tuple[int, int]], gap: int = 160) -> dict[int, str]:
    """Each block's text given to the statement (index into `statements`, (start, end) character spans in reading
    order) it stands closest to: after the end of one, or before the start of the next, with no more than
    `gap` characters of other text between. A block inside a statement is its own text's, not given again."""
    out: dict[int, list[str]] = {}
    for block in blocks:
        before = [i for i, (_, end) in enumerate(statements) if end <= block.start]
        after = [i for i, (start, _) in enumerate(statements) if start >= block.end]
        if any(start < block.end and end > block.start for start, end in statements):
            continue
        options = []
        if before:
            i = before[-1]
            options.append((block.start - statements[i][1], i))
        if after:
            i = after[0]
            options.append((statements[i][0] - block.end, i))
        options = [o for o in options if o[0] <= gap]
        if options:
            out.setdefault(min(options)[1], []).append(block.text)
    return {i: "\n".join(texts) for i, texts in out.items()}
