"""Word lists and patterns the RESOLVED-statement rules use: data only, no logic.

Kept apart from `resolutions.py` so a reader can review (and a test can validate) what the rules know about
council English without reading the code that applies it. Every list is lower case; every regex compiles.
"""
from __future__ import annotations

import re

from ..text.patterns import SPEAKER_LABEL  # noqa: F401 - the resolution rules read it from here

#: The decision word itself, in any case; letter-spaced "R E S O L V E D" as some councils print it.
TRIGGER = re.compile(r"\b(?:resolved|r\s?e\s?s\s?o\s?l\s?v\s?e\s?d(?=\s))\b", re.I)

#: Auxiliaries that make "resolved" an everyday passive/perfect ("has been resolved", "to be resolved").
BE_WORDS = frozenset({"be", "been", "being", "become", "becomes", "became", "get", "gets", "got", "getting"})

#: Words before a lower-case "resolved" that show the everyday sense ("once resolved", "not resolved", "as resolved").
EVERYDAY_BEFORE = frozenset({"not", "never", "once", "until", "unless", "if", "when", "whether", "as", "being",
                             "fully", "partly", "partially", "satisfactorily", "successfully", "quickly", "easily",
                             "issue", "issues", "problem", "problems", "matter", "matters", "query", "queries",
                             "complaint", "complaints", "dispute", "disputes", "fault", "faults", "status", "now",
                             "been"})

#: Adverbs that may stand between an auxiliary and "resolved" ("has now been resolved", "is actually resolved").
SOFT_ADVERBS = frozenset({"now", "already", "still", "just", "since", "then", "also", "eventually", "finally",
                          "actually", "largely", "mostly", "all", "not", "never", "hopefully"})

#: After "resolved that": the everyday "resolved that way".
NOT_AFTER_THAT = frozenset({"way"})

#: Finite auxiliaries before "resolved": fine after "It" ("It was resolved to"), suspect after a noun phrase.
PASSIVE_AUX = frozenset({"was", "were", "is", "are", "has", "have", "had"})

#: Words that may stand between the actor and "resolved" ("It was therefore resolved", "Members unanimously RESOLVED").
ADVERBS = frozenset({
    "further", "therefore", "also", "then", "subsequently", "unanimously", "thereupon", "accordingly",
    "duly", "formally", "finally", "now", "hereby", "jointly", "and", "nominated", "seconded", "moved",
    "proposed", "agreed", "debated", "discussed", "considered", "formally", "following", "after",
})

#: Deliberative bodies whose decision "resolved" records ("The Committee resolved", "resolved by the Council").
BODIES = frozenset({
    "council", "councils", "councillors", "councilors", "committee", "committees", "sub-committee",
    "subcommittee", "members", "member", "cabinet", "board", "meeting", "panel", "executive", "assembly",
    "commission", "commissioners", "trustees", "governors", "directors", "forum", "authority", "we",
    "parish", "town", "group", "cllrs", "councillor", "delegates",
})

#: Words that may open a decision right after "resolved" (after its punctuation, if any).
OPENERS = frozenset({
    "that", "to", "not", "unanimously", "accordingly", "as", "with", "subject", "on", "by", "following",
    "proposed", "seconded", "moved", "nem", "having", "upon", "t", "further",
})

#: After "resolved to": these words show the everyday sense ("resolved to the satisfaction of", "to date").
NOT_AFTER_TO = frozenset({
    "the", "a", "an", "their", "his", "her", "its", "our", "everyone", "everyone's", "everybody's", "all",
    "date", "satisfaction", "some", "most", "this", "that", "these", "those", "be",
})

#: Words after "resolved," (lower-case, mid-sentence) that still open a decision: the bare formula etc.
AFTER_COMMA = frozenset({"proposed", "seconded", "moved", "that", "to", "with", "unanimously", "nem", "by", "on"})

