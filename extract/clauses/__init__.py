"""What a clause asks: the one spaCy pipeline (`nlp`, a blank English pipeline with our own matchers; patterns
as data in `patterns`) and the rules over it (`actions`: action, category, owner, due date, negation), with
`evidence` mapping a clause back to its words on the page."""
