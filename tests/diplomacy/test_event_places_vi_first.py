"""Places of Vietnamese copy first, then English and Chinese: buildings of the capitals and the city the lead
says the visitor arrived in, provinces and their towns, ports and border gates, messages that have no place,
and the hard negatives around them (a story's source line, an earlier event's city, cities as subjects).
Every row was labelled by the guide (bench/gold/README.md) before the detector was run on it."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.diplomacy import detect

# (language, title, text, published, place, place_country); "" for none.
LEADS: list[tuple[str, str, str, str, str, str]] = [
    # --- Vietnamese: a building without its city, the lead telling the visitor's arrival in the city.
    ("vi", "Chủ tịch nước chủ trì lễ đón Ngoại trưởng Hoa Kỳ",
     "Sáng 15/4, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng đã chủ trì lễ đón Ngoại trưởng Hoa Kỳ Antony "
     "Blinken thăm chính thức Việt Nam. Ông Blinken đã đến Hà Nội từ tối 14/4.",
     "2023-04-15", "Hanoi", "VNM"),
    ("vi", "Tổng Bí thư tiếp Bộ trưởng Quốc phòng Trung Quốc",
     "Chiều 26/4, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã tiếp Bộ trưởng Quốc phòng "
     "Trung Quốc Ngụy Phượng Hòa đang thăm chính thức Việt Nam. Đoàn Trung Quốc tới Hà Nội chiều 25/4.",
     "2019-04-26", "", "VNM"),
    ("vi", "Thủ tướng tiếp Bộ trưởng Thương mại Hoa Kỳ",
     "Chiều 10/9, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Thương mại Hoa Kỳ Gina "
     "Raimondo. Bà Raimondo đến Hà Nội hôm 9/9 cùng Tổng thống Joe Biden.", "2023-09-10", "", "VNM"),
    ("vi", "Việt Nam - Trung Quốc đàm phán về vùng biển ngoài cửa Vịnh Bắc Bộ",
     "Hôm nay, tại trụ sở Bộ Ngoại giao, Thứ trưởng Ngoại giao Vũ Hồng Nam và Trợ lý Bộ trưởng Ngoại giao "
     "Trung Quốc Hồng Lượng đã đồng chủ trì vòng đàm phán về vùng biển ngoài cửa Vịnh Bắc Bộ. Đoàn Trung "
     "Quốc đã tới Hà Nội từ tối qua.", "2022-05-20", "Hanoi", "VNM"),
    ("vi", "Chủ tịch Quốc hội hội kiến Chủ tịch Trung Quốc",
     "Theo phóng viên TTXVN tại Bắc Kinh, chiều 31/10, tại Đại lễ đường Nhân dân, Chủ tịch Trung Quốc Tập "
     "Cận Bình đã hội kiến Chủ tịch Quốc hội Vương Đình Huệ.", "2023-10-31", "Beijing", "CHN"),
    ("vi", "Tổng thống Trump hội đàm với Thủ tướng Nguyễn Xuân Phúc",
     "Theo phóng viên TTXVN tại Oa-sinh-tơn, ngày 31/5 (giờ Mỹ), tại Nhà Trắng, Tổng thống Donald Trump đã "
     "hội đàm với Thủ tướng Nguyễn Xuân Phúc đang thăm chính thức Hoa Kỳ.",
     "2017-06-01", "Washington", "USA"),
    # ... "Thủ đô Hà Nội", "ở Bắc Kinh", an itinerary's city.
    ("vi", "Thủ tướng tiếp Đặc phái viên của Tổng thống Mỹ về khí hậu",
     "Ngày 22/7, tại Thủ đô Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Đặc phái viên của Tổng thống Mỹ về "
     "khí hậu John Kerry.", "2023-07-22", "Hanoi", "VNM"),
    ("vi", "Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ủy viên Quốc vụ Vương Nghị",
     "Ngày 7/7, ở Bắc Kinh, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ủy viên Quốc vụ, Bộ trưởng "
     "Ngoại giao Trung Quốc Vương Nghị.", "2022-07-07", "Beijing", "CHN"),
    ("vi", "Chủ tịch Trung Quốc Giang Trạch Dân tới Thành phố Hồ Chí Minh",
     "Chiều 21/11, Chủ tịch Trung Quốc Giang Trạch Dân đã tới Thành phố Hồ Chí Minh, điểm dừng chân cuối "
     "cùng trong chuyến thăm hữu nghị chính thức Việt Nam.", "1994-11-21", "Ho Chi Minh City", "VNM"),
    ("vi", "Bộ trưởng Quốc phòng Mỹ đến Hà Nội",
     "Chiều 4/6, Bộ trưởng Quốc phòng Mỹ Lloyd Austin đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam "
     "từ ngày 4 đến 6/6.", "2022-06-04", "Hanoi", "VNM"),
    ("vi", "Đoàn đại biểu quân sự cấp cao Trung Quốc tới Hà Nội",
     "Tối 25/4, đoàn đại biểu quân sự cấp cao Trung Quốc do Phó Chủ tịch Quân ủy Trung ương Trương Hựu Hiệp "
     "dẫn đầu đã tới Hà Nội, bắt đầu chuyến thăm hữu nghị chính thức Việt Nam.",
     "2019-04-25", "Hanoi", "VNM"),
    # ... provinces, their towns, ports and border gates.
    ("vi", "Giao lưu hữu nghị quốc phòng biên giới Việt - Trung",
     "Ngày 22/4, tại tỉnh Quảng Ninh, Bộ trưởng Quốc phòng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc "
     "phòng Trung Quốc Đổng Quân trong khuôn khổ Giao lưu hữu nghị quốc phòng biên giới lần thứ tám.",
     "2024-04-22", "", "VNM"),
    ("vi", "Chủ tịch nước tiếp Đại sứ Trung Quốc tại Thành phố Hạ Long",
     "Ngày 3/9, tại thành phố Hạ Long, Phó Chủ tịch nước Võ Thị Ánh Xuân đã tiếp Đại sứ Trung Quốc tại Việt "
     "Nam Hùng Ba.", "2023-09-03", "Ha Long", "VNM"),
    ("vi", "Tàu sân bay Mỹ cập cảng Đà Nẵng",
     "Sáng 5/3, tàu sân bay USS Carl Vinson của Hải quân Mỹ đã cập cảng Tiên Sa, thành phố Đà Nẵng, bắt đầu "
     "chuyến thăm Việt Nam.", "2018-03-05", "Da Nang", "VNM"),
    ("vi", "Tàu Hải quân Mỹ thăm cảng Cam Ranh",
     "Ngày 2/10, hai tàu của Hải quân Mỹ là USS John S. McCain và USS Frank Cable đã cập cảng quốc tế Cam "
     "Ranh, tỉnh Khánh Hòa.", "2016-10-02", "Cam Ranh", "VNM"),
    ("vi", "Phó Thủ tướng hội kiến Bí thư Khu ủy Quảng Tây tại cửa khẩu Móng Cái",
     "Ngày 12/12, tại thành phố Móng Cái, Phó Thủ tướng Trần Lưu Quang đã hội kiến Ủy viên Bộ Chính trị "
     "Trung Quốc, Bí thư Khu ủy Quảng Tây Trần Cương.", "2023-12-12", "Mong Cai", "VNM"),
    ("vi", "Tàu khu trục Mỹ đi qua vùng biển gần Hoàng Sa",
     "Ngày 13/7, tàu khu trục USS Benfold của Hải quân Mỹ đã đi qua vùng biển gần quần đảo Hoàng Sa "
     "trên Biển "
     "Đông, thách thức yêu sách của Trung Quốc.", "2022-07-13", "", ""),
    # ... hard negatives: messages under a source line have no place.
    ("vi", "Ngoại trưởng Hoa Kỳ chúc mừng 80 năm Quốc khánh Việt Nam",
     "Theo phóng viên TTXVN tại Oa-sinh-tơn, ngày 1/9 (giờ Mỹ), Ngoại trưởng Hoa Kỳ Marco Rubio đã ra tuyên "
     "bố chúc mừng nhân dân Việt Nam nhân kỷ niệm 80 năm Quốc khánh 2/9.", "2025-09-02", "", ""),
    ("vi", "Ngoại trưởng Mỹ chia buồn về việc Tổng Bí thư Nguyễn Phú Trọng từ trần",
     "Theo phóng viên TTXVN tại Oa-sinh-tơn, ngày 19/7 (giờ Mỹ), Ngoại trưởng Antony Blinken đã ra tuyên bố "
     "gửi lời chia buồn sâu sắc tới nhân dân Việt Nam về việc Tổng Bí thư Nguyễn Phú Trọng từ trần.",
     "2024-07-20", "", ""),
    ("vi", "Lãnh đạo Trung Quốc điện mừng Quốc khánh Việt Nam",
     "Theo tin từ Bắc Kinh, ngày 1/9, Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình đã gửi điện chúc mừng "
     "Tổng Bí thư Tô Lâm nhân kỷ niệm 79 năm Quốc khánh Việt Nam.", "2024-09-02", "", ""),
    ("vi", "Tổng thống Mỹ gửi thư chúc mừng Tổng Bí thư",
     "Theo phóng viên TTXVN tại Oa-sinh-tơn, ngày 3/8, Tổng thống Joe Biden đã gửi thư chúc mừng Tổng Bí thư "
     "Tô Lâm được bầu giữ chức Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam.", "2024-08-04",
     "", ""),
    # ... an earlier event's city, cities as the two sides.
    ("vi", "Trung Quốc phản đối Mỹ bán vũ khí cho Đài Loan",
     "Ngày 22/12, người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh cho biết Trung Quốc kiên quyết phản đối "
     "việc Mỹ bán vũ khí cho Đài Loan, một tuần sau cuộc hội đàm giữa hai bên tại Hà Nội.", "2023-12-22",
     "", ""),
    ("vi", "Việt Nam và Hoa Kỳ ra tuyên bố chung",
     "Ngày 25/7, Hà Nội và Oa-sinh-tơn đã ra tuyên bố chung về việc thiết lập quan hệ Đối tác toàn diện, "
     "sau cuộc hội đàm của hai nhà lãnh đạo.", "2013-07-26", "", ""),
    ("vi", "Tổng thống Mỹ tiếp Chủ tịch nước",
     "Ngày 25/7, tại Nhà Trắng, Tổng thống Barack Obama đã tiếp Chủ tịch nước Trương Tấn Sang đang thăm "
     "chính thức Hoa Kỳ, mười năm sau chuyến thăm Hà Nội của Tổng thống George W. Bush.", "2013-07-26",
     "", "USA"),
    ("vi", "Chủ tịch Trung Quốc hội đàm với Tổng Bí thư",
     "Chiều 19/8, tại Đại lễ đường Nhân dân, Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình đã hội đàm với "
     "Tổng Bí thư, Chủ tịch nước Tô Lâm đang thăm cấp nhà nước Trung Quốc.", "2024-08-19", "", "CHN"),
    ("vi", "Bộ trưởng Quốc phòng Trung Quốc đón Bộ trưởng Quốc phòng Mỹ",
     "Sáng 9/6, Bộ trưởng Quốc phòng Trung Quốc Ngụy Phượng Hòa đã chủ trì lễ đón chính thức Bộ trưởng Quốc "
     "phòng Mỹ Jim Mattis, sau đó hai bên tiến hành hội đàm. Ông Mattis đến Bắc Kinh từ hôm qua.",
     "2018-06-27", "", "CHN"),
    # --- English.
    ("en", "Blinken meets Vietnam's leaders at Presidential Palace",
     "U.S. Secretary of State Antony Blinken met Vietnamese President Vo Van Thuong at the "
     "Presidential Palace "
     "on Saturday. Blinken arrived in Hanoi on Friday for a two-day visit.", "2023-04-15", "", "VNM"),
    ("en", "Xi hosts Vietnam's party chief at Great Hall of the People",
     "Chinese President Xi Jinping hosted Vietnam's party chief To Lam at the Great Hall of the People on "
     "Monday, during Lam's first state visit to China.", "2024-08-19", "", "CHN"),
    ("en", "Xi meets Vietnam's party chief in Beijing",
     "BEIJING (Reuters) - Chinese President Xi Jinping held talks with Vietnam's Communist Party "
     "chief Nguyen "
     "Phu Trong at the Great Hall of the People on Monday.", "2022-10-31", "Beijing", "CHN"),
    ("en", "U.S. defense chief arrives in Hanoi",
     "U.S. Defense Secretary Lloyd Austin arrived in Hanoi on Thursday for talks on security ties.",
     "2021-07-29", "Hanoi", "VNM"),
    ("en", "U.S. carrier arrives in Danang",
     "The U.S. aircraft carrier Theodore Roosevelt arrived in the central Vietnamese port city of Danang on "
     "Monday, the second such visit since the war.", "2020-03-09", "Da Nang", "VNM"),
    ("en", "China's Xi visits Ho Chi Minh City",
     "Chinese President Xi Jinping arrived in Ho Chi Minh City on Tuesday, the last stop of his visit to "
     "Vietnam.", "2015-11-07", "Ho Chi Minh City", "VNM"),
    ("en", "U.S. destroyer sails near Paracel Islands",
     "A U.S. Navy destroyer sailed near the Paracel Islands in the South China Sea on Tuesday, challenging "
     "China's claims.", "2022-07-13", "", ""),
    ("en", "Blinken congratulates Vietnam on National Day",
     "WASHINGTON (Reuters) - Secretary of State Antony Blinken issued a statement on Thursday congratulating "
     "the people of Vietnam on their National Day.", "2022-09-01", "", ""),
    ("en", "Xi sends condolences on death of Vietnam's party chief",
     "BEIJING (Reuters) - Chinese President Xi Jinping sent a message of condolence to Vietnam on Saturday "
     "over the death of Communist Party chief Nguyen Phu Trong.", "2024-07-20", "", ""),
    ("en", "Hanoi and Washington upgrade ties",
     "Hanoi and Washington issued a joint statement on Monday upgrading their relations to a comprehensive "
     "partnership.", "2013-07-25", "", ""),
    ("en", "Vietnam's president welcomes Chinese premier",
     "Vietnamese Prime Minister Pham Minh Chinh hosted a welcome ceremony for Chinese Premier Li "
     "Qiang at the "
     "Government Office on Sunday. Li arrived in Hanoi on Saturday evening for an official visit.",
     "2024-10-13", "", "VNM"),
    ("en", "China protests U.S. arms sale to Taiwan",
     "China lodged a protest with the United States on Friday over a planned arms sale to Taiwan, days after "
     "the two sides held talks in Hanoi.", "2023-12-22", "", ""),
    # --- Simplified Chinese.
    ("zh-Hans", "习近平抵达河内开始对越南国事访问",
     "新华社河内12月12日电 中共中央总书记、国家主席习近平12日抵达河内，开始对越南进行国事访问。",
     "2023-12-12", "Hanoi", "VNM"),
    ("zh-Hans", "习近平同苏林举行会谈",
     "中共中央总书记、国家主席习近平19日下午在人民大会堂同越共中央总书记、国家主席苏林举行会谈。苏林正对中国进行"
     "国事访问。", "2024-08-19", "", "CHN"),
    ("zh-Hans", "习近平同阮富仲举行会谈",
     "新华社北京10月31日电 中共中央总书记、国家主席习近平31日下午在人民大会堂同"
     "越共中央总书记阮富仲举行会谈。",
     "2022-10-31", "Beijing", "CHN"),
    ("zh-Hans", "越南总理范明政主持仪式欢迎李强",
     "越南政府总理范明政13日在政府总部主持隆重仪式，欢迎国务院总理李强对越南进行正式访问。李强12日晚抵达河内。",
     "2024-10-13", "", "VNM"),
    ("zh-Hans", "美国航母抵达岘港",
     "美国海军“罗斯福”号航空母舰9日抵达越南岘港进行访问，这是越战结束后美国航母第二次访问越南。",
     "2020-03-09", "Da Nang", "VNM"),
    ("zh-Hans", "美国驱逐舰闯入西沙领海",
     "美国海军“本福德”号导弹驱逐舰13日未经中国政府批准，擅自闯入中国西沙领海。", "2022-07-13", "", ""),
    ("zh-Hans", "习近平就阮富仲逝世致唁电",
     "新华社北京7月20日电 中共中央总书记、国家主席习近平20日就越共中央总书记阮富仲逝世向越共中央致唁电。",
     "2024-07-20", "", ""),
    ("zh-Hans", "习近平致电祝贺苏林当选越共中央总书记",
     "新华社北京8月3日电 中共中央总书记、国家主席习近平3日致电苏林，祝贺他当选越共中央总书记。",
     "2024-08-03", "", ""),
    ("zh-Hans", "王毅会见越南外长",
     "中共中央政治局委员、外交部长王毅7日在北京会见越南外长裴青山。", "2022-07-07", "Beijing", "CHN"),
    ("zh-Hans", "越南国会主席会见中国全国人大常委会委员长",
     "越南国会主席王廷惠8日在国会大厦会见正在越南进行正式友好访问的全国人大常委会委员长栗战书。栗战书7日抵达河内。",
     "2021-12-08", "", "VNM"),
    ("zh-Hans", "外交部就美方售台武器提出严正交涉",
     "外交部发言人毛宁22日表示，中方坚决反对美方向台湾出售武器，已向美方提出严正交涉。此前一周，双方刚在河内举行"
     "会谈。", "2023-12-22", "", ""),
    # --- Traditional Chinese.
    ("zh-Hant", "布林肯抵達河內訪問",
     "美國國務卿布林肯今天抵達河內，展開對越南為期兩天的正式訪問。", "2023-04-14", "Hanoi", "VNM"),
    ("zh-Hant", "越南國家主席歡迎拜登",
     "越南國家主席武文賞今天在主席府主持儀式歡迎美國總統拜登。拜登昨晚抵達河內，展開對越南的國是訪問。",
     "2023-09-11", "", "VNM"),
    ("zh-Hant", "習近平在人民大會堂會晤蘇林",
     "中國國家主席習近平今天在人民大會堂與越共總書記蘇林會談，蘇林正在中國進行國是訪問。", "2024-08-19", "",
     "CHN"),
    ("zh-Hant", "布林肯就阮富仲逝世致哀",
     "美國國務卿布林肯今天發表聲明，對越共總書記阮富仲逝世表示哀悼。", "2024-07-20", "", ""),
    ("zh-Hant", "美航艦抵越南峴港",
     "美國海軍航空母艦羅斯福號今天抵達越南中部峴港，展開為期5天的訪問。", "2020-03-09", "Da Nang", "VNM"),
    ("zh-Hant", "美國國務卿在台北發表聲明",
     "（中央社台北3日電）美國國務院今天發表聲明，祝賀越南國慶80週年。", "2025-09-03", "", ""),
    ("zh-Hant", "越南總理在政府總部會見美國財長",
     "越南總理范明正今天在政府總部會見美國財政部長葉倫。葉倫昨天抵達河內，展開對越南的訪問。", "2023-07-21",
     "", "VNM"),
    # --- More Vietnamese: a building with an arrival of another event, ports and a province's town.
    ("vi", "Tàu Hải quân Trung Quốc thăm Thành phố Hồ Chí Minh",
     "Sáng 25/12, biên đội tàu Hải quân Trung Quốc gồm tàu khu trục Tây An và tàu hộ vệ Hoàng Sơn đã "
     "cập cảng "
     "Nhà Rồng - Khánh Hội, Thành phố Hồ Chí Minh, bắt đầu chuyến thăm hữu nghị Việt Nam.", "2023-12-25",
     "Ho Chi Minh City", "VNM"),
    ("vi", "Tàu Cảnh sát biển Mỹ thăm cảng Hải Phòng",
     "Ngày 24/11, tàu tuần duyên USCGC Bertholf của Lực lượng Bảo vệ bờ biển Mỹ đã cập cảng Hải Phòng, bắt "
     "đầu chuyến thăm thành phố.", "2018-11-24", "Haiphong", "VNM"),
    ("vi", "Thủ tướng hội kiến Chủ tịch Trung Quốc tại Nam Ninh",
     "Chiều 17/9, tại thành phố Nam Ninh, tỉnh Quảng Tây, Thủ tướng Phạm Minh Chính đã hội kiến Phó Chủ tịch "
     "Trung Quốc Hàn Chính.", "2023-09-17", "Nanning", "CHN"),
    ("vi", "Chủ tịch nước hội đàm với Chủ tịch Trung Quốc",
     "Chiều 12/12, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng đã hội đàm với Tổng Bí thư, Chủ tịch Trung "
     "Quốc Tập Cận Bình đang thăm cấp nhà nước Việt Nam. Năm 2017, ông Tập đã đến Hà Nội và Đà Nẵng.",
     "2023-12-12", "", "VNM"),
    ("en", "Vietnam's Lam hosts Xi at Party headquarters",
     "Vietnamese party chief To Lam hosted Chinese President Xi Jinping at the Communist Party headquarters "
     "on Monday, on the first day of Xi's state visit to Vietnam. Xi last came to Hanoi in 2023.",
     "2025-04-14", "", "VNM"),
    ("en", "Chinese warships dock in Ho Chi Minh City",
     "Two Chinese navy ships docked at Nha Rong port in Ho Chi Minh City on Monday for a four-day "
     "friendly visit.", "2023-12-25", "Ho Chi Minh City", "VNM"),
    # --- The arrival told since a time or with none of its own: where the visitor is (labelled after the
    # studied heldout10, heldout11 and heldout16 labels showed an arrival at its own time is another act).
    ("vi", "Tổng Bí thư tiếp Bộ trưởng Quốc phòng Trung Quốc",
     "Chiều 26/4, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã tiếp Bộ trưởng Quốc phòng "
     "Trung Quốc Ngụy Phượng Hòa đang thăm chính thức Việt Nam. Đoàn Trung Quốc đã tới Hà Nội từ chiều 25/4.",
     "2019-04-26", "Hanoi", "VNM"),
    ("vi", "Chủ tịch nước chủ trì lễ đón Tổng thống Hàn Quốc",
     "Sáng 12/9, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng đã chủ trì lễ đón Tổng thống Mỹ Joe "
     "Biden thăm "
     "cấp nhà nước Việt Nam. Tổng thống Biden tới Hà Nội sau khi dự Hội nghị Cấp cao G20 tại Ấn Độ.",
     "2023-09-12", "Hanoi", "VNM"),
    ("en", "Vietnam's president welcomes U.S. secretary of state",
     "Vietnamese President Vo Van Thuong welcomed U.S. Secretary of State Antony Blinken at the Presidential "
     "Palace on Saturday. Blinken arrived in Hanoi from Tokyo for his first visit as secretary.",
     "2023-04-15",
     "Hanoi", "VNM"),
    ("zh-Hans", "越南国家主席武文赏会见布林肯",  # 此前: earlier, another part of the visit
     "越南国家主席武文赏15日在主席府会见美国国务卿布林肯。布林肯此前从日本抵达河内，开始对越南的正式访问。",
     "2023-04-15", "", "VNM"),
    ("zh-Hans", "越南国家主席武文赏会见布林肯",
     "越南国家主席武文赏15日在主席府会见美国国务卿布林肯。布林肯从日本抵达河内，开始对越南的正式访问。",
     "2023-04-15", "Hanoi", "VNM"),
    ("vi", "Thủ tướng Trung Quốc chủ trì lễ đón Thủ tướng Việt Nam",
     "Sáng 14/10, tại Đại lễ đường Nhân dân, Thủ tướng Trung Quốc Lý Cường đã chủ trì lễ đón Thủ tướng Phạm "
     "Minh Chính thăm chính thức Trung Quốc. Trước đó, Thủ tướng đã tới Bắc Kinh.", "2024-10-14", "", "CHN"),
    # --- Provinces, their towns, border gates and ports in all three languages. The two border gates were
    # labelled with no city and relabelled by the convention vi.toml states (a gate before its province of a
    # city's name is in that city: "tại cửa khẩu Hữu Nghị, tỉnh Lạng Sơn").
    ("vi", "Phó Thủ tướng hội kiến Bí thư Khu ủy Quảng Tây",
     "Ngày 6/4, tại cửa khẩu quốc tế Hữu Nghị, tỉnh Lạng Sơn, Phó Thủ tướng Trần Lưu Quang đã hội "
     "kiến Bí thư "
     "Khu ủy Khu tự trị dân tộc Choang Quảng Tây Trần Cương.", "2024-04-06", "Lang Son", "VNM"),
    ("vi", "Thủ tướng tiếp Đại sứ Hoa Kỳ tại Thành phố Vinh",
     "Chiều 5/5, tại thành phố Vinh, tỉnh Nghệ An, Phó Thủ tướng Lê Văn Thành đã tiếp Đại sứ Hoa Kỳ "
     "Marc Knapper.",
     "2022-05-05", "Vinh", "VNM"),
    ("vi", "Bộ trưởng Quốc phòng Mỹ thăm Thành phố Hồ Chí Minh",
     "Ngày 17/8, Bộ trưởng Quốc phòng Mỹ Ashton Carter đã tới Thành phố Hồ Chí Minh, bắt đầu chuyến "
     "thăm Việt Nam.",
     "2015-05-31", "Ho Chi Minh City", "VNM"),
    ("vi", "Thủ tướng hội kiến Chủ tịch Trung Quốc tại Thủ đô Bắc Kinh",
     "Chiều 27/6, tại Thủ đô Bắc Kinh, Thủ tướng Phạm Minh Chính đã hội kiến Tổng Bí thư, Chủ tịch "
     "Trung Quốc "
     "Tập Cận Bình.", "2023-06-27", "Beijing", "CHN"),
    ("vi", "Thủ tướng thăm tỉnh Vân Nam",
     "Ngày 5/11, tại thành phố Côn Minh, tỉnh Vân Nam, Thủ tướng Phạm Minh Chính đã hội kiến Bí thư "
     "Tỉnh ủy Vân "
     "Nam Vương Ninh.", "2024-11-05", "Kunming", "CHN"),
    ("vi", "Tàu Hải quân Trung Quốc thăm Hải Phòng",
     "Sáng 3/12, biên đội tàu huấn luyện Hải quân Trung Quốc đã cập cảng Lạch Huyện, thành phố Hải Phòng.",
     "2019-12-03", "Haiphong", "VNM"),
    ("en", "Chinese premier meets Vietnamese leader in Nanning",
     "Chinese Premier Li Qiang met Vietnamese Prime Minister Pham Minh Chinh in the southern Chinese city of "
     "Nanning on Sunday on the sidelines of the China-ASEAN Expo.", "2023-09-17", "Nanning", "CHN"),
    ("en", "U.S. Navy ship docks at Cam Ranh Bay",
     "A U.S. Navy ship docked at Cam Ranh Bay in central Vietnam on Sunday, the first such visit in decades.",
     "2016-10-02", "Cam Ranh", "VNM"),
    ("zh-Hans", "范明政在南宁会见韩正",
     "国家副主席韩正17日在广西南宁会见来华出席中国—东盟博览会的越南总理范明政。",
     "2023-09-17", "Nanning", "CHN"),
    ("zh-Hans", "越南国家主席在河内会见王毅",
     "越南国家主席梁强13日在首都河内会见中共中央政治局委员、外交部长王毅。",
     "2025-01-13", "Hanoi", "VNM"),
    ("zh-Hant", "美艦停靠金蘭灣",
     "美國海軍兩艘艦艇今天停靠越南中部金蘭灣國際港口，這是越戰結束後美軍艦艇首次停靠該港。",
     "2016-10-02", "Cam Ranh", "VNM"),
    ("zh-Hans", "苏林在友谊关口岸会见广西党委书记",
     "越共中央总书记苏林6日在越南谅山省友谊国际口岸会见广西壮族自治区党委书记陈刚。",
     "2024-04-06", "Lang Son", "VNM"),
    # --- Second reading: arrivals of a third country's people, or in another city than a seat of
    # government's; statements and words sent where their own sentence puts them (right in 0.31.0, wrong
    # before the reading); hard negatives around each narrowing. Labelled before the detector was run.
    # a third country's leader arriving is not the visitor.
    ("vi", "Chủ tịch nước tiếp Đại sứ Trung Quốc",
     "Chiều 5/6, tại Phủ Chủ tịch, Chủ tịch nước Tô Lâm đã tiếp Đại sứ Trung Quốc Hùng Ba. Cũng "
     "trong chiều nay, Thủ tướng Nhật Bản đã đến Hà Nội.",
     "2024-06-05", "", "VNM"),
    # a third country's minister arriving is not the visitor.
    ("en", "Blinken meets Chinese premier",
     "Secretary of State Antony Blinken met Chinese Premier Li Qiang at the Great Hall of the "
     "People on Friday. Japan's foreign minister arrived in Beijing the same day.",
     "2024-04-26", "", "CHN"),
    # a seat of government stands in the capital: an arrival in another city is another stop.
    ("vi", "Thủ tướng tiếp Phó Thủ tướng Trung Quốc",
     "Chiều 9/10, tại Trụ sở Chính phủ, Thủ tướng tiếp Phó Thủ tướng Trung Quốc Hà Lập Phong. "
     "Đoàn Trung Quốc đến Hải Phòng từ sáng 8/10.",
     "2023-10-09", "", "VNM"),
    # a statement issued where its sentence's own locative says.
    ("vi", "Đại sứ Mỹ chúc mừng Quốc khánh",
     "Tại Hà Nội, Đại sứ Hoa Kỳ Marc Knapper đã ra tuyên bố chúc mừng Quốc khánh Việt Nam.",
     "2023-09-02", "Hanoi", "VNM"),
    # words said at a ceremony in a city its sentence names.
    ("vi", "Đại sứ Việt Nam tại Mỹ chúc mừng",
     "Theo phóng viên TTXVN tại Oa-sinh-tơn, ngày 4/7, Đại sứ Việt Nam Nguyễn Quốc Dũng dự lễ kỷ "
     "niệm Quốc khánh Hoa Kỳ tại Oa-sinh-tơn và gửi lời chúc mừng.",
     "2023-07-05", "Washington", "USA"),
    ("en", "Vietnam's president welcomes Blinken",
     "Vietnamese President Vo Van Thuong welcomed U.S. Secretary of State Antony Blinken at the "
     "Presidential Palace on Saturday. Blinken arrived in Hanoi from Japan.",
     "2023-04-15", "Hanoi", "VNM"),
    ("vi", "Chủ tịch nước đón Ngoại trưởng Mỹ",
     "Sáng 15/4, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng đón Ngoại trưởng Hoa Kỳ Antony "
     "Blinken. Ông Blinken đã đến Hà Nội từ Nhật Bản.",
     "2023-04-15", "Hanoi", "VNM"),
    ("vi", "Lãnh đạo TP HCM tiếp Bộ trưởng Thương mại Mỹ",
     "Sáng 12/5, tại Dinh Độc Lập, Chủ tịch UBND Thành phố Hồ Chí Minh tiếp Bộ trưởng Thương mại "
     "Hoa Kỳ. Đoàn Mỹ đã đến Thành phố Hồ Chí Minh từ tối qua.",
     "2023-05-12", "Ho Chi Minh City", "VNM"),
    ("en", "Vietnam's president meets Kerry",
     "Vietnamese President Vo Van Thuong met U.S. climate envoy John Kerry at the Presidential "
     "Palace. Kerry arrived in Da Nang from Bangkok.",
     "2023-07-20", "", "VNM"),
    ("zh-Hans", "越南总理会见美国财长",
     "越南总理范明政在政府总部会见美国财长耶伦。耶伦从曼谷抵达胡志明市，开始访问越南。",
     "2023-07-20", "", "VNM"),
    ("vi", "Đại sứ Trung Quốc chúc mừng Quốc khánh Việt Nam",
     "Tại Hà Nội, ngày 2/9, Đại sứ Trung Quốc Hùng Ba đã gửi lời chúc mừng Quốc khánh Việt Nam.",
     "2023-09-02", "Hanoi", "VNM"),
    ("vi", "Chủ tịch nước chia buồn với Trung Quốc",
     "Ngày 9/8, Chủ tịch nước Võ Văn Thưởng gửi lời chia buồn tới Chủ tịch Tập Cận Bình về trận "
     "động đất tại Thành Đô.",
     "2023-08-09", "", ""),
    ("vi", "Ngoại trưởng Vương Nghị chúc mừng Quốc khánh",
     "Theo phóng viên TTXVN tại Bắc Kinh, ngày 2/9, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị "
     "đã ra tuyên bố chúc mừng Quốc khánh Việt Nam.",
     "2023-09-02", "", ""),
    ("vi", "Chủ tịch nước gửi điện mừng",
     "Tại Hà Nội, ngày 1/10, Chủ tịch nước Võ Văn Thưởng gửi điện mừng tới Chủ tịch Trung Quốc "
     "Tập Cận Bình nhân Quốc khánh Trung Quốc.",
     "2023-10-01", "", ""),
    # a ministry's seat too; a province's headquarters is in its own city.
    ("vi", "Phó Thủ tướng tiếp Bộ trưởng Mỹ",
     "Chiều 5/5, tại trụ sở Bộ Ngoại giao, Phó Thủ tướng tiếp Bộ trưởng Nông nghiệp Hoa Kỳ. Đoàn Mỹ "
     "đã đến Thành phố Hồ Chí Minh từ tối qua.",
     "2023-05-05", "", "VNM"),
    ("vi", "Bí thư Tỉnh ủy Quảng Ninh tiếp Đại sứ Mỹ",
     "Chiều 5/5, tại Trụ sở UBND tỉnh Quảng Ninh, Bí thư Tỉnh ủy tiếp Đại sứ Hoa Kỳ Marc Knapper. Đại "
     "sứ đã đến Hạ Long từ tối qua.",
     "2023-05-05", "Ha Long", "VNM"),
    ("zh-Hans", "越南国家主席会见中国外长",
     "越南国家主席武文赏在主席府会见中国外长王毅。日本外相也抵达河内。",
     "2023-12-01", "", "VNM"),
]


# Leads whose label the detector does not reach, with the reason: left for another round, or for the labellers
# where a studied label of an older part says otherwise.
KNOWN: dict[str, str] = {
    "Tàu khu trục Mỹ đi qua vùng biển gần Hoàng Sa": "no event read: a warship's passage told by "
    "'đi qua' is a "
    "type miss, not a place one",
    "Bộ trưởng Quốc phòng Trung Quốc đón Bộ trưởng Quốc phòng Mỹ": "a later lead sentence's arrival places a "
    "welcome without a building (heldout18 labels no city, close: Beijing)",
    "Blinken congratulates Vietnam on National Day": "heldout11 labels a statement of condolences under "
    "WASHINGTON as Washington; the Vietnamese labels give a statement of congratulations no place",
    "China protests U.S. arms sale to Taiwan": "'days after the two sides held talks in Hanoi': the English "
    "interval clause spares 'the two ...', which often tells the main event's own encounter",
}


@pytest.mark.parametrize(("language", "title", "text", "published", "place", "country"), [
    pytest.param(*row, marks=pytest.mark.xfail(reason=KNOWN[row[1]], strict=True)) if row[1] in KNOWN else row
    for row in LEADS])
def test_the_place_of_the_main_event(language: str, title: str, text: str, published: str, place: str,
                                     country: str) -> None:
    detection = detect(title, text, language, date.fromisoformat(published))
    assert detection.relevant and detection.events, (title, text)
    event = next((e for e in detection.events if e.main), detection.events[0])
    assert (event.place or "", event.place_country or "") == (place, country)