#: A bare formula: "Resolved, proposed Cllr A, seconded Cllr B. Unanimously agreed." (its object stands before).
FORMULA_START = re.compile(r"^(?:proposed|seconded|moved|on\s+the\s+(?:proposition|motion)|nem\.?\s*con|"
                           r"unanimously\s+agreed|agreed\b)", re.I)

#: Abbreviations after which a full stop does not end the sentence.
ABBREVIATIONS = frozenset({
    "cllr", "cllrs", "clr", "councillor", "mr", "mrs", "ms", "miss", "dr", "prof", "rev", "revd", "st", "no",
    "nos", "co", "e.g", "eg", "i.e", "ie", "approx", "para", "paras", "cl", "ref", "tel", "art", "sec",
    "fig", "vs", "v", "min", "mins", "prop", "app", "appx", "incl", "inc", "dept", "est", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "sgt", "insp", "supt", "hon", "esq", "ald",
})

#: Words after which a single capital letter is a label, not an initial ("as set out at Appendix A.").
LETTER_LABELS = frozenset({"appendix", "annex", "annexe", "schedule", "option", "options", "plan", "part", "section",
                           "table", "figure", "item", "phase", "category", "class", "grade", "zone", "type",
                           "block", "unit", "route", "site", "area", "plot", "stage", "level", "list"})

#: Words a vote record is made of ("Unanimously agreed.", "Carried by 7 votes to 2 with 1 abstention.").
VOTE_WORDS = frozenset({
    "unanimously", "unanimous", "agreed", "carried", "by", "a", "majority", "nem", "con", "all", "in",
    "favour", "favor", "the", "motion", "was", "vote", "votes", "voting", "for", "against", "abstention",
    "abstentions", "abstained", "abstaining", "abstain", "with", "members", "member", "and", "to", "being",
    "proposal", "resolution", "were", "lost", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "none", "no", "show", "of", "hands", "recorded", "councillors",
})
#: At least one of these must be in a sentence for it to count as a vote record.
VOTE_KEYS = frozenset({"unanimously", "unanimous", "majority", "carried", "favour", "favor", "against",
                       "abstention", "abstentions", "abstained", "abstaining", "nem"})

#: Symbol bullets (including the private-use glyphs of Symbol/Wingdings fonts) that open a list item.
BULLETS = "\u2022\u25cf\u25aa\u25a0\u25e6\u25cb\u00b7\u2023\u2043\u27a2\u2713\u2714\u25ba\u25b6\u2219*\u2010\u2012\u2013\u2014-"
PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")

#: A list marker at the start of a line: a bullet, or (a) a) a. (i) i) (1) 1) 1. -- also alone on its line, as in
#: hanging-indent lists whose text stands in a column of its own.
LIST_MARKER = re.compile(
    r"^\s*(?:[" + re.escape(BULLETS) + r"\ue000-\uf8ff]"
    r"|\((?:[a-z]|[ivx]{1,5}|\d{1,2})\)|(?:[a-z]|[ivx]{1,5}|\d{1,2})[.)]"
    r"|(?:section|article)\s+\d{1,3}[.:])(?=\s|$)\s*",                  # US resolutions: "SECTION 2."
    re.I,
)
#: The same markers standing inside a line: "that (a) ...; (b) ...".
INLINE_MARKER = re.compile(r"(?:(?<=\s)|^)\((?P<m>[a-z]|[ivx]{1,5}|\d{1,2})\)\s+", re.I)

#: A minute or section heading at the start of a line: "108. FINANCE", "17.03.10 Correspondence", "PART II".
NUMBERED_HEADING = re.compile(
    r"^\s*(?:\d{1,4}(?:\.\d{1,3}){1,3}\.?|\d{1,4}\."                      # 17.03.10, 109.2, 108.
    r"|(?!(?:19|20)\d\d/\d\d\b)[A-Z]{0,4}/?\d{1,4}/\d{1,4}\.?"             # 21/124, PC21/045 (not 2021/22)
    r"|(?:[Ii]tem|[Mm]inute|[Mm]in\.?)\s+\d{1,4}[\w/.]*\s*[-\u2013:.]?"      # Item 5 -, Minute 45/21
    r")\s*[A-Z(\u2018\u201c\"']")
