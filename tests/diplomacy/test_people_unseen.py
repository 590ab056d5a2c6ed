"""People of leads naming office-holders no studied story names: deputy and assistant secretaries, deputy
and assistant ministers, ambassadors and provincial leaders of the three countries in the title forms wire
copy uses in English, Vietnamese and Chinese (simplified and traditional), and hard negatives that name
people who take no part (an analyst quoted, a third country's official, the holder of an earlier
occasion). Labelled by the guide of bench/gold/README.md before the detector read them."""

from __future__ import annotations

import pytest

from tests.diplomacy.stories import people_read

ENGLISH = [
    ("U.S. deputy commerce secretary visits Hanoi",
     "HANOI (Reuters) - U.S. Deputy Commerce Secretary Don Graves met Vietnamese Minister of Industry and"
     " Trade Nguyen Hong Dien in Hanoi on Tuesday to discuss semiconductor supply chains.", "2023-03-28",
     {"Don Graves", "Nguyễn Hồng Diên"}),
    ("Chinese vice foreign minister meets U.S. deputy secretary of state",
     "BEIJING (Xinhua) - Chinese Vice Foreign Minister Zhang Ming met U.S. Deputy Secretary of State Antony"
     " Blinken in Beijing on Monday, and the two sides exchanged views on the Korean Peninsula.",
     "2016-01-18", {"Zhang Ming", "Antony Blinken"}),
    ("U.S. deputy Treasury chief meets China's Wu Yi",
     "BEIJING (Reuters) - U.S. Deputy Treasury Secretary Robert Kimmitt met Chinese Vice Premier Wu Yi in"
     " Beijing on Wednesday to prepare the strategic economic dialogue.", "2006-11-15",
     {"Robert Kimmitt", "Wu Yi"}),
    ("U.S. trade official presses China on market access",
     "BEIJING (AP) - U.S. Under Secretary of Commerce for International Trade Franklin Lavin held talks with"
     " Chinese Vice Commerce Minister Ma Xiuhong in Beijing on Thursday on market access.", "2006-09-14",
     {"Franklin Lavin", "Ma Xiuhong"}),
    ("U.S., China trade officials meet on intellectual property",
     "BEIJING (Reuters) - Assistant U.S. Trade Representative for China Affairs Timothy Stratford met"
     " Chinese Vice Commerce Minister Jiang Yaoping in Beijing on Monday.", "2008-11-17",
     {"Timothy Stratford", "Jiang Yaoping"}),
    ("Chinese envoy meets Negroponte",
     "WASHINGTON (Xinhua) - Chinese Ambassador to the United States"
     " Zhou Wenzhong met U.S. Deputy Secretary of"
     " State John Negroponte in Washington on Friday.", "2008-03-14", {"Zhou Wenzhong", "John Negroponte"}),
    ("Commerce Secretary Gutierrez meets Vietnam trade minister",
     "WASHINGTON (Reuters) - U.S. Commerce Secretary Carlos Gutierrez met Vietnamese Trade Minister Truong"
     " Dinh Tuyen in Washington on Monday to discuss Hanoi's bid to join the WTO.", "2005-06-20",
     {"Carlos Gutierrez", "Trương Đình Tuyển"}),
    ("U.S. assistant secretary meets Vietnamese deputy foreign minister",
     "HANOI (Reuters) - U.S. Assistant Secretary of State for East Asian and Pacific Affairs Daniel"
     " Kritenbrink met Vietnamese Deputy Foreign Minister Ha Kim Ngoc in Hanoi on Thursday.", "2023-05-11",
     {"Daniel Kritenbrink", "Hà Kim Ngọc"}),
    ("U.S. diplomat Marciel holds talks in Hanoi",
     "HANOI (AP) - U.S. Deputy Assistant Secretary of State Scot Marciel met Vietnamese Deputy Foreign"
     " Minister Pham Binh Minh in Hanoi on Tuesday.", "2008-06-17", {"Scot Marciel", "Phạm Bình Minh"}),
    ("Chinese state councilor meets Rice",
     "BEIJING (Xinhua) - Chinese State Councilor Tang Jiaxuan met visiting U.S. Secretary of State"
     " Condoleezza Rice in Beijing on Sunday.", "2005-07-10", {"Tang Jiaxuan", "Condoleezza Rice"}),
    ("Chinese vice premier meets U.S. energy secretary",
     "BEIJING (Xinhua) - Chinese Vice Premier Zeng Peiyan met U.S. Energy Secretary Samuel Bodman in Beijing"
     " on Tuesday and called for closer energy cooperation.", "2005-08-23", {"Zeng Peiyan", "Samuel Bodman"}),
    ("Vietnam's Vu Khoan meets Zoellick",
     "WASHINGTON (Reuters) - Vietnamese Deputy Prime Minister Vu Khoan met U.S. Trade Representative Robert"
     " Zoellick in Washington on Wednesday.", "2003-12-10", {"Vũ Khoan", "Robert Zoellick"}),
    # hard negatives: an analyst quoted, a third country's official, the holder of an earlier occasion
    ("China summons U.S. envoy over Taiwan arms sale",
     "BEIJING (Reuters) - Chinese Vice Foreign Minister He Yafei summoned U.S. Ambassador Jon Huntsman on"
     " Saturday to protest a planned arms sale to Taiwan. \"Beijing wants to show it is angry,\" said Bonnie"
     " Glaser, a China expert at the Center for Strategic and International Studies.", "2010-01-30",
     {"He Yafei", "Jon Huntsman"}),
    ("Vietnam demands China withdraw survey ship",
     "HANOI (Reuters) - Vietnam's foreign ministry spokeswoman Le"
     " Thi Thu Hang on Thursday demanded that China"
     " withdraw a survey ship from Vietnam's waters. \"Hanoi has few options,\" said Carl Thayer, a Vietnam"
     " specialist at the University of New South Wales.", "2019-07-25", {"Lê Thị Thu Hằng"}),
    ("U.S., Chinese defence chiefs meet at Shangri-La",
     "SINGAPORE (Reuters) - U.S. Defense Secretary Ash Carter met"
     " Chinese Admiral Sun Jianguo on the sidelines"
     " of the Shangri-La Dialogue on Saturday, a forum opened by Singapore Prime Minister Lee Hsien Loong.",
     "2016-06-04", {"Ashton Carter", "Sun Jianguo"}),
    ("Albright meets Vietnam's foreign minister in Kuala Lumpur",
     "KUALA LUMPUR (Reuters) - U.S. Secretary of State Madeleine Albright met Vietnamese Foreign Minister"
     " Nguyen Manh Cam on Saturday on the sidelines of an ASEAN meeting chaired by Malaysian Foreign Minister"
     " Abdullah Badawi.", "1997-07-26", {"Madeleine Albright", "Nguyễn Mạnh Cầm"}),
    ("Kissinger's heir: Tillerson arrives in Beijing",
     "BEIJING (AP) - U.S. Secretary of State Rex Tillerson arrived in Beijing on Saturday for talks with"
     " Chinese Foreign Minister Wang Yi, retracing a path Henry Kissinger opened in 1971.", "2017-03-18",
     {"Rex Tillerson"}),
    ("Chinese ambassador meets U.S. deputy national security adviser",
     "WASHINGTON (Xinhua) - Chinese Ambassador to the United States Cui Tiankai met U.S. Deputy National"
     " Security Adviser Matthew Pottinger at the White House on Tuesday.", "2019-03-12",
     {"Cui Tiankai", "Matthew Pottinger"}),
    ("China's vice commerce minister meets acting U.S. commerce chief",
     "WASHINGTON (Xinhua) - Chinese Vice Commerce Minister Wang Chao met acting U.S. Commerce Secretary"
     " Rebecca Blank in Washington on Wednesday.", "2012-07-11", {"Wang Chao", "Rebecca Blank"}),
    ("China criticises U.S. patrol near Spratlys",
     "BEIJING (Reuters) - Chinese Foreign Ministry spokesman Lu Kang criticised on Wednesday a U.S. warship's"
     " patrol near the Spratly Islands. Philippine foreign ministry spokesman Charles Jose declined to"
     " comment.", "2016-05-11", {"Lu Kang"}),
]

