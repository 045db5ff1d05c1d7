"""The one spaCy pipeline: `spacy.blank("en")` plus minutebook's rule components.

`build_nlp()` makes it; `get_nlp()` returns one shared instance (building costs tens of milliseconds, so it is
built once per process and reused, never per call). `parse(text)` runs it and hands back plain, frozen
dataclasses (`Parsed`, `Tok`, `Phrase`): spaCy `Doc`s never leave this module.

Components, in order (factories registered under versioned names):
- `minutebook_sentences_v1`: sentence starts suited to minutes (list markers and lines after ";"/":" start a
  sentence; a line break inside a sentence does not).
- `minutebook_verbs_v1`: a PhraseMatcher over every inflection of the verb table; sets `Token._.verb`
  (the lemma), `Token._.verb_forms` (base, s, ed, ing) and `Token._.base_verb`.
- `minutebook_entities_v1`: an EntityRuler over `patterns.OWNER_PATTERNS` and `patterns.DATE_PATTERNS`
  (labels PERSON, BODY, OFFICER, DATE); an owner's name stops at a base-form verb. Each label's patterns are
  matched only on a doc that holds the words they need (`Screen`), with the ruler's own results.
- `minutebook_phrases_v1`: a Matcher over `patterns.TIME_PATTERNS` and `patterns.VOTE_PATTERNS`; sets
  `Doc._.phrases` (labelled spans: DEADLINE, WHEN, IN_FAVOUR, AGAINST, ABSTENTIONS, UNANIMOUS, MAJORITY,
  PROPOSER, SECONDER, VOTE_WORDS).
  Time phrases and vote wording are two Matchers, each run only on a doc that holds the words its patterns
  need (`Screen`).
If `en_core_web_sm` is installed nothing here needs it, and nothing here loads it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from . import patterns as P

LIST_MARKER = re.compile(P.LIST_MARKER_RE.replace(r"\s+", "$"), re.I)
_MARKER_HEAD = re.compile(r"^([a-z]{1,3}|\d{1,2}|[ivx]{1,5})$", re.I)


# ------------------------------------------------------------------------------------------------ extensions
def register_extensions() -> None:
    """Every custom attribute our components set, registered in one place (idempotent)."""
    if not Token.has_extension("verb"):
        Token.set_extension("verb", default=None)
    if not Token.has_extension("verb_forms"):
        Token.set_extension("verb_forms", default=())
    if not Token.has_extension("base_verb"):  # a base-form verb ends an owner's name ("the clerk obtain")
        Token.set_extension("base_verb", default=False)
    if not Doc.has_extension("phrases"):
        Doc.set_extension("phrases", default=())


# ------------------------------------------------------------------------------------------------ verb table
def inflections(lemma: str) -> dict[str, str]:
    """The regular forms of a verb, each with its kind: base, s (3rd person), ed (past/participle), ing."""
    stem = lemma
    if lemma.endswith("ee"):
        ed, ing = lemma + "d", lemma + "ing"
    elif lemma.endswith("e"):
        ed, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        ed, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        ed, ing = lemma + "ed", lemma + "ing"
    if stem.endswith(("s", "x", "z", "ch", "sh")):
        s = stem + "es"
    elif stem.endswith("y") and stem[-2:-1] not in "aeiou":
        s = stem[:-1] + "ies"
    else:
        s = stem + "s"
    forms = {lemma: "base", s: "s", ed: "ed", ing: "ing"}
    for extra in P.IRREGULAR_FORMS.get(lemma, []):
        kind = "ing" if extra.endswith("ing") else "s" if extra == s else "base" if extra == lemma else "ed"
        forms.setdefault(extra, kind)
    if lemma in P.IRREGULAR_FORMS:  # a listed irregular past replaces the regular guess
        if any(f not in (lemma, s, ing) and not f.endswith("ing") for f in P.IRREGULAR_FORMS[lemma]):
            if ed not in P.IRREGULAR_FORMS[lemma]:
                forms.pop(ed, None)
    return forms


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, tuple[str, frozenset[str]]]:
    """Every inflected form of every known verb -> (lemma, kinds)."""
    table: dict[str, tuple[str, set[str]]] = {}
    lemmas = [v for verbs in P.CATEGORY_VERBS.values() for v in verbs] + P.OTHER_VERBS + list(P.IRREGULAR_FORMS)
    for lemma in lemmas:
        for form, kind in inflections(lemma).items():
            known = table.setdefault(form, (lemma, set()))
            if known[0] == lemma:
                known[1].add(kind)
        if lemma in P.IRREGULAR_FORMS.get(lemma, []):  # "set", "put": the past participle is the base form
            table[lemma][1].add("ed")
    return {form: (lemma, frozenset(kinds)) for form, (lemma, kinds) in table.items()}


def category_of(lemma: str | None) -> str | None:
    """The guidelines' category of a decision verb's lemma (`other` when it is in no list)."""
    if not lemma:
        return None
    for category, verbs in P.CATEGORY_VERBS.items():
        if lemma in verbs:
            return category
    return "other"


# ------------------------------------------------------------------------------------------------ components
@Language.factory("minutebook_sentences_v1")
def make_sentences(nlp: Language, name: str):
    return MinutesSentences()


class MinutesSentences:
    """Sentence starts for minutes: after . ! ? before a capital or digit; at list markers and after ;/: at a
    line start; never just because a line broke."""

    def __call__(self, doc: Doc) -> Doc:
        marker = LIST_MARKER
        abbreviations = set(P.ABBREVIATIONS)
        prev = None  # last non-space token
        newline = False
        for tok in doc:
            if tok.is_space:
                newline = newline or "\n" in tok.text
                tok.is_sent_start = False
                continue
            if prev is None:
                tok.is_sent_start = True
            else:
                first = tok.text[:1]
                before = doc[prev.i - 1].lower_ if prev.i else ""
                after_stop = (prev.text in ("!", "?") or (prev.text == "." and before not in abbreviations
                                                          and not (len(before) == 1 and before.isalpha()))
                              or (prev.text.endswith(".") and len(prev.text) > 3 and prev.text[:-1].isalpha()
                                  and prev.lower_[:-1] not in abbreviations))
                starts_upper = first.isupper() or first.isdigit() or first in "(\"“‘'•"
                after_break = (newline or "\n" in prev.whitespace_) and (
                    prev.text in (";", ":", ".") or _starts_marker(doc, tok.i, marker))
                tok.is_sent_start = bool((after_stop and starts_upper) or after_break)
            newline = "\n" in tok.whitespace_
            prev = tok
        return doc


def _starts_marker(doc: Doc, i: int, marker) -> bool:
    """A list marker starts at token i: "(a)", "1.", "ii)", "•" (the tokenizer splits some of them)."""
    text = doc[i].text
    if marker.match(text):
        return True
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    if text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")" and len(nxt) <= 4:
        return True
    return bool(_MARKER_HEAD.match(text)) and nxt in (")", ".")


@Language.factory("minutebook_verbs_v1")
def make_verbs(nlp: Language, name: str):
    return DecisionVerbs(nlp)


VERBS_KEY = "minutebook_verbs"  # Doc.user_data: token index -> (lemma, forms)


class DecisionVerbs:
    """Marks every known verb form with its lemma (a blank pipeline has no lemmatizer)."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_lemma: dict[str, list[str]] = {}
        for form, (lemma, _) in verb_forms().items():
            by_lemma.setdefault(lemma, []).append(form)
        for lemma, forms in by_lemma.items():
            self.matcher.add(lemma, [nlp.make_doc(f) for f in forms])

    def __call__(self, doc: Doc) -> Doc:
        table = verb_forms()
        found = doc.user_data.setdefault(VERBS_KEY, {})  # the same facts by token index, cheap to read back
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            lemma, kinds = table[span.text.lower().replace(" ", "")]
            forms = tuple(sorted(kinds))
            for tok in span:
                tok._.verb = lemma
                tok._.verb_forms = forms
                tok._.base_verb = "base" in kinds
                found[tok.i] = (lemma, forms)
        return doc


