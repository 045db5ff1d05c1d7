"""recommendations_for: the call the pipeline makes to turn a Resolution into Recommendation records."""
from __future__ import annotations

import json

from conftest import sample

from minutebook.extract.clauses.actions import recommendations_for
from minutebook.extract.clauses.evidence import find_span
from minutebook.extract.pages.furniture import mark_furniture
from minutebook.extract.pipeline import Context
from minutebook.extract.pdf.read import load_pdf, read_pages
from minutebook.extract.pages.stream import TextStream
from minutebook.models import MeetingRef, Recommendation, Resolution, Source

SHA = "ab" * 32
QUOTE_LINES = [  # (page, text): a statement whose second point runs over a page break
    (3, "RESOLVED to:"),
    (3, "(a) note the report;"),
    (3, "(b) ask the clerk to write to the owner by 31 March"),
    (4, "2021;"),
    (4, "(c) approve the budget."),
]


def _resolution(**extra) -> Resolution:
    quote = "\n".join(text for _, text in QUOTE_LINES)
    boxes = [(page, 50.0, 100.0 + 12 * n, 50.0 + 5 * len(text), 110.0 + 12 * n)
             for n, (page, text) in enumerate(QUOTE_LINES)]
    fields = dict(
        id=f"{SHA[:12]}/resolution/7",
        pack_id=f"{SHA[:12]}/pack",
        text="to: (a) note the report; (b) ask the clerk to write to the owner by 31 March 2021; (c) approve the "
             "budget.",
        clauses=["note the report;", "ask the clerk to write to the owner by 31 March 2021;", "approve the budget."],
        meeting=MeetingRef(body="Parish Council", date="2021-03-18"),
        source=Source(file="minutes.pdf", sha256=SHA, pages=[3, 4], printed_pages=["3", "4"], quote=quote,
                      boxes=boxes),
    )
    fields.update(extra)
    return Resolution(**fields)


def test_one_valid_recommendation_per_clause():
    recs = recommendations_for(_resolution())
    assert [r.id for r in recs] == [f"{SHA[:12]}/recommendation/7-{n}" for n in (1, 2, 3)]
    for rec in recs:  # each record survives a JSON round trip through the model (extra=forbid, types)
        assert Recommendation.model_validate(json.loads(rec.model_dump_json())) == rec
        assert rec.origin.value == "resolution"
        assert rec.resolution_id == f"{SHA[:12]}/resolution/7"
        assert rec.meeting == MeetingRef(body="Parish Council", date="2021-03-18")
        assert rec.pack_id == f"{SHA[:12]}/pack"
    assert [(r.action, r.category.value, r.owner, r.due) for r in recs] == [
        ("note", "note", None, None),
        ("ask", "request", "the clerk", "2021-03-31"),
        ("approve", "approve", None, None),
    ]


def test_evidence_is_narrowed_to_the_clause_lines_and_pages():
    first, second, third = recommendations_for(_resolution())
    assert (first.source.pages, first.source.quote) == ([3], "note the report;")
    assert second.source.pages == [3, 4]
    assert second.source.quote == "ask the clerk to write to the owner by 31 March\n2021;"
    assert [b[0] for b in second.source.boxes] == [3, 4]
    assert third.source.pages == [4] and third.source.printed_pages is None  # labels unknown without a ctx
    assert len(third.source.boxes) == 1 and third.source.boxes[0][1] > 50.0  # narrowed past the "(c) "
    for rec in (first, second, third):
        assert rec.source.quote in _resolution().source.quote
        assert rec.uncertain is None


def test_clause_not_in_quote_keeps_the_statements_evidence_and_says_so():
    res = _resolution(clauses=["note the report;", "something the quote does not hold"])
    recs = recommendations_for(res)
    assert recs[1].source == res.source
    assert recs[1].uncertain and "not found" in recs[1].uncertain[0]


def test_bare_formula_takes_its_action_from_the_subject():
    res = _resolution(text="proposed Cllr Atkins, seconded Cllr Blake. Unanimously agreed.",
                      clauses=["proposed Cllr Atkins, seconded Cllr Blake. Unanimously agreed."],
                      subject="To consider and approve the amendment to the Code of Conduct.")
    [rec] = recommendations_for(res, ordinal=3)
    assert (rec.id, rec.action, rec.category.value) == (f"{SHA[:12]}/recommendation/3-1", "approve", "approve")


def test_statement_without_clauses_is_one_recommendation():
    [rec] = recommendations_for(_resolution(text="to note the report.", clauses=[]))
    assert (rec.text, rec.action) == ("to note the report.", "note")


def test_find_span_ignores_line_breaks_and_broken_hyphens():
    quote = "to ask the clerk to re-\ncommend a contractor\nby the next meeting"
    start, end = find_span(quote, "to ask the clerk to recommend a contractor by the next meeting")
    assert quote[start:end] == quote
    assert find_span(quote, "to approve the budget") is None


def test_resolution_built_over_a_real_sample_pdf():
    pdf = load_pdf(sample("hertingfordbury-pc-minutes-2012-01-11.pdf"))
    ctx = Context(pdf=pdf, pages=mark_furniture(list(read_pages(pdf))))
    stream = TextStream(ctx.pages)
    start = stream.text.index("that four payments be authorised;")
    end = stream.text.index("£1055.01", start) + len("£1055.01")
    text = " ".join(stream.text[start:end].split())
    points = [line.strip() for line in stream.text[start:end].split("\n")[1:]]
    res = Resolution(id=f"{pdf.sha256[:12]}/resolution/5", pack_id=ctx.pack_id, text=text, clauses=points,
                     source=ctx.evidence(stream, start, end))
    recs = recommendations_for(res, ctx)
    assert len(recs) == 4
    assert {(r.action, r.category.value, r.owner) for r in recs} == {("authorise", "approve", None)}
    assert recs[1].text == "Infoweb for website hosting £120.00"
    for rec in recs:
        assert rec.source.sha256 == pdf.sha256 and rec.source.file == pdf.name
        assert rec.source.pages == [2]
        assert rec.source.printed_pages == ctx.source([2]).printed_pages
        page_text = ctx.pages[1].text
        assert rec.source.quote.split("\n")[0] in page_text  # the quote is on the page it cites
        Recommendation.model_validate(json.loads(rec.model_dump_json()))


def test_with_votes_fills_votes_from_the_statement_only_when_stated():
    from minutebook.extract.clauses.actions import with_votes
    from minutebook.models import Votes

    bare = _resolution(text="proposed Cllr Atkins, seconded Cllr Blake. Unanimously agreed.", clauses=[])
    assert with_votes(bare).votes == Votes(unanimous=True, proposer="Cllr Atkins", seconder="Cllr Blake")
    plain = _resolution()
    assert with_votes(plain).votes is None
    given = _resolution(votes=Votes(majority=True))
    assert with_votes(given).votes == Votes(majority=True)