VIETNAMESE = [
    ("Thứ trưởng Ngoại giao Hà Kim Ngọc tiếp Trợ lý Ngoại trưởng Mỹ",
     "Ngày 12/5, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Hà Kim Ngọc đã tiếp Trợ lý Ngoại trưởng Mỹ phụ trách"
     " Đông Á - Thái Bình Dương Daniel Kritenbrink đang thăm Việt Nam.", "2023-05-12",
     {"Hà Kim Ngọc", "Daniel Kritenbrink"}),
    ("Thứ trưởng Bộ Công Thương tiếp Phó Đại diện Thương mại Mỹ",
     "Ngày 9/6, tại Hà Nội, Thứ trưởng Bộ Công Thương Phan Thị Thắng đã tiếp Phó Đại diện Thương mại Mỹ"
     " Sarah Bianchi. Hai bên trao đổi về hợp tác thương mại song phương.", "2022-06-09",
     {"Phan Thị Thắng", "Sarah Bianchi"}),
    ("Phó Chủ tịch UBND tỉnh Quảng Ninh tiếp Đại sứ Mỹ",
     "Ngày 20/4, Phó Chủ tịch UBND tỉnh Quảng Ninh Đặng Huy Hậu đã tiếp Đại sứ Mỹ tại Việt Nam Marc Knapper"
     " đến thăm và làm việc tại tỉnh.", "2023-04-20", {"Đặng Huy Hậu", "Marc Knapper"}),
    ("Phó Thủ tướng Phạm Bình Minh tiếp Thứ trưởng Ngoại giao Mỹ",
     "Ngày 1/6, tại Hà Nội, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã tiếp Thứ trưởng Ngoại giao"
     " Mỹ Wendy Sherman đang thăm chính thức Việt Nam.", "2021-06-01", {"Phạm Bình Minh", "Wendy Sherman"}),
    ("Bộ trưởng Công Thương tiếp Thứ trưởng Thương mại Mỹ",
     "Ngày 28/3, tại Hà Nội, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã tiếp Thứ trưởng Bộ Thương mại Hoa"
     " Kỳ Don Graves. Hai bên bàn về chuỗi"
     " cung ứng bán dẫn.", "2023-03-28", {"Nguyễn Hồng Diên", "Don Graves"}),
    ("Thứ trưởng Ngoại giao Nguyễn Minh Vũ tiếp Đại sứ Trung Quốc",
     "Ngày 10/3, tại Hà Nội, Thứ trưởng Thường trực Bộ Ngoại giao"
     " Nguyễn Minh Vũ đã tiếp Đại sứ Trung Quốc tại"
     " Việt Nam Hùng Ba.", "2022-03-10", {"Nguyễn Minh Vũ", "Xiong Bo"}),
    ("Đại sứ Phạm Sao Mai làm việc với Thứ trưởng Ngoại giao Trung Quốc",
     "Theo phóng viên TTXVN tại Bắc Kinh, ngày 15/7, Đại sứ Việt Nam tại Trung Quốc Phạm Sao Mai đã làm việc"
     " với Thứ trưởng Ngoại giao Trung Quốc La Chiếu Huy.", "2019-07-15", {"Phạm Sao Mai", "Luo Zhaohui"}),
    ("Ủy viên Quốc vụ Trung Quốc tiếp Bộ trưởng Ngoại giao Nguyễn Dy Niên",
     "Theo phóng viên TTXVN tại Bắc Kinh, ngày 20/3, Ủy viên Quốc vụ Trung Quốc Đường Gia Triền đã tiếp Bộ"
     " trưởng Ngoại giao Nguyễn Dy Niên đang thăm Trung Quốc.", "2004-03-20",
     {"Tang Jiaxuan", "Nguyễn Dy Niên"}),
    ("Phó Thủ tướng Trung Quốc Vương Kỳ Sơn hội đàm với Bộ trưởng Tài chính Mỹ",
     "Theo phóng viên TTXVN tại Bắc Kinh, ngày 1/6, Phó Thủ tướng Trung Quốc Vương Kỳ Sơn đã hội đàm với Bộ"
     " trưởng Tài chính Mỹ Timothy Geithner.", "2009-06-01", {"Wang Qishan", "Timothy Geithner"}),
    ("Thứ trưởng Quốc phòng Nguyễn Chí Vịnh tiếp Phó Trợ lý Bộ trưởng Quốc phòng Mỹ",
     "Ngày 5/9, tại Hà Nội, Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng, đã tiếp Phó Trợ lý Bộ"
     " trưởng Quốc phòng Mỹ Joseph Felter.", "2018-09-05", {"Nguyễn Chí Vịnh", "Joseph Felter"}),
    ("Thứ trưởng Ngoại giao Lê Hoài Trung tiếp Trợ lý Ngoại trưởng Mỹ",
     "Ngày 18/11, Thứ trưởng Bộ Ngoại giao Lê Hoài Trung đã tiếp Trợ lý Ngoại trưởng Mỹ phụ trách Dân chủ,"
     " Nhân quyền và Lao động Tom Malinowski.", "2015-11-18", {"Lê Hoài Trung", "Tom Malinowski"}),
    ("Phó Chủ tịch UBND TP Hồ Chí Minh tiếp Tổng Lãnh sự Mỹ",
     "Ngày 25/8, Phó Chủ tịch UBND TP Hồ Chí Minh Võ Văn Hoan đã tiếp Tổng Lãnh sự Mỹ tại TP Hồ Chí Minh"
     " Susan Burns nhân dịp bà nhận nhiệm vụ.", "2021-08-25", {"Võ Văn Hoan", "Susan Burns"}),
    # hard negatives
    ("Tổng Bí thư Nguyễn Phú Trọng hội đàm với Tổng thống Joe Biden",
     "Ngày 10/9, tại Hà Nội, Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng thống Mỹ Joe Biden. Theo giáo"
     " sư Carl Thayer, Học viện Quốc phòng Australia, đây là dấu mốc trong quan hệ hai nước.", "2023-09-10",
     {"Nguyễn Phú Trọng", "Joe Biden"}),
    ("Đại tướng Phan Văn Giang gặp Bộ trưởng Quốc phòng Mỹ",
     "Ngày 3/6, bên lề Đối thoại Shangri-La tại Singapore, Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng,"
     " đã gặp Bộ trưởng Quốc phòng Mỹ Lloyd Austin. Thủ tướng Australia Anthony Albanese phát biểu khai mạc"
     " đối thoại.", "2023-06-03", {"Phan Văn Giang", "Lloyd Austin"}),
    ("Thủ tướng Phạm Minh Chính tiếp Ngoại trưởng Mỹ Antony Blinken",
     "Ngày 15/4, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Ngoại trưởng Mỹ Antony Blinken đang thăm"
     " Việt Nam, chuyến thăm đầu tiên của một Ngoại trưởng Mỹ kể từ chuyến thăm của Ngoại trưởng Mike Pompeo"
     " năm 2020.", "2023-04-15", {"Phạm Minh Chính", "Antony Blinken"}),
    ("Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Trung Quốc",
     "Ngày 27/10, tại Bắc Kinh, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ủy viên Bộ Chính trị,"
     " Bộ trưởng Ngoại giao Trung Quốc Vương Nghị. Bộ trưởng Ngoại giao Lào Saleumxay Kommasith cũng có mặt"
     " tại Bắc Kinh.", "2023-10-27", {"Bùi Thanh Sơn", "Wang Yi"}),
]

