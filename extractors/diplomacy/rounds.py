"""Which negotiation words name a round of talks, and which name a gathering told as a setting."""

from __future__ import annotations

from .eventacts import FRAME_REACH
from .eventgrammar import words
from .sentence import Mention, Sentence
from .text import clause_span


def setting(sentence: Sentence, mention: Mention) -> bool:
    """Whether a word is the name of a gathering told as a setting ("during the Shangri-La Dialogue",
    "香格里拉对话期间"): a setting word (grammar `setting`) in the 30 characters before it or right after
    it."""
    w, text, end = words(), sentence.text, mention.start + len(mention.term)
    return bool(w.setting.search(text, max(0, mention.start - 30), mention.start)
                or w.setting.match(text, end) or w.setting.match(text, end + 1))


def named_round(sentence: Sentence, mention: Mention, candidates: list[Mention]) -> bool:
    """Whether a negotiation word (not of discussing) names a round: counted as one right before it
    (grammar `round_counted`: "第三轮战略与经济对话", "the second round of the Strategic Economic Dialogue",
    "fifth round of talks"; not "round of tariffs ... negotiations"), the meeting of its delegations or their
    heads after it (`round_delegates`: "边界谈判代表团团长举行会晤", "negotiating teams held talks") or a
    meeting word of `candidates` qualifying it (`round_qualified`: "高层战略对话", "high-level strategic
    dialogue"; not "talks and dialogue", "bên lề Đối thoại")."""
    w, text = words(), sentence.text
    start, end = mention.start, mention.start + len(mention.term)
    if mention.entry.kind != "negotiate" or mention.entry.label in w.discussing:
        return False
    before = sentence.unmarked()[max(0, start - FRAME_REACH):start]
    if w.round_counted.search(before) or w.round_counted.match(mention.term + " "):
        return True
    meetings = [(m.start, m.start + len(m.term)) for m in candidates if m.entry.kind == "meet"]
    return any(w.round_delegates.fullmatch(text, end, low) if low >= end
               else high <= start and w.round_qualified.fullmatch(text, high, start)
               for low, high in meetings)


def judged_round(sentence: Sentence, mention: Mention) -> bool:
    """Whether a round is what a word of congratulating or praising before it in its clause speaks of (a
    praise word of the lexicon: "王毅祝贺…磋商取得积极成果", "congratulated the two sides on the successful
    fifth round of the dialogue", "hoan nghênh kết quả vòng đàm phán"). The round was held before and apart:
    the act the sentence tells is the meeting where it was praised, not the round. Not a guest welcomed to a
    round ("welcomed the delegates to the first round"): a host's word, no praise."""
    low = clause_span(sentence.text, mention.start)[0]
    return any(low <= m.start < mention.start and m.entry.kind == "praise" for m in sentence.actions)


def opened_as(sentence: Sentence, mention: Mention, since: int) -> bool:
    """Whether an encounter after `since` (an urging's word) is told opening as the urging was made: "as" or
    "when" before its word, past no clause break since the urging (grammar `held_as`), and a verb of opening
    right after it in its clause (`opened_after`): "urged China ... as the third round of the Strategic
    Economic Dialogue opened", "khi vòng Đối thoại ... khai mạc". The encounter is the urging's occasion,
    not what it asks for."""
    w, bare = words(), sentence.unmarked()
    if not w.held_as.search(bare, since, mention.start):
        return False
    end = mention.start + len(mention.term)
    return bool(w.opened_after.match(bare, end, clause_span(sentence.text, end)[1]))