#: Signature blocks and the close of the meeting.
SIGNATURE = re.compile(r"^\s*(?:signed|signature|chair(?:man|person)?|date[d]?)\b.*(?:_{3,}|\.{5,}|dated?\b)|"
                       r"^\s*(?:chair(?:man|person)?|signed)\s*:?\s*$|"
                       r"^\s*(?:the\s+)?(?:meeting\s+(?:closed|ended|finished)|chair(?:man|person)?\s+closed)\b",
                       re.I)

#: The close of a US/Canadian resolution or motion, where its text has ended: the adoption line ("PASSED AND
#: ADOPTED this 13th day of ...", "ADOPTED this ___ day of ___, 2021, by the following vote:"), the vote block
#: ("AYES:", "NOES:", "Yeas:", "ATTEST:"), the next motion's mover ("Moved by Councillor A,") and a vote outcome
#: on its own line ("Motion carried.", "Carried").
RESOLUTION_CLOSE = re.compile(
    r"^\s*(?:(?:passed|approved)\s*,?\s+and\s+adopted\b|(?:duly\s+)?adopted\s+(?:this|on\s+th(?:is|e))\b"
    r"|(?:ayes|noes|nays|yeas|absent|abstain(?:ed|s)?|attest|recusal)\s*:"
    r"|(?:moved|seconded|proposed)\s+by\b|(?:the\s+)?motion\s+(?:was\s+)?(?:carried|passed|failed|lost|defeated)\b"
    r"|carried\s*\.?\s*$)", re.I)

#: Lead-in endings: a line that ends so introduces the lines after it ("as follows:", "the following").
LEAD_IN_END = re.compile(r"(?:[:;]\s*-?|:-|\bas\s+follows|\bthe\s+following|\bthat|\bto|\band|\bor|,)\s*$", re.I)

#: Words a list point opens with that make no sense without the lead-in before it.
FRAGMENT_STARTS = frozenset({"and", "or", "but", "of", "for", "with", "by", "in", "on", "at", "from", "subject",
                             "including", "excluding", "as", "being", "which", "who", "whose"})

#: Finite verbs of narrative: a line with one of these reads as prose, not as a table row or a name list.
NARRATIVE_VERBS = frozenset({
    "was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "should", "said", "asked",
    "reported", "noted", "agreed", "advised", "explained", "informed", "thanked", "discussed", "confirmed",
    "stated", "requested", "suggested", "felt", "attended", "raised", "closed", "received", "presented",
    "declared", "queried", "updated", "welcomed", "opened", "left", "joined",
})


#: Words a sentence cannot end on: a line ending on one of them goes on on the next line ("... approves the" /
#: "CCCA countywide charter petition"; "... the removal of" / "ditches be prioritized ...").
UNFINISHED_ENDS = frozenset({
    "the", "a", "an", "of", "and", "or", "nor", "to", "for", "with", "by", "in", "on", "at", "from", "into",
    "onto", "upon", "under", "over", "between", "than", "as", "that", "which", "whose", "who", "whom", "its",
    "their", "his", "her", "our", "your", "this", "these", "those", "be", "is", "are", "was", "were", "shall",
    "will", "may", "must", "should", "would", "can", "could", "not", "no", "any", "all", "each", "every", "such",
    "said", "both", "either", "neither", "per", "via", "including", "regarding", "within", "without", "if",
    "next",
})

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
#: A date broken over two lines: "Tuesday" / "4 March 2025", "on 4" / "March 2025", "March" / "4, 2025".
DATE_SPLIT = re.compile(
    r"(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b" + _MONTHS + r")\n\d{1,2}(?:st|nd|rd|th)?\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\n" + _MONTHS + r"\b", re.I)