CHINESE = [
    ("王毅会见美国副国务卿舍曼",
     "新华社天津7月26日电 国务委员兼外长王毅26日在天津会见美国常务副国务卿舍曼。", "2021-07-26",
     {"Wang Yi", "Wendy Sherman"}),
    ("外交部副部长张明会见美国副国务卿布林肯",
     "新华社北京1月18日电 外交部副部长张明18日在北京会见美国常务副国务卿布林肯，双方就朝鲜半岛局势交换意见。",
     "2016-01-18", {"Zhang Ming", "Antony Blinken"}),
    ("商务部副部长蒋耀平会见美国驻华大使",
     "新华社北京11月17日电 商务部副部长蒋耀平17日在北京会见美国驻华大使雷德。", "2008-11-17",
     {"Jiang Yaoping", "Clark Randt"}),
    ("外交部部长助理钱洪山会见越南驻华大使",
     "新华社北京8月5日电 外交部部长助理钱洪山5日在北京会见越南驻华大使邓明魁，双方就两国关系交换意见。",
     "2016-08-05", {"Qian Hongshan", "Đặng Minh Khôi"}),
    ("商务部副部长钱克明与美国副贸易代表通话",
     "新华社北京3月8日电 商务部副部长钱克明8日与美国副贸易代表格里什通电话，双方就经贸问题交换意见。",
     "2019-03-08", {"Qian Keming", "Jeffrey Gerrish"}),
    ("越南副总理黎明慨会见中国驻越南大使熊波",
     "新华社河内2月9日电 越南政府副总理黎明慨9日在河内会见中国驻越南大使熊波。", "2022-02-09",
     {"Lê Minh Khái", "Xiong Bo"}),
    ("越南国会主席王廷惠会见中国驻越南大使",
     "新华社河内3月15日电 越南国会主席王廷惠15日在河内会见中国驻越南大使熊波。", "2021-03-15",
     {"Vương Đình Huệ", "Xiong Bo"}),
    ("越南副总理张和平会见中国公安部长",
     "新华社河内10月11日电 越南政府常务副总理张和平11日在河内会见中国国务委员、公安部长赵克志。",
     "2018-10-11", {"Trương Hòa Bình", "Zhao Kezhi"}),
    ("国务委员戴秉国会见美国常务副国务卿斯坦伯格",
     "新华社北京9月29日电 国务委员戴秉国29日在北京会见美国常务副国务卿斯坦伯格。", "2009-09-29",
     {"Dai Bingguo", "James Steinberg"}),
    ("中国驻美大使谢锋会见美国副国务卿",
     "新华社华盛顿6月13日电 中国驻美国大使谢锋13日会见美国副国务卿坎贝尔。", "2024-06-13",
     {"Xie Feng", "Kurt Campbell"}),
    ("胡春华会见美国农业部长维尔萨克",
     "新华社北京11月9日电 国务院副总理胡春华9日在北京会见美国农业部长维尔萨克。", "2021-11-09",
     {"Hu Chunhua", "Tom Vilsack"}),
    ("外交部部长助理陈晓东约见美国驻华大使布兰斯塔德",
     "新华社北京12月9日电 外交部部长助理陈晓东9日约见美国驻华大使布兰斯塔德，提出严正交涉。", "2018-12-09",
     {"Chen Xiaodong", "Terry Branstad"}),
    # hard negatives: the analyst, the third country's minister, the holder of an earlier occasion
    ("王毅会见美国国务卿布林肯",
     "新华社北京6月18日电 国务委员兼外长王毅18日在北京会见美国国"
     "务卿布林肯。新加坡国立大学学者黄朝翰认为，会见有助于稳定中美关系。",
     "2023-06-18", {"Wang Yi", "Antony Blinken"}),
    ("魏凤和会见美国防长奥斯汀",
     "新华社新加坡6月10日电 国务委员兼国防部长魏凤和10日在新加坡"
     "会见美国国防部长奥斯汀。新加坡总理李显龙出席香格里拉对话会开幕式。",
     "2022-06-10", {"Wei Fenghe", "Lloyd Austin"}),
    ("习近平会见美国前国务卿基辛格",
     "新华社北京7月20日电 国家主席习近平20日在北京会见美国前国务卿基辛格。", "2023-07-20", {"Xi Jinping"}),
]

