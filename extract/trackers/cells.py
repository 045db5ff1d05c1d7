"""What one tracker cell or paragraph holds: its recommendations, one per bullet, letter or sentence whose bullet
was lost, without markers, labels or printing noise; a topic printed before them; a status printed after them.
"""
from __future__ import annotations

import re

from . import patterns as P
from .responses import looks_like_response
from .layout import Entry, Group, Span


def action_led(text: str) -> bool:
    """Starts like an instruction ("Ask cabinet to", "note the"), not a title ("Work programme", "Draft budget")."""
    words = text.split()
    return verb_start(text) and (len(words) < 2 or words[1].lower() in P.OBJECT or words[0].lower() in ("to", "that"))


def short_title(words: str) -> bool:
    return len(words.split()) <= 4 and words[:1].isupper() and words[-1:] not in ".;:," and not action_led(words)


def topic_like(entry: Entry, text: str, group: Group) -> bool:
    if group.items or group.topic or group.date is None:
        return False
    if len(text.split()) > 14 or text[-1:] in ".;:," or not text[:1].isupper() or action_led(text):
        return False
    return not re.search(r"\s[•▪●]\s", text)


def topic_heading(text: str) -> bool:
    """Short words that name a topic rather than ask for something ("Housing", "Adult social care")."""
    return (len(text.split()) <= 8 and text[-1:] not in ".;:," and text[:1].isupper() and not action_led(text)
            and not P.VERB.match(text))


def split_topic(text: str) -> tuple[str | None, str]:
    """"Budget scrutiny Ask cabinet to ..." -> ("Budget scrutiny", "Ask cabinet to ...")."""
    words = text.split()
    for k in range(1, min(6, len(words))):
        head = words[:k]
        if any(w.lower() in P.PREFIX_STOP or P.VERB.match(w) for w in head) or not head[0][:1].isupper():
            return None, text
        if k >= 2 and P.VERB.match(words[k]) and words[k].lower() not in ("to", "that") and len(words) - k >= 3:
            return " ".join(head), " ".join(words[k:])
    return None, text


def cell_pieces(entry: Entry, text: str, group: Group) -> list[tuple[str, list[Span], bool, bool]]:
    """(words, spans, lettered, is_response) for each recommendation a cell or paragraph holds."""
    spans = [s for s in entry.text if s.text]
    if not spans:
        return []
    # One string over the cleaned lines, each character traceable to its span.
    chars: list[int] = []
    parts = []
    for i, span in enumerate(spans):
        if parts:  # the space between two lines belongs to the line before it
            parts.append(" ")
            chars.append(i - 1)
        parts.append(span.text)
        chars.extend([i] * len(span.text))
    joined = "".join(parts)
    cuts = {0}
    offset = 0
    for i, span in enumerate(spans):
        if i and (P.MARKER.match(span.text) or P.LETTER.match(span.text)):
            cuts.add(offset)
        offset += len(span.text) + 1
    for found in list(P.INLINE_BULLET.finditer(joined)) + list(P.LOST_BULLET.finditer(joined)):
        before = joined[:found.start()]
        if found.re is P.LOST_BULLET and P.ABBREV.search(before[-6:]):
            continue
        cuts.add(found.end())
    bounds = sorted(cuts) + [len(joined)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        piece = joined[a:b].strip()
        used = [spans[k] for k in sorted({chars[c] for c in range(a, min(b, len(chars)))})]
        piece = P.MARKER.sub("", piece).strip()
        piece = P.MARKER.sub("", piece).strip()
        lettered = bool(P.LETTER.match(piece))
        piece = P.REC_LABEL.sub("", P.LETTER.sub("", piece).strip()).strip()
        if not piece or _truncated_noise(piece):
            continue
        trailing = P.TRAILING_STATUS.search(piece)
        if trailing and len(piece.split()) > 3:
            out.append((piece[:trailing.start()].strip(), used, lettered, False))
            out.append((trailing.group(1), used[-1:], False, True))
            continue
        is_response = (entry.kind == "para" and out != [] and not verb_start(piece) and looks_like_response(piece))
        out.append((piece, used, lettered, is_response))
    header_row = any(k in entry.fields for k in ("date", "topic", "status", "owner", "due"))
    if out and not group.topic and not group.items and not out[0][2] and not header_row:
        topic, body = split_topic(out[0][0])
        if topic:
            group.topic = topic
            out[0] = (body, out[0][1], out[0][2], out[0][3])
    return out


def verb_start(text: str) -> bool:
    return bool(P.VERB.match(text)) and not re.match(r"to be\b", text, re.I)


def _truncated_noise(piece: str) -> bool:
    """A fragment cut off mid-word by the rendering ("The state of the s")."""
    last = piece.split()[-1]
    return len(last) == 1 and last.isalpha() and last.lower() not in ("a", "i") and piece[-1].isalpha() \
        and len(piece.split()) <= 8
