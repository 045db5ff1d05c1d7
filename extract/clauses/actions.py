"""Clause analysis: what a clause of a RESOLVED statement decides, who is to act, by when, and the votes.

    analyse_clause(text, lead_in=None, meeting_date=None, subject=None, meeting_body=None, parser=parse) -> ClauseFields
    votes_of(text, parser=parse) -> Votes | None;  with_votes(resolution, parser=parse) -> Resolution (votes filled)
    recommendations_for(resolution, ctx, parser=parse) -> list[Recommendation]     (the call the pipeline makes)

The rules (corpus/GUIDELINES-clauses.md) read the plain results of the shared spaCy pipeline (`nlp.parse`; the
pipeline passes its pack's `Context.parse`, which remembers texts met before in the pack):
- **action**: the lemma of the clause's main decision verb. In order: a decision form at the clause's start
  (`[not] to V`, an imperative `note the ...`, a past-tense point `Noted the ...`, `that NP be Ved`,
  `that NP [would] V`); else, for a point under a
  lead-in with a verb ("that the following payments be authorised:"), the lead-in's verb; else the first verb
  group anywhere in the clause; else (a bare "proposed Cllr A, seconded Cllr B" formula) the subject's verb.
  `to consider and approve` -> approve; `that this was an acceptable reserve` -> be.
- **category** from the verb table (patterns.CATEGORY_VERBS); a negated verb -> patterns.NEGATED_CATEGORY or
  `other`.
- **owner**: for a request/refer verb, who it addresses (`ask cabinet to ...` -> cabinet; `be delegated to the
  Parish Clerk` -> the Parish Clerk); for `that <person or officer> [would] V`, that person; else None (the
  meeting acts). Chained requests (`ask cabinet to ask the advisors to ...`) add `addressees`.
- **due**: a deadline with a day (`by 31 March 2021`, `within 28 days` of a known meeting date) as ISO;
  any other stated time (`by the next meeting`, `in April`) in `due_text`. `dates`: every date referred to.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ...models import Recommendation, Resolution, Votes
from . import patterns as P
from .evidence import clause_source
from ..text.dates import has_day, parse_date, to_date, within
from .nlp import Parsed, Parser, Tok, category_of, parse
from ..text.tallies import bare_tallies, tally_counts
from ..pack import Context

VOTE_LABELS = set(P.VOTE_PATTERNS)
OWNER_LABELS = {"PERSON", "OFFICER", "BODY"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "any",
                "all", "of", "for", "'s", "’s", "no", "each", "every", "such", "back", "following", "with"}
_STOP_NP = {"to", "that", "and", ",", ";", ":", "(", ")", ".", "in", "on", "for", "with", "by", "who", "which",
            "about", "regarding", "asking", "requesting", "expressing", "setting", "from", "if", "whether",
            "a", "an"}
_OBJECT_VERBS = set(P.CHARGING_VERBS)
_TO_VERBS = {"refer", "recommend", "delegate", "write", "report", "submit", "send"}
_LEAD_STRIP = re.compile(r"^\s*(?:it\s+was\s+)?(?:resolved|agreed)\b[\s,:;–—-]*", re.I)
_MARKER = re.compile(P.LIST_MARKER_RE, re.I)
_TRAILING_MARKER = re.compile(
    r"\s+(?:\(?[a-z]{1,2}\)|\(?\d{1,2}[.)]|\(?[ivx]{1,5}\)|[" + re.escape(P.BULLETS) + r"])\s*$", re.I)
#: Stems of regular participles that lost an "e": finalis(ed), minut(ed), issu(ed), acknowledg(ed), chang(ed).
_E_STEMS = ("s", "c", "v", "z", "at", "ut", "ir", "ur", "u", "dg", "rg", "ang", "ot", "id", "ud", "in", "bl",
            "pl", "tl")
_SPACED = re.compile(r"\b(?:[A-Z] ){2,}[A-Z]\b")


@dataclass(frozen=True)
class ClauseFields:
    """What one clause decides. Field names are the `Recommendation` fields they fill."""

    action: str | None = None
    category: str | None = None
    negated: bool | None = None
    owner: str | None = None
    addressees: list[str] | None = None
    due: str | None = None
    due_text: str | None = None
    dates: list[str] | None = None
    from_: str = field(default="clause", repr=False)  # where the action was found: clause/lead_in/subject

    def record_fields(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "from_" and v not in (None, [])}


@dataclass(frozen=True)
class _Hit:
    lemma: str
    at: int  # token index of the verb
    negated: bool
    passive: bool = False
    subject: tuple[int, int] | None = None  # token range of the clause's grammatical subject


def clean(text: str) -> str:
    """Printing noise that would hide the verb: list markers, 'T H A T', a leading 'RESOLVED'."""
    text = _SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    text = _LEAD_STRIP.sub("", text)
    return _MARKER.sub("", text).strip()


# ------------------------------------------------------------------------------------------------ verbs
def _words(p: Parsed, lo: int, hi: int, masked: frozenset[int]) -> list[int]:
    return [i for i in range(lo, hi) if not p.toks[i].is_space and i not in masked]


def _next_word(p: Parsed, i: int, idx: list[int]) -> int | None:
    pos = idx.index(i) if i in idx else None
    return idx[pos + 1] if pos is not None and pos + 1 < len(idx) else None


def _lemma_of(t: Tok, infinitive: bool) -> str | None:
    if t.verb:
        return t.verb
    if infinitive and t.text[:1].isalpha():
        return t.lower  # after "to", an unknown word is a verb in its base form
    if t.lower.endswith("ied") and len(t.lower) > 5:  # ratified -> ratify
        return t.lower[:-3] + "y"
    if t.lower.endswith("ed") and len(t.lower) > 4:  # an unknown participle: a regular guess
        stem = t.lower[:-2]
        if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsfzaeiou":
            return stem[:-1]  # trimmed -> trim, admitted -> admit
        return stem + "e" if stem.endswith(_E_STEMS) else stem
    return None


def _infinitive(p: Parsed, j: int, idx: list[int], negated: bool) -> _Hit | None:
    """`to V`, `to consider and V` at token j (the word "to")."""
    v = _next_word(p, j, idx)
    if v is None:
        return None
    lemma = _lemma_of(p.toks[v], infinitive=True)
    if lemma is None:
        return None
    if lemma in P.DELIBERATIVE_VERBS:
        a = _next_word(p, v, idx)
        b = _next_word(p, a, idx) if a is not None else None
        if a is not None and b is not None and p.toks[a].lower == "and" and p.toks[b].verb:
            v, lemma = b, p.toks[b].verb
    return _Hit(lemma, v, negated)


def _aux_group(p: Parsed, j: int, idx: list[int], lo: int) -> _Hit | None:
    """A verb group at token j: `be [not] Ved` (passive), `be` + anything else (copula), modal + V."""
    t = p.toks[j]
    negated = False
    k = _next_word(p, j, idx)
    while k is not None and (p.toks[k].lower in P.SKIP_ADVERBS or p.toks[k].lower == "not"):
        negated = negated or p.toks[k].lower == "not"
        k = _next_word(p, k, idx)
    subject = (lo, j) if j > lo else None
    # "that no objection be raised", "that no payment shall be made": the subject's "no" negates the decision
    opening = next((i for i in idx if i >= lo), None)
    if subject is not None and opening is not None and opening < j and p.toks[opening].lower == "no":
        negated = True
    if t.lower in P.BE_FORMS:
        if k is not None and p.toks[k].lower in P.BE_FORMS:  # "has been", "be being"
            return _aux_group(p, k, idx, lo)
        if k is not None and ("ed" in p.toks[k].verb_forms or (not p.toks[k].verb and
                                                                p.toks[k].lower.endswith("ed"))):
            return _Hit(_lemma_of(p.toks[k], False) or "be", k, negated, passive=True, subject=subject)
        return _Hit("be", j, negated, subject=subject)
    if k is None:
        return None
    if p.toks[k].lower in P.BE_FORMS:
        return _aux_group(p, k, idx, lo)
    if p.toks[k].verb and ("base" in p.toks[k].verb_forms):
        return _Hit(p.toks[k].verb, k, negated, subject=subject)
    return None


def _scan(p: Parsed, lo: int, hi: int, masked: frozenset[int], leading: bool) -> _Hit | None:
    """The main decision verb in tokens lo..hi. With `leading`, only a decision form at the start counts."""
    idx = _words(p, lo, hi, masked)
    while idx and (p.toks[idx[0]].is_punct or p.toks[idx[0]].lower == "resolved"):
        idx = idx[1:]
    if not idx:
        return None
    first, negated = idx[0], False
    if p.toks[first].lower == "not" and len(idx) > 1:
        first, negated = idx[1], True
    t = p.toks[first]
    if t.lower == "to":
        return _infinitive(p, first, idx, negated)
    if t.verb and "base" in t.verb_forms and t.lower not in P.BE_FORMS:
        return _Hit(t.verb, first, negated)  # an imperative point: "note the inclusion ...", "not take ..."
    if t.verb and "ing" in t.verb_forms and t.lower not in P.NOT_GERUND_ACTIONS:
        return _Hit(t.verb, first, negated)  # a gerund point under "by:": "revising the strategy ..."
    if t.verb and {"ed", "s"} & set(t.verb_forms) and "base" not in t.verb_forms and t.lower not in P.BE_FORMS \
            and not any(p.toks[i].lower == "be" for i in idx):
        # a point in the past or present tense under "That Cabinet:", as decision notices print them
        # ("(1) Noted the costs; (2) Asked the Director to report back", "(a) notes the report"); not a
        # participle or plural noun opening a subject ("Revised terms be ...", "Notes of the meeting be ...")
        return _Hit(t.verb, first, negated)
    if leading and t.lower != "that":
        return None
    start = idx.index(first) + (1 if t.lower == "that" else 0)
    body = idx[start:]
    if not body:
        return None
    lo = body[0]
    fallback = None
    for n, j in enumerate(body):
        tok = p.toks[j]
        prev = p.toks[body[n - 1]] if n else None
        if tok.lower in P.BE_FORMS or (tok.lower in P.MODALS and tok.lower != "to"):
            hit = _aux_group(p, j, body, lo)
            if hit:
                return hit
        elif tok.lower == "to" and (prev is None or prev.is_punct or prev.text in "“\"‘'("):
            hit = _infinitive(p, j, body, False)
            if hit:
                return hit
        elif tok.verb and tok.lower != "resolved" and prev is not None and n and not (
                {"ing"} == set(tok.verb_forms)) and not (tok.ent in OWNER_LABELS and tok.text[:1].isupper()):
            # a capitalised word of a name is no verb ("Mr. James Chase", "the Planning Commission")
            after_subject = prev.ent in OWNER_LABELS or prev.lower in P.SKIP_ADVERBS
            if after_subject and tok.lower not in P.BE_FORMS:
                # "Cllr Mann elected as vice-chair" (no "that"): a headline's participle is a short passive
                reduced = t.lower != "that" and "ed" in tok.verb_forms and "base" not in tok.verb_forms \
                    and "s" not in tok.verb_forms
                return _Hit(tok.verb, j, False, passive=reduced, subject=(lo, j))
            if fallback is None and prev.lower not in _DETERMINERS and not prev.like_num and \
                    not prev.is_punct and "ing" not in tok.verb_forms:
                fallback = _Hit(tok.verb, j, False, subject=(lo, j))
    return None if leading else fallback


# ------------------------------------------------------------------------------------------------ owners
def _np_at(p: Parsed, i: int, hi: int, entity_only: bool = False) -> str | None:
    """The addressee starting at token i: an owner entity, else the words up to 'to', a comma or a verb."""
    while i < hi and (p.toks[i].is_space or p.toks[i].text in "(“\"‘'"):
        i += 1
    if i >= hi:
        return None
    t = p.toks[i]
    if t.ent in OWNER_LABELS:
        return p.ents[t.ent_i].text
    if entity_only:
        return None
    words: list[Tok] = []
    while i < hi and len(words) < 8:
        t = p.toks[i]
        if t.lower in _STOP_NP or (words and t.verb and "base" in t.verb_forms and words[-1].lower != "the"):
            break
        if not t.is_space:
            words.append(t)
        i += 1
    if not words or words[0].lower in ("it", "this", "them", "that") or words[0].like_num:
        return None
    text = p.text[words[0].idx: words[-1].idx + len(words[-1].text)]
    return text.strip(" ,;:") or None


def _addressee(p: Parsed, hit: _Hit, hi: int) -> str | None:
    """Who a request-type verb addresses."""
    i = hit.at + 1
    if hit.lemma in _OBJECT_VERBS and not hit.passive:
        while i < hi and (p.toks[i].is_space or p.toks[i].lower in ("that", ",", ":", "from")):
            i += 1
        # "authorise the Chairman to ..." names whom it charges; "authorise the grant of £350" does not
        return _np_at(p, i, hi, entity_only=category_of(hit.lemma) != "request")
    # refer/recommend/delegate/write ... to X: the first "to" within a few words
    for j in range(i, min(hi, i + 10)):
        if p.toks[j].lower == "to":
            nxt = next((k for k in range(j + 1, hi) if not p.toks[k].is_space and p.toks[k].text not in "("), None)
            if nxt is not None and p.toks[nxt].verb and "base" in p.toks[nxt].verb_forms and \
                    p.toks[nxt].ent not in OWNER_LABELS:
                return None  # "to approve ...": an infinitive, not an addressee
            return _np_at(p, j + 1, hi)
        if p.toks[j].text in ".;" or (p.toks[j].verb and j > i):
            break
    return None


def _owners(p: Parsed, hit: _Hit, category: str | None, hi: int,
            meeting_body: str | None = None) -> tuple[str | None, list[str]]:
    owner = None
    further: list[str] = []
    s = next((k for k in range(*hit.subject) if not p.toks[k].is_space), None) if hit.subject else None
    if s is not None and not hit.passive and (p.toks[s].ent in ("PERSON", "OFFICER") or (
            p.toks[s].ent == "BODY" and another_body(p.ents[p.toks[s].ent_i].text, meeting_body))):
        # "that the clerk write to ...", "that Cllr X would represent ...", "that the Finance Committee review ..."
        owner = p.ents[p.toks[s].ent_i].text
        owner = _joint(p, p.ents[p.toks[s].ent_i], hit.at) or owner  # "the Chairman and Clerk sign ..."
    charged = hit.lemma in _OBJECT_VERBS or hit.lemma in ("delegate", "recommend")
    if s is not None and hit.passive and charged and p.toks[s].ent in OWNER_LABELS:
        owner = p.ents[p.toks[s].ent_i].text  # "that officers be requested to ...", "X be authorised to ..."
        owner = _joint(p, p.ents[p.toks[s].ent_i], hit.subject[1]) or owner  # "the Chair and Vice-Chair be ..."
    elif category in ("request", "refer") or charged or (hit.lemma, _after(p, hit.at)) in P.PHRASAL_CATEGORY:
        asked = _addressee(p, hit, hi)
        if hit.lemma == "write" or owner:  # the writer acts; whom they write to is an addressee
            further += [asked] if asked else []
        else:
            owner = asked
    for j in range(hit.at + 1, hi):
        t = p.toks[j]
        if t.verb in _OBJECT_VERBS and (j == 0 or p.toks[j - 1].lower == "to"):
            who = _addressee(p, _Hit(t.verb, j, False), hi)
            if who and who != owner and who not in further:
                further.append(who)
    return owner, further


#: Words of a body's name that say only what kind of body it is: "the Council", "the Parish Council", "Members".
_BODY_KIND_WORDS = {"the", "this", "our", "its", "council", "committee", "sub", "meeting", "members", "cabinet",
                    "executive", "board", "panel", "parish", "town", "city", "district", "county", "borough",
                    "community", "full", "commission", "commissioners", "trustees"}


def another_body(name: str, meeting_body: str | None) -> bool:
    """Whether a body that is a decision's subject is another than the one that met ("that the Finance Committee
    review the policy", said at a parish council): then it is the clause's owner. With the meeting's body
    unknown, or a name that says only what kind of body it is ("the Council resolves ..."), it is not."""
    words = set(re.findall(r"[a-z]+", name.lower()))
    if not meeting_body or words <= _BODY_KIND_WORDS:
        return False
    return not words <= set(re.findall(r"[a-z]+", meeting_body.lower())) | _BODY_KIND_WORDS


def _joint(p: Parsed, ent, verb_at: int) -> str | None:
    """Two owners joined by "and" before the verb ("the Chairman and Clerk", "Cllr A and the Clerk"): both."""
    k = ent.end
    while k < verb_at and p.toks[k].is_space:
        k += 1
    if k >= verb_at or p.toks[k].lower not in ("and", "&"):
        return None
    k += 1
    while k < verb_at and p.toks[k].is_space:
        k += 1
    if k >= verb_at:
        return None
    t = p.toks[k]
    if t.ent in ("PERSON", "OFFICER"):
        other = p.ents[t.ent_i]
        if other.end == verb_at or all(x.is_space for x in p.toks[other.end:verb_at]):
            return p.text[ent.start_char:other.end_char]
    # "the Chairman and Clerk", "the Chair and Vice-Chair": a bare title, capitalised, straight before the verb
    words = [x for x in p.toks[k:verb_at] if not x.is_space]
    title = p.text[t.idx:words[-1].idx + len(words[-1].text)]
    if _TITLE_WORD.fullmatch(title) and not any(x.verb for x in words):
        return p.text[ent.start_char:t.idx + len(title)]
    return None


#: A title standing alone: "Clerk", "Vice-Chair", "RFO".
_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,5}")


def _after(p: Parsed, i: int) -> str:
    nxt = next((t for t in p.toks[i + 1:] if not t.is_space), None)
    return nxt.lower if nxt else ""


def _delegation(p: Parsed, hit: _Hit) -> _Hit:
    """`be given/granted delegated authority`, `delegated authority be given to X`: a delegation."""
    if hit.lemma not in ("give", "grant"):
        return hit
    words = [t.lower for t in p.toks if not t.is_space]
    phrase = P.DELEGATION_PHRASE
    if any(words[i:i + len(phrase)] == phrase for i in range(len(words))):
        return replace(hit, lemma="delegate")
    return hit


# ------------------------------------------------------------------------------------------------ times
#: A deadline's words before its date: "by", "no later than", "on or before", "by the", "by Friday".
_DEADLINE_WORDS = re.compile(r"^(?:by|before|until|within|no later than|not later than|on or before)\s+(?:the\s+)?"
                             r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?", re.I)


def _times(p: Parsed, meeting: str | None) -> tuple[str | None, str | None, list[str]]:
    ref = to_date(meeting)
    dates = []
    for e in p.ents:
        if e.label == "DATE":
            iso = parse_date(e.text, ref)
            if iso and iso not in dates:
                dates.append(iso)
    due = due_text = None
    for ph in p.phrases:
        if ph.label == "DEADLINE" and due is None:
            iso = parse_date(_DEADLINE_WORDS.sub("", ph.text), ref)
            iso = iso if has_day(iso) else within(ph.text, ref)
            if iso:
                due = iso
            elif due_text is None:
                due_text = ph.text
        elif ph.label == "WHEN" and due_text is None:
            due_text = ph.text
    return due, (None if due else due_text), dates


# ------------------------------------------------------------------------------------------------ clauses
def _masked(p: Parsed) -> frozenset[int]:
    """Tokens of vote wording ("proposed Cllr A", "Unanimously agreed"): never the decision verb."""
    return frozenset(i for ph in p.phrases if ph.label in VOTE_LABELS for i in range(ph.start, ph.end))


def _decide(p: Parsed, leading: bool) -> _Hit | None:
    masked = _masked(p)
    for lo, hi in p.sentences():
        hit = _scan(p, lo, hi, masked, leading)
        if hit or leading:
            return hit
    return None


def analyse_clause(text: str, lead_in: str | None = None, meeting_date: str | None = None,
                   subject: str | None = None, meeting_body: str | None = None, parser: Parser = parse) -> ClauseFields:
    """Action, category, owner and due of one clause. `lead_in`: the statement's words before its points
    ("that the following payments be authorised:"); `subject`: the line before a bare formula; `meeting_body`:
    the body whose meeting decided it, when known (another body it charges is the owner); `parser`: the
    pack's (`Context.parse`, which remembers texts met before), else `nlp.parse`."""
    clause_p = p = parser(clean(text))
    hit = _decide(p, leading=True)
    source = "clause"
    if hit is None and lead_in and clean(lead_in):
        q = parser(clean(lead_in))
        lead_hit = _decide(q, leading=False)
        if lead_hit:
            p, hit, source = q, lead_hit, "lead_in"
    if hit is None:
        hit = _decide(clause_p, leading=False)
    if hit is None and subject and clean(subject):
        q = parser(clean(subject))
        subj_hit = _decide(q, leading=False)
        if subj_hit:
            p, hit, source = q, subj_hit, "subject"
    due, due_text, dates = _times(clause_p, meeting_date)
    if hit is None:
        return ClauseFields(due=due, due_text=due_text, dates=dates or None, from_="none")
    hit = _delegation(p, hit)
    category = category_of(hit.lemma)
    if (hit.lemma, _after(p, hit.at)) in P.PHRASAL_CATEGORY:
        category = P.PHRASAL_CATEGORY[(hit.lemma, _after(p, hit.at))]
    if hit.negated:
        category = P.NEGATED_CATEGORY.get(hit.lemma, "other")
    sent_end = next((hi for lo, hi in p.sentences() if lo <= hit.at < hi), len(p.toks))
    owner, further = _owners(p, hit, category, sent_end, meeting_body)
    if source != "clause" and due is None:
        due2, due_text2, dates2 = _times(p, meeting_date)
        due, due_text = due2, due_text or due_text2
    return ClauseFields(action=hit.lemma, category=category, negated=True if hit.negated else None,
                        owner=owner, addressees=further or None, due=due, due_text=due_text,
                        dates=dates or None, from_=source)