#: A lead-in that announces points even when it ends in a full stop: "... approve the following payments.",
#: "... as follows.", "... as listed below."
LIST_LEAD_IN = re.compile(r"\b(?:the\s+following\b[^.!?]*|as\s+follows|(?:as\s+)?(?:listed|set\s+out|shown)\s+below)"
                          r"\s*[.]\s*$", re.I)

#: A proposer/seconder tail in an abbreviated form, printed after the decision on its line: "- Proposed JB;
#: 2nd KL", "Prop: TW 2 nd MR", "(Prop. Cllr Smith, Sec. Cllr Jones)", "Proposed: DN Seconded: RA". Recognised by
#: its shape: a proposal word, a name (initials or a title and surname), a seconding word, a name, the end.
_TAIL_NAME = (r"(?-i:(?:Cllrs?\.?|Councillor|Cr\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
              r"|[A-Z]{2,4}(?:\s*[&/]\s*[A-Z]{2,4})?)")
PROPOSER_TAIL = re.compile(
    r"(?:\s*[-\u2013\u2014]\s*|\s*\(\s*|\s+|^\s*)"
    r"(?:prop(?:osed)?|moved|proposer)\b\.?\s*(?:by\b)?\s*:?\s*(?P<proposer>" + _TAIL_NAME + r")"
    r"\s*[;,.]?\s*(?:and\s+)?(?:2\s?nd|sec(?:onded)?|seconder)\b\.?\s*(?:by\b)?\s*:?\s*(?P<seconder>" + _TAIL_NAME + r")"
    r"\s*\)?\s*\.?\s*$", re.I)

#: A reference standing at the head of a line (a planning appeal, an application): "APP/X1234/W/21/3284567 -
#: Mill House Appeal", "21/00123/FUL Land at ...": a row of its own, not the words of the statement above it.
REFERENCE_LINE = re.compile(r"^\s*(?:[A-Z]{2,5}/[A-Z0-9]{2,}(?:/[A-Z0-9.]+)+|\d{2,4}/\d{3,6}/[A-Z]{2,6})\b")


# ------------------------------------------------------------------------------------------------------------
# Decisions worded without "resolved" (formulas.py; corpus GUIDELINES-decisions.md, docs/decisions.md)

#: Each form of a formula word and the formula it records. (Welsh "Cytunwyd" / "Penderfynwyd" are left out: the
#: corpus's gold does not count them, and a Welsh-language pack's sentence rules are not these.)
FORMULA_FORMS: dict[str, str] = {
    "agreed": "agreed", "agrees": "agreed",
    "approved": "approved", "approves": "approved",
    "decided": "decided", "decides": "decided",
    "carried": "carried", "carries": "carried",
    "recommended": "recommended",
    "adopted": "adopted", "adopts": "adopted",
}
#: (The lookahead on the forms' first letters only lets the scan skip the other positions faster: a whole pack's
#: text is searched.)
FORMULA_WORD = re.compile(r"\b(?=[" + "".join(sorted({form[0] for form in FORMULA_FORMS})) + r"])(?:"
                          + "|".join(sorted(FORMULA_FORMS, key=len, reverse=True)) + r")\b", re.I)

#: A "Decision:" label under an item (decision notices, some minutes): a decision only when one follows it.
DECISION_LABEL = re.compile(r"^[ \t]*(?:decisions?)[ \t]*[:\-\u2013\u2014]+[ \t]*\n?[ \t]*", re.I | re.M)

#: Who decides when the formula follows them: the meeting itself ("The Council agreed", "Members approved",
#: "All agreed", "the councillors agreed"); named bodies are checked against the meeting's own body.
MEETING_SUBJECTS = frozenset({
    "council", "councils", "councillors", "councilors", "committee", "sub-committee", "subcommittee", "members",
    "cabinet", "board", "meeting", "panel", "executive", "assembly", "commission", "commissioners", "trustees",
    "governors", "directors", "forum", "authority", "we", "all", "everyone", "cllrs", "delegates", "councillor's",
})