TRADITIONAL = [
    ("外交部副部長張明會見美國副國務卿布林肯",
     "中央社北京18日電 中國外交部副部長張明18日在北京會見美國常務副國務卿布林肯。", "2016-01-18",
     {"Zhang Ming", "Antony Blinken"}),
    ("越南副總理黎明慨會見中國駐越南大使熊波",
     "中央社河內9日電 越南政府副總理黎明慨9日在河內會見中國駐越南大使熊波。", "2022-02-09",
     {"Lê Minh Khái", "Xiong Bo"}),
    ("美國商務部長雷蒙多抵北京",
     "中央社北京27日電 美國商務部長雷蒙多27日抵達北京，與中國商務部長王文濤舉行會談。", "2023-08-27",
     {"Gina Raimondo", "Wang Wentao"}),
    ("美財長葉倫晤中國副總理何立峰",
     "中央社北京7日電 美國財政部長葉倫7日在北京與中國國務院副總理何立峰會談。", "2023-07-07",
     {"Janet Yellen", "He Lifeng"}),
    ("布林肯會晤中國外長王毅 學者：雙方止跌",
     "中央社北京19日電 美國國務卿布林肯19日在北京與中國"
     "外交部長王毅會談。美國智庫學者葛萊儀認為，雙方關係止跌。",
     "2023-06-19", {"Antony Blinken", "Wang Yi"}),
    ("美副國務卿坎貝爾晤中國駐美大使謝鋒",
     "中央社華盛頓13日電 美國副國務卿坎貝爾13日在華府會見中國駐美國大使謝鋒。", "2024-06-13",
     {"Kurt Campbell", "Xie Feng"}),
    ("外交部部長助理錢洪山會見越南大使",
     "中央社北京5日電 中國外交部部長助理錢洪山5日在北京會見越南駐中國大使鄧明魁。", "2016-08-05",
     {"Qian Hongshan", "Đặng Minh Khôi"}),
    ("戴琪與劉鶴視訊通話",
     "中央社華盛頓9日電 美國貿易代表戴琪9日與中國國務院副總理劉鶴視訊通話，討論兩國經貿關係。", "2021-10-09",
     {"Katherine Tai", "Liu He"}),
]


