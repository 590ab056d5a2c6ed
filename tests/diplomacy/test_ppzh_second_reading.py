"""A second reading of the names in Chinese-script copy (titledchars.py, hanviet.py): leads the part's tests
do not use, in Chinese (both scripts), Vietnamese and English, with hard negatives. A Vietnamese name written
by its Mandarin sound is the listed person only where its given name has two characters or more and sounds the
same, tones and all ("阮春生" is Nguyễn Xuân Sinh, not the listed 阮春胜; "黎永" Lê Vĩnh, not 黎勇); a grammar
title before an attending word (陪同) names its holder; words of the sentence after a title ("高度评价",
"严厉批评", "黎明抵达") name no one; a rank naming no country before a Chinese holder whose office in
apposition names China reads no Vietnamese name beside him. Rows still misread are strict xfails with their
reason."""

from __future__ import annotations

import pytest

from tests.diplomacy.stories import main_event

LEADS = [
    ("王毅会见越南外交部副部长",
     "新华社北京5月10日电 国务委员兼外长王毅10日在北京会见越南外交部副部长黎永。",
     "zh", "meet", "VNM", "CHN", {"Lê Vĩnh", "Wang Yi"}),
    ("中国驻越南大使会见越南工贸部副部长",
     "新华社河内5月10日电 中国驻越南大使何炜10日在河内会见越南工贸部副部长阮春生。",
     "zh", "meet", "CHN", "VNM", {"He Wei", "Nguyễn Xuân Sinh"}),
    pytest.param(*("越南外交部发言人高度评价中越合作",
     "新华社河内5月10日电 越南外交部发言人高度评价中越两国在打击跨国犯罪方面的合作。",
     "zh", "praise", "VNM", "CHN", set()),
        marks=pytest.mark.xfail(
            strict=True, reason="a praise whose speaker is named by office only is not read as an event")),
    ("越南副总理严厉批评",
     "新华社河内5月10日电 越南政府副总理严厉批评美国对越南产品加征关税的决定。",
     "zh", "criticize", "VNM", "USA", set()),
    ("越南国防部长会见中国大使",
     "新华社河内5月10日电 越南国防部长潘文江10日在河内会见中国驻越南大使何炜，越南国防部副部长"
     "黄春中将陪同。",
     "zh", "meet", "CHN", "VNM", {"He Wei", "Phan Văn Giang"}),
    ("越南外交部副部长黎明抵京",
     "新华社北京5月10日电 越南外交部副部长黎明抵达北京，将与中方举行政治磋商。",
     "zh", "visit", "VNM", "CHN", set()),
    ("王毅同越南副总理兼外长裴清山会谈",
     "新华社北京5月10日电 中共中央政治局委员、外交部长王毅10日在北京同越南副总理兼外长裴清山举"
     "行会谈。",
     "zh", "meet", "VNM", "CHN", {"Bùi Thanh Sơn", "Wang Yi"}),
    pytest.param(*("董军会见越南国防部副部长",
     "新华社北京5月10日电 国防部长董军10日在北京会见越南国防部副部长阮志永上将。",
     "zh", "meet", "VNM", "CHN", {"Dong Jun", "Nguyễn Chí Vịnh"}),
        marks=pytest.mark.xfail(
            strict=True, reason="志永 sounds as two listed people, 阮志咏 and 阮志勇")),
    ("越南國防部長會見中國武官",
     "越通社河內5月10日電 越南國防部長潘文江10日在河內會見中國駐越南使館武官陳軍少將，越南國防"
     "部對外局局長阮文強少將陪同。",
     "zh", "meet", "CHN", "VNM", {"Chen Jun", "Nguyễn Văn Cường", "Phan Văn Giang"}),
    pytest.param(*("越南副总理会见中国商务部副部长",
     "新华社河内5月10日电 越南政府副总理陈流广10日在河内会见中国商务部副部长凌激。",
     "zh", "meet", "CHN", "VNM", {"Ling Ji", "Trần Lưu Quang"}),
        marks=pytest.mark.xfail(
            strict=True, reason="广 guang3 for 光 guang1: another tone, read by its own reading Quảng")),
    ("越南驻华大使拜会中国外交部副部长",
     "新华社北京5月10日电 外交部副部长孙卫东10日在北京会见越南驻华大使范清平。",
     "zh", "meet", "VNM", "CHN", {"Phạm Thanh Bình", "Sun Weidong"}),
    ("越南国防部长会见美国印太司令",
     "越通社河内5月10日电 越南国防部长潘文江大将10日在河内会见美国印太司令部司令帕帕罗上将，美"
     "国驻越南大使馆武官陪同。",
     "zh", "meet", "USA", "VNM", {"Phan Văn Giang", "Samuel Paparo"}),
    ("越南公安部副部长会见中国公安部副部长",
     "新华社北京5月10日电 公安部副部长许甘露10日在北京会见越南公安部副部长阮文龙上将一行。",
     "zh", "meet", "VNM", "CHN", {"Nguyễn Văn Long", "Xu Ganlu"}),
    ("越南國會副主席會見中國大使",
     "越通社河內5月10日電 越南國會副主席阮德海10日在河內會見中國駐越南大使何煒。",
     "zh", "meet", "CHN", "VNM", {"He Wei", "Nguyễn Đức Hải"}),
    ("越南外交部发言人回应",
     "新华社河内5月10日电 越南外交部发言人范秋姮10日表示，越方坚决反对中方在黄沙群岛的行为。另"
     "据报道，越南前国防部长冯光青大将日前病逝。",
     "zh", "protest", "VNM", "CHN", {"Phạm Thu Hằng"}),
    pytest.param(*("越南驻华大使出席招待会",
     "新华社北京5月10日电 越南驻华大使范星梅10日在北京会见中国外交部部长助理华春莹。中国外交部"
     "亚洲司司长刘劲松陪同。",
     "zh", "meet", "VNM", "CHN", {"Hua Chunying", "Liu Jinsong", "Phạm Sao Mai"}),
        marks=pytest.mark.xfail(
            strict=True, reason="a person listed as spokesperson, met in another office, is left out")),
    ("越南副总理访华",
     "新华社北京5月10日电 国务院副总理丁薛祥10日在北京会见越南政府副总理黎成龙。",
     "zh", "visit", "VNM", "CHN", {"Ding Xuexiang", "Lê Thành Long"}),
    ("越南外长会见美国副国务卿",
     "越通社河内5月10日电 越南外交部长裴青山10日在河内会见美国副国务卿坎贝尔。越南外交部副部长"
     "阮明姮陪同会见。",
     "zh", "meet", "USA", "VNM", {"Bùi Thanh Sơn", "Kurt Campbell", "Nguyễn Minh Hằng"}),
    ("越南國家主席會見中國客人",
     "新華社河內5月10日電 越南國家主席梁強10日在河內會見中國國務院副總理張國清，越南外交部副部"
     "長杜雄越陪同。",
     "zh", "meet", "CHN", "VNM", {"Lương Cường", "Zhang Guoqing", "Đỗ Hùng Việt"}),
    ("越南外交部副部长会见中国大使",
     "新华社河内5月10日电 越南外交部副部长文化等10日会见中国驻越南大使何炜。",
     "zh", "meet", "CHN", "VNM", {"He Wei"}),
    pytest.param(*("Bộ trưởng Phan Văn Giang tiếp Tùy viên Quốc phòng Trung Quốc",
     "Chiều 10/5, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng tiếp Thiếu tướng "
     "Trần Quân, Tùy viên Quốc phòng Trung Quốc tại Việt Nam.",
     "vi", "host_visit", "VNM", "CHN", {"Chen Jun", "Phan Văn Giang"}),
        marks=pytest.mark.xfail(
            strict=True, reason="a Chinese attaché's Hán-Việt name reads as a Vietnamese one after a rank")),
    ("Thứ trưởng Hoàng Xuân Chiến hội đàm với Phó Tổng tham mưu trưởng Trung Quốc",
     "Sáng 10/5, tại Bắc Kinh, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng hội đàm"
     " với Thượng tướng Từ Khởi Linh, Phó Tổng Tham mưu trưởng Bộ Tham mưu liên hợp Quân ủy Tr"
     "ung ương Trung Quốc.",
     "vi", "meet", "VNM", "CHN", {"Hoàng Xuân Chiến", "Xu Qiling"}),
    ("Thủ tướng tiếp Đại sứ Trung Quốc",
     "Chiều 10/5, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính tiếp Đại sứ Trung Quốc tại V"
     "iệt Nam Hà Vĩ. Tham dự tiếp có Thứ trưởng Ngoại giao Nguyễn Minh Hằng.",
     "vi", "host_visit", "VNM", "CHN", {"He Wei", "Nguyễn Minh Hằng", "Phạm Minh Chính"}),
    ("Việt Nam phản đối Trung Quốc tập trận ở Hoàng Sa",
     "Ngày 10/5, Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam kiên quyết phản"
     " đối việc Trung Quốc tập trận tại quần đảo Hoàng Sa.",
     "vi", "protest", "VNM", "CHN", {"Phạm Thu Hằng"}),
    ("Bộ trưởng Công an Lương Tam Quang hội đàm với Bộ trưởng Công an Trung Quốc",
     "Ngày 10/5, tại Bắc Kinh, Bộ trưởng Bộ Công an Lương Tam Quang hội đàm với Bộ trưởng Bộ C"
     "ông an Trung Quốc Vương Tiểu Hồng.",
     "vi", "meet", "VNM", "CHN", {"Lương Tam Quang", "Wang Xiaohong"}),
    ("Chủ tịch nước Lương Cường tiếp Đại sứ Hoa Kỳ",
     "Chiều 10/5, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường tiếp Đại sứ Hoa Kỳ tại Việt Nam "
     "Marc Knapper.",
     "vi", "host_visit", "VNM", "USA", {"Lương Cường", "Marc Knapper"}),
    ("Tư lệnh Hải quân Việt Nam thăm Trung Quốc",
     "Từ ngày 10 đến 13/5, Phó Đô đốc Trần Thanh Nghiêm, Tư lệnh Quân chủng Hải quân dẫn đầu đ"
     "oàn đại biểu thăm chính thức Trung Quốc.",
     "vi", "visit", "VNM", "CHN", {"Trần Thanh Nghiêm"}),
    ("Thứ trưởng Đỗ Hùng Việt tiếp Trợ lý Ngoại trưởng Mỹ",
     "Ngày 10/5, tại Hà Nội, Thứ trưởng Ngoại giao Đỗ Hùng Việt tiếp Trợ lý Ngoại trưởng Mỹ Da"
     "niel Kritenbrink. Tháp tùng có Đại sứ Mỹ Marc Knapper.",
     "vi", "host_visit", "VNM", "USA", {"Daniel Kritenbrink", "Marc Knapper", "Đỗ Hùng Việt"}),
    pytest.param(*("Bộ trưởng Quốc phòng tiếp Tư lệnh Chiến khu Nam bộ Trung Quốc",
     "Sáng 10/5, Đại tướng Phan Văn Giang tiếp Thượng tướng Vương Tú Bân, Tư lệnh Chiến khu Na"
     "m bộ Trung Quốc. Cùng dự có Trung tướng Lý Vĩ, Phó Tư lệnh Chiến khu.",
     "vi", "host_visit", "VNM", "CHN", {"Li Wei", "Phan Văn Giang", "Wang Xiubin"}),
        marks=pytest.mark.xfail(
            strict=True, reason="the deputy named after Cùng dự có is not read")),
    ("Phó Thủ tướng Trần Hồng Hà gặp Phó Thủ tướng Trung Quốc",
     "Ngày 10/5, tại Bắc Kinh, Phó Thủ tướng Trần Hồng Hà gặp Phó Thủ tướng Quốc vụ viện Trung"
     " Quốc Đinh Tiết Tường.",
     "vi", "meet", "VNM", "CHN", {"Ding Xuexiang", "Trần Hồng Hà"}),
    ("Đoàn Quân ủy Trung ương Trung Quốc thăm Việt Nam",
     "Ngày 10/5, Thượng tướng Trương Hựu Hiệp, Phó Chủ tịch Quân ủy Trung ương Trung Quốc bắt "
     "đầu chuyến thăm Việt Nam. Tháp tùng có Thượng tướng Lưu Chấn Lập.",
     "vi", "visit", "CHN", "VNM", {"Liu Zhenli", "Zhang Youxia"}),
    ("Việt Nam lên tiếng về việc Mỹ áp thuế",
     "Ngày 10/5, Người phát ngôn Bộ Ngoại giao Việt Nam cho biết Việt Nam lấy làm tiếc về việc"
     " Mỹ áp thuế chống bán phá giá lên tôm xuất khẩu.",
     "vi", "trade_measure", "VNM", "USA", set()),
    ("Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Trung Quốc",
     "Tối 10/5, Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Bộ trưởng Ngoại giao Trung Quố"
     "c Vương Nghị.",
     "vi", "phone_call", "VNM", "CHN", {"Bùi Thanh Sơn", "Wang Yi"}),
    ("Chủ tịch Quốc hội tiếp Đại sứ Trung Quốc",
     "Chiều 10/5, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Đại sứ Trung Quốc Hà"
     " Vĩ. Cùng dự có Phó Chủ tịch Quốc hội Nguyễn Đức Hải.",
     "vi", "host_visit", "VNM", "CHN", {"He Wei", "Trần Thanh Mẫn"}),
    ("Phó Chủ tịch nước Võ Thị Ánh Xuân hội kiến Phó Chủ tịch Trung Quốc",
     "Ngày 10/5, tại Bắc Kinh, Phó Chủ tịch nước Võ Thị Ánh Xuân hội kiến Phó Chủ tịch nước Tr"
     "ung Quốc Hàn Chính.",
     "vi", "meet", "VNM", "CHN", {"Han Zheng", "Võ Thị Ánh Xuân"}),
    ("Thứ trưởng Bộ Công an tiếp đoàn Bộ An ninh nội địa Mỹ",
     "Ngày 10/5, tại Hà Nội, Thượng tướng Lương Tam Quang tiếp đoàn Bộ An ninh Nội địa Hoa Kỳ "
     "do Trợ lý Bộ trưởng Lisa Monaco dẫn đầu.",
     "vi", "host_visit", "VNM", "USA", {"Lisa Monaco", "Lương Tam Quang"}),
    ("Thủ tướng Phạm Minh Chính hội kiến Chủ tịch Tập Cận Bình",
     "Chiều 10/5, tại Bắc Kinh, Thủ tướng Phạm Minh Chính hội kiến Tổng Bí thư, Chủ tịch nước "
     "Trung Quốc Tập Cận Bình. Cùng dự có Bộ trưởng Ngoại giao Bùi Thanh Sơn.",
     "vi", "meet", "VNM", "CHN", {"Phạm Minh Chính", "Xi Jinping"}),
    ("Đại sứ Phạm Sao Mai làm việc với Bộ Thương mại Trung Quốc",
     "Ngày 10/5, tại Bắc Kinh, Đại sứ Phạm Sao Mai làm việc với Thứ trưởng Thương mại Trung Qu"
     "ốc Lăng Kích.",
     "vi", "meet", "VNM", "CHN", {"Ling Ji", "Phạm Sao Mai"}),
    ("Hải quân Việt Nam và Trung Quốc tuần tra chung",
     "Ngày 10/5, Hải quân Việt Nam và Hải quân Trung Quốc tiến hành tuần tra chung lần thứ 36 "
     "tại Vịnh Bắc Bộ.",
     "vi", "military", "VNM", "CHN", set()),
    pytest.param(*("Vietnam's defence minister meets Chinese attache",
     "HANOI, May 10 (Reuters) - Vietnamese Defence Minister General Phan Van Giang met Chinese"
     " military attache Major General Chen Jun in Hanoi on Friday.",
     "en", "meet", "VNM", "CHN", {"Chen Jun", "Phan Văn Giang"}),
        marks=pytest.mark.xfail(
            strict=True, reason="a rank before a name with the country only in the office before it")),
    ("Wang Yi meets Vietnamese deputy foreign minister",
     "BEIJING, May 10 (Xinhua) - Chinese Foreign Minister Wang Yi met Vietnamese Deputy Foreig"
     "n Minister Le Hoai Trung in Beijing on Friday.",
     "en", "meet", "VNM", "CHN", {"Lê Hoài Trung", "Wang Yi"}),
    ("Vietnam's top security official meets Chinese counterpart",
     "BEIJING, May 10 (Xinhua) - Chinese Minister of Public Security Wang Xiaohong held talks "
     "with Vietnamese Minister of Public Security Luong Tam Quang in Beijing on Friday.",
     "en", "meet", "VNM", "CHN", {"Lương Tam Quang", "Wang Xiaohong"}),
    ("Austin meets Vietnamese defense minister",
     "WASHINGTON, May 10 (Reuters) - U.S. Defense Secretary Lloyd Austin met Vietnamese Defens"
     "e Minister Phan Van Giang at the Pentagon on Friday. Giang was accompanied by Senior Lie"
     "utenant General Hoang Xuan Chien.",
     "en", "meet", "VNM", "USA", {"Hoàng Xuân Chiến", "Lloyd Austin", "Phan Văn Giang"}),
    ("Vietnam protests Chinese drills near Paracels",
     "HANOI, May 10 (Reuters) - Vietnam on Friday protested Chinese military drills near the P"
     "aracel Islands, foreign ministry spokeswoman Pham Thu Hang said.",
     "en", "protest", "VNM", "CHN", {"Phạm Thu Hằng"}),
    ("Chinese admiral visits Vietnam",
     "HANOI, May 10 (VNA) - Admiral Hu Zhongming, commander of the Chinese People's Liberation"
     " Army Navy, began a visit to Vietnam on Friday.",
     "en", "visit", "CHN", "VNM", set()),
    ("Blinken speaks with Vietnam's foreign minister",
     "WASHINGTON, May 10 (Reuters) - U.S. Secretary of State Antony Blinken spoke by phone wit"
     "h Vietnamese Foreign Minister Bui Thanh Son on Friday.",
     "en", "phone_call", "USA", "VNM", {"Antony Blinken", "Bùi Thanh Sơn"}),
    ("Xi meets Vietnam's prime minister",
     "BEIJING, May 10 (Reuters) - Chinese President Xi Jinping met Vietnamese Prime Minister P"
     "ham Minh Chinh in Beijing on Friday, with Foreign Minister Bui Thanh Son in attendance.",
     "en", "meet", "VNM", "CHN", {"Bùi Thanh Sơn", "Phạm Minh Chính", "Xi Jinping"}),
    ("U.S. envoy meets Vietnam's president",
     "HANOI, May 10 (Reuters) - Vietnamese President Luong Cuong received U.S. Ambassador Marc"
     " Knapper in Hanoi on Friday.",
     "en", "meet", "USA", "VNM", {"Lương Cường", "Marc Knapper"}),
    pytest.param(*("Vietnam, China hold defence talks",
     "BEIJING, May 10 (Xinhua) - Senior Lieutenant General Hoang Xuan Chien, Vietnam's deputy "
     "defence minister, and General Xu Qiling of China's Joint Staff Department held defence s"
     "ecurity consultations in Beijing on Friday.",
     "en", "negotiate", "VNM", "CHN", {"Hoàng Xuân Chiến", "Xu Qiling"}),
        marks=pytest.mark.xfail(
            strict=True, reason="a general named after a rank, the country in an 's phrase")),
    ("China criticises U.S. warship transit",
     "BEIJING, May 10 (Reuters) - China's foreign ministry spokesman Lin Jian on Friday critic"
     "ised the passage of a U.S. warship near the Paracel Islands as provocative.",
     "en", "criticize", "CHN", "USA", {"Lin Jian"}),
    ("Vietnamese vice president visits China",
     "BEIJING, May 10 (Xinhua) - Chinese Vice President Han Zheng met Vietnamese Vice Presiden"
     "t Vo Thi Anh Xuan in Beijing on Friday.",
     "en", "visit", "VNM", "CHN", {"Han Zheng", "Võ Thị Ánh Xuân"}),
    pytest.param(*("Chinese general meets Vietnamese defence minister",
     "HANOI, May 10 (VNA) - Defence Minister General Phan Van Giang received General Wang Xiub"
     "in, commander of China's Southern Theatre Command, in Hanoi on Friday. Lieutenant Genera"
     "l Li Wei, deputy commander, accompanied him.",
     "en", "host_visit", "VNM", "CHN", {"Li Wei", "Phan Văn Giang", "Wang Xiubin"}),
        marks=pytest.mark.xfail(
            strict=True, reason="a general received and his deputy after a rank with no country")),
    ("U.S. hands patrol boats to Vietnam",
     "HANOI, May 10 (Reuters) - The United States handed six patrol boats to Vietnam's coast g"
     "uard on Friday, the U.S. embassy said.",
     "en", "aid", "USA", "VNM", set()),
    ("Vietnam's deputy PM meets Chinese commerce official",
     "HANOI, May 10 (VNA) - Deputy Prime Minister Tran Hong Ha met Chinese Vice Minister of Co"
     "mmerce Ling Ji in Hanoi on Friday.",
     "en", "meet", "CHN", "VNM", {"Ling Ji", "Trần Hồng Hà"}),
    ("Vietnam's party chief meets U.S. delegation",
     "HANOI, May 10 (Reuters) - Vietnam's Communist Party chief To Lam met a U.S. congressiona"
     "l delegation led by Senator Chris Coons in Hanoi on Friday.",
     "en", "meet", "USA", "VNM", {"Chris Coons", "Tô Lâm"}),
    ("Vietnam urges China to respect its sovereignty",
     "HANOI, May 10 (Reuters) - Vietnam on Friday urged China to respect its sovereignty over "
     "the Paracel Islands, foreign ministry spokeswoman Pham Thu Hang said.",
     "en", "appeal", "VNM", "CHN", {"Phạm Thu Hằng"}),
    ("Chinese ambassador calls on Vietnam's National Assembly chairman",
     "HANOI, May 10 (VNA) - National Assembly Chairman Tran Thanh Man received Chinese Ambassa"
     "dor He Wei in Hanoi on Friday.",
     "en", "meet", "CHN", "VNM", {"He Wei", "Trần Thanh Mẫn"}),
    ("China's defence minister meets Vietnamese counterpart",
     "BEIJING, May 10 (Xinhua) - Chinese Defence Minister Dong Jun held talks with Vietnamese "
     "Defence Minister General Phan Van Giang in Beijing on Friday.",
     "en", "meet", "VNM", "CHN", {"Dong Jun", "Phan Văn Giang"}),
]


@pytest.mark.parametrize(("title", "text", "language", "kind", "actor", "target", "people"), LEADS)
def test_second_reading(title: str, text: str, language: str, kind: str, actor: str, target: str,
                        people: set[str]) -> None:
    event = main_event(title, text, language)
    assert (event.type, event.actor, event.target, set(event.people)) == (kind, actor, target, people)
