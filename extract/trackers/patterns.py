"""Word lists and patterns of the trackers room (recommendations trackers: their titles, column headers,
statuses, responses and cells): data only, no logic."""
from __future__ import annotations

import re

from ...models.decisions import Status

# --- read by responses.py ---

#: Words that say the work is under way or promised (checked first: "considered by cabinet, X to take forward").
IN_PROGRESS = [
    r"\bto take (?:it |this |these )?forward\b", r"\bto be (?:\w+ed|taken|done|brought)\b", r"\bin progress\b",
    r"\bon[- ]?going\b", r"\bunder ?way\b", r"\breport(?:ing)? back\b", r"\bon (?:the )?(?:\w+ )?agenda\b",
    r"\bpending\b", r"\bscheduled\b", r"\bawaiting\b", r"\bpartially\b", r"\bwill (?:be |report|bring|consider)",
    r"\bto follow\b", r"\bin hand\b", r"^(?:green|amber|red)\b", r"\bpaused\b", r"\bon hold\b",
    r"\bprogress (?:made|being made)\b", r"\bcontinue (?:to )?monitor", r"\bmonitoring continues\b", r"^deferred\b", r"\b(?:accepted|agreed)\b(?!.*\bresponse\s*[;:])",
]

#: Words that say the work is done or the executive has answered.
COMPLETED = [
    r"^(?:all\s+)?complete(?:d)?\b", r"\bcompleted\b", r"\bdone\b", r"\bclosed\b", r"\bresponse\s*[;:]",
    r"\bresponded\b", r"\bimplemented\b", r"\bachieved\b", r"\bdischarged\b", r"\bno further action\b",
    r"\b(?:rejected|not accepted|declined)\b", r"^blue\b", r"^(?:superseded|withdrawn)\b", r"^no longer (?:required|relevant)\b",
]

#: Words that say nothing has been done or answered yet.
OPEN = [r"^(?:open|outstanding|not (?:yet )?started|no response(?: yet)?|awaiting response|tbc|-+)$",
        r"^not (?:yet )?(?:implemented|started|completed?|actioned|done|progressed)\b", r"^overdue\b",
        # no answer yet: "Awaiting response from Cabinet", "No response received", "Response due March 2024"
        r"^(?:awaiting|no)\s+(?:a\s+|the\s+|formal\s+)*(?:response|reply)\b",
        r"^(?:response|reply)\s+(?:due|awaited|outstanding|expected|not yet received)\b"]

#: Agreed and then done: "Agreed and implemented" is finished, though "agreed" alone is in progress (checked
#: before IN_PROGRESS).
AGREED_AND_DONE = [r"^(?:agreed|accepted)\s+(?:and|&)\s+(?:fully\s+)?(?:implemented|completed|delivered|actioned)\b"]

#: A status cell printed as one of these words or phrases (case and a final stop ignored) reads as its status;
#: checked before the patterns above. The vocabularies trackers use for progress, for the executive's decision
#: on a recommendation, and for RAG ratings without a key of their own.
STATUS_WORDS: dict[str, Status] = {
    **dict.fromkeys([
        "complete", "completed", "all completed", "implemented", "fully implemented", "achieved", "closed", "done",
        "discharged", "actioned", "delivered", "superseded", "withdrawn", "no longer required", "no longer relevant",
        "not required", "no further action", "nfa", "rejected", "not accepted", "not agreed", "declined",
        "complete - closed", "closed - complete"], Status.completed),
    **dict.fromkeys([
        "ongoing", "on-going", "on going", "in progress", "underway", "under way", "partially implemented",
        "partly implemented", "part implemented", "partially complete", "partially completed", "partially accepted",
        "partly accepted", "accepted in part", "agreed in part", "in part", "accepted", "agreed", "accepted in principle",
        "agreed in principle", "on track", "on target", "on schedule", "delayed", "behind schedule", "slipped",
        "deferred", "paused", "on hold", "pending", "started", "amber", "green", "red"], Status.in_progress),
    **dict.fromkeys([
        "open", "outstanding", "not started", "not yet started", "not implemented", "not yet implemented",
        "not yet due", "not due", "overdue", "no response", "no response yet", "awaiting response",
        "response awaited", "response outstanding", "tbc", "to be confirmed", "new"], Status.open),
}

