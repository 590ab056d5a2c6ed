"""People's names across a text: a surname alone as the person named in full, a shared name as one."""

from __future__ import annotations

from collections import Counter
from datetime import date

from .grammar import office_roles
from .lexicon import Entry, in_office
from .sentence import Mention


def _surname(entry: Entry) -> str:
    """The word a Latin-script name is said again by, folded as the matcher folds it: a Chinese name's
    first, its surname ("Jiang Bin": "jiang"), else the last ("Hillary Clinton": "clinton")."""
    name = entry.label
    if not name.isascii() or " " not in name:
        return ""
    return (name.split(" ", 1)[0] if entry.value == "CHN" else name.rsplit(" ", 1)[-1]).casefold()


def full_names(per_sentence: list[list[Mention]], published: date | None = None) -> list[list[Mention]]:
    """A surname alone is the person the same text names in full ("Secretary of State Hillary Clinton
    said ... Clinton said": Hillary, not Bill; "defence spokesman Jiang Bin ... Jiang said": Jiang Bin, not
    Jiang Zemin): a one-word name whose person is another than the one a longer name of the text with that
    surname is. A name the lexicon gives two people is one of them (_one_person), chosen by the text, else
    by `published` (the story's day), else the first row."""
    # The people of each sentence (by its index), in one pass over the mentions: most are no person.
    persons = [(i, m) for i, found in enumerate(per_sentence) for m in found if m.entry.role == "person"]
    at = Counter((i, m.start) for i, m in persons)
    full: dict[str, tuple[tuple[int, int], Entry]] = {}  # each surname's first full name, and where it is
    for i, mention in persons:
        # A full name two people share ("George Bush": the elder or the son) names neither yet: its person
        # is chosen below, as a surname's is, and the surname alone then follows the same choice.
        if " " in mention.term and at[(i, mention.start)] == 1 and (surname := _surname(mention.entry)):
            full.setdefault(surname, ((i, mention.start), mention.entry))
    for i, mention in persons:
        entry = mention.entry
        if " " not in mention.term and (found := full.get(mention.term)) is not None:
            where, named = found
            if named.label != entry.label and named.value == entry.value \
                    and _said_again(per_sentence[i], mention, named, where <= (i, mention.start)):
                mention.entry = named
    # No name of a sentence is two people's (two person mentions at one start): the common case, left as
    # it is. The keys of `at` stand as counted: a surname read as its full name stays a person where it was.
    if all(n == 1 for n in at.values()):
        return per_sentence
    starts = [Counter(m.start for m in found if m.entry.role == "person") for found in per_sentence]
    # The people the text names unambiguously: by a name of theirs alone ("希拉里" before "克林顿") or by
    # a shared name after the title of their office ("Secretary of State Clinton").
    named = {m.entry.label for found, counts in zip(per_sentence, starts, strict=True) for m in found
             if m.entry.role == "person" and counts[m.start] == 1}
    year = published.year if published else None
    named |= {titled.entry.label for found, counts in zip(per_sentence, starts, strict=True)
              for people in _shared(found, counts) if (titled := _titled(found, people, year))}
    return [_one_person(found, counts, named, year)
            for found, counts in zip(per_sentence, starts, strict=True)]


def _said_again(found: list[Mention], mention: Mention, named: Entry, after: bool) -> bool:
    """Whether a surname alone is said again of the person named in full (`named`) rather than of the
    office-holder its row is: a Chinese surname only after the full name ("Chinese President Hu held talks
    ... China's ambassador, Hu Qianwen, also attended": Hu is Hu Jintao), and never one the office word right
    before it names an office other than the full name's ("spokesman Hu Changming said ... President Hu would
    visit"). A Western
    surname may be said before the full name too (a headline's "Clinton" of Hillary Clinton)."""
    offices = _offices_before(found, mention.start)
    if offices and named.kind.replace("_", " ") not in offices:  # "President Hu": not the spokesman
        return False
    return after or _surname(named) == named.label.rsplit(" ", 1)[-1].casefold()


def _shared(found: list[Mention], counts: Counter[int]) -> list[list[Mention]]:
    """The mentions of each name of a sentence that the lexicon gives several people."""
    return [[m for m in found if m.start == at and m.entry.role == "person"]
            for at, n in counts.items() if n > 1]


def _one_person(found: list[Mention], counts: Counter[int], named: set[str],
                year: int | None) -> list[Mention]:
    """Keep one person of a name the lexicon gives several ("Clinton"): the one whose office the title
    right before it names ("President Clinton", "国务卿克林顿"), else the one the text names otherwise,
    else the one in office in the story's year (people.tsv `years`: "布什" in 1992 is the elder Bush),
    else the first row's."""
    chosen = {people[0].start: _titled(found, people, year) or next(
        (m for m in people if m.entry.label in named), None) or _in_office(people, year) or people[0]
        for people in _shared(found, counts)}
    return [m for m in found if m.entry.role != "person" or counts[m.start] == 1 or chosen[m.start] is m]


def _titled(found: list[Mention], people: list[Mention], year: int | None) -> Mention | None:
    """Of the people one name may be, the one whose role the office word just before it names, or one of
    the roles kinds.toml [office_roles] gives that word (Vietnamese copy titles a secretary of state
    `Ngoại trưởng`, the foreign minister's word), a country's name standing between them as Vietnamese
    copy puts it ("Ngoại trưởng Mỹ Clinton"); of two the title fits ("President Bush": father and son),
    the one in office in the story's year."""
    offices = _offices_before(found, people[0].start) or _offices_before(
        found, _country_before(found, people[0]))
    roles = {role for office in offices for role in office_roles(office)}
    fits = [m for m in people if m.entry.kind.replace("_", " ") in offices or m.entry.kind in roles]
    return (_in_office(fits, year) or fits[0]) if fits else None


def _country_before(found: list[Mention], person: Mention) -> int:
    """Where the country name right before a name starts ("Mỹ" of "Ngoại trưởng Mỹ Clinton"), else -1."""
    return next((m.start for m in found if m.entry.role == "country"
                 and 0 <= person.start - m.start - len(m.term) <= 1), -1)


def _in_office(people: list[Mention], year: int | None) -> Mention | None:
    """The first of the people one name may be who held office in `year` (None without a year, or when
    none did: a 2016 "Clinton" was neither the president nor the secretary of state)."""
    if year is None:
        return None
    return next((m for m in people if in_office(m.entry.label, year)), None)


def _offices_before(found: list[Mention], at: int) -> set[str]:
    """The offices an office word right before a position names (one space at most between)."""
    return {m.entry.label for m in found if m.entry.role == "office" and 0 <= at - m.start - len(m.term) <= 1}
