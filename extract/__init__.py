"""The extraction pipeline, one room per stage in the order the data flows (README, Architecture):

    pdf/ -> pages/ -> structure/ -> resolutions/ (+ clauses/) -> reports/, trackers/ -> emit

`pipeline` composes them for one PDF; `errors` names what can go wrong; `limits` bounds what a file may cost.
"""
