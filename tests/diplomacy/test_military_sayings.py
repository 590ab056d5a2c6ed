"""Military acts and the acts of saying around them: a force turning away the other side's ship told by
its own side, a told act judged as a provocation, a criticism said by the government's own verb under a
headline's "says", Vietnam's objection as other copy renders it. Our own leads in the three languages,
labelled before the detector read them, with hard negatives that look alike and must not change."""

from __future__ import annotations

import pytest

from tests.diplomacy.stories import assert_act, day, main_event, never_read_as, tells_no_event

# id, title, text, language, published, expected (type, actor, target)
LEADS = [
    # A force turning the other side's ship away, told by its own side: that side's military act.
    ("repelled en 1", "China says navy warned off U.S. destroyer near Spratlys",
     "BEIJING (Reuters) - China's defence ministry said on Thursday its navy had warned off a U.S. "
     "guided-missile destroyer that sailed close to islands it holds in the Spratly archipelago.",
     "en", "2021-05-20", ("military", "CHN", "USA")),
    ("repelled en 2", "Chinese military says it drove away U.S. warship in South China Sea",
     "BEIJING (AP) — China's military said Monday that its forces drove away a U.S. destroyer after the "
     "ship entered waters off the Paracel Islands without permission.",
     "en", "2022-07-11", ("military", "CHN", "USA")),
    ("repelled zh-Hans", "中方称美舰擅闯黄岩岛领海 已予以警告驱离",
     "新华社北京5月20日电 南部战区新闻发言人20日表示，美国海军一艘导弹驱逐舰当天擅自闯入中国黄岩岛领海，"
     "南部战区组织海空兵力依法跟踪监视并予以警告驱离。",
     "zh-Hans", "2021-05-20", ("military", "CHN", "USA")),
    ("repelled zh-Hant", "共軍稱美艦擅闖南沙 已全程跟監",
     "（中央社台北12日電）中國人民解放軍南部戰區今天發布消息稱，美國海軍驅逐艦擅自闖入南沙群島有關島礁"
     "鄰近海域，南部戰區組織兵力全程跟監並予以警告驅離。",
     "zh-Hant", "2023-04-12", ("military", "CHN", "USA")),
    ("repelled vi", "Trung Quốc tuyên bố theo dõi và cảnh báo tàu khu trục Mỹ ở Biển Đông",
     "Bộ Tư lệnh Chiến khu miền Nam của Trung Quốc hôm qua cho biết đã điều lực lượng hải quân và không quân "
     "theo dõi và cảnh báo tàu khu trục Mỹ đi vào vùng biển gần bãi cạn Scarborough.",
     "vi", "2021-05-21", ("military", "CHN", "USA")),
    # A told act judged in its clause as a provocation or a violation: the teller's criticism.
    ("judged en", "China says U.S. warship's Taiwan Strait transit was a provocation",
     "BEIJING (Reuters) - China's defence ministry said on Thursday that a U.S. destroyer's passage "
     "through the Taiwan Strait was a provocation that undermined regional peace.",
     "en", "2023-03-02", ("criticize", "CHN", "USA")),
    ("judged zh-Hans", "国防部：美舰过航台湾海峡是公开挑衅",
     "国防部新闻发言人28日表示，美国海军驱逐舰过航台湾海峡是公开挑衅，破坏台海和平稳定。",
     "zh-Hans", "2022-08-28", ("criticize", "CHN", "USA")),
    ("judged vi", "Trung Quốc cho rằng tàu chiến Mỹ đi qua eo biển Đài Loan là khiêu khích",
     "Người phát ngôn Bộ Quốc phòng Trung Quốc hôm qua cho rằng việc tàu khu trục Mỹ đi qua eo biển Đài Loan "
     "là hành động khiêu khích, phá hoại hòa bình khu vực.",
     "vi", "2022-08-29", ("criticize", "CHN", "USA")),
    # A headline's "says" over a lead whose government criticizes by its own verb: the criticism.
    ("rebuked en", "U.S. says China's sentencing of rights lawyer will harm ties",
     "WASHINGTON (Reuters) - The United States on Tuesday condemned China's sentencing of a prominent "
     "human rights lawyer, saying the decision would damage relations between the two countries.",
     "en", "2018-01-02", ("criticize", "USA", "CHN")),
    ("rebuked vi", "Mỹ nói việc Trung Quốc bắt giữ nhà báo sẽ tổn hại quan hệ",
     "Theo tin từ Oa-sinh-tơn, ngày 12/3, Nhà Trắng đã chỉ trích Trung Quốc về việc bắt giữ một nhà báo Mỹ, "
     "cho rằng động thái này sẽ gây tổn hại cho quan hệ hai nước.",
     "vi", "2019-03-13", ("criticize", "USA", "CHN")),
    ("rebuked zh-Hans", "白宫称中方拘押美国记者将损害两国关系",
     "新华社华盛顿3月12日电 白宫12日批评中方拘押一名美国记者，称此举将损害美中关系。",
     "zh-Hans", "2019-03-13", ("criticize", "USA", "CHN")),
    # A joint patrol of two navies or coast guards at sea: a military act done together, the first named acts.
    ("joint patrol en", "Vietnam, China coast guards hold joint patrol in Gulf of Tonkin",
     "HANOI (Reuters) - Vietnamese and Chinese coast guard ships began a joint patrol in the Gulf of Tonkin "
     "on Tuesday, Vietnam's coast guard said.",
     "en", "2023-11-21", ("military", "VNM", "CHN")),
    ("joint patrol vi", "Cảnh sát biển Việt Nam và Trung Quốc tuần tra chung ở Vịnh Bắc Bộ",
     "Sáng nay, Cảnh sát biển Việt Nam và Cục Hải cảnh Trung Quốc bắt đầu chuyến tuần tra chung trên vùng "
     "đánh cá chung ở Vịnh Bắc Bộ.",
     "vi", "2023-11-21", ("military", "VNM", "CHN")),
    ("joint patrol zh-Hans", "中越海警北部湾联合巡逻启动",
     "中国海警局与越南海警12日在北部湾共同渔区开展联合巡逻，双方各派出2艘舰船参加。",
     "zh-Hans", "2023-04-12", ("military", "CHN", "VNM")),
    # A warship hosting the other side's officials at sea: the navy's military act, not the host's side.
    ("ship hosts en", "U.S. aircraft carrier hosts Vietnamese officials in South China Sea",
     "ABOARD THE USS RONALD REAGAN (AP) — The U.S. Navy flew a group of Vietnamese defence officials on "
     "Saturday to the aircraft carrier USS Ronald Reagan, sailing in the South China Sea.",
     "en", "2016-10-09", ("military", "USA", "VNM")),
    ("ship hosts en 2", "U.S. carrier hosts Vietnamese defence officials at sea",
     "ABOARD THE USS RONALD REAGAN (AP) — Vietnamese defence officials toured a U.S. aircraft carrier in the "
     "South China Sea on Saturday, as the two former enemies deepen military ties.",
     "en", "2016-10-09", ("military", "USA", "VNM")),
    ("ship hosts vi", "Tàu sân bay Mỹ đón quan chức Việt Nam trên Biển Đông",
     "Ngày 14/8, một đoàn quan chức Bộ Quốc phòng Việt Nam đã được Hải quân Mỹ đưa ra thăm tàu sân bay USS "
     "George Washington đang hoạt động trên Biển Đông.",
     "vi", "2016-08-15", ("military", "USA", "VNM")),
    ("ship hosts zh-Hans", "美国航母在南海接待越南军政官员",
     "美国海军14日安排一批越南军政官员登上正在南海航行的“乔治·华盛顿”号航母参观。",
     "zh-Hans", "2016-08-15", ("military", "USA", "VNM")),
    # Vietnam's objection (phản đối) as Chinese and English copy render it: its protest.
    ("objection zh-Hans", "越南反对中国设立所谓“三沙市”",
     "新华社河内6月21日电 越南外交部发言人21日表示，越南坚决反对中国设立所谓“三沙市”，认为此举侵犯越南对"
     "西沙群岛和南沙群岛的主权。",
     "zh-Hans", "2012-06-21", ("protest", "VNM", "CHN")),
    ("objection zh-Hant", "越南強烈反對中國海警法",
     "（中央社河內4日專電）越南外交部發言人今天表示，越南強烈反對中國通過海警法中涉及南海的條款。",
     "zh-Hant", "2021-02-04", ("protest", "VNM", "CHN")),
    # A headline's welcome that the lead tells as a welcome of the other side's act: a statement.
    ("welcome vi", "Việt Nam hoan nghênh Hoa Kỳ trao trả hiện vật chiến tranh",
     "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng hôm nay cho biết Việt Nam hoan nghênh việc Hoa Kỳ trao trả "
     "các hiện vật thời chiến cho Việt Nam.",
     "vi", "2023-03-09", ("statement", "VNM", "USA")),
    ("welcome vi 2", "Việt Nam hoan nghênh Trung Quốc nới lỏng quy định nhập cảnh",
     "Chiều nay, người phát ngôn Bộ Ngoại giao cho biết Việt Nam hoan nghênh việc Trung Quốc nới lỏng các "
     "quy định nhập cảnh đối với công dân Việt Nam.",
     "vi", "2023-03-15", ("statement", "VNM", "CHN")),
    ("welcome en", "Vietnam welcomes China reopening border crossings",
     "HANOI (Reuters) - Vietnam's foreign ministry said on Thursday it welcomed China's decision to reopen "
     "border crossings closed during the pandemic.",
     "en", "2023-01-05", ("statement", "VNM", "CHN")),
    ("welcome zh-Hans", "越南欢迎中方重新开放边境口岸",
     "越通社河内1月5日电 越南外交部发言人5日表示，越方欢迎中方调整防疫政策，重新开放边境口岸。",
     "zh-Hans", "2023-01-05", ("statement", "VNM", "CHN")),
    ("objection en", "Vietnam opposes China's fishing ban in South China Sea",
     "HANOI (Reuters) - Vietnam's foreign ministry said on Thursday it opposed China's unilateral annual "
     "fishing ban in the South China Sea, calling it a violation of Vietnam's sovereignty over the Paracel "
     "Islands.",
     "en", "2020-05-07", ("protest", "VNM", "CHN")),
    # A second reading: a driving word with a ship as its object, told by its own side or by the other.
    ("drove off told by the other en", "Chinese ship drove off Vietnamese fishermen, Hanoi says",
     "HANOI (Reuters) - Vietnam's foreign ministry said a Chinese ship drove off Vietnamese fishing boats "
     "near the "
     "Paracels on Sunday.",
     "en", "2020-06-15", ("accuse", "VNM", "CHN")),
    ("drove off told by its own side en",
     "Chinese coast guard drove off Vietnamese fishing boats, Beijing says",
     "BEIJING (Reuters) - China's coast guard said on Monday it drove off Vietnamese fishing boats that "
     "entered "
     "waters near the Paracel Islands.",
     "en", "2020-06-15", ("military", "CHN", "VNM")),
    # a command's colon in the headline before the intrusion and its repelling (as in 0.30.0)
    ("repelled under a command's colon zh-Hans", "南部战区：美舰擅闯西沙领海 我予以警告驱离",
     "南部战区新闻发言人田军里称，美国海军“本福德”号驱逐舰擅自闯入中国西沙领海，南部战区组织海空兵力全程跟踪监视，"
     "并予以警告驱离。",
     "zh-Hans", "2021-07-12", ("military", "CHN", "USA")),
    ("repelled under a command's colon zh-Hant", "南部戰區：美艦擅闖南沙島礁海域 我予以警告驅離",
     "南部戰區新聞發言人稱，美國海軍一艘驅逐艦擅自闖入南沙群島有關島礁鄰近海域，南部戰區組織兵力全程跟蹤監視並予以"
     "警告驅離。",
     "zh-Hant", "2023-04-12", ("military", "CHN", "USA")),
    ("repelled under a command's colon vi",
     "Bộ Quốc phòng Trung Quốc: Tàu Mỹ xâm nhập Hoàng Sa, đã cảnh báo xua đuổi",
     "Bộ Quốc phòng Trung Quốc hôm qua cho biết tàu khu trục Mỹ đã đi vào vùng biển quần đảo Hoàng Sa và lực "
     "lượng hải quân Trung Quốc đã cảnh báo và xua đuổi tàu này.",
     "vi", "2023-04-12", ("military", "CHN", "USA")),
]

