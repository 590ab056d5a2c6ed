"""Office-holders the people list does not hold, named in Latin-script copy by a title or an apposition: a
name glued to a Gaelic or Romance prefix ("McKinney"), a grade of an apposition's title ("Phó Tư lệnh",
"Quyền Trợ lý Bộ trưởng"), a name's last word that spells a relative ("Son"), an envoy's post after the
title ("the charge d'affaires at the U.S. Embassy"). Real detector runs: the main event's act and people."""

from __future__ import annotations

import pytest

from tests.diplomacy.stories import main_event

# (id, language, (type, actor, target), people of the main event exactly, the lead)
ROWS = [
    # ---- a Latin name's word glued to Mc, Mac, De, La after its title
    pytest.param("prefixed-name-en-mc", "en", ("meet", "USA", "CHN"),
                 ("Liu He", "Kevin McAllister"),
                 "Chinese Vice Premier Liu He met U.S. Deputy Commerce Secretary Kevin McAllister in Beijing"
                 " on Monday to discuss trade."),
    pytest.param("prefixed-name-en-de", "en", ("meet", "VNM", "USA"),
                 ("Lê Hoài Trung", "Daniel DeLuca"),
                 "Vietnamese Deputy Foreign Minister Le Hoai Trung held talks with U.S. Assistant Secretary "
                 "of State Daniel DeLuca in Washington on Tuesday."),
    pytest.param("prefixed-name-vi-mac", "vi", ("host_visit", "VNM", "USA"),
                 ("Trần Hồng Hà", "Laura MacDonald"),
                 "Ngày 6/5, Phó Thủ tướng Trần Hồng Hà đã tiếp Thứ trưởng Thương mại Hoa Kỳ Laura MacDonald "
                 "tại Hà Nội."),
    # ---- a grade right before an apposition's title (Vietnamese): the title's own
    pytest.param("apposed-grade-vi-acting-assistant", "vi", ("meet", "USA", "VNM"),
                 ("Phan Thị Thắng", "Mark Evans"),
                 "Ngày 8/5, tại Hà Nội, Thứ trưởng Bộ Công Thương Phan Thị Thắng đã hội đàm với ông Mark "
                 "Evans, Quyền Trợ lý Bộ trưởng Thương mại Hoa Kỳ."),
    pytest.param("apposed-grade-vi-deputy-assistant", "vi", ("host_visit", "VNM", "USA"),
                 ("Hà Kim Ngọc", "Susan Miller"),
                 "Ngày 9/5, tại Hà Nội, Thứ trưởng Ngoại giao Hà Kim Ngọc đã tiếp bà Susan Miller, Phó Trợ "
                 "lý Ngoại trưởng Hoa Kỳ."),
    pytest.param("apposed-grade-vi-deputy-commander", "vi", ("meet", "CHN", "VNM"),
                 ("Nguyễn Văn Bình",),
                 "Ngày 9/5, Đại tá Nguyễn Văn Bình, Phó Tư lệnh Cảnh sát biển Việt Nam, đã hội đàm với đoàn "
                 "Hải cảnh Trung Quốc tại Hải Phòng."),
    # hard negatives: a grade of a body's office that is no government; a former holder
    pytest.param("apposed-grade-vi-not-a-body", "vi", ("host_visit", "VNM", "USA"),
                 ("Marc Knapper",),
                 "Ngày 9/5, ông Lê Văn Tám, Phó Chủ tịch Hội Nông dân Việt Nam, đã tiếp Đại sứ Hoa Kỳ Marc "
                 "Knapper tại Hà Nội."),
    pytest.param("apposed-grade-vi-not-a-former-holder", "vi", ("host_visit", "VNM", "USA"),
                 ("Marc Knapper",),
                 "Ngày 9/5, ông Trần Văn Tám, nguyên Phó Tư lệnh Hải quân, đã tiếp Đại sứ Hoa Kỳ Marc "
                 "Knapper tại Hà Nội."),
    # ---- a name's capitalised last word is no relative's word before the next title
    pytest.param("name-not-relative-en", "en", ("sign_agreement", "USA", "VNM"),
                 ("Sarah Coleman",),
                 "Vietnamese Deputy Defence Minister Tran Van Son and U.S. Ambassador Sarah Coleman signed "
                 "an agreement in Hanoi on Monday."),
    pytest.param("name-not-relative-en-senator", "en", ("meet", "USA", "CHN"),
                 ("Li Qiang", "Tom Reed", "Sarah Coleman"),
                 "Chinese Premier Li Qiang met Senator Tom Reed and U.S. Ambassador Sarah Coleman in Beijing"
                 " on Monday."),
    # hard negatives: the relative's word in lower case, a former holder's word opening the sentence
    pytest.param("name-not-relative-en-the-son", "en", ("meet", "USA", "CHN"),
                 ("Li Qiang", "Tom Reed"),
                 "Chinese Premier Li Qiang met Senator Tom Reed and the son of U.S. Ambassador Mark Hollis "
                 "in Beijing on Monday."),
    pytest.param("name-not-relative-en-former", "en", ("meet", "USA", "CHN"),
                 ("Li Qiang",),
                 "Former U.S. Ambassador Mark Hollis met Chinese Premier Li Qiang in Beijing on Monday."),
    pytest.param("name-not-relative-vi-the-son", "vi", ("host_visit", "VNM", "USA"),
                 ("Hà Kim Ngọc", "Laura MacDonald"),
                 "Ngày 9/5, Thứ trưởng Ngoại giao Hà Kim Ngọc đã tiếp con trai Đại sứ Hoa Kỳ Sarah Coleman "
                 "và Thứ trưởng Thương mại Hoa Kỳ Laura MacDonald tại Hà Nội."),
    # ---- an apposition's title whose post names the country after it: "at the <country> Embassy"
    pytest.param("post-after-title-en-us", "en", ("protest", "CHN", "USA"),
                 ("Thomas Reed",),
                 "China's foreign ministry summoned Thomas Reed, the charge d'affaires at the U.S. Embassy "
                 "in Beijing, to protest the sanctions."),
    pytest.param("post-after-title-en-chinese", "en", ("protest", "VNM", "CHN"),
                 ("Li Ming",),
                 "Vietnam's Foreign Ministry summoned Li Ming, the charge d'affaires at the Chinese Embassy "
                 "in Hanoi, to protest the deployment of an oil rig."),
    # ---- a military rank as a title: Vietnamese, the country after it, none Vietnam
    pytest.param("rank-vi-both-sides", "vi", ("meet", "USA", "VNM"),
                 ("Nguyễn Văn An", "Mark Lane"),
                 "Ngày 9/5, Đại tá Nguyễn Văn An đã hội đàm với Đại tá Quân đội Hoa Kỳ Mark Lane "
                 "tại Hà Nội."),
    pytest.param("rank-vi-rear-admiral", "vi", ("host_visit", "VNM", "USA"),
                 ("Trần Văn Tám", "Marc Knapper"),
                 "Ngày 9/5, Thiếu tướng Trần Văn Tám đã tiếp Đại sứ Hoa Kỳ Marc Knapper tại Hải Phòng."),
    # hard negative: a former holder of the rank
    pytest.param("rank-vi-former", "vi", ("host_visit", "VNM", "USA"),
                 ("Hoàng Xuân Chiến", "Marc Knapper"),
                 "Ngày 9/5, Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến đã tiếp nguyên Đại tá Trần Văn Tám và "
                 "Đại sứ Hoa Kỳ Marc Knapper tại Hà Nội."),
    # ---- an English rank no country qualifies: the side its holder leads names it
    pytest.param("rank-en-led-sides", "en", ("meet", "USA", "CHN"),
                 ("Thomas Reed", "Zhang Wei"),
                 "Brig. Gen. Thomas Reed led the U.S. delegation and Senior Col. Zhang Wei of the People's "
                 "Liberation Army led the Chinese team at the defense talks in Beijing on Monday."),
    pytest.param("rank-en-led-at-talks", "en", ("meet", "USA", "VNM"),
                 ("Mark Lane", "Hoàng Xuân Chiến"),
                 "General Mark Lane led the U.S. delegation at talks with Vietnamese Deputy Defence Minister "
                 "Hoang Xuan Chien in Hanoi on Monday."),
    pytest.param("rank-en-country-before", "en", ("meet", "USA", "CHN"),
                 ("Zhang Wei", "Mark Lane"),
                 "Chinese Senior Colonel Zhang Wei met U.S. Navy Captain Mark Lane in Beijing on Monday."),
    # hard negative: a rank with no country before it and no side led
    pytest.param("rank-en-no-side", "en", ("meet", "USA", "CHN"),
                 ("Li Qiang", "Sarah Coleman"),
                 "Chinese Premier Li Qiang met Colonel Mark Lane and U.S. Ambassador Sarah Coleman in "
                 "Beijing on Monday."),
    # hard negative: a third country's embassy
    pytest.param("post-after-title-en-third-country", "en", ("protest", "CHN", "USA"),
                 ("Nicholas Burns",),
                 "China's foreign ministry summoned Anna Ward, the charge d'affaires at the British Embassy,"
                 " and U.S. Ambassador Nicholas Burns to protest."),
]


@pytest.mark.parametrize(("case", "language", "act", "people", "lead"), ROWS)
def test_latin_titled_people(case: str, language: str, act: tuple[str, str, str], people: tuple[str, ...],
                             lead: str) -> None:
    event = main_event("", lead, language)
    assert (event.type, event.actor, event.target) == act, case
    assert set(event.people) == set(people), case