# ------------------------------------------------------------------------------------------------ votes
def _count(text: str) -> int | None:
    for word in re.findall(r"[A-Za-z]+|\d+", text):
        w = word.lower()
        if w.isdigit():
            return int(w)
        if w in P.NUMBER_WORDS:
            return P.NUMBER_WORDS[w]
    return None


def _counts(text: str) -> list[int]:
    words = re.findall(r"[A-Za-z]+|\d+", text)
    return [int(w) if w.isdigit() else P.NUMBER_WORDS[w.lower()] for w in words
            if w.isdigit() or w.lower() in P.NUMBER_WORDS]


def votes_of(text: str, parser: Parser = parse) -> Votes | None:
    """The votes a statement states; None when it states none (counts never default to zero)."""
    p = parser(text)
    found: dict = {}
    for ph in p.phrases:
        if ph.label in ("IN_FAVOUR", "AGAINST", "ABSTENTIONS"):
            key = {"IN_FAVOUR": "in_favour", "AGAINST": "against", "ABSTENTIONS": "abstentions"}[ph.label]
            n = _count(ph.text)
            if n is not None:
                found.setdefault(key, n)
        elif ph.label == "VOTES_TO":
            numbers = _counts(ph.text)
            if len(numbers) == 2:
                found.setdefault("in_favour", numbers[0])
                found.setdefault("against", numbers[1])
        elif ph.label == "UNANIMOUS":
            found["unanimous"] = True
        elif ph.label == "MAJORITY":
            found["majority"] = True
        elif ph.label in ("PROPOSER", "SECONDER"):
            name = next((p.ents[t.ent_i].text for t in p.toks[ph.start:ph.end] if t.ent == "PERSON"), None)
            if name:
                found.setdefault(ph.label.lower(), name)
    for key, n in tally_counts(text).items():  # "FOR: Councillors A, B and C", "AGAINST: Nil"
        found.setdefault(key, n)
    found.update(bare_tallies(text))  # "For 5 Against 0 Abstain 1": the number-first wording misreads these
    return Votes(**found) if found else None