# Hard negatives: they look alike and keep their act.
KEPT = [
    # a turning-away by the other side, its doer named after the speaker's colon: the teller's charge
    ("other side repels after colon zh-Hans", "越南外交部：中国海警船驱离越南渔船",
     "越南外交部发言人表示，中国海警船当天在西沙群岛海域驱离越南渔船。",
     "zh-Hans", "2020-06-15", ("accuse", "VNM", "CHN")),
    # an accusation about a past act of the other side: no force of the teller's own
    ("past act en", "Vietnam says Chinese coast guard ship rammed fishing boat near Paracels",
     "HANOI (Reuters) - Vietnam's foreign ministry said on Friday a Chinese coast guard vessel rammed and "
     "sank a Vietnamese fishing boat near the Paracel Islands earlier this month.",
     "en", "2020-04-03", ("accuse", "VNM", "CHN")),
    ("past act zh-Hans", "外交部：越南武装船只冲撞中国渔船",
     "外交部发言人9日表示，越南武装船只当天在南沙群岛附近海域冲撞中国渔船，严重威胁中国渔民生命安全。",
     "zh-Hans", "2011-06-09", ("accuse", "CHN", "VNM")),
    # a host named before the host's word, the warship after it: the host's side
    ("ship after host zh-Hans", "越南国防部长在河内接待美国航母指挥官",
     "越通社河内5日电 越南国防部长潘文江5日在河内接待到访的美国海军“罗斯福”号航母指挥官。",
     "zh-Hans", "2023-03-05", ("host_visit", "VNM", "USA")),
    # a port call to come, told to come in the lead too: one act
    ("port call to come en", "U.S. aircraft carrier to visit Vietnam's Da Nang",
     "HANOI (Reuters) - The aircraft carrier USS Theodore Roosevelt will dock in Da Nang on Thursday for a "
     "five-day visit, the U.S. embassy said.", "en", "2020-03-02", ("military", "USA", "VNM")),
    # a turning-away whose clause names the other side as its doer stays the teller's accusation
    ("other doer en", "Vietnam says Chinese ships chased away its fishermen near Paracels",
     "HANOI (Reuters) - Vietnam said on Monday Chinese coast guard ships chased away Vietnamese fishing "
     "boats near the Paracel Islands last week.", "en", "2020-06-15", ("accuse", "VNM", "CHN")),
    ("other doer zh-Hans", "越南称中国海警船驱离越南渔船",
     "越通社河内5日电 越南外交部发言人5日表示，中国海警船在黄沙群岛海域驱离越南渔船。",
     "zh-Hans", "2020-06-05", ("accuse", "VNM", "CHN")),
    # a protest against a military act stays the protest
    ("protest zh-Hans", "越南就中国在西沙群岛军演提出抗议",
     "新华社河内7月3日电 越南外交部发言人3日表示，中国在西沙群岛海域举行军事演习，越方已向中方提出抗议。",
     "zh-Hans", "2020-07-03", ("protest", "VNM", "CHN")),
    ("protest zh-Hans 2", "外交部：美军机抵近侦察 中方已提出严正交涉",
     "外交部发言人表示，美国军机近日抵近中国沿海实施侦察，中方已向美方提出严正交涉。",
     "zh-Hans", "2020-08-27", ("protest", "CHN", "USA")),
    # a passage told as fact first, the warning-off second: the passage
    ("passage zh-Hans", "美舰闯入南沙岛礁海域 中方警告驱离",
     "美国海军一艘导弹驱逐舰25日擅自闯入中国南沙群岛有关岛礁邻近海域。中国外交部发言人表示，中国海军依法对"
     "美舰进行识别查证并予以警告驱离。",
     "zh-Hans", "2019-05-25", ("military", "USA", "CHN")),
    ("passage en", "U.S. destroyer sails near China-held reef in South China Sea",
     "WASHINGTON (Reuters) - A U.S. Navy destroyer sailed within 12 nautical miles of Mischief Reef in the "
     "Spratly Islands on Tuesday, a U.S. official said, challenging China's claims.",
     "en", "2017-05-24", ("military", "USA", "CHN")),
    # joint patrols agreed at a meeting: the meeting
    ("patrols agreed en", "Vietnam, China defence ministers meet, agree to more joint patrols",
     "BEIJING (Reuters) - Vietnamese Defence Minister Phan Van Giang met his Chinese counterpart Dong Jun in "
     "Beijing on Monday and the two agreed to hold more joint patrols in the Gulf of Tonkin.",
     "en", "2024-05-13", ("meet", "VNM", "CHN")),
    # China's own opposition stays criticism; so does the United States'
    ("China opposes zh-Hans", "中方坚决反对美国对台军售",
     "外交部发言人表示，中方坚决反对美国向台湾出售武器，这严重损害中美关系。",
     "zh-Hans", "2019-07-09", ("criticize", "CHN", "USA")),
    ("U.S. opposes en", "U.S. opposes China's new coast guard law",
     "WASHINGTON (Reuters) - The United States said on Friday it opposed China's new coast guard law, "
     "calling it a threat to freedom of navigation in the South China Sea.",
     "en", "2021-02-19", ("criticize", "USA", "CHN")),
]