# A Chinese leader's pinyin surname alone ("Jiang", "Hu", "Wen") is another person's name when a pinyin
# given name follows it; the leader's own second mentions and title-case headlines keep him.
SURNAMES = [
    ("China's central bank deputy meets U.S. Treasury official",
     "BEIJING (Reuters) - Chinese Vice Commerce Minister Jiang"
     " Zengwei met U.S. Treasury Under Secretary David"
     " McCormick in Beijing on Thursday.", "2008-04-10", {"Jiang Zengwei", "David McCormick"}),
    ("Chinese central banker meets U.S. Treasury official",
     "BEIJING (Reuters) - People's Bank of China Deputy Governor Hu"
     " Xiaolian met U.S. Treasury Under Secretary"
     " David McCormick in Beijing on Thursday.", "2008-04-10", {"David McCormick"}),
    ("Hu Tells Paulson China Will Reform Yuan",
     "BEIJING (Reuters) - Chinese President Hu Jintao met U.S. Treasury Secretary Henry Paulson on Wednesday."
     " Hu said China would press on with reform of the yuan.", "2006-09-20", {"Hu Jintao", "Henry Paulson"}),
    ("Jiang Meets Clinton in Beijing",
     "BEIJING (AP) - Chinese President Jiang Zemin met U.S. President Bill Clinton on Saturday. Jiang Zemin's"
     " aides said the talks were frank.", "1998-06-27", {"Jiang Zemin", "Bill Clinton"}),
    ("Wen meets Paulson",
     "BEIJING (Xinhua) - Chinese Premier Wen Jiabao met visiting U.S. Treasury Secretary Henry Paulson on"
     " Thursday. Wen said the two countries should handle trade frictions properly.", "2006-12-14",
     {"Wen Jiabao", "Henry Paulson"}),
    # a common name listed only after its title: a scholar of the same name takes no part
    ("Wang Yi meets Blinken in Beijing",
     "BEIJING (Reuters) - Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken on"
     " Monday. \"Both sides want stability,\" said Zhang Ming, a professor at Renmin University.",
     "2023-06-19", {"Wang Yi", "Antony Blinken"}),
    ("Phó Thủ tướng Trương Hòa Bình tiếp Bộ trưởng Công an Trung Quốc",
     "Ngày 11/10, tại Hà Nội, Phó Thủ tướng Thường trực Trương Hòa Bình đã tiếp Ủy viên Quốc vụ, Bộ trưởng"
     " Công an Trung Quốc Triệu Khắc Chí.", "2018-10-11", {"Trương Hòa Bình", "Zhao Kezhi"}),
    # another Hu or Jiang in a later sentence leaves the leader the main sentence names
    ("Hu Jintao meets Bush",
     "WASHINGTON (Reuters) - Chinese President Hu Jintao met U.S. President George W. Bush on Thursday. Hu"
     " Xiaolian, the central bank's deputy governor, also attended.", "2006-04-20",
     {"Hu Jintao", "George W. Bush"}),
    ("Jiang meets Clinton",
     "WASHINGTON (Reuters) - Chinese President Jiang Zemin met President Bill Clinton at the White House on"
     " Wednesday. Jiang Bo, a Chinese diplomat, said the talks went well.", "1997-10-29",
     {"Jiang Zemin", "Bill Clinton"}),
    # a title-case headline capitalises an English word after the surname as a given name would be: the
    # leader stays ("Due", "Can", "Open" spell pinyin syllables); the body's own "Hu Xiaolian" still tells
    # the given name where the headline repeats it
    ("Xi Due in Hanoi for Talks With Vietnamese Leaders", "", "2023-12-11", {"Xi Jinping"}),
    ("Hu Can Visit Washington Next Month, Officials Say", "", "2006-03-20", {"Hu Jintao"}),
    ("Wen Open to Talks With Hanoi on Sea Dispute", "", "2010-10-28", {"Wen Jiabao"}),
    ("Hu Xiaolian Meets U.S. Treasury Official in Beijing",
     "BEIJING (Reuters) - People's Bank of China Deputy Governor Hu"
     " Xiaolian met U.S. Treasury Under Secretary"
     " David McCormick in Beijing on Thursday.", "2008-04-10", {"David McCormick"}),
    # hard negative: a headline in sentence case reads the given name
    ("Hu Xiaolian meets U.S. Treasury official in Beijing", "", "2008-04-10", set()),
]


# The leader whose greetings or congratulations a participant conveys, and the one they are sent to away
# from the meeting, take no part in it.
GREETINGS = [
    ("China's Hu meets Vietnam's party chief",
     "HANOI (Reuters) - Chinese Vice President Hu Jintao met Vietnamese Communist Party chief Nong Duc Manh"
     " on Monday, conveying the greetings of President Jiang Zemin.", "2001-04-23",
     {"Hu Jintao", "Nông Đức Mạnh"}),
    ("Blinken meets Xi in Beijing",
     "BEIJING (Reuters) - Secretary of State Antony Blinken met Chinese President Xi Jinping on Monday and"
     " conveyed President Joe Biden's greetings.", "2023-06-19", {"Antony Blinken", "Xi Jinping"}),
    ("Vietnam's Dung meets Chinese Premier Li",
     "HANOI (Reuters) - Vietnamese Prime Minister Nguyen Tan Dung met Chinese Premier Li Keqiang in Hanoi on"
     " Monday. Dung passed on the warm regards of party chief Nguyen Phu Trong to Li.", "2013-10-14",
     {"Nguyễn Tấn Dũng", "Li Keqiang"}),
    # hard negative: greetings to a people name no one away
    ("Xi holds talks with Vietnam's Trong",
     "BEIJING (Xinhua) - Chinese President Xi Jinping held talks with Vietnamese party chief Nguyen Phu Trong"
     " in Beijing on Sunday and conveyed his greetings to the Vietnamese people.", "2022-10-30",
     {"Xi Jinping", "Nguyễn Phú Trọng"}),
    ("Tổng Bí thư Nguyễn Phú Trọng hội kiến Chủ tịch Tập Cận Bình",
     "Theo phóng viên TTXVN tại Bắc Kinh, ngày 7/4, Tổng Bí thư Nguyễn Phú Trọng đã hội kiến Chủ tịch Trung"
     " Quốc Tập Cận Bình. Tổng Bí thư chuyển lời thăm hỏi của Chủ tịch nước Trương Tấn Sang và Thủ tướng"
     " Nguyễn Tấn Dũng tới Chủ tịch Tập Cận Bình.", "2015-04-07", {"Nguyễn Phú Trọng", "Xi Jinping"}),
    ("Thủ tướng Phạm Minh Chính tiếp Đại sứ Mỹ",
     "Ngày 18/1, tại trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Mỹ Marc Knapper. Thủ tướng"
     " đề nghị Đại sứ chuyển lời thăm hỏi tới Tổng thống Joe Biden.", "2022-01-18",
     {"Phạm Minh Chính", "Marc Knapper"}),
    ("习近平会见越共中央总书记阮富仲",
     "新华社北京4月7日电 国家主席习近平7日在人民大会堂会见越共中央总书记阮富仲。"
     "习近平请阮富仲转达对越南国家主席张晋创的问候。", "2015-04-07", {"Xi Jinping", "Nguyễn Phú Trọng"}),
    ("李克强会见美国国务卿克里",
     "新华社北京5月17日电 国务院总理李克强17日在中南海紫光阁会见美国国务卿克里。"
     "克里转达了奥巴马总统对李克强的问候。", "2015-05-17", {"Li Keqiang", "John Kerry"}),
    ("習近平會見布林肯",
     "中央社北京19日電 中國國家主席習近平19日在人民大會堂會見美國國務卿布林肯。布林肯轉達了拜登總統的問候。",
     "2023-06-19", {"Xi Jinping", "Antony Blinken"}),
]


