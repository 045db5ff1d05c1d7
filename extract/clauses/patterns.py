"""The rules' data: decision verbs, addressee/owner shapes, dates and deadlines, vote wording.

Everything here is plain data (dicts, lists, spaCy token patterns) so it can be read, reviewed and validated
on its own (tests build every pattern with `validate=True`). `nlp.py` turns it into pipeline components;
`actions.py` reads the verb table. Nothing here names a council, a person or a sample file: the lists are
general English and general UK/US local-government usage.
"""
from __future__ import annotations

import re

from ..text.patterns import MONTH_ABBREVIATIONS, MONTH_NAMES, NUMBER_WORDS

# ---------------------------------------------------------------------------------------------------------
# Decision verbs.  Category lists follow corpus/GUIDELINES-clauses.md, where they are complete: any verb not
# in CATEGORY_VERBS is category "other".  OTHER_VERBS are verbs minutes use for decisions that are in no
# category; they matter because a verb must be *recognised* (as a verb, with its lemma) before it can be
# categorised, and a blank pipeline has no tagger or lemmatizer.
# ---------------------------------------------------------------------------------------------------------
CATEGORY_VERBS: dict[str, list[str]] = {
    "note": ["note", "receive"],
    "approve": ["approve", "agree", "adopt", "confirm", "accept", "endorse", "authorise", "authorize", "pay",
                "appoint", "elect", "grant", "fund", "sign", "co-opt", "set", "add"],
    "request": ["ask", "request", "recommend", "instruct", "invite", "delegate", "seek"],
    "refer": ["refer"],
    "defer": ["defer", "postpone", "adjourn"],
    "amend": ["amend"],
    "reject": ["reject", "refuse", "object"],
}

#: Verbs whose category depends on the word after them (`write to` is a request; `write a policy` is not).
PHRASAL_CATEGORY: dict[tuple[str, str], str] = {("write", "to"): "request"}

#: A negated verb keeps a category only where the guidelines name the negation (`not approve` -> reject).
NEGATED_CATEGORY: dict[str, str] = {"approve": "reject"}

OTHER_VERBS: list[str] = [
    "acknowledge", "adjust", "advertise", "allocate", "allow", "apply", "arrange", "assist", "award", "be",
    "bring", "build", "buy", "call", "carry", "change", "circulate", "clarify", "close", "commission",
    "complete", "consider", "consult", "contact", "continue", "create", "decline", "decrease", "determine",
    "discuss", "email", "ensure", "establish", "exclude", "explore", "extend", "form", "give", "hold",
    "identify", "implement", "include", "increase", "inform", "install", "investigate", "issue", "keep",
    "lobby", "look", "maintain", "make", "map", "monitor", "move", "notify", "obtain", "offer", "open",
    "order", "organise", "organize", "permit", "plant", "prepare", "proceed", "produce", "protest", "provide",
    "publish", "purchase", "push", "put", "raise", "re-open", "reduce", "remain", "remove", "renew", "repair",
    "replace", "report", "represent", "research", "reserve", "resolve", "respond", "retain", "return",
    "review", "revise", "rescind", "send", "serve", "share", "spend", "submit", "support", "suspend", "take",
    "thank", "transfer", "undertake", "update", "use", "vary", "waive", "welcome", "withdraw", "work",
    "write", "impose", "levy", "file", "appropriate", "approach", "recruit", "pursue", "instigate", "enter",
    "have", "ratify", "re-elect", "reappoint", "re-appoint", "place", "act", "attend", "check", "collect",
    "cover", "deal", "draft", "invest",
    # action-log verbs ("Cllr Smith to liaise with the school"); words as often nouns (progress, tender, survey,
    # post, release) stay out
    "liaise", "chase", "inspect", "negotiate", "procure", "reconsider", "reply", "trim", "co-ordinate",
    "coordinate", "develop", "distribute", "engage", "erect", "hire", "nominate", "remind", "speak",
]