# Hard negatives whose act is not of one type: a welcome of a guest is no statement.
NOT = [
    ("guest vi", "Thủ tướng hoan nghênh Ngoại trưởng Mỹ sang thăm Việt Nam",
     "Thủ tướng Phạm Minh Chính hôm nay hoan nghênh Ngoại trưởng Hoa Kỳ Antony Blinken sang thăm Việt Nam.",
     "vi", "2023-04-15", "statement"),
    # a criticism of another time under a headline's "says": the headline's own act, no criticism
    ("earlier criticism en", "U.S. says it will send trade envoy to China",
     "WASHINGTON (Reuters) - The United States will send its trade envoy to Beijing next week, the State "
     "Department said on Monday. Last month the White House criticized China over its export curbs on rare "
     "earths.", "en", "2023-08-07", "criticize"),
    ("earlier criticism vi", "Mỹ nói sẽ cử đặc phái viên tới Trung Quốc",
     "Nhà Trắng hôm nay cho biết sẽ cử đặc phái viên tới Bắc Kinh vào tuần tới. Tháng trước, Mỹ đã chỉ "
     "trích Trung Quốc về hạn chế xuất khẩu đất hiếm.", "vi", "2023-08-07", "criticize"),
    ("earlier criticism zh-Hans", "白宫称将派特使访华",
     "新华社华盛顿3月12日电 白宫12日表示，将于下周派特使访问北京。上个月，白宫批评中方限制稀土出口。",
     "zh-Hans", "2023-03-13", "criticize"),
    ("guest en", "Vietnam welcomes U.S. defence secretary on first visit",
     "HANOI (Reuters) - Vietnamese Defence Minister Phan Van Giang welcomed U.S. Defense Secretary Lloyd "
     "Austin in Hanoi on Thursday at the start of his first visit to the country.",
     "en", "2021-07-29", "statement"),
    # a second reading: a motorcade or a convoy driving off is no force; a state company's objection is no
    # protest
    ("motorcade en", "Xi's motorcade drove off after Hanoi visit",
     "HANOI (Reuters) - Chinese President Xi Jinping's motorcade drove off to the airport on Tuesday after a "
     "two-day state visit to Vietnam.", "en", "2023-12-13", "military"),
    ("convoy en", "Blinken's convoy drove off after Beijing talks",
     "BEIJING (Reuters) - U.S. Secretary of State Antony Blinken's convoy drove off from the Diaoyutai "
     "guesthouse "
     "on Monday after talks with Chinese Foreign Minister Wang Yi.", "en", "2023-06-19", "military"),
    ("company objection en", "PetroVietnam opposes Chinese drilling plan",
     "HANOI (Reuters) - Vietnam's state oil group PetroVietnam opposed China's plan to drill near the "
     "Paracel "
     "Islands, its chairman said on Monday.", "en", "2014-05-05", "protest"),
    ("company objection zh-Hans", "越南国家石油集团反对中方钻探计划",
     "越南国家石油集团董事长周一表示，该集团反对中国在西沙群岛附近钻探的计划。", "zh-Hans", "2014-05-05",
     "protest"),
]