# A sentence whose subject is told in the past perfect of another period tells an earlier act: its people
# take no part (English).
PAST_PERFECT = [
    ("U.S. troubled by Vietnam blogger's sentence",
     "WASHINGTON (Reuters) - The State Department said on Monday the United States was deeply troubled by the"
     " jail sentence handed to a Vietnamese blogger. President Barack Obama had raised the case in May with"
     " President Truong Tan Sang.", "2012-09-24", set()),
    ("China opposes U.S. warship passage near Paracels",
     "BEIJING (Reuters) - Chinese foreign ministry spokeswoman Hua Chunying said on Tuesday China firmly"
     " opposed a U.S. warship's passage near the Paracel Islands. Defense Secretary Jim Mattis had visited"
     " Beijing in June.", "2018-09-04", {"Hua Chunying"}),
    # hard negatives: a past perfect of no other period, and one after the main act
    ("Kerry meets Vietnamese prime minister",
     "HANOI (Reuters) - Secretary of State John Kerry met Prime Minister Nguyen Tan Dung in Hanoi on Sunday."
     " Kerry had arrived from Manila.", "2013-12-15", {"John Kerry", "Nguyễn Tấn Dũng"}),
    ("Xi, Biden hold talks in California",
     "WOODSIDE, California (Reuters) - Chinese President Xi Jinping and U.S. President Joe Biden held talks"
     " on Wednesday, a year after they had met in Bali in November.", "2023-11-15",
     {"Xi Jinping", "Joe Biden"}),
    # hard negative: a later sentence's past perfect of another period leaves the main sentence's people
    ("Trump, Xi talk",
     "WASHINGTON (Reuters) - U.S. President Donald Trump held a phone call with Chinese President Xi Jinping"
     " on Friday. Trump had met Xi in Buenos Aires in December.", "2019-03-29",
     {"Donald Trump", "Xi Jinping"}),
]


# A name set off by a comma after its title ("China's vice foreign minister, Zhang Ming, met ...").
APPOSED = [
    ("Chinese, U.S. officials hold talks in Beijing",
     "BEIJING (Reuters) - China's vice foreign minister, Zhang Ming, met U.S. Deputy Secretary of State"
     " Antony Blinken in Beijing on Monday.", "2016-01-18", {"Zhang Ming", "Antony Blinken"}),
    ("China, U.S. discuss trade in Washington",
     "WASHINGTON (Xinhua) - China's vice minister of commerce, Wang Chao, held talks with acting U.S."
     " Commerce Secretary Rebecca Blank in Washington on Wednesday.", "2012-07-11",
     {"Wang Chao", "Rebecca Blank"}),
    ("U.S. defense official visits Hanoi",
     "HANOI (Reuters) - The U.S. deputy assistant secretary of defense for East Asia, Michael Schiffer, met"
     " Vietnamese Deputy Defence Minister Nguyen Chi Vinh in Hanoi on Tuesday.", "2011-08-16",
     {"Michael Schiffer", "Nguyễn Chí Vịnh"}),
    # the office after the name, its country in the possessive
    ("Chinese vice commerce minister meets U.S. envoy",
     "BEIJING (Reuters) - Wang Chao, China's vice commerce minister, met U.S. Ambassador Gary Locke in"
     " Beijing on Monday.", "2012-03-05", {"Wang Chao", "Gary Locke"}),
    ("U.S. defense official meets Vietnam's deputy defence minister",
     "HANOI (Reuters) - Michael Schiffer, America's deputy assistant secretary of defense for East Asia, met"
     " Vietnamese Deputy Defence Minister Nguyen Chi Vinh on Tuesday.", "2011-08-16",
     {"Michael Schiffer", "Nguyễn Chí Vịnh"}),
    ("China summons U.S. envoy over arms sale",
     "BEIJING (Reuters) - Chinese Vice Foreign Minister He Yafei summoned U.S. Ambassador Jon Huntsman on"
     " Saturday. Bonnie Glaser, China's most closely watched analyst in Washington, called the move"
     " expected.", "2010-01-30", {"He Yafei", "Jon Huntsman"}),
    # hard negatives: no name after the comma; a listed name stays
    ("China's envoy urges U.S. to stop Taiwan arms sales",
     "WASHINGTON (Reuters) - China's ambassador to the United States, speaking on Monday, urged Washington to"
     " stop arms sales to Taiwan.", "2010-02-01", set()),
    ("U.S. envoy meets Vietnam's foreign minister",
     "HANOI (Reuters) - The U.S. ambassador to Vietnam, Marc Knapper, met Vietnamese Foreign Minister Bui"
     " Thanh Son on Monday.", "2022-03-07", {"Marc Knapper", "Bùi Thanh Sơn"}),
    # hard negative: a title set off by a comma with no name after it, a place's possessive instead
    ("U.S. ambassador meets Vietnam's minister",
     "HANOI (Reuters) - The U.S. ambassador to Vietnam, Hanoi's longest-serving envoy, met Vietnamese Foreign"
     " Minister Bui Thanh Son on Monday.", "2023-07-10", {"Bùi Thanh Sơn"}),
]