#: Inflections that the regular rules in `nlp.inflections` get wrong.
IRREGULAR_FORMS: dict[str, list[str]] = {
    "be": ["is", "are", "was", "were", "been", "being", "be"],
    "pay": ["paid"], "set": ["set", "sets", "setting"], "seek": ["sought"], "write": ["wrote", "written"],
    "hold": ["held"], "have": ["has", "had", "having"], "take": ["took", "taken"], "make": ["made"],
    "give": ["gave", "given"],
    "send": ["sent"], "spend": ["spent"], "bring": ["brought"], "buy": ["bought"], "keep": ["kept"],
    "put": ["put", "puts", "putting"], "build": ["built"], "withdraw": ["withdrew", "withdrawn"],
    "undertake": ["undertook", "undertaken"], "map": ["mapped", "mapping"], "plan": ["planned"],
    "refer": ["referred", "referring"], "defer": ["deferred", "deferring"], "permit": ["permitted"],
    "co-opt": ["co-opted", "co-opts", "co-opting"], "commit": ["committed"], "submit": ["submitted"],
    "cut": ["cut", "cuts", "cutting"], "let": ["let", "lets", "letting"], "lead": ["led"], "meet": ["met"],
    "choose": ["chose", "chosen"], "lay": ["laid"],
}

#: Verbs that charge their object (or, in the passive, their subject) with acting: "to authorise the Chairman
#: to protest", "that officers be requested to ...". (Request verbs do so by their category.)
CHARGING_VERBS: list[str] = ["authorise", "authorize", "empower", "request", "ask", "instruct", "invite"]

#: "delegated authority be given to X", "X be granted delegated authority": the decision is a delegation.
DELEGATION_PHRASE: list[str] = ["delegated", "authority"]

#: -ing words that open a point without being its action ("having considered ...", "following the review").
NOT_GERUND_ACTIONS: list[str] = ["having", "being", "following", "including", "notwithstanding", "regarding",
                                 "concerning", "pending", "according", "subject"]

#: Words that introduce a decision but are not its action when another verb follows ("to consider and approve").
DELIBERATIVE_VERBS: list[str] = ["consider", "discuss", "debate"]

#: Auxiliaries and modals: `be` + participle is a passive ("be approved"), a modal + base verb an active clause.
BE_FORMS: list[str] = ["be", "is", "are", "was", "were", "been", "being"]
MODALS: list[str] = ["would", "will", "shall", "should", "must", "may", "can", "could", "to", "do", "does",
                     "did"]
SKIP_ADVERBS: list[str] = ["hereby", "also", "further", "fully", "formally", "duly", "now", "therefore",
                           "unanimously", "accordingly", "then", "jointly", "again", "immediately"]

# ---------------------------------------------------------------------------------------------------------
# Owners and addressees (EntityRuler patterns).  Labels: PERSON (a named person), BODY (a council body),
# OFFICER (an office holder named by title).
# ---------------------------------------------------------------------------------------------------------
PERSON_TITLES = ["councillor", "councillors", "cllr", "cllrs", "cr", "crs", "mr", "mrs", "ms", "miss", "dr", "mx",
                 "alderman", "professor", "prof", "sir", "dame", "lord", "lady", "reverend", "rev", "revd",
                 # titles before a member's name in US and Canadian minutes ("Trustee Elton", "Councilmember Lee",
                 # "Commissioner Park", "Supervisor Ortiz", "Mayor Jones")
                 "councilor", "councilors", "councilmember", "councilmembers", "councilwoman", "councilman",
                 "alderperson", "alderwoman", "trustee", "trustees", "commissioner", "supervisor", "selectman",
                 "selectwoman", "legislator", "mayor",
                 # the tokenizer keeps an abbreviation's full stop ("Mr. Jones")
                 "mr.", "mrs.", "ms.", "dr.", "cllr.", "cr.", "prof.", "rev."]

OFFICER_HEADS = [
    "officer", "officers", "clerk", "clerks", "manager", "managers", "director", "directors", "chair",
    "chairman", "chairwoman", "chairperson", "vice-chair", "vice-chairman", "leader", "head", "executive",
    "member", "members", "advisor", "advisors", "adviser", "advisers", "secretary", "treasurer", "mayor",
    "solicitor", "monitoring", "team", "lead", "coordinator", "co-ordinator", "administrator", "consultant",
    "consultants", "auditor", "auditors", "engineer", "surveyor", "warden", "steward", "representative",
    "representatives", "partnership", "partners", "staff", "commissioner", "commissioners", "rfo",
]