#: Adverbs between the subject (or auxiliary) and the formula ("It was unanimously agreed", "The Board also
#: approved", "It was further agreed").
FORMULA_ADVERBS = frozenset({
    "unanimously", "also", "further", "then", "therefore", "subsequently", "duly", "formally", "accordingly",
    "thereupon", "finally", "hereby", "jointly", "generally", "collectively", "thus", "so", "now",
    "nem", "con", "both",
})

#: Auxiliaries of a passive decision whose object stands first ("The minutes were approved", "Bills stand
#: approved"); present-tense "is/are" is report wording ("the procurement is recommended"), not a record.
PASSIVE_DECISION_AUX = frozenset({"was", "were", "stand", "stands", "stood"})

#: Words just before the formula that make it narrative, not a decision taken now: the perfect ("has agreed",
#: "had been approved"), the future or infinitive ("to be agreed", "will be approved"), present passive
#: ("is recommended"), an adjective ("the adopted budget", "an agreed programme"), "as agreed".
NOT_FORMULA_BEFORE = frozenset({
    "has", "have", "had", "having", "be", "been", "being", "is", "are", "am", "will", "would", "shall", "should",
    "may", "might", "must", "can", "could", "to", "not", "never", "the", "a", "an", "our", "their", "its", "his",
    "her", "this", "these", "those", "as", "previously", "already", "once", "if", "when", "unless", "until",
    "whether", "newly", "recently", "jointly-", "pre", "pre-", "mutually", "originally", "initially", "yet",
    "get", "got", "gets", "become", "became", "becomes", "any", "no", "each", "every", "all-party", "and/or",
})

#: Words anywhere before the formula in its sentence that make it conditional or reported ("If it is agreed
#: that ...", "Once the strategy has been approved", "As previously agreed ...").
CONDITIONAL_WORDS = frozenset({"if", "once", "unless", "until", "whether", "whereas", "should", "provided",
                               "previously", "already", "hopefully"})

#: After "carried": the phrasal verb ("carried out", "carried over", "carried forward"), not a vote's outcome.
CARRIED_PARTICLES = frozenset({"out", "over", "forward", "forwards", "through", "across", "into", "away", "back",
                               "along", "off", "down", "up"})

#: What a carried formula says was carried ("Motion carried", "The amended motion is carried").
CARRIED_SUBJECTS = frozenset({"motion", "motions", "amendment", "amendments", "proposal", "proposition",
                              "recommendation", "recommendations", "resolution", "it", "this", "item", "vote"})

#: A title's full stop inside a mover's or seconder's name ("seconded by Mr. Jones"), not a sentence's end.
_TITLE_DOT = r"\b(?:Mr|Mrs|Ms|Mx|Dr|Cllr|Cr|Coun|Hon|Rev|Prof|St)\."

#: A motion's words: "Moved by Cllr A, seconded by Cllr B, that ...", "I move that ...", "Councillor Steen moves
#: that ...", "Move adoption of ...", "Motion to approve ...", "There's a motion on the floor to ...", and a
#: motion to suspend the rules however worded ("I'd like to suspend the rules", "we've asked for the suspension
#: of rules", "Councillor Eadie suspends the rules"), whose words start at the suspending.
MOTION = re.compile(
    # (the lookahead lets the scan pass over positions no alternative can start at: it costs a character test)
    r"(?=[mpihantsMPIHANTS \t])\b(?:(?:moved|proposed|motion|made)\s+by\b(?:(?!whereas|resolved)(?:" + _TITLE_DOT + r"|[^.?!])){0,120}?"
    r"(?:second(?:ed)?\s+by\b(?:(?!whereas|resolved)(?:" + _TITLE_DOT + r"|[^.?!])){0,80}?)?(?=\bthat\b|\bto\b)"
    r"|(?:moved|proposed|mover)\b(?:(?!whereas|resolved)(?:" + _TITLE_DOT + r"|[^.?!])){0,80}?\bsecond(?:ed|er)?\b"
    r"(?:(?!whereas|resolved)(?:" + _TITLE_DOT + r"|[^.?!])){0,80}?(?=\bthat\b|\bto\b)"
    r"|(?:i\s+(?:will\s+|would\s+|shall\s+)?|i['\u2019]ll\s+|i\s+would\s+like\s+to\s+|i['\u2019]d\s+like\s+to\s+)?"
    r"(?:hereby\s+|also\s+|now\s+)?(?:move[s]?|propose[sd]?|(?<!we\s)(?<!he\s)(?<!who\s)(?<!they\s)(?<!i\s)(?<!you\s)(?<!she\s)"
    r"(?<!which\s)(?<!had\s)(?<!have\s)moved)\b\s*,?"
    r"|introduce\s+(?=the\s+adoption\b)"
    r"|(?:(?<=\ba\s)|(?<=^)|(?<=\n)|(?<=[.:?]\s))motion\s+(?:\([^()\n]{1,60}\)\s+)?(?:on\s+the\s+floor\s+)?(?=to\b)"
    r"|(?m:^[ \t]*motion[ \t]*:[ \t]*)"
    r"|(?=(?:the\s+)?suspension\s+of\s+(?:the\s+)?(?:rules|standing\s+orders)\b"
    r"|suspend(?:s|ed)?\s+(?:the\s+)?(?:rules|standing\s+orders)\b))\s*",
    re.I)