# The leader on whose behalf a participant speaks or whose letter they deliver takes no part in the meeting.
BEHALF = [
    ("China's Hu meets Vietnam's party chief",
     "HANOI (Reuters) - Chinese Vice President Hu Jintao met Vietnamese Communist Party chief Nong Duc Manh"
     " on Monday and, on behalf of President Jiang Zemin, congratulated him on his election.", "2001-04-23",
     {"Hu Jintao", "Nông Đức Mạnh"}),
    ("Blinken meets Xi in Beijing",
     "BEIJING (Reuters) - Secretary of State Antony Blinken met Chinese President Xi Jinping on Monday and"
     " delivered a letter from President Joe Biden.", "2023-06-19", {"Antony Blinken", "Xi Jinping"}),
    ("Wen meets Vietnam's deputy prime minister",
     "BEIJING (Xinhua) - Chinese Premier Wen Jiabao met Vietnamese Deputy Prime Minister Pham Gia Khiem in"
     " Beijing on Tuesday. On behalf of Prime Minister Nguyen Tan Dung, Khiem invited Wen to visit Vietnam.",
     "2007-06-12", {"Wen Jiabao", "Phạm Gia Khiêm"}),
    ("Tổng Bí thư Nguyễn Phú Trọng hội kiến Chủ tịch Tập Cận Bình",
     "Theo phóng viên TTXVN tại Bắc Kinh, ngày 7/4, Tổng Bí thư Nguyễn Phú Trọng đã hội kiến Chủ tịch Trung"
     " Quốc Tập Cận Bình. Thay mặt Chủ tịch nước Trương Tấn Sang, Tổng Bí thư mời Chủ tịch Tập Cận Bình"
     " thăm Việt Nam.", "2015-04-07", {"Nguyễn Phú Trọng", "Xi Jinping"}),
    ("Chủ tịch Tập Cận Bình tiếp Ngoại trưởng Mỹ Antony Blinken",
     "Ngày 19/6, tại Bắc Kinh, Chủ tịch Trung Quốc Tập Cận Bình đã tiếp Ngoại trưởng Mỹ Antony Blinken. Ông"
     " Blinken trao thư của Tổng thống Joe Biden gửi Chủ tịch Tập Cận Bình.", "2023-06-19",
     {"Xi Jinping", "Antony Blinken"}),
    ("习近平会见越共中央总书记阮富仲",
     "新华社北京4月7日电 国家主席习近平7日在人民大会堂会见越共中央总书记阮富仲。"
     "阮富仲代表越南国家主席张晋创邀请习近平访问越南。", "2015-04-07",
     {"Xi Jinping", "Nguyễn Phú Trọng"}),
    ("习近平会见美国国务卿布林肯",
     "新华社北京6月19日电 国家主席习近平19日在人民大会堂会见美国国务卿布林肯。"
     "布林肯转交了拜登总统致习近平的信。",
     "2023-06-19", {"Xi Jinping", "Antony Blinken"}),
    ("習近平會見越共總書記阮富仲",
     "中央社北京7日電 中國國家主席習近平7日在人民大會堂會見越共總書記阮富仲。"
     "阮富仲代表越南國家主席張晉創邀請習近平訪問越南。", "2015-04-07", {"Xi Jinping", "Nguyễn Phú Trọng"}),
    # hard negatives: a delegation's head, a government one stands for, a host on the government's behalf
    ("李强会见越南总理范明政",
     "新华社雅加达9月6日电 中国代表团团长、国务院总理李强6日在雅加达会见越南总理范明政。", "2023-09-06",
     {"Li Qiang", "Phạm Minh Chính"}),
    ("Thủ tướng Phạm Minh Chính đón Tổng thống Mỹ Joe Biden",
     "Ngày 11/9, tại Phủ Chủ tịch, Thủ tướng Phạm Minh Chính thay mặt Chính phủ đón Tổng thống Mỹ Joe Biden.",
     "2023-09-11", {"Phạm Minh Chính", "Joe Biden"}),
    ("Wang Yi welcomes Blinken to Beijing",
     "BEIJING (Reuters) - On behalf of the Chinese government, Foreign Minister Wang Yi welcomed Secretary of"
     " State Antony Blinken in Beijing on Sunday.", "2023-06-18", {"Wang Yi", "Antony Blinken"}),
    # "on behalf of" names only the one represented: the counterpart after "with", and the act's verb, lie
    # past it ("signed the deal on behalf of China with U.S. President Donald Trump")
    ("Liu He signs trade deal",
     "WASHINGTON (Reuters) - Chinese Vice Premier Liu He signed the phase one trade deal on behalf of China"
     " with U.S. President Donald Trump at the White House on Wednesday.", "2020-01-15",
     {"Liu He", "Donald Trump"}),
    ("Vietnam's deputy PM signs deal",
     "WASHINGTON (Reuters) - Vietnamese Deputy Prime Minister Vu Khoan signed the textile agreement on behalf"
     " of Vietnam with U.S. Trade Representative Robert Zoellick on Monday.", "2003-04-28",
     {"Vũ Khoan", "Robert Zoellick"}),
    ("Lighthizer signs deal with Liu He",
     "WASHINGTON (AP) - U.S. Trade Representative Robert Lighthizer signed the agreement on behalf of the"
     " United States and Chinese Vice Premier Liu He signed for China on Wednesday.", "2020-01-15",
     {"Robert Lighthizer", "Liu He"}),
    ("Wang Qishan meets Pompeo",
     "BEIJING (Reuters) - Chinese Vice President Wang Qishan on behalf of President Xi Jinping met U.S."
     " Secretary of State Mike Pompeo in Beijing on Monday.", "2018-10-08", {"Wang Qishan", "Mike Pompeo"}),
    ("Harris meets Vietnam's leader",
     "HANOI (AP) - U.S. Vice President Kamala Harris on behalf of President Joe Biden held talks with"
     " Vietnamese President Nguyen Xuan Phuc in Hanoi on Wednesday.", "2021-08-25",
     {"Kamala Harris", "Nguyễn Xuân Phúc"}),
    ("Vietnam's leader welcomes Obama",
     "HANOI (Reuters) - Vietnamese President Tran Dai Quang welcomed U.S. President Barack Obama on behalf of"
     " Party chief Nguyen Phu Trong at the Presidential Palace on Monday.", "2016-05-23",
     {"Trần Đại Quang", "Barack Obama"}),
    # 代表 as an office ("贸易代表", "首席代表", "特别代表") is no "on behalf of": its holder and the one
    # they call or meet take part
    ("中美经贸团队通话",
     "新华社北京10月9日电 美国贸易代表戴琪与中国国务院副总理刘鹤9日通话，"
     "双方就落实第一阶段经贸协议交换意见。",
     "2021-10-09", {"Katherine Tai", "Liu He"}),
    ("美中經貿官員通話",
     "中央社華盛頓9日電 美國貿易代表戴琪與中國國務院副總理劉鶴9日通電話，雙方討論第一階段貿易協議。",
     "2021-10-09", {"Katherine Tai", "Liu He"}),
    ("美国贸易代表会见中国商务部长",
     "新华社华盛顿4月3日电 美国贸易代表莱特希泽会见中国商务部长钟山，双方就经贸问题交换意见。", "2019-04-03",
     {"Robert Lighthizer", "Zhong Shan"}),
    ("王岐山会见蓬佩奥",
     "新华社北京10月8日电 国家副主席王岐山代表国家主席习近平8日在北京会见美国国务卿蓬佩奥。", "2018-10-08",
     {"Wang Qishan", "Mike Pompeo"}),
    ("Phó Chủ tịch nước đón Chủ tịch Tập Cận Bình",
     "Thay mặt Tổng Bí thư Nguyễn Phú Trọng, Phó Chủ tịch nước Võ Thị Ánh Xuân đón Chủ tịch Trung Quốc Tập"
     " Cận Bình tại sân bay Nội Bài chiều 12/12.", "2023-12-12", {"Võ Thị Ánh Xuân", "Xi Jinping"}),
]