#: Yes/no answers in a column that asks a question ("Agreed?", "Accepted?", "Implemented?"), by the question.
ANSWERS: dict[str, dict[str, Status]] = {
    "accepted": {"yes": Status.in_progress, "y": Status.in_progress, "no": Status.completed, "n": Status.completed,
                 "in part": Status.in_progress, "partly": Status.in_progress, "partially": Status.in_progress},
    "done": {"yes": Status.completed, "y": Status.completed, "no": Status.open, "n": Status.open,
             "in part": Status.in_progress, "partly": Status.in_progress, "partially": Status.in_progress},
}

#: A response that opens by refusing the recommendation: answered, nothing more to follow (checked before
#: IN_PROGRESS, whose "accepted" would match "Not accepted").
REFUSED = [r"^(?:not\s+(?:accepted|agreed|supported)|rejected|declined|refused)\b"]

#: REFUSED, compiled.
REFUSED_RE = [re.compile(p, re.I) for p in REFUSED]

#: AGREED_AND_DONE, compiled.
AGREED_AND_DONE_RE = [re.compile(p, re.I) for p in AGREED_AND_DONE]

#: IN_PROGRESS, compiled.
IN_PROGRESS_RE = [re.compile(p, re.I) for p in IN_PROGRESS]

#: COMPLETED, compiled.
COMPLETED_RE = [re.compile(p, re.I) for p in COMPLETED]

#: OPEN, compiled.
OPEN_RE = [re.compile(p, re.I) for p in OPEN]

#: A response cell or paragraph (as opposed to a recommendation), from its opening words.
RESPONSE_START = re.compile(
    r"^(?:(?:all\s+)?complete(?:d)?\.?$"
    r"|(?:all\s+(?:recommendations\s+)?)?(?:taken|considered|agreed|noted|approved|referred|reported|sent)\s+(?:to|by|at|on)\b"
    r"|to be \w+ed\b"
    r"|(?:[\w'-]+\s+){0,5}to take (?:it |this |these )?forward\b"
    r"|on (?:the )?(?:\w+\s+)?agenda\b"
    r"|(?:cabinet |executive )?response\s*[:;]"
    r"|no response\b)",
    re.I,
)

#: A response that starts with a status word and then names more ("completed Democratic services to").
STATUS_LEAD = re.compile(r"^(?:all\s+)?(?:completed?|done|closed|noted|agreed)\b\.?", re.I)