#: The words before a bare "agreed" that point back at the motion before it ("This was seconded by Cllr Brown
#: and agreed by all.", "Unanimously agreed."), and what may follow it to its full stop.
SECONDED_AND = re.compile(r"\s*(?:(?:this|it|which)\s+was\s+seconded\s+by\s+[^.?!]{1,60}?\s+and|unanimously|all)\s*",
                          re.I)
AGREED_END = re.compile(r"[ \t]*(?:by\s+all|by\s+everyone|unanimously)?[ \t]*[.!?]", re.I)

#: A motion printed under a label opening its line ("Motion: Approve the minutes of ... as presented.").
MOTION_LABEL = re.compile(r"[ \t]*motion[ \t]*:[ \t]*", re.I)

#: An outcome sentence that opens with what it carries and says how before the verb ("The motion was seconded
#: by Councillor Kim and on being put to the meeting was carried"): the subject is its opening.
OUTCOME_OPENING = re.compile(r"\s*((?:the\s+)?(?:\w+\s+)?(?:motion|amendment|proposal|recommendations?)"
                             r"(?:\s+to\s+\w+)?)\s+(?:was|were)\b.*\band\b.*\b(?:was|were)\s+(?:declared\s+)?$",
                             re.I | re.S)

#: What a motion moves, right after the verb: "that ...", "to suspend ...", "adoption of ...", "the report of
#: ...", "Items 1 to 3", "By-law No. 57/2014", "extension", "adjournment". "move" followed by anything else is
#: a speech's word ("move this matter into an audit", "move it to another", "moved by Councillor X.").
MOTION_OBJECTS = re.compile(
    r"(?:that\b|to\s+(?!(?:the|a|an|another|item|items|this|that|page|next|be)\b)\w"
    r"|(?:the\s+|a\s+|an\s+)?(?:adoption|approval|acceptance|receipt|referral|deferral|reconsideration|"
    r"suspension|extension|adjournment|amendment|motion|report|reports|recommendations?|minutes|items?|"
    r"consent|by-?laws?|following|resolution)\b"
    r"|suspend|(?:this|it)\s+be\b)", re.I)

#: A motion's words that announce a list read out after the sentence ("that the following by-laws be read a
#: first time. By-law 70/2015, 78/2015, 80/2015.").
ANNOUNCES_LIST = re.compile(r"\bthe\s+following\b", re.I)

#: The chair's question that names what a spoken vote decides ("All those in favour of Item 2?", "I'll call
#: the question on 1 through 3, and 5 through 7.", "the vote is on the clause as amended"); a name may wrap.
IN_FAVOUR_OF = re.compile(r"\ball\s+(?:those\s+)?in\s+favou?r\s+of\s+((?:the\s+)?(?:No\.|[^?.!]){1,80}?)\s*[?.!]",
                          re.I)