@Language.factory("minutebook_entities_v1")
def make_entities(nlp: Language, name: str):
    return Entities(nlp, name)


class Entities:
    """Owners (PERSON, BODY, OFFICER) and dates as `doc.ents`: spaCy's EntityRuler over `patterns.OWNER_PATTERNS`
    and `patterns.DATE_PATTERNS`, with its matching done one label at a time and only where the doc holds the
    words that label's patterns need (`Screen`): most clauses name no person and no date. The ruler keeps the
    longest match, then the first; where one span matched under two labels, which label wins is left to the
    whole ruler, so the entities are always those of the EntityRuler alone."""

    def __init__(self, nlp: Language, name: str):
        patterns = P.OWNER_PATTERNS + P.DATE_PATTERNS
        self.ruler = EntityRuler(nlp, name, validate=True)
        self.ruler.add_patterns(patterns)
        by_label: dict[str, list[tuple[str, list[dict]]]] = {}
        self.label_of: dict[int, str] = {}  # the ruler's match key -> the entity label
        for entry in patterns:
            key = entry["label"] if "id" not in entry else f"{entry['label']}{self.ruler.ent_id_sep}{entry['id']}"
            by_label.setdefault(entry["label"], []).append((key, entry["pattern"]))
            self.label_of[nlp.vocab.strings.add(key)] = entry["label"]
        self.groups = []
        for entries in by_label.values():
            matcher = Matcher(nlp.vocab, validate=True)
            for key, pattern in entries:
                matcher.add(key, [pattern])
            self.groups.append((matcher, Screen.of([pattern for _, pattern in entries])))

    def __call__(self, doc: Doc) -> Doc:
        words = Words.of(doc)
        found = {(key, start, end) for matcher, screen in self.groups if screen.admits(words)
                 for key, start, end in matcher(doc) if start != end}
        labels: dict[tuple[int, int], set[str]] = {}
        for key, start, end in found:
            labels.setdefault((start, end), set()).add(self.label_of[key])
        if any(len(each) > 1 for each in labels.values()):
            matches = self.ruler.match(doc)
        else:  # the ruler's order: longest first, then leftmost
            matches = sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        self.ruler.set_annotations(doc, matches)
        return doc


