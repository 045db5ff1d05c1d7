"""The spaCy pipeline: patterns are valid data, the pipeline is built once, and its results are plain values."""
from __future__ import annotations

import dataclasses

import pytest
import spacy
from spacy.matcher import Matcher

from minutebook.extract.clauses import nlp as N
from minutebook.extract.clauses import patterns as P


def test_every_token_pattern_validates():
    N.register_extensions()  # owner patterns read Token._.base_verb
    vocab = spacy.blank("en").vocab
    matcher = Matcher(vocab, validate=True)
    for label, pats in {**P.TIME_PATTERNS, **P.VOTE_PATTERNS}.items():
        matcher.add(label, pats)  # raises MatchPatternError on a malformed pattern
    ruler = spacy.blank("en").add_pipe("entity_ruler", config={"validate": True})
    ruler.add_patterns(P.OWNER_PATTERNS + P.DATE_PATTERNS)
    assert len(ruler.patterns) == len(P.OWNER_PATTERNS) + len(P.DATE_PATTERNS)


def test_a_malformed_pattern_is_refused():
    matcher = Matcher(spacy.blank("en").vocab, validate=True)
    with pytest.raises(Exception):
        matcher.add("BAD", [[{"LOWER": {"IN": "not-a-list"}, "OPP": "?"}]])


def test_category_lists_do_not_overlap():
    seen: dict[str, str] = {}
    for category, verbs in P.CATEGORY_VERBS.items():
        for verb in verbs:
            assert verb not in seen, f"{verb} is in {seen.get(verb)} and {category}"
            seen[verb] = category


@pytest.mark.parametrize("form,lemma", [
    ("approved", "approve"), ("agreed", "agree"), ("notes", "note"), ("received", "receive"),
    ("referred", "refer"), ("deferred", "defer"), ("paid", "pay"), ("co-opted", "co-opt"), ("set", "set"),
    ("authorised", "authorise"), ("authorized", "authorize"), ("asks", "ask"), ("carried", "carry"),
    ("was", "be"), ("delegated", "delegate"), ("sought", "seek"), ("written", "write"),
])
def test_verb_table_lemmatises_inflected_forms(form, lemma):
    assert N.verb_forms()[form][0] == lemma


def test_pipeline_is_blank_english_with_our_versioned_components():
    nlp = N.build_nlp()
    assert nlp.lang == "en"
    assert nlp.pipe_names == ["minutebook_sentences_v1", "minutebook_verbs_v1", "minutebook_entities_v1",
                              "minutebook_phrases_v1"]
    assert nlp.meta.get("name") == "pipeline"  # spacy.blank, not a trained model


def test_pipeline_is_built_once_and_shared():
    assert N.get_nlp() is N.get_nlp()


def test_parse_returns_plain_values_not_spacy_objects():
    parsed = N.parse("RESOLVED to ask cabinet to report by 31 March 2021.")
    for value in (parsed, *parsed.toks, *parsed.ents, *parsed.phrases):
        assert dataclasses.is_dataclass(value)
        for f in dataclasses.fields(value):
            assert not type(getattr(value, f.name)).__module__.startswith("spacy")


@pytest.mark.parametrize("text,label,span", [
    ("to ask cabinet to consider", "BODY", "cabinet"),
    ("to ask the leader of the council to respond", "OFFICER", "the leader of the council"),
    ("to ask the scrutiny liaison officer to email members", "OFFICER", "the scrutiny liaison officer"),
    ("that the clerk write to the owner", "OFFICER", "the clerk"),
    ("to ask Councillor McCartney-Gray to take work", "PERSON", "Councillor McCartney-Gray"),
    ("proposed Cllr O’Leary, seconded", "PERSON", "Cllr O’Leary"),
    ("that Cllr M. Lloyd be appointed", "PERSON", "Cllr M. Lloyd"),
    ("to invite Mrs Phyllis Harrison, 8 Staines Green", "PERSON", "Mrs Phyllis Harrison"),
    ("to refer it to the Planning Sub-Committee", "BODY", "the Planning Sub-Committee"),
    ("to write to Hertfordshire County Council", "BODY", "Hertfordshire County Council"),
    ("to ask the cabinet member for resources", "OFFICER", "the cabinet member for resources"),
    ("held on 11th April 2012 and", "DATE", "11th April 2012"),
    ("on or before July 15, 2018.", "DATE", "July 15, 2018"),
    ("by 31/03/2021 at", "DATE", "31/03/2021"),
])
def test_entities(text, label, span):
    ents = [(e.label, e.text) for e in N.parse(text).ents]
    assert (label, span) in ents


@pytest.mark.parametrize("text,label,span", [
    ("to report by 31 March 2021.", "DEADLINE", "by 31 March 2021"),
    ("to report back by the next meeting", "DEADLINE", "by the next meeting"),
    ("to complete the work within 28 days", "DEADLINE", "within 28 days"),
    ("to carry out the work in the summer.", "WHEN", "in the summer"),
    ("to defer the item to the next meeting", "WHEN", "to the next meeting"),
    ("with 7 members voting in favour, 2 against", "IN_FAVOUR", "7 members voting in favour"),
    ("Agreed by a majority.", "MAJORITY", "by a majority"),
    ("proposed Cllr Atkins, seconded Cllr Blake.", "SECONDER", "seconded Cllr Blake"),
])
def test_phrases(text, label, span):
    assert (label, span) in [(p.label, p.text) for p in N.parse(text).phrases]


@pytest.mark.parametrize("text,sentences", [
    ("proposed Cllr Atkins, seconded Cllr Blake. Unanimously agreed.", 2),
    ("that the payments be authorised:\n(a) the clerk £26.00\n(b) Infoweb £120.00", 3),
    ("to ask the clerk\nto write to the owner of the land.", 1),  # a line break inside a sentence
    ("to note the report;\nto approve the budget.", 2),
    ("the minutes of 12 Dec. 2007 were agreed.", 1),
])
def test_sentences_suited_to_minutes(text, sentences):
    assert len(N.parse(text).sentences()) == sentences