VOTE_ON = re.compile(r"\b(?:vote\s+(?:is\s+|will\s+be\s+)?|call\s+the\s+questions?\s+)on\s+"
                     r"((?:the\s+)?(?:No\.|[^?.!]){1,80}?)\s*[?.!]", re.I)

#: A name that says exactly what is voted on: a number, items, a motion ("Items 1 through 9", "Motion No. 2",
#: "one and two").
STRONG_VOTE_NAME = re.compile(r"\d|\bitems?\b|\bmotion\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b",
                              re.I)

#: Names that say only that something is voted on ("the item", "the motion", "Item is carried"), and pronouns
#: ("call the question on that").
VAGUE_VOTE_NAMES = frozenset({"the", "item", "motion", "referral", "it", "this", "that", "vote", "question"})
VAGUE_VOTE_PRONOUNS = frozenset({"that", "this", "it", "them", "those", "these"})

#: A speaker correcting themself inside a name ("Items 1 to 3 or pardon me, 1, 2 and 4"): the words after count.
#: The end of a chair's call that is not part of the name ("in favour of the motion to refer, please rise").
NAME_TAIL = re.compile(r",\s*please\b.*$|\s*,\s*(?:contrary|opposed)\b.*$", re.I | re.S)

SELF_CORRECTION = re.compile(r"\b(?:or\s+)?(?:pardon\s+me|sorry|I\s+mean|rather)\s*,\s*", re.I)

#: The call just before a lower-case "carried" that makes it the vote's outcome ("Contrary. carried.").
VOTE_CALL_BEFORE = re.compile(r"\b(?:contrary|opposed|against|nays?)\s*[?.!]\s*$", re.I)

#: Words of an outcome sentence that are not what was carried ("The motion is then duly carried").
CARRIED_FILLER = frozenset({"is", "was", "has", "been", "being", "the", "then", "duly", "hereby", "declared"})

#: How the vote was taken, between an outcome's subject and "carried" ("The motion to defer was put and
#: carried", "the motion was put to the vote and declared carried"): not part of the subject.
PUT_TO_THE_VOTE = re.compile(r"\s*\b(?:was\s+|were\s+)?put(?:\s+to\s+(?:the\s+)?(?:vote|meeting))?\s+and"
                             r"(?:\s+(?:was\s+)?declared)?\s*$", re.I)
VOTE_TAKEN_LEAD = re.compile(r"^\s*(?:up)?on\s+(?:(?:being|it\s+being)\s+put\s+to\s+(?:the\s+)?(?:vote|meeting)|"
                             r"a\s+vote\s+being\s+taken)\s*,?", re.I)

#: A resolution's own title ("RESOLUTION NO. 2024-32"), the subject of "PASSED AND ADOPTED this ... day".
RESOLUTION_TITLE = re.compile(r"^[ \t]*(?!WHEREAS|NOW|BE\s+IT)(?:[A-Z0-9][A-Z0-9 .,'&-]{0,60}[ \t])?"
                              r"(?:RESOLUTION|Resolution)\s+(?:[Nn][Oo]\.?|NUMBER|Number|#)\s*[\w./-]+[^\n]{0,40}$", re.M)