def with_votes(resolution: Resolution, before: str | None = None, after: str | None = None,
               parser: Parser = parse) -> Resolution:
    """The resolution with `votes` read from its text (and subject) where it has none yet.

    `before` is the sentence's words before "resolved" where they state the vote ("The Council unanimously",
    "By 7 votes to 2 it was", "It was proposed by Cllr A, seconded by Cllr B and"); what the statement's own
    text says wins over them. `after` is a proposer/seconder record printed after the statement but not part of
    its text ("This was proposed by Cllr Spurr."). `parser`: as for `analyse_clause`.
    """
    if resolution.votes is not None:
        return resolution
    votes = votes_of(resolution.text, parser) or (votes_of(resolution.subject, parser) if resolution.subject else None)
    around = " ".join(part for part in (before, after) if part and part.strip())
    prior = votes_of(around, parser) if around else None
    if prior is not None:
        stated = votes.model_dump(exclude_none=True) if votes else {}
        votes = Votes(**{**prior.model_dump(exclude_none=True), **stated})
    return resolution.model_copy(update={"votes": votes}) if votes else resolution


# ------------------------------------------------------------------------------------------------ records
def lead_in_of(resolution: Resolution) -> str | None:
    """The statement's words before its first point, when its clauses are sub-points of a longer text."""
    if not resolution.clauses:
        return None
    first = " ".join(resolution.clauses[0].split())
    text = " ".join(resolution.text.split())
    at = text.find(first[:60]) if first else -1
    lead = _TRAILING_MARKER.sub("", text[:at]).strip() if at > 0 else ""
    return (clean(lead) or None) if lead else None