BODY_HEADS = ["cabinet", "council", "committee", "sub-committee", "subcommittee", "panel", "board", "group",
              "forum", "executive", "authority", "agency", "assembly", "commission", "party", "trust",
              "department", "service", "services", "partnership", "government", "association"]

#: Lower-case words that may stand between "the" and an officer's or body's head noun.
_MODIFIER = {"LOWER": {"NOT_IN": ["to", "and", "that", "of", "for", "with", "by", "on", "in", "at", "be", "as",
                                  "a", "an", "the", "this", "it", "or", "from", "which", "who", "would",
                                  "will", "shall", "should", "not"]},
             "TEXT": {"NOT_IN": [",", ";", ":", ".", "(", ")", "[", "]", "!", "?", "“", "”", "\""]}, "OP": "{0,4}"}
_OF = [{"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"}]
#: "of the council", "for social housing", "of planning" (lower case, never a base-form verb: "the head of
#: planning obtain ...") or "of State", "of Legal Services" (title case).
_OF_TAILS = [
    [*_OF, {"IS_LOWER": True, "LOWER": {"NOT_IN": ["to", "and", "that", "be", "the", "a", "which", "who"]},
            "_": {"base_verb": False}, "OP": "{1,2}"}],
    [*_OF, {"IS_TITLE": True, "LOWER": {"NOT_IN": ["to", "and", "that", "the"]}, "OP": "{1,4}"}],
]
#: Capitalised words of a minute's vote record are not part of a name ("Councillor J F Kerr Seconded by ...").
NOT_NAME_PARTS = ["proposed", "seconded", "moved", "resolved", "agreed", "carried", "and", "unanimously", "second",
                  "seconder", "mover", "motion", "vote"]
_NAME = {"TEXT": {"REGEX": r"^[A-Z][\w’'.]*$"}, "LOWER": {"NOT_IN": NOT_NAME_PARTS}}
_NAME_PART = [{"TEXT": {"IN": ["-", "’", "'"]}, "OP": "?"}, _NAME]

OWNER_PATTERNS: list[dict] = [
    # Councillor X, Cllr M. Lloyd, Mrs Phyllis Harrison, Cllr O'Leary, Councillor McCartney-Gray
    {"label": "PERSON", "id": "titled-name",
     "pattern": [{"LOWER": {"IN": PERSON_TITLES}}, {"TEXT": ".", "OP": "?"}, _NAME,
                 *[dict(p, OP="?") for p in _NAME_PART], *[dict(p, OP="?") for p in _NAME_PART],
                 *[dict(p, OP="?") for p in _NAME_PART]]},
    # Council Member Smith, Board Member Ruiz: a two-word title before a name
    {"label": "PERSON", "id": "member-name",
     "pattern": [{"LOWER": {"IN": ["council", "board", "committee", "commission"]}}, {"LOWER": "member"}, _NAME,
                 *[dict(p, OP="?") for p in _NAME_PART], *[dict(p, OP="?") for p in _NAME_PART]]},
    # cabinet, council, full council, the executive (bare or with "the")
    {"label": "BODY", "id": "bare-body",
     "pattern": [{"LOWER": {"IN": ["the", "full"]}, "OP": "?"},
                 {"LOWER": {"IN": ["cabinet", "council", "executive", "government"]}}]},
    # the scrutiny committee, the Planning Sub-Committee, the Environment Agency, central government
    {"label": "BODY", "id": "the-body",
     "pattern": [{"LOWER": {"IN": ["the", "central", "its", "our"]}}, _MODIFIER, {"LOWER": {"IN": BODY_HEADS}}]},
    # Hertfordshire County Council, Environment Agency, Planning Committee (capitalised, without an article)
    {"label": "BODY", "id": "named-body",
     "pattern": [{"IS_TITLE": True, "LOWER": {"NOT_IN": ["that", "to", "the", "and", "of", "a", "an", "by", "for",
                                                          "this", "with", "ask", "request", "invite", "refer",
                                                          "recommend", "instruct"]},
                  "OP": "{1,4}"},
                 {"LOWER": {"IN": BODY_HEADS}, "IS_TITLE": True}]},
    # the leader of the council, the cabinet member for resources, the head of planning, the Secretary of State
    *({"label": "OFFICER", "id": "office-of",
       "pattern": [{"LOWER": {"IN": ["the", "its", "our"]}}, _MODIFIER, {"LOWER": {"IN": OFFICER_HEADS}}, *tail]}
      for tail in _OF_TAILS),
    # the clerk, the scrutiny liaison officer, the council's treasury management advisors, the Parish Clerk
    {"label": "OFFICER", "id": "titled-officer",
     "pattern": [{"LOWER": {"IN": ["the", "its", "our"]}}, _MODIFIER, {"LOWER": {"IN": OFFICER_HEADS}}]},
    # Clerk, Officers (capitalised, without an article)
    {"label": "OFFICER", "id": "bare-officer",
     "pattern": [{"LOWER": {"IN": ["clerk", "chairman", "chair"]}, "IS_TITLE": True}]},
    {"label": "OFFICER", "id": "officers", "pattern": [{"LOWER": {"IN": ["officers", "staff"]}}]},
]