#: A date, for "On March 26, 2008, the Board approved ..." (an earlier decision reported back).
MONTH_NAMES = ("january|february|march|april|may|june|july|august|september|october|november|december|"
               "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
EARLIER_DATE = re.compile(
    r"\b(?:on|dated)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?"
    r"(?:(?:" + MONTH_NAMES + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:"
    + MONTH_NAMES + r")\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})\b"
    r"|\bat\s+(?:its|their|a|an|the)\s+(?:previous|earlier|last|prior)?\s*(?:\w+\s+)?meetings?\s+(?:on|held|of|in)\b"
    r"|\bat\s+previous\s+meetings\b|\blast\s+(?:year|month|meeting)\b",
    re.I)

#: Any vote's outcome, carried or not ("Carried.", "Motion is lost", "the motion to refer is defeated"): the
#: text about the next vote starts after it.
VOTE_OUTCOME = re.compile(r"\b(?:carried|carries)\b(?!\s+(?:out|over|forward|through|on)\b)"
                          r"|\b(?:is|was|been)\s+(?:defeated|lost)\b|\bmotion\s+(?:fails|failed|lost|defeated)\b",
                          re.I)

#: A form's blank for the date of adoption ("ADOPTED this _____ day of ________", an OCR'd "the __ day of"):
#: a draft, not yet a decision.
FORM_BLANK = re.compile(r"_{2,}")

#: A formula word joined by a hyphen to the next word ("Agreed-Upon Procedures Report"): a compound, not a label.
COMPOUND_HYPHEN = re.compile(r"-[A-Za-z]")

#: Around a spoken vote: the verb after an outcome's subject ("The amended motion is"), a motion named by what
#: it moves ("Motion to refer"), the chair's "in favour of" before a motion's words, a formal mover's lead-in.
OUTCOME_VERB_TAIL = re.compile(r"\s+(?:is|was|has\s+been)(?:\s+declared)?\s*$", re.I)
MOTION_TO = re.compile(r"(?:the\s+)?motion\s+to\b", re.I)
IN_FAVOUR_OF_BEFORE = re.compile(r"favou?r\s+of\s+$", re.I)
MOVER_VERB = re.compile(r"\b(?:moves|moved|proposes|proposed)\s*$", re.I)
MOVED_BY = re.compile(r"\s*(?:(?:moved|proposed|motion|made)\s+by\b|(?:moved|proposed|mover)\b.*\bsecond)", re.I | re.S)

#: A recital, whose "the following motion was carried" reports an earlier vote ("AND WHEREAS at the special
#: meeting of Council on July 9, 2014, ...").
RECITAL = re.compile(r"\bwhereas\b", re.I)

#: A transcript's speaker label opening a line ("Madam Speaker:", "Mayor Katz:", "City Clerk:").
SPEAKER = re.compile(r"^[ \t]*(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*:\s*", re.M)

#: A motion named by its number ("Motion No. 1"), and an item heading ("Item 1 - 2014 Business Improvement Zone
#: Levies"): what a bare "Motion carried" or a chair's unnamed question decides.
MOTION_NAME = re.compile(r"\bmotion\s+no\.?\s*\d+\b", re.I)
MOTION_HEADING = re.compile(r"^[ \t]*Motion\s+No\.?\s*\d+[ \t]*$", re.M | re.I)
ITEM_HEADING = re.compile(r"^(?:Item|ITEM)\s+(?:No\.?\s*)?\d+[A-Za-z]?\s*[-\u2013\u2014:]\s*\S[^\n]*$", re.M)

#: Tiers of government other than the one meeting, named as the body that agreed or approved ("approved by the
#: district council" in a parish council's minutes): another body's decision, not the meeting's.
OTHER_TIERS = frozenset({"district", "county", "borough", "state", "regional", "region", "national", "federal",
                         "provincial", "government", "unitary"})

#: "Motion to approve the minutes of ... was made by Trustee A, seconded by ...": what a later "minutes stand
#: approved" approves.
MOTION_TO_APPROVE = re.compile(r"\bmotion\s+to\s+approve\s+(the\s+[^.]{3,200}?)\s+(?:was|were)\s+(?:made|moved)\b", re.I)

#: Words of a body's name that say only what kind of body it is ("the Board", "The Parish Council"): such a body
#: deciding is taken to be the meeting itself; a name with other words ("the Space Utilization Committee") is
#: checked against the meeting's own body.
BODY_KIND_WORDS = frozenset({"the", "this", "our", "its", "council", "committee", "sub", "meeting", "members",
                             "cabinet", "executive", "board", "panel", "parish", "town", "city", "community", "full",
                             "commission", "commissioners", "trustees", "councillors", "councilors"})