def recommendations_for(resolution: Resolution, ctx: Context | None = None, ordinal: str | int | None = None,
                        parser: Parser = parse) -> list[Recommendation]:
    """One `Recommendation` (origin `resolution`) per clause of a resolution.

    `ctx` is the pipeline `Context` (used for printed page labels of the narrowed pages); `parser`: as for
    `analyse_clause`; `ordinal` names the
    resolution in the ids (`<sha12>/recommendation/<ordinal>-<clause n>`), by default the local part of the
    resolution's own id. Evidence: the clause's words found inside the resolution's quote, with the pages and
    boxes of the lines they stand on; where they cannot be found, the resolution's own evidence, flagged.
    """
    sha12, _, local = resolution.id.split("/", 2)
    ordinal = local if ordinal is None else ordinal
    clauses = [c for c in resolution.clauses if c.strip()] or [resolution.text]
    lead_in = lead_in_of(resolution) if resolution.clauses else None
    date = resolution.meeting.date if resolution.meeting else None
    body = resolution.meeting.body if resolution.meeting else None
    out = []
    for n, clause in enumerate(clauses, 1):
        fields = analyse_clause(clause, lead_in=lead_in, meeting_date=date, subject=resolution.subject,
                                meeting_body=body, parser=parser)
        source, found = clause_source(resolution.source, clause, ctx)
        uncertain = None if found else ["clause words not found in the statement's quote; evidence is the "
                                        "whole statement"]
        out.append(Recommendation(
            id=f"{sha12}/recommendation/{ordinal}-{n}",
            pack_id=resolution.pack_id,
            source=source,
            origin="resolution",
            text=_MARKER.sub("", clause).strip(),
            meeting=resolution.meeting,
            resolution_id=resolution.id,
            meeting_id=resolution.meeting_id,
            minute_item_id=resolution.minute_item_id,
            document_id=resolution.document_id,
            uncertain=uncertain,
            **fields.record_fields(),
        ))
    return out
