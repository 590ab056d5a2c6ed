"""Office-holders no list holds, named after an office read as a class (titled.py, grammar [titled]
`class_heads`, `joiners`, `sole`): a head word ("Secretary", "Minister", "Governor", "Attorney General") after
its portfolio's words, whose country is the country or a state of one of the three right before it, or the one
country that has the office; in Vietnamese copy a portfolio written in sentence case ("An ninh Nội địa")
before the office's country. Each row was labelled before the detector read it; most do not echo the
studied stories' wording. Hard negatives: a third country's office or region, a company's officer, a former
holder, a place's name after a title, a title before a lower-case word."""

from __future__ import annotations

import pytest

from tests.diplomacy.stories import people_read

ENGLISH = [
    ("Michigan governor courts Chinese investment",
     "BEIJING (Reuters) - Michigan Governor Laura Whitcombe met Chinese Vice Premier Liu He in Beijing on"
     " Thursday to court investment from Chinese battery makers.",
     {"Laura Whitcombe", "Liu He"}),
    ("U.S., China sign health pact",
     "BEIJING (Reuters) - U.S. Health and Human Services Secretary Martin Delaney and Chinese Health Minister"
     " Ma Xiaowei signed a memorandum on disease control in Beijing on Tuesday.",
     {"Martin Delaney", "Ma Xiaowei"}),
    ("U.S. accuses China of hacking campaign",
     "WASHINGTON (Reuters) - Attorney General Rachel Morgan on Tuesday accused China of running a hacking"
     " campaign against American companies and announced charges against seven Chinese nationals.",
     {"Rachel Morgan"}),
    ("U.S. veterans chief arrives in Vietnam",
     "HANOI (AP) — U.S. Veterans Affairs Secretary Thomas Reilly arrived in Hanoi on Monday for a visit to"
     " Vietnam focused on the search for American servicemen missing since the war.",
     {"Thomas Reilly"}),
    ("China climate minister meets Kerry",
     "BEIJING (Reuters) - Chinese Ecology and Environment Minister Huang Runqiu met U.S. climate envoy John"
     " Kerry in Beijing on Sunday to discuss methane emissions.",
     {"Huang Runqiu", "John Kerry"}),
    ("White House voices concern over Chinese drills",
     "WASHINGTON (Reuters) - The United States on Friday criticized China's military drills near Taiwan."
     " White House National Security Council spokesman Daniel Hoyt said the drills were provocative.",
     {"Daniel Hoyt"}),
    ("Chinese vice premier meets U.S. commerce secretary",
     "BEIJING (Reuters) - Vice Premier Zhang Guoqing met U.S. Commerce Secretary Gina Raimondo in Beijing on"
     " Tuesday.",
     {"Zhang Guoqing", "Gina Raimondo"}),
    # hard negatives: a third country's office beside the event's own
    ("Chinese, U.S. finance chiefs meet",
     "BEIJING (Reuters) - Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Janet Yellen in Beijing"
     " on Monday, as Japanese Finance Minister Kenji Watanabe visited Seoul.",
     {"He Lifeng", "Janet Yellen"}),
    # a company's officer after the firm's name
    ("Chinese commerce minister meets U.S. executives",
     "BEIJING (Reuters) - Chinese Commerce Minister Wang Wentao met Boeing Chairman Larry Kellner and U.S."
     " Ambassador Nicholas Burns in Beijing on Tuesday.",
     {"Wang Wentao", "Nicholas Burns"}),
    # a region of a fourth country before a governor
    ("Chinese premier meets U.S. commerce secretary",
     "BEIJING (Reuters) - Chinese Premier Li Qiang met U.S. Commerce Secretary Gina Raimondo in Beijing on"
     " Tuesday, a day after Tokyo Governor Yuriko Koike left the city.",
     {"Li Qiang", "Gina Raimondo"}),
    # a former holder
    ("Chinese vice premier meets U.S. business leaders",
     "BEIJING (Reuters) - Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Janet Yellen on Monday,"
     " and former U.S. Labor Secretary Alan Norris joined a dinner later.",
     {"He Lifeng", "Janet Yellen"}),
    # a place's name after a title, and a title before a lower-case word
    ("China, U.S. envoys meet in New Jersey",
     "NEWARK (Reuters) - Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Janet Yellen at the"
     " Governor Morris Hotel on Friday, and the Secretary said the talks were frank.",
     {"He Lifeng", "Janet Yellen"}),
]

VIETNAMESE = [
    ("Thủ tướng tiếp Bộ trưởng An ninh Nội địa Hoa Kỳ",
     "Chiều 5/3, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng An ninh Nội địa Hoa Kỳ Kevin Harlan"
     " đang thăm Việt Nam.",
     {"Phạm Minh Chính", "Kevin Harlan"}),
    ("Bộ trưởng Cựu chiến binh Hoa Kỳ thăm Việt Nam",
     "Ngày 10/4, Bộ trưởng Cựu chiến binh Hoa Kỳ Denis Walsh đến Hà Nội, bắt đầu chuyến thăm Việt Nam ba"
     " ngày nhằm thúc đẩy hợp tác tìm kiếm quân nhân Mỹ mất tích.",
     {"Denis Walsh"}),
    ("Việt Nam, Hoa Kỳ ký thỏa thuận y tế",
     "Hôm nay, tại Hà Nội, Thủ tướng Phạm Minh Chính chứng kiến Bộ trưởng Y tế và Dịch vụ Nhân sinh Hoa Kỳ"
     " Martin Delaney ký thỏa thuận hợp tác phòng chống dịch bệnh.",
     {"Phạm Minh Chính", "Martin Delaney"}),
    # hard negative: a third country's office written alike
    ("Thủ tướng tiếp Bộ trưởng Thương mại Hoa Kỳ",
     "Chiều 5/3, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Thương mại Hoa Kỳ Gina Raimondo;"
     " Bộ trưởng Y tế và Phúc lợi Nhật Bản Kenji Sato cũng có mặt tại Hà Nội.",
     {"Phạm Minh Chính", "Gina Raimondo"}),
]


@pytest.mark.parametrize(("title", "text", "people"), ENGLISH)
def test_office_classes_of_english_copy(title: str, text: str, people: set[str]) -> None:
    assert people_read(title, text) == people


@pytest.mark.parametrize(("title", "text", "people"), VIETNAMESE)
def test_portfolios_in_sentence_case(title: str, text: str, people: set[str]) -> None:
    assert people_read(title, text) == people