# Hard negatives without an event of the three: exercises with no target, a third country's ships.
NONE = [
    ("drills en", "China holds live-fire drills in South China Sea",
     "BEIJING (Reuters) - China's navy began live-fire drills in the South China Sea on Monday, the defence "
     "ministry said, without naming any country.", "en", "2020-07-06"),
    ("drills zh-Hans", "南部战区在南海组织实弹演习",
     "南部战区新闻发言人表示，南部战区海军20日起在南海有关海域组织实弹演习。", "zh-Hans", "2020-07-20"),
    ("third country en", "China says it drove away Philippine vessels near Scarborough Shoal",
     "BEIJING (Reuters) - China's coast guard said on Saturday it had warned away Philippine ships that "
     "entered waters near the Scarborough Shoal.", "en", "2024-06-15"),
    ("third country vi", "Trung Quốc tuyên bố cảnh báo và xua đuổi tàu Philippines ở bãi cạn Scarborough",
     "Lực lượng hải cảnh Trung Quốc hôm qua cho biết đã cảnh báo và xua đuổi tàu Philippines đi vào "
     "vùng biển gần bãi cạn Scarborough.", "vi", "2024-06-16"),
    ("ship hosts third country en", "U.S. carrier hosts Philippine officials in South China Sea",
     "ABOARD THE USS CARL VINSON (AP) — The U.S. Navy flew Philippine defence officials on Sunday to the "
     "aircraft carrier USS Carl Vinson, sailing in the South China Sea.", "en", "2023-03-05"),
    ("joint patrol third country zh-Hans", "中国与柬埔寨海军开展联合巡逻",
     "中国海军与柬埔寨海军12日在泰国湾开展联合巡逻。", "zh-Hans", "2023-04-12"),
    ("third country zh-Hans", "中国海警：依法驱离菲律宾船只",
     "中国海警局新闻发言人表示，菲律宾船只擅自闯入黄岩岛邻近海域，中国海警依法对其予以警告驱离。",
     "zh-Hans", "2024-06-15"),
    # a second reading: troops driving away the other's forces in a past war, told by a museum or a film
    ("past war en", "Vietnamese troops drove away Chinese invaders, museum says",
     "HANOI (Reuters) - A new museum in Lang Son tells how Vietnamese troops drove away Chinese forces in "
     "the 1979 "
     "border war, its curator said on Monday.", "en", "2019-02-18"),
    ("past war film en", "Film recalls how U.S. troops drove off Chinese forces in Korea",
     "A new film tells how U.S. Marines drove off Chinese troops at the Chosin Reservoir in 1950, its "
     "director "
     "said on Friday.", "en", "2019-02-18"),
]