@Language.factory("minutebook_phrases_v1")
def make_phrases(nlp: Language, name: str):
    return Phrases(nlp)


class Phrases:
    """Deadlines, time phrases and vote wording as labelled spans on `Doc._.phrases`.

    Time phrases and vote wording are matched apart, each only where the doc holds the words its patterns
    need (`Screen`): most clauses have no vote wording and no date, and a Matcher's cost grows with its
    patterns times the doc's tokens. Each group's matches come out as they would from one Matcher of both."""

    def __init__(self, nlp: Language):
        self.groups = []
        for pats in (P.TIME_PATTERNS, P.VOTE_PATTERNS):
            matcher = Matcher(nlp.vocab, validate=True)
            for label, label_pats in pats.items():
                matcher.add(label, label_pats, greedy="LONGEST")
            self.groups.append((matcher, Screen.of([p for label_pats in pats.values() for p in label_pats])))

    def __call__(self, doc: Doc) -> Doc:
        words = Words.of(doc)
        (times, time_screen), (votes, vote_screen) = self.groups
        time = filter_spans([Span(doc, s, e, label=m) for m, s, e in times(doc)]) if time_screen.admits(words) else []
        vote = [Span(doc, s, e, label=m) for m, s, e in votes(doc)] if vote_screen.admits(words) else []
        doc._.phrases = tuple(sorted(time + vote, key=lambda s: (s.start, -s.end)))
        return doc