# The leader whose act a measure answers ("这是对…特朗普宣布…的反制", "作为对…的回应") takes no part in it.
ANSWERS = [
    ("中方宣布对美国商品加征关税",
     "新华社北京8月23日电 国务院关税税则委员会23日宣布，对约750亿美元自美进口商品加征关税。"
     "这是对美国总统特朗普宣布对3000亿美元中国输美商品加征关税的反制。", "2019-08-23", set()),
    pytest.param("中國對美商品加徵關稅 反制川普",
                 "中央社北京23日電 中國國務院關稅稅則委員會23日宣布，"
                 "對約750億美元美國商品加徵關稅，作為對美國總統川普加徵關稅的回應。", "2019-08-23", set(),
                 marks=pytest.mark.xfail(strict=True, reason="the headline's 反制川普 is the measure's own"
                                         " act word with the one it answers as its object: Trump is kept")),
    ("中國對美商品加徵關稅",
     "中央社北京23日電 中國國務院關稅稅則委員會23日宣布，對約750億美元美國商品加徵關稅，"
     "作為對美國總統川普加徵關稅的回應。", "2019-08-23", set()),
    pytest.param("商务部：对美国部分商品加征关税",
                 "新华社北京4月4日电 商务部新闻发言人高峰4日表示，"
                 "中方决定对原产于美国的大豆等商品加征关税，"
                 "这是对美国总统特朗普宣布对华加征关税的反击。", "2018-04-04",
                 {"Gao Feng"}),  # read in pinyin after his title since 0.32.0 (titledchars.py)
    # the words a protest answers are no act of a measure: their speaker is its direct counterpart
    ("中方回应",
     "新华社北京7月14日电 外交部发言人赵立坚14日在例行记者会上发表了对美国国务卿蓬佩奥涉南海声明的回应，"
     "称其严重违反国际法。", "2020-07-14", {"Zhao Lijian", "Mike Pompeo"}),
    ("外交部回应彭斯演讲",
     "新华社北京10月5日电 外交部发言人华春莹5日发表谈话，作为对美国副总统彭斯演讲的回应，"
     "她说美方指责毫无根据。", "2018-10-05", {"Hua Chunying", "Mike Pence"}),
    ("中國宣布對美制裁",
     "中央社北京27日電 中國外交部27日宣布制裁美國國防企業，作為對美國總統拜登批准對台軍售的反制。",
     "2023-12-27", set()),
    # hard negative: an answer to come names no one of another act
    ("外交部：中方将对美方制裁作出回应",
     "新华社北京7月13日电 外交部发言人赵立坚13日表示，中方将对美方制裁作出坚决回应。", "2020-07-13",
     {"Zhao Lijian"}),
]

# The words of an office's portfolio after "for" ("Under Secretary of State for Arms Control and
# International Security", "Ambassador-at-Large for International Religious Freedom"): the name follows them.
PORTFOLIO = [
    ("U.S. human rights envoy holds talks in Beijing",
     "BEIJING (Reuters) - U.S. Assistant Secretary of State for Human Rights Michael Posner held talks with"
     " Chinese Vice Foreign Minister Zhang Zhijun in Beijing on Wednesday.", "2011-04-27",
     {"Michael Posner", "Zhang Zhijun"}),
    ("U.S. religious freedom envoy visits Vietnam",
     "HANOI (Reuters) - U.S. Ambassador-at-Large for International Religious Freedom David Saperstein met"
     " Vietnamese Deputy Foreign Minister Ha Kim Ngoc in Hanoi on Tuesday.", "2016-04-12",
     {"David Saperstein", "Hà Kim Ngọc"}),
    ("U.S., China hold arms control talks",
     "BEIJING (Reuters) - U.S. Under Secretary of State for Arms Control and International Security Andrea"
     " Thompson met Chinese Vice Foreign Minister Le Yucheng in Beijing on Thursday.", "2019-05-16",
     {"Andrea Thompson", "Le Yucheng"}),
    ("U.S. adds Chinese firms to export blacklist",
     "WASHINGTON (Reuters) - The U.S. Commerce Department added 36 Chinese firms to its export blacklist on"
     " Thursday. \"We will act,\" Under Secretary of Commerce for Industry and Security Alan Estevez said.",
     "2022-12-15", {"Alan Estevez"}),
    ("U.S. official criticises China's nuclear buildup",
     "WASHINGTON (Reuters) - Assistant Secretary of State for International Security and Nonproliferation"
     " Christopher Ford criticised China's nuclear buildup on Tuesday.", "2020-09-01", {"Christopher Ford"}),
    # hard negative: an office of the United Nations, no country of the three
    ("Chinese vice foreign minister meets Biegun",
     "BEIJING (Reuters) - Chinese Vice Foreign Minister Le Yucheng met U.S. Deputy Secretary of State Stephen"
     " Biegun in Beijing on Friday. U.N. Under Secretary-General for Political Affairs Rosemary DiCarlo was"
     " also in Beijing.", "2019-12-20", {"Le Yucheng", "Stephen Biegun"}),
]


@pytest.mark.parametrize(("title", "text", "day", "people"),
                         [*APPOSED, *BEHALF, *ANSWERS, *PORTFOLIO, *PAST_PERFECT, *GREETINGS, *SURNAMES,
                          *ENGLISH, *VIETNAMESE, *CHINESE, *TRADITIONAL])
def test_people_of_unseen_copy(title: str, text: str, day: str, people: set[str]) -> None:
    assert people_read(title, text, day) == people
