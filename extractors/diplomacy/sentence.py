"""The records of per-sentence reading: a lexicon hit (Mention) and a matched sentence (Sentence)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from .lexicon import Entry
from .text import strip_marks

T = TypeVar("T")


@dataclass(slots=True)
class Mention:
    """One lexicon hit inside a folded sentence."""

    start: int
    term: str
    entry: Entry


@dataclass(slots=True)
class Sentence:
    """A sentence with what the lexicons found in it and how much its position counts."""

    text: str
    index: int
    weight: float
    headline: bool = False  # the article's title (not the first body sentence of an untitled text)
    countries: list[tuple[int, str]] = field(default_factory=list)  # (offset, CHN|USA|VNM) in order
    actors: list[tuple[int, str]] = field(default_factory=list)  # the same without capitals and places
    others: set[str] = field(default_factory=set)
    first_other: int = -1  # offset of the first country outside the three, -1 when there is none
    others_at: list[int] = field(default_factory=list)  # offsets of every country outside the three
    # Those of `others` named only as where something happened ("在寮国首都永珍", "tại Gia-các-ta,
    # In-đô-nê-xi-a", "in Lima, Peru"): a summit's host, not a party to the act told.
    venue_others: set[str] = field(default_factory=set)
    actions: list[Mention] = field(default_factory=list)
    # Names of firms and provinces of the three (entities kinds `firm`, `province`: "Huawei", "Micron",
    # "中芯国际", "Xinjiang"): no side on their own; one that a government act of another of the three is
    # aimed at names its country (analysis._aimed_firms).
    firms: list[Mention] = field(default_factory=list)
    people: list[tuple[str, str]] = field(default_factory=list)  # (canonical name, code)
    # (offset, canonical name) of each person named: whether a name stands in a clause of another time
    # (othertimes.of_earlier_clause, eventpeople.aside_of).
    people_at: list[tuple[int, str]] = field(default_factory=list)
    people_end: dict[int, int] = field(default_factory=dict)  # offset -> end of each name of a person
    # (start, end, name as written, code) of office-holders the people list does not hold, named in full
    # right after a title of their office (titled.py): only the events' people read them.
    titled: list[tuple[int, int, str, str]] = field(default_factory=list)
    # the names of `titled` read after a spokesperson's title: they take no part in an encounter they tell of
    titled_speakers: set[str] = field(default_factory=set)
    places: list[tuple[str, str]] = field(default_factory=list)  # (label, code) of located places
    tiers: list[Mention] = field(default_factory=list)
    cue: float = 0.0
    # (offset, weight, category) of each off-topic cue: one told after an act of one of the three on another
    # is the act's matter ("hoan nghênh ... điều chỉnh tỷ giá", "impose duties on textile exports"), a force
    # act's warship its means, not another topic (scoring._off_topic); those of a disaster or an epidemic
    # (kinds.toml [cues] relief) an aid act of one of the three to another answers (scoring._aid_told)
    cues_at: list[tuple[int, float, str]] = field(default_factory=list)
    trio: set[str] = field(default_factory=set)  # the distinct countries of the three named here
    titles: list[Mention] = field(default_factory=list)  # bare-title candidates, resolved in _fill
    offices: list[Mention] = field(default_factory=list)  # office words, resolved in _fill
    # Countries of the office-holders named by title ("Chinese Defence Minister", "Bộ trưởng Thương mại
    # Hoa Kỳ", "美国贸易代表", a bare "Thủ tướng"): with people, two of them in one sentence interact.
    officials: frozenset[str] = frozenset()
    # With all three countries named: the one that acts on the other two ("Esper accused China ... and
    # urged Vietnam"), or "" when two of them act together ("China and Vietnam protest ...").
    subject: str = ""
    # With all three named and no subject: the first two, when the third comes only after a clause break
    # that every diplomacy word precedes ("Biden strengthens ties with Vietnam, eyeing China's region").
    lead: frozenset[str] = frozenset()
    group: bool = False  # the countries named are members of a larger group: "美中等六国", "six powers"
    # The country whose government imposes, rules on or answers a trade measure on another of the three
    # named after it ("" when none): see trade.py.
    trade_actor: str = ""
    # (offset, code) of names of a country as a land (country name, capital, place; not a demonym,
    # title or institution): where a visit goes ("visit to Vietnam", "thăm Mỹ"), for events.py.
    lands: list[tuple[int, str]] = field(default_factory=list)
    # Where each name ends (offset -> end), in sentences naming two of the three: whether two names are
    # joined as one subject. None elsewhere.
    ends: dict[int, int] | None = None
    # Where a wire dateline opening the sentence ends ("MANILA (Reuters) - "), 0 when there is none: the
    # countries named before it are where the copy was filed (scoring._partner_in_lead).
    dateline_end: int = 0
    # A deal named without a word concluding it is a signing (events.py: a story that tells no other event).
    deals_kept: bool = False
    # The text without Vietnamese marks, made on first use: several readers search it (not copied by replace).
    _unmarked: str | None = field(default=None, init=False, repr=False, compare=False)
    # What the event readers found in the finished sentence, by reader: an article's events ask the same
    # sentences (not copied by replace: a clause seen apart has fewer names).
    _kept: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def unmarked(self) -> str:
        """The text without Vietnamese marks (strip_marks, offsets kept), stripped once per sentence."""
        if self._unmarked is None:
            self._unmarked = strip_marks(self.text)
        return self._unmarked

    def kept(self, key: str, read: Callable[[Sentence], T]) -> T:
        """`read(self)`, read once per sentence under `key` (a reader of the finished sentence only)."""
        if key not in self._kept:
            self._kept[key] = read(self)
        return self._kept[key]


_NEW = object.__new__


def blank_sentence(text: str, index: int, weight: float, headline: bool = False) -> Sentence:
    """Sentence(text, index, weight, headline) with nothing found yet, built with literals instead of the
    generated __init__'s default factories: read_article makes one for every sentence of every article.
    Every field of Sentence is set here (tests compare the two)."""
    sentence = _NEW(Sentence)
    sentence.text = text
    sentence.index = index
    sentence.weight = weight
    sentence.headline = headline
    sentence.countries = []
    sentence.actors = []
    sentence.others = set()
    sentence.first_other = -1
    sentence.others_at = []
    sentence.venue_others = set()
    sentence.actions = []
    sentence.firms = []
    sentence.people = []
    sentence.people_at = []
    sentence.people_end = {}
    sentence.titled = []
    sentence.titled_speakers = set()
    sentence.places = []
    sentence.tiers = []
    sentence.cue = 0.0
    sentence.cues_at = []
    sentence.trio = set()
    sentence.titles = []
    sentence.offices = []
    sentence.officials = frozenset()
    sentence.subject = ""
    sentence.lead = frozenset()
    sentence.group = False
    sentence.trade_actor = ""
    sentence.lands = []
    sentence.ends = None
    sentence.dateline_end = 0
    sentence.deals_kept = False
    sentence._unmarked = None
    sentence._kept = {}
    return sentence