# ------------------------------------------------------------------------------------------------ pipeline
def build_nlp() -> Language:
    """A blank English pipeline with minutebook's components. Offline; no trained model needed."""
    register_extensions()
    nlp = spacy.blank("en")
    for form in verb_forms():
        if "-" in form:  # co-opt, re-elect: keep hyphenated verbs whole
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
            nlp.tokenizer.add_special_case(form.capitalize(), [{"ORTH": form.capitalize()}])
    nlp.add_pipe("minutebook_sentences_v1")
    nlp.add_pipe("minutebook_verbs_v1")
    nlp.add_pipe("minutebook_entities_v1")
    nlp.add_pipe("minutebook_phrases_v1")
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The shared pipeline, built on first use."""
    return build_nlp()


# ------------------------------------------------------------------------------------------------ screens
#: What a pattern token's word may be named by: its lower-cased form, or its text as written.
_WORD_ATTRS = {"LOWER": "lower", "TEXT": "text", "ORTH": "text"}


def _required(op: str | None) -> bool:
    """Whether a pattern token with this operator must match at least one token ("+", "{2}", "{1,4}" must;
    "?", "*", "{0,2}", "{,3}" need not; "!" matches where the token is absent)."""
    if op is None or op == "+":
        return True
    m = re.fullmatch(r"\{(\d*)(?:,\d*)?\}", op)
    return bool(m and m.group(1) and int(m.group(1)) > 0)


def _need(spec: dict) -> tuple[str, frozenset[str] | re.Pattern] | None:
    """What one pattern token asks of some token of the text, as (what, wanted): ("lower" or "text", a set of
    words, or a regex the word must match) or ("ent", a set of entity labels). None when it names nothing a
    text must hold (a shape, a NOT_IN list), so that any text may hold it."""
    for attr, what in _WORD_ATTRS.items():
        value = spec.get(attr)
        if isinstance(value, str):
            return what, frozenset({value})
        if isinstance(value, dict) and set(value) == {"IN"}:
            return what, frozenset(value["IN"])
        if isinstance(value, dict) and set(value) == {"REGEX"}:
            return what, re.compile(value["REGEX"])  # the Matcher searches, as `re.search` does
    value = spec.get("ENT_TYPE")
    if isinstance(value, str):
        return "ent", frozenset({value})
    if isinstance(value, dict) and set(value) == {"IN"}:
        return "ent", frozenset(value["IN"])
    return None


@dataclass(frozen=True)
class Words:
    """What a doc holds, for `Screen`: its tokens' lower-cased forms and texts, and its entity labels."""

    lower: frozenset[str]
    text: frozenset[str]
    ent: frozenset[str]

    @classmethod
    def of(cls, doc: Doc) -> Words:
        return cls(frozenset(t.lower_ for t in doc), frozenset(t.text for t in doc),
                   frozenset(e.label_ for e in doc.ents))