#: Bullet characters PDFs print before list points (including Symbol-font private-use code points).
BULLETS = "•·▪◦●‣⁃∙○■□➢➤►\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf02d-–—*"
#: A list marker at the start of a point: (a) a) 1. (1) ii) or a bullet, with the space after it.
LIST_MARKER_RE = r"^\s*(?:\(?[a-z]{1,2}\)|\(?\d{1,2}[.)]|\(?[ivx]{1,5}\)|[" + re.escape(BULLETS) + r"])\s+"

#: Words printed with a full stop that does not end a sentence.
ABBREVIATIONS = ["cllr", "cllrs", "mr", "mrs", "ms", "dr", "no", "nos", "para", "paras", "st", "rd", "ltd", "co",
                 "cttee", "approx", "min", "mins", "ref", "vol", "p", "pp", "fig", "etc", "inc", "e.g", "i.e",
                 "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev",
                 "revd", "prof", "cf", "vs", "v"]

# ---------------------------------------------------------------------------------------------------------
# Dates (EntityRuler, label DATE) and time phrases (Matcher).
# ---------------------------------------------------------------------------------------------------------
# The month names are the dates' data (text/patterns.py).
_MONTH = {"LOWER": {"IN": MONTH_NAMES + MONTH_ABBREVIATIONS}, "IS_LOWER": False}  # "7 May", not "item 7 may be"
_DAY = {"TEXT": {"REGEX": r"^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?$"}}
_YEAR = {"TEXT": {"REGEX": r"^(19|20)\d\d$"}}

DATE_PATTERNS: list[dict] = [
    {"label": "DATE", "id": "day-month-year", "pattern": [_DAY, _MONTH, {"TEXT": ",", "OP": "?"}, _YEAR]},
    {"label": "DATE", "id": "month-day-year", "pattern": [_MONTH, _DAY, {"TEXT": ",", "OP": "?"}, _YEAR]},
    {"label": "DATE", "id": "day-of-month-year",
     "pattern": [_DAY, {"LOWER": "of"}, _MONTH, {"TEXT": ",", "OP": "?"}, _YEAR]},  # "31st of March 2024"
    {"label": "DATE", "id": "day-month", "pattern": [_DAY, _MONTH]},
    {"label": "DATE", "id": "day-of-month", "pattern": [_DAY, {"LOWER": "of"}, _MONTH]},
    {"label": "DATE", "id": "month-year", "pattern": [_MONTH, _YEAR]},
    {"label": "DATE", "id": "numeric", "pattern": [{"TEXT": {"REGEX": r"^\d{1,2}[/.]\d{1,2}[/.](\d{4}|\d\d)$"}}]},
    {"label": "DATE", "id": "iso", "pattern": [{"TEXT": {"REGEX": r"^\d{4}-\d\d-\d\d$"}}]},
]