#: Who a response names to act: "Cllr Smith to take forward", "Democratic services to action".
OWNER = re.compile(
    r"(?P<owner>(?:(?:Cllr|Councillor)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"|[\w'&/ -]{2,80}?(?:team|officer|services|service|manager|director|department|lead|leader|member|clerk|chair)))"
    r"\s+to\s+(?:take (?:it |this |these )?forward|action|follow up|progress|lead|respond|report back)\b",
    re.I,
)

#: What `OWNER` needs after the owner: a cheap test first, since `OWNER` tries up to 80 characters at
#: every position of a long response.
OWNER_VERB = re.compile(r"\bto\s+(?:take|action|follow|progress|lead|respond|report)\b", re.I)

#: Colour names a tracker's key can give a status to.
COLOURS = ["green", "amber", "red", "blue", "grey", "gray", "purple", "black", "white"]

#: A line of a tracker's colour key: "Green: recommendation achieved", "G = complete".
KEY = re.compile(r"^\W*(?:key\s*[:\-–]?\s*)?(green|amber|red|blue|grey|gray|purple|black|white|[garb])\s*[:=\-–]\s*(\S.{3,})$",
                  re.I)

#: RAG ratings printed as their initials ("G", "A", "R", "B").
INITIALS = {"g": "green", "a": "amber", "r": "red", "b": "blue"}

# --- read by regions.py ---

#: A tracker's title: "Recommendations tracker", "Action log", "Outstanding actions", "Responses to ...".
TITLE = re.compile(
    r"\b(?:recommendations?\s+(?:tracker|tracking|monitor(?:ing)?|log|schedule|action\s+plan|register|progress)"
    r"|action\s+(?:log|tracker|sheet|list|points|register)|outstanding\s+(?:actions|recommendations)"
    r"|actions?\s+tracker|tracker\s+of\s+recommendations|tracking\s+decisions|decisions?\s+tracker"
    r"|(?:monitoring|tracking|progress)\s+(?:of|on)\s+(?:the\s+)?(?:\w+\s+){0,2}recommendations"
    r"|responses?\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}recommendations"
    r"|responses?\s+to\s+(?:the\s+)?(?:[\w&'-]+\s+){0,6}(?:review|inquiry))\b",
    re.I)

#: A note that shaded rows are the completed ones.
SHADED_MEANS_DONE = re.compile(
    r"\b(?:completed?|closed|done|finished)\b[^.]{0,40}\bshaded\b|\bshaded\b[^.]{0,40}\b(?:completed?|closed|done)\b",
    re.I)

#: A line that starts another document of the pack ("Item 5", "Report of", "Minutes of", "Appendix B").
DOCUMENT_START = re.compile(
    r"^(?:item\s*(?:no\.?\s*)?\d+\b|.*\bitem\s+(?:no\.?\s*)?\d+$|report\s+(?:for|of|to)\b|agenda\s+item\b|minutes\s+of\b"
    r"|appendix\s+[a-z0-9]{1,3}\b)",
    re.I)

#: Lines under a title that make it a report's title rather than the tracker's own.
COVER_REPORT = re.compile(r"^(?:report\s+(?:of|by|to|for|from)\b|purpose(?:\s+of\s+(?:the\s+)?report)?\s*:?$)", re.I)

#: An empty page, or one that says "This page is intentionally left blank".
BLANK_PAGE = re.compile(r"^(?:this page (?:is )?(?:intentionally )?left blank\.?)?$", re.I)

#: Header words -> the role of their column, checked in this order ("Due date" is a due date, not a date).
HEADER_ROLES = [
    ("due", r"(?:due|target|implementation|completion|review)(?:\s+completion)?\s+(?:date|by)|deadline|timescales?|by\s+when|due"
            r"|date\s+(?:for|of)\s+(?:completion|implementation)"),
    ("date", r"(?:(?:meeting|committee|scrutiny|panel|board|o\s*&\s*s)\s+)?(?:meeting\s+)?date"
             r"(?:\s+(?:of\s+)?(?:the\s+)?(?:meeting|committee|scrutiny|panel|board|o\s*&\s*s|recommendations?|decisions?"
             r"|resolutions?)(?:\s+(?:raised|agreed|made|considered))?|\s+(?:raised|agreed|made))?|meeting"),
    ("owner", r"(?:action\s+)?owner|(?:responsible|lead|link)\s+(?:officer|member|director)|officer(?:\s+responsible)?"
              r"|responsib\w+|lead|by\s+whom|assigned\s+to|portfolio(?:\s+holder)?|cabinet\s+member"),
    ("accepted", r"recommendations?\s+(?:agreed|accepted)\?|(?:agreed|accepted)\??(?:\s+by\s+(?:cabinet|executive|council))?|(?:cabinet|executive)\s+decision"
                 r"|accept(?:ed)?\s*/\s*reject(?:ed)?(?:\s*/\s*partially\s+accepted)?|rejected|partially\s+accepted"),
    ("done", r"(?:complete[d]?|implemented|achieved)\s*\??(?:\s*\(?y(?:es)?\s*/\s*n(?:o)?\)?)?"),
    ("status", r"(?:current\s+|rag\s+|overall\s+)?status|rag(?:\s+rating)?|open\s*/\s*closed"),
    ("response", r"(?:[\w'-]+\s+){0,2}(?:response|update|progress|comments?|outcome|position)s?(?:\s+(?:update|to\s+date))?"
                 r"|actions?\s+(?:taken|to\s+date|completed)|(?:response|update|comments?)\s+(?:from|of|by)\s+(?:[\w'&-]+\s*){1,4}"),
    ("text", r"(?:[\w'-]+\s+){0,2}(?:recommendations?|actions?|resolutions?|decisions?|requests?)"
             r"(?:\s+(?:agreed|made|required|arising|to\s+cabinet))?"),
    ("topic", r"topic|item|subject|title|report(?:\s+title)?|agenda\s+item|issue|theme|area"),
    ("ref", r"rec(?:ommendation)?\.?\s*(?:no\.?|number|ref\.?)|(?:minute|min\.?)\s*(?:no\.?|number|ref)?|ref(?:erence)?(?:\s*no\.?)?|no\.?|#|number"),
]

#: HEADER_ROLES, compiled to match a whole header cell (a final colon or question mark allowed).
HEADERS = [(role, re.compile(rf"^(?:{pattern})\s*[:?]?$", re.I)) for role, pattern in HEADER_ROLES]

#: A header row names the recommendation column (role "text"), so it holds one of these words: lines without
#: one are passed over before the phrase-by-phrase search.
TEXT_WORD = re.compile(r"\b(?:recommendations?|actions?|resolutions?|decisions?|requests?)\b", re.I)

#: Columns that follow what became of a recommendation. A table without a title needs one of them to be a
#: tracker: "Decision | Decision maker | Date | Lead officer" is a forward plan, not a record of responses.
FOLLOW_UP = {"response", "status", "accepted", "done"}

# --- read by cells.py ---

#: Verbs a recommendation opens with ("ask", "note", "agree", ...), as a regex alternation.
ACTION_VERBS = ("ask|asks|note|notes|agree|agrees|thank|thanks|consider|considers|submit|request|requests|recommend|"
                "recommends|approve|approves|review|receive|endorse|refer|support|add|invite|defer|prepare|provide|"
                "look|lobby|promote|push|draft|ensure|make|work|investigate|write|contact|continue|to|that")

#: A recommendation's opening verb, from ACTION_VERBS.
VERB = re.compile(rf"^(?:{ACTION_VERBS})\b", re.I)

#: Small words that a topic printed before a recommendation does not contain.
PREFIX_STOP = {"to", "the", "a", "an", "and", "of", "that", "under", "for", "at", "in", "on", "with", "by", "from"}

#: A list letter or number opening a recommendation: "a)", "(ii)", "3.", "R2", "Rec. 4:".
LETTER = re.compile(r"^(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[).]|(?:R|Rec\.?\s*)\d{1,2}[).:]?)\s+")

#: A "Recommendation 3:" label before a recommendation's text.
REC_LABEL = re.compile(r"^recommendation\s*\d*[a-z]?\s*[:.\-–]\s*", re.I)

#: A sentence end followed by a lower-case start: where a bullet was lost between recommendations.
LOST_BULLET = re.compile(r"(?<=[a-z0-9)'\"][.])\s+(?=[a-z])")

#: A bullet printed in the middle of a line, between two recommendations.
INLINE_BULLET = re.compile(r"\s+[•▪●]\s+")

#: A status printed after a recommendation's text: "... by March. Completed".
TRAILING_STATUS = re.compile(r"(?<=[.;])\s+((?:all\s+)?completed?)\s*$", re.I)

#: Abbreviations whose stop does not end a sentence ("e.g.", "Cllr.", "para.").
ABBREV = re.compile(r"\b(?:e\.g|i\.e|etc|no|cllr|cf|approx|para|p)\.$", re.I)

#: Words that follow an action verb when it opens a recommendation ("note the ...", "ask cabinet ...").
OBJECT = {"the", "a", "an", "to", "that", "all", "any", "cabinet", "officers", "members", "council", "councillors",
           "and", "for", "with", "on", "in", "if", "how", "whether", "what", "its", "their", "his", "her"}

# --- read by find.py ---

#: A line of a tracker's key or notes ("Key:", "Green = complete").
KEY_LINE = re.compile(r"^(?:(?:key|notes?)\s*(?:[:\-–].*)?|(?:green|amber|red|blue|grey|[GARB])\s*[:=\-–].*)$", re.I)

#: A heading that only numbers the recommendation under it ("Recommendation 1", "Rec. 2a:").
NUMBER_LABEL = re.compile(r"^(?:recommendation|rec\.?)\s*(?:no\.?\s*)?\d{1,3}[a-z]?\s*:?$", re.I)

#: Roles a heading alone on its line can give the paragraph under it.
FIELD_ROLES = ("response", "status", "owner", "due")

#: A paragraph opening with a short label: "Response: ...", "Lead officer - ...".
LABELLED = re.compile(r"^([A-Za-z][A-Za-z' ]{1,30}?)\s*[:\-–]\s+(\S.*)$")

#: Words that name a meeting, in a heading above a tracker's first entry.
MEETING_WORDS = re.compile(r"\b(?:meeting|committee|panel|board|cabinet|executive|scrutiny|held)\b", re.I)

#: Words a line cannot end on if its sentence is finished: text goes on to the next line.
OPEN_END = {"to", "on", "of", "the", "and", "by", "for", "at", "in", "with", "a", "an", "or", "from", "that"}

# --- read by layout.py ---

#: A bullet or dash opening a line (and "o", a second-level bullet, before a space).
MARKER = re.compile(r"^(?:[•·▪◦●‣∙*–-]|o(?=\s))\s*")

#: Common short words: a short lower-case token not among them is printing noise.
STOP = {"a", "an", "i", "of", "to", "on", "in", "at", "by", "or", "and", "the", "for", "be", "is", "it", "we",
         "as", "so", "no", "do", "up", "if", "its", "all", "any", "are", "was", "has", "had", "but", "not", "can",
         "may", "our", "new", "one", "two", "per", "set", "use", "see", "who", "how", "why", "etc", "via", "out"}