# Leads the detector still misreads, labelled before it read them.
# None now: the welcome of a handover (trao trả) answers it (kinds.toml `answered`).
_MISREAD: dict[str, str] = {}


@pytest.mark.parametrize(("title", "text", "language", "published", "expected"), [
    pytest.param(*row[1:], id=row[0], marks=pytest.mark.xfail(reason=_MISREAD[row[0]], strict=True))
    if row[0] in _MISREAD else pytest.param(*row[1:], id=row[0]) for row in LEADS])
def test_the_main_event_of_a_military_act_told(title: str, text: str, language: str, published: str,
                                               expected: tuple[str, str, str]) -> None:
    assert_act(main_event(title, text, language, day(published)), *expected)


@pytest.mark.parametrize(("title", "text", "language", "published", "expected"),
                         [row[1:] for row in KEPT], ids=[row[0] for row in KEPT])
def test_a_look_alike_keeps_its_act(title: str, text: str, language: str, published: str,
                                    expected: tuple[str, str, str]) -> None:
    assert_act(main_event(title, text, language, day(published)), *expected)


@pytest.mark.parametrize(("title", "text", "language", "published"),
                         [row[1:] for row in NONE], ids=[row[0] for row in NONE])
def test_no_event_between_the_three(title: str, text: str, language: str, published: str) -> None:
    assert tells_no_event(title, text, language, day(published))


@pytest.mark.parametrize(("title", "text", "language", "published", "kind"),
                         [row[1:] for row in NOT], ids=[row[0] for row in NOT])
def test_a_look_alike_is_not_of_that_type(title: str, text: str, language: str, published: str,
                                          kind: str) -> None:
    assert never_read_as(title, text, language, day(published), kind)