_DEADLINE_PREP = [{"LOWER": {"IN": ["by", "before", "until", "within"]}}]
#: What may stand between a deadline's preposition and its date: "by the 31st of March", "by Friday 5 January".
_DATE_LEAD = [{"LOWER": "the", "OP": "?"},
              {"LOWER": {"IN": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]},
               "OP": "?"}, {"TEXT": ",", "OP": "?"}]
_NOT_LATER = [{"LOWER": {"IN": ["no", "not"]}}, {"LOWER": "later"}, {"LOWER": "than"}]
_ON_OR_BEFORE = [{"LOWER": "on"}, {"LOWER": "or"}, {"LOWER": "before"}]
_NEXT = {"LOWER": {"IN": ["next", "following", "subsequent"]}}
_SEASON = {"LOWER": {"IN": ["spring", "summer", "autumn", "fall", "winter"]}}
_SPAN = {"LOWER": {"IN": ["day", "days", "week", "weeks", "month", "months", "year", "years"]}}
_QUARTER = {"LOWER": {"REGEX": r"^q[1-4]$"}}
_PERIOD_START = {"LOWER": {"IN": ["start", "end", "beginning", "close"]}}

#: Matcher patterns.  DEADLINE: a date the clause must be done by; WHEN: any other stated time (kept as text).
TIME_PATTERNS: dict[str, list[list[dict]]] = {
    "DEADLINE": [
        [*_DEADLINE_PREP, *_DATE_LEAD, {"ENT_TYPE": "DATE", "OP": "+"}],
        [*_NOT_LATER, *_DATE_LEAD, {"ENT_TYPE": "DATE", "OP": "+"}],
        [*_ON_OR_BEFORE, *_DATE_LEAD, {"ENT_TYPE": "DATE", "OP": "+"}],
        [*_DEADLINE_PREP, {"LOWER": {"IN": ["the", "its"]}}, _NEXT, {"IS_ALPHA": True, "OP": "{0,2}"},
         {"LOWER": {"IN": ["meeting", "committee", "council"]}}],
        [*_DEADLINE_PREP, {"LOWER": "the"}, _PERIOD_START, {"LOWER": "of"}, {"IS_PUNCT": False, "OP": "{1,4}"}],
        [{"LOWER": "within"}, {"LIKE_NUM": True}, {"LOWER": {"IN": ["day", "days", "week", "weeks", "month",
                                                                    "months", "working"]}},
         {"LOWER": "days", "OP": "?"}],
        [*_DEADLINE_PREP, _MONTH, _YEAR],
        [*_DEADLINE_PREP, {"LOWER": "the", "OP": "?"}, _SEASON, {**_YEAR, "OP": "?"}],  # "by Spring 2024"
        [*_DEADLINE_PREP, {"LOWER": "the", "OP": "?"}, {"LOWER": "end", "OP": "?"}, {"LOWER": "of", "OP": "?"},
         _QUARTER, {"TEXT": {"REGEX": r"^(19|20)\d\d(/\d\d(\d\d)?)?$"}, "OP": "?"}],  # "by Q3 2024/25"
        [{"LOWER": {"IN": ["by", "before", "until", "to", "for", "at"]}}, {"LOWER": "the"}, _MONTH,
         {"LOWER": {"IN": ["meeting", "committee", "council"]}}],
        [*_DEADLINE_PREP, _MONTH],
    ],
    "WHEN": [
        [{"LOWER": {"IN": ["at", "to", "for"]}}, {"LOWER": {"IN": ["the", "its"]}}, _NEXT,
         {"IS_ALPHA": True, "OP": "{0,2}"}, {"LOWER": {"IN": ["meeting", "committee"]}}],
        [{"LOWER": {"IN": ["in", "during"]}}, {"LOWER": "the"}, _SEASON, {**_YEAR, "OP": "?"}],
        [{"LOWER": {"IN": ["in", "during"]}}, {"LOWER": "the"}, {"LOWER": "new"}, {"LOWER": "year"}],
        [{"LOWER": {"IN": ["in", "during"]}}, _SEASON, {**_YEAR, "OP": "?"}],  # "in spring 2024"
        [{"LOWER": "in"}, {"LIKE_NUM": True}, _SPAN, {"TEXT": {"IN": ["'", "\u2019"]}, "OP": "?"},
         {"LOWER": "time", "OP": "?"}],  # "in six months' time"
        [{"LOWER": {"IN": ["in", "during"]}}, _QUARTER, {"TEXT": {"REGEX": r"^(19|20)\d\d(/\d\d(\d\d)?)?$"}, "OP": "?"}],
        [{"LOWER": {"IN": ["in", "during", "from"]}}, _MONTH, {**_YEAR, "OP": "?"}],
        [{"LOWER": {"IN": ["from", "at", "by"]}}, {"LOWER": "the"}, _PERIOD_START, {"LOWER": "of"},
         {"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["financial", "municipal", "calendar", "next",
                                                        "current", "year", "month"]}},
         {"IS_PUNCT": False, "OP": "{0,2}"}, {"TEXT": {"REGEX": r"^\d{4}(/\d\d(\d\d)?)?$"}, "OP": "?"}],
    ],
}