@dataclass(frozen=True)
class Screen:
    """A cheap, necessary condition for a group of Matcher patterns to match a text: every pattern needs
    certain words (its tokens that must match once or more and name a word, a word list, a regex or an entity
    label), so a text that lacks one of each pattern's can hold none of them and the matching may be skipped.
    It never says no where the Matcher would find something; it may say yes where it finds nothing."""

    index: dict[str, dict[str, frozenset[int]]]  # "lower"/"text"/"ent" -> word -> the word-list needs it meets
    regexes: tuple[tuple[str, re.Pattern], ...]  # the regex needs, by number
    patterns: tuple[tuple[frozenset[int], tuple[int, ...]], ...]  # per pattern: word-list needs, regex needs

    @classmethod
    def of(cls, patterns: list[list[dict]]) -> Screen:
        lists: dict = {}
        regexes: dict = {}
        per_pattern = []
        for pattern in patterns:
            mine, theirs = set(), set()
            for spec in pattern:
                need = _need(spec) if _required(spec.get("OP")) else None
                if need is None:
                    continue
                what, wanted = need
                if isinstance(wanted, re.Pattern):
                    theirs.add(regexes.setdefault((what, wanted.pattern), (len(regexes), need))[0])
                else:
                    mine.add(lists.setdefault((what, wanted), len(lists)))
            per_pattern.append((frozenset(mine), tuple(sorted(theirs))))
        index: dict[str, dict[str, set[int]]] = {"lower": {}, "text": {}, "ent": {}}
        for (what, words), n in lists.items():
            for word in words:
                index[what].setdefault(word, set()).add(n)
        return cls({what: {w: frozenset(ns) for w, ns in table.items()} for what, table in index.items()},
                   tuple(need for _, need in regexes.values()), tuple(per_pattern))

    def admits(self, words: Words) -> bool:
        met: set[int] = set()
        for what in ("lower", "text", "ent"):
            table, have = self.index[what], getattr(words, what)
            if have:
                for word in have & table.keys():
                    met |= table[word]
        known: dict[int, bool] = {}
        for lists, regexes in self.patterns:
            if not lists <= met:
                continue
            for n in regexes:  # a regex visits every word: only for a pattern whose word lists are all there
                if n not in known:
                    what, regex = self.regexes[n]
                    known[n] = any(regex.search(word) for word in getattr(words, what))
                if not known[n]:
                    break
            else:
                return True
        return False


# ------------------------------------------------------------------------------------------------ plain results
@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    lower: str
    idx: int  # character offset in the parsed text
    sent_start: bool
    verb: str | None  # lemma where the token is a known verb form
    verb_forms: tuple[str, ...]
    ent: str  # entity label ('' outside entities)
    ent_i: int  # index into Parsed.ents, -1 outside
    is_punct: bool
    is_space: bool
    is_title: bool
    like_num: bool


@dataclass(frozen=True, slots=True)
class Phrase:
    label: str
    start: int  # token indices
    end: int
    text: str
    start_char: int
    end_char: int


@dataclass(frozen=True)
class Parsed:
    text: str
    toks: tuple[Tok, ...]
    ents: tuple[Phrase, ...]
    phrases: tuple[Phrase, ...]

    def sentences(self) -> list[tuple[int, int]]:
        """Token ranges of the sentences."""
        starts = [i for i, t in enumerate(self.toks) if t.sent_start] or [0]
        return list(zip(starts, starts[1:] + [len(self.toks)]))


def _phrase(span: Span) -> Phrase:
    return Phrase(span.label_, span.start, span.end, span.text, span.start_char, span.end_char)


def to_parsed(doc: Doc) -> Parsed:
    ent_of = {}
    for n, ent in enumerate(doc.ents):
        for i in range(ent.start, ent.end):
            ent_of[i] = n
    verbs = doc.user_data.get(VERBS_KEY, {})  # read from the dict, not Token._ (slow per attribute)
    toks = tuple(
        Tok(t.text, t.lower_, t.idx, bool(t.is_sent_start), *verbs.get(t.i, (None, ())), t.ent_type_,
            ent_of.get(t.i, -1), t.is_punct, t.is_space, t.is_title, t.like_num)
        for t in doc)
    return Parsed(doc.text, toks, tuple(_phrase(e) for e in doc.ents), tuple(_phrase(s) for s in doc._.phrases))


def parse(text: str) -> Parsed:
    """Run the shared pipeline over one text."""
    return to_parsed(get_nlp()(text))


#: `parse`, or a `remembering_parser()`: what the clause rules are given to parse with
Parser = Callable[[str], Parsed]


def remembering_parser(maxsize: int = 512) -> Parser:
    """A `parse` that keeps what it parsed last (up to `maxsize` texts). `Parsed` is immutable, so a text met
    again in the same pack (a clause read for its recommendation and again for its votes, a lead-in read with
    each of its points) is parsed once. Make one per pack (the pipeline's `Context.parse`), so that nothing
    carries from one pack to the next: memory would follow the archive's size, and a batch over near-identical
    packs would look faster than real work."""
    return lru_cache(maxsize=maxsize)(parse)
