"""Relationship-tier mentions ("comprehensive strategic partnership", "全面战略伙伴关系") and their pairs."""

from __future__ import annotations

from bisect import bisect_right

from extractors.core.models import TierMention

from .eventgrammar import words
from .scoring import PAIR_NAMES, pairs_in
from .sentence import Mention, Sentence


def _clause_cuts(sentence: Sentence) -> list[int]:
    """Where the sentence's clauses begin, and one past its end: read once for all its tier phrases."""
    text = sentence.text.lower()
    return [0] + [m.end() for m in words().clause.finditer(text)] + [len(text) + 1]


def _clause_countries(sentence: Sentence, mention: Mention, cuts: list[int]) -> set[str]:
    """Countries in the clause around a tier phrase: the part of the sentence it belongs to."""
    at = bisect_right(cuts, mention.start)  # cuts ascend: the clause is [cuts[at - 1], cuts[at])
    start, end = cuts[at - 1], cuts[at]
    return {code for offset, code in sentence.countries if start <= offset < end}


def _tier_pair(sentence: Sentence, mention: Mention, cuts: list[int]) -> str | None:
    """The pair a tier phrase is about, or None for a general statement about the ladder."""
    # Its clause's pair, else its sentence's, else the clause's country with the sentence's first other
    # country: "The US ... hopes to upgrade Vietnam to a strategic partnership" is US-VN.
    clause = _clause_countries(sentence, mention, cuts)
    for codes in (clause, sentence.trio):
        pairs = pairs_in(codes)
        if len(pairs) == 1:
            return pairs[0]
    if len(clause) == 1:
        partner = next((code for _, code in sentence.actors + sentence.countries if code not in clause), None)
        if partner:
            return PAIR_NAMES[frozenset(clause | {partner})]
    if len(sentence.trio) == 1 and "VNM" not in sentence.trio and not sentence.others:
        # The tiers are Vietnam's ladder: "Washington wants a strategic partnership" is US-VN.
        return PAIR_NAMES[frozenset(sentence.trio | {"VNM"})]
    return None


def extract_tiers(sentences: list[Sentence]) -> tuple[TierMention, ...]:
    """Every tier phrase with its pair when the sentence makes it clear."""
    found: list[TierMention] = []
    for sentence in sentences:
        if not sentence.tiers:
            continue
        cuts = _clause_cuts(sentence)
        for mention in sentence.tiers:
            text = sentence.text[mention.start:mention.start + len(mention.term)]
            found.append(TierMention(mention.entry.kind, _tier_pair(sentence, mention, cuts), text))
    return tuple(dict.fromkeys(found))