# ---------------------------------------------------------------------------------------------------------
# Votes (Matcher).  Each label says which `Votes` field the match fills.
# ---------------------------------------------------------------------------------------------------------
# NUMBER_WORDS ("seven in favour") is shared with the dates (text/patterns.py).
_N = {"LOWER": {"REGEX": r"^(\d{1,3}|" + "|".join(NUMBER_WORDS) + ")$"}}
_MEMBERS = {"LOWER": {"IN": ["members", "member", "councillors", "councillor", "votes", "vote", "people"]},
            "OP": "?"}
_VOTING = {"LOWER": {"IN": ["voting", "voted", "vote", "votes"]}, "OP": "?"}
_NAMED = {"ENT_TYPE": "PERSON", "OP": "+"}
#: A tally's label and count end at a comma or bracket: "(For 8, Against 2, Abstentions 1)".
_TALLY_END = {"TEXT": {"IN": [",", ")", ";", "."]}}

VOTE_PATTERNS: dict[str, list[list[dict]]] = {
    "IN_FAVOUR": [
        [_N, _MEMBERS, _VOTING, {"LOWER": {"IN": ["in", "for"]}}, {"LOWER": {"IN": ["favour", "favor"]}}],
        [_N, _MEMBERS, _VOTING, {"LOWER": {"IN": ["for", "yes", "aye", "ayes"]}}],
        [{"LOWER": {"IN": ["for", "ayes", "yes", "in"]}}, {"LOWER": "favour", "OP": "?"},
         {"TEXT": {"IN": [":", "-", "–"]}}, _N],
        [{"TEXT": {"IN": ["For", "FOR", "Ayes", "AYES"]}}, _N, _TALLY_END],
    ],
    "AGAINST": [
        [_N, _MEMBERS, _VOTING, {"LOWER": {"IN": ["against", "no", "nay", "nays", "noes"]}}],
        [{"LOWER": {"IN": ["against", "noes", "nays"]}}, {"TEXT": {"IN": [":", "-", "–"]}}, _N],
        [{"TEXT": {"IN": ["Against", "AGAINST", "Noes", "NOES"]}}, _N, _TALLY_END],
    ],
    "ABSTENTIONS": [
        [_N, _MEMBERS, {"LOWER": {"IN": ["abstaining", "abstained", "abstention", "abstentions", "abstain",
                                         "abstains"]}}],
        [{"LOWER": {"IN": ["abstentions", "abstained", "abstaining"]}}, {"TEXT": {"IN": [":", "-", "–"]}}, _N],
        [{"TEXT": {"IN": ["Abstentions", "ABSTENTIONS", "Abstained", "ABSTAINED"]}}, _N, _TALLY_END],
        [_N, {"LOWER": "members", "OP": "?"}, {"LOWER": "did"}, {"LOWER": "not"}, {"LOWER": "vote"}],
    ],
    #: "by 6 votes to 3", "carried 6-3": in favour, then against.
    "VOTES_TO": [
        [{"LOWER": {"IN": ["by", "carried", "agreed", "passed"]}}, _N, {"LOWER": {"IN": ["votes", "vote"]}},
         {"LOWER": {"IN": ["to", "against"]}}, _N],
        [{"LOWER": {"IN": ["carried", "agreed", "passed", "lost"]}}, {"LOWER": "by", "OP": "?"},
         {"TEXT": {"REGEX": r"^\d{1,3}[-–:]\d{1,3}$"}}],
        [{"LOWER": {"IN": ["carried", "agreed", "passed", "lost"]}}, {"LOWER": "by", "OP": "?"}, _N,
         {"TEXT": {"IN": ["-", "–", ":"]}}, _N],
    ],
    "UNANIMOUS": [
        [{"LOWER": {"IN": ["unanimously", "unanimous", "nem", "nem.", "unanimity"]}}],
        [{"LOWER": "all"}, {"LOWER": {"IN": ["in", "members"]}}, {"LOWER": {"IN": ["favour", "favor", "agreed",
                                                                                   "voted", "in"]}}],
    ],
    "MAJORITY": [
        [{"LOWER": {"IN": ["by", "with"]}}, {"LOWER": "a"}, {"LOWER": {"IN": ["majority", "majority."]}}],
        [{"LOWER": "majority"}, {"LOWER": {"IN": ["vote", "decision"]}}],
    ],
    "PROPOSER": [
        [{"LOWER": {"IN": ["proposed", "moved", "proposer"]}}, {"LOWER": "by", "OP": "?"}, {"TEXT": ":", "OP": "?"},
         _NAMED],
        [{"LOWER": {"IN": ["motion", "made"]}}, {"LOWER": "by"}, _NAMED],  # "Motion by Council Member Smith"
        [{"LOWER": "on"}, {"LOWER": "the"}, {"LOWER": {"IN": ["proposal", "motion"]}}, {"LOWER": "of"}, _NAMED],
        [_NAMED, {"LOWER": {"IN": ["proposed", "moved"]}}, {"TEXT": {"IN": [",", ";", ")", "."]}}],
        [_NAMED, {"LOWER": {"IN": ["proposed", "moved", "proposes", "moves"]}}],  # "Cllr Adams proposed that ..."
        [{"LOWER": "with"}, _NAMED, {"LOWER": {"IN": ["proposing", "moving"]}}],  # "with Cllr Harper proposing"
        [{"TEXT": {"IN": ["(", "["]}}, _NAMED, {"TEXT": "/"}],  # "(Cr George Cecato / Cr Paul Amos)"
    ],
    "SECONDER": [
        [{"LOWER": {"IN": ["seconded", "seconder", "second"]}}, {"LOWER": "by", "OP": "?"}, {"TEXT": ":", "OP": "?"},
         _NAMED],
        [_NAMED, {"LOWER": "seconded"}, {"TEXT": {"IN": [",", ";", ")", "."]}}],  # "(Cllr A proposed, Cllr B seconded)"
        [{"LOWER": "and", "OP": "?"}, _NAMED, {"LOWER": "seconding"}],
        [{"TEXT": "/"}, _NAMED, {"TEXT": {"IN": [")", "]"]}}],
    ],
    #: "Unanimously agreed", "Agreed by a majority", "carried": vote wording that is not itself a decision verb.
    "VOTE_WORDS": [
        [{"LOWER": {"IN": ["unanimously", "nem"]}}, {"LOWER": {"IN": ["agreed", "resolved", "carried", "con",
                                                                      "approved"]}, "OP": "?"}],
        [{"LOWER": {"IN": ["agreed", "carried", "approved", "passed"]}}, {"LOWER": {"IN": ["by", "with"]}},
         {"LOWER": "a"}, {"LOWER": "majority"}],
        [{"LOWER": {"IN": ["carried", "agreed", "lost", "passed"]}, "IS_SENT_START": True}, {"IS_PUNCT": True}],
    ],
}
