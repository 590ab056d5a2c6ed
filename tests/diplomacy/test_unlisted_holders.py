"""Office-holders of the three countries whom the people list does not hold, in wire copy of real occasions:
deputy ministers, provincial party secretaries, coast guard and navy commanders, consuls, under and
assistant secretaries, embassy spokespeople. Each named office-holder of the main event was checked absent
from `people.tsv` (the counterparts beside them may be listed); every row was labelled by the guide of
bench/gold/README.md ("People") before the detector read it. The forms are those of real copy: the title
before the name, the name before its title (an apposition), the country in front or given by the dateline,
a second mention by surname, titles joined to the name, "ông"/"bà" before a Vietnamese name; with hard
negatives (chairmen of companies, professors, former holders, officials of a third country). Some of
them were listed since, office by office (Liu Pengyu, Ling Ji, Nong Rong, the International Department's
vice ministers, Hoàng Văn Nghiệm): their rows are read by the lexicon now, in characters and
Sino-Vietnamese reading too.

Spellings the gold does not take from the copy stay out of reach by design (titled.py): a Vietnamese name
without its marks in English copy, a Chinese name in Sino-Vietnamese reading in Vietnamese copy, a name in
characters in Chinese copy other than a Chinese office's holder's (read in pinyin since 0.32.0,
titledchars.py). Those rows are expected failures (LEFT), kept so that the measure counts them."""

from __future__ import annotations

import pytest

from extractors.diplomacy.analysis import read_sentence
from tests.diplomacy.stories import main_people

ENGLISH = [
    # --- the title before the name, the country in front
    ("U.S. Pacific Fleet chief meets Chinese navy commander",
     "BEIJING (Reuters) - U.S. Pacific Fleet Commander Admiral Scott Swift met Chinese navy chief Admiral Wu"
     " Shengli in Beijing on Monday, the U.S. Navy said.", {"Scott Swift", "Wu Shengli"}),
    ("China says it firmly opposes new U.S. sanctions",
     "WASHINGTON (Reuters) - China firmly opposes the new U.S. sanctions on Chinese companies and will take"
     " necessary measures, Chinese Embassy spokesperson Liu Pengyu said on Friday.", {"Liu Pengyu"}),
    ("U.S., Chinese trade officials hold talks on export controls",
     "BEIJING (Reuters) - U.S. Under Secretary of Commerce for International Trade Marisa Lago met Chinese"
     " Vice Commerce Minister Ling Ji in Beijing on Tuesday. Lago said the talks on export controls were"
     " candid.", {"Marisa Lago", "Ling Ji"}),
    ("U.S. Coast Guard chief visits Vietnam",
     "HANOI (AP) - U.S. Coast Guard Commandant Admiral Linda Fagan met Vietnam Coast Guard Commander"
     " Lieutenant General Le Quang Dao in Hanoi on Monday, the U.S. embassy said.",
     {"Linda Fagan", "Lê Quang Đạo"}),
    ("U.S. consul general meets Ho Chi Minh City leader",
     "HO CHI MINH CITY (Reuters) - U.S. Consul General Susan Burns met Ho Chi Minh City People's Committee"
     " Chairman Phan Van Mai on Wednesday to discuss trade and education ties.",
     {"Susan Burns", "Phan Văn Mãi"}),
    # --- the name before its title (an apposition), a second mention by surname
    ("U.S. officials hold talks in Beijing",
     "BEIJING (Reuters) - Assistant Secretary of State Daniel Kritenbrink and Sarah Beran, the White House"
     " National Security Council's senior director for China, met Chinese Vice Foreign Minister Ma Zhaoxu"
     " in Beijing on Monday, the State Department said.",
     {"Daniel Kritenbrink", "Sarah Beran", "Ma Zhaoxu"}),
    ("Fernandez visits Hanoi to talk chips",
     "HANOI (Reuters) - Jose Fernandez, the U.S. under secretary of state for economic growth, met"
     " Vietnamese Deputy Prime Minister Tran Hong Ha in Hanoi on Tuesday. Fernandez said Washington wanted"
     " Vietnam in its semiconductor supply chain.", {"Jose Fernandez", "Trần Hồng Hà"}),
    ("Pentagon official holds defence talks in Hanoi",
     "HANOI (Reuters) - Lindsey Ford, U.S. deputy assistant secretary of defense for South and Southeast"
     " Asia, held talks with Vietnamese Deputy Defence Minister Hoang Xuan Chien in Hanoi on Thursday.",
     {"Lindsey Ford", "Hoàng Xuân Chiến"}),
    ("Swift says U.S. Navy will keep sailing in South China Sea",
     "BEIJING (Reuters) - Admiral Scott Swift, commander of the U.S. Pacific Fleet, held talks with Chinese"
     " naval officers in Beijing on Tuesday. Swift said the U.S. Navy would keep operating wherever"
     " international law allowed.", {"Scott Swift"}),
    ("U.S. adds Chinese firms to trade blacklist",
     "WASHINGTON (Reuters) - The U.S. Commerce Department added 36 Chinese companies to its entity list on"
     " Thursday. Alan Estevez, the department's under secretary for industry and security, said in a"
     " statement that the firms supported China's military.", {"Alan Estevez"}),
    ("Chinese envoy warns U.S. over Taiwan",
     "WASHINGTON (Reuters) - Xu Xueyuan, the Chinese embassy's charge d'affaires in Washington, warned the"
     " United States on Wednesday against sending officials to Taiwan, calling it a red line.",
     {"Xu Xueyuan"}),
    ("U.S. envoy for China meets Chinese officials in Beijing",
     "BEIJING (Reuters) - Deputy Assistant Secretary of State Rick Waters met officials of China's foreign"
     " ministry in Beijing on Friday. Waters said the two sides discussed managing competition.",
     {"Rick Waters"}),
    ("Pentagon official discusses war legacy with Vietnam",
     "HANOI (Reuters) - U.S. Deputy Assistant Secretary of Defense Amy Searight held talks with Vietnamese"
     " defence officials in Hanoi on Monday on dioxin cleanup and the search for missing soldiers.",
     {"Amy Searight"}),
    # --- a Vietnamese name without its marks: out of reach (the gold writes the marks)
    ("Vietnam, China border provinces hold talks",
     "NANNING, China (Xinhua) - Liu Ning, party secretary of the Guangxi Zhuang Autonomous Region, met Hoang"
     " Van Nghiem, party secretary of Vietnam's Lang Son province, in Nanning on Wednesday.",
     {"Liu Ning", "Hoàng Văn Nghiệm"}),
    ("Vietnam police official meets U.S. ambassador",
     "HANOI (Reuters) - Vietnamese Deputy Public Security Minister Luong Tam Quang met U.S. Ambassador Marc"
     " Knapper in Hanoi on Tuesday to discuss cooperation against transnational crime.",
     {"Lương Tam Quang", "Marc Knapper"}),
    # --- hard negatives: a third country's official, a company's chairman, a professor, a former holder
    ("U.S., Philippines criticize China at Second Thomas Shoal",
     "WASHINGTON (Reuters) - U.S. Deputy Secretary of State Kurt Campbell and Philippine Foreign"
     " Undersecretary Theresa Lazaro criticized China's dangerous actions at the Second Thomas Shoal on"
     " Wednesday.", {"Kurt Campbell"}),
    ("Chinese vice premier meets U.S. business leaders",
     "BEIJING (Reuters) - Chinese Vice Premier He Lifeng met U.S. Chamber of Commerce President Suzanne"
     " Clark and FedEx Chairman Frederick Smith in Beijing on Thursday.", {"He Lifeng"}),
    ("U.S. ambassador meets Chinese vice foreign minister",
     "BEIJING (AP) - U.S. Ambassador Nicholas Burns met Chinese Vice Foreign Minister Ma Zhaoxu in Beijing"
     " on Friday. Professor Shi Yinhong of Renmin University said the meeting showed both sides wanted to"
     " keep talking.", {"Nicholas Burns", "Ma Zhaoxu"}),
    ("Vietnam deputy minister meets U.S. envoy",
     "HANOI (Reuters) - Vietnamese Deputy Defence Minister Hoang Xuan Chien met U.S. Ambassador Marc Knapper"
     " in Hanoi on Thursday, with former U.S. Pacific Fleet Commander Admiral Scott Swift attending.",
     {"Hoàng Xuân Chiến", "Marc Knapper"}),
    ("Vietnam's Vingroup chief meets U.S. envoy",
     "HANOI (Reuters) - U.S. Ambassador Marc Knapper met Vietnamese Deputy Prime Minister Tran Hong Ha and"
     " Vingroup Chairman of the board Pham Nhat Vuong in Hanoi on Monday to discuss electric vehicles.",
     {"Marc Knapper", "Trần Hồng Hà"}),
    ("U.S. embassy says Chinese spokesperson's remarks false",
     "BEIJING (Reuters) - Chinese Embassy spokesperson Liu Pengyu's remarks on Friday were false, the U.S."
     " embassy in Beijing said on Saturday, criticizing Beijing's account of the sanctions.", set()),
    ("U.S. Pacific Fleet commander holds talks in Beijing",
     "BEIJING (Reuters) - U.S. Pacific Fleet Commander Admiral Scott Swift met Chinese navy chief Admiral Wu"
     " Shengli in Beijing on Monday. Boeing China President John Bruns attended a dinner later.",
     {"Scott Swift", "Wu Shengli"}),
]

VIETNAMESE = [
    # --- the title before the name
    ("Bí thư Tỉnh ủy Lạng Sơn hội đàm với Bí thư Khu ủy Quảng Tây",
     "Nam Ninh (TTXVN) - Ngày 20/3, tại Nam Ninh, Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm đã hội đàm với Bí"
     " thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) Lưu Ninh.",
     {"Hoàng Văn Nghiệm", "Liu Ning"}),
    ("Bộ trưởng Giáo dục Nguyễn Kim Sơn tiếp Đại sứ Mỹ",
     "Hà Nội (TTXVN) - Chiều 10/5, tại Hà Nội, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn đã tiếp Đại"
     " sứ Mỹ tại Việt Nam Marc Knapper. Ông Sơn cảm ơn Chính phủ Mỹ đã hỗ trợ các chương trình học bổng.",
     {"Nguyễn Kim Sơn", "Marc Knapper"}),
    ("Thứ trưởng Công Thương Đặng Hoàng An làm việc với Thứ trưởng Thương mại Mỹ",
     "Hà Nội (TTXVN) - Ngày 14/6, Thứ trưởng Bộ Công Thương Đặng Hoàng An đã làm việc với Thứ trưởng Thương"
     " mại Mỹ Marisa Lago về hợp tác chuỗi cung ứng.", {"Đặng Hoàng An", "Marisa Lago"}),
    ("Chủ tịch TP Hồ Chí Minh tiếp Tổng Lãnh sự Mỹ",
     "TP Hồ Chí Minh (TTXVN) - Sáng 8/9, Chủ tịch UBND Thành phố Hồ Chí Minh Phan Văn Mãi đã tiếp Tổng Lãnh"
     " sự Mỹ tại Thành phố Hồ Chí Minh Susan Burns.", {"Phan Văn Mãi", "Susan Burns"}),
    ("Tư lệnh Cảnh sát biển Việt Nam tiếp Tư lệnh Lực lượng Bảo vệ bờ biển Mỹ",
     "Hà Nội (TTXVN) - Ngày 22/7, tại Hà Nội, Tư lệnh Cảnh sát biển Việt Nam Lê Quang Đạo đã tiếp Tư lệnh"
     " Lực lượng Bảo vệ bờ biển Mỹ Linda Fagan.", {"Lê Quang Đạo", "Linda Fagan"}),
    ("Phó Tổng Tham mưu trưởng Phùng Sĩ Tấn tiếp Phó Trợ lý Bộ trưởng Quốc phòng Mỹ",
     "Hà Nội (TTXVN) - Chiều 9/4, tại Hà Nội, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam Phùng Sĩ"
     " Tấn đã tiếp Phó Trợ lý Bộ trưởng Quốc phòng Mỹ Amy Searight.", {"Phùng Sĩ Tấn", "Amy Searight"}),
    ("Bộ trưởng Khoa học và Công nghệ làm việc với Thứ trưởng Ngoại giao Mỹ",
     "Hà Nội (VnExpress) - Bộ trưởng Khoa học và Công nghệ Huỳnh Thành Đạt hôm qua làm việc với Thứ trưởng"
     " Ngoại giao Mỹ phụ trách tăng trưởng kinh tế Jose Fernandez về hợp tác bán dẫn.",
     {"Huỳnh Thành Đạt", "Jose Fernandez"}),
    # --- the name before its title, after "đồng chí", "ông", "bà", with a rank
    ("Thứ trưởng Bộ Công an tiếp Đại sứ Mỹ",
     "Hà Nội (TTXVN) - Chiều 15/3, tại Hà Nội, Thượng tướng Lương Tam Quang, Thứ trưởng Bộ Công an, đã tiếp"
     " Đại sứ Mỹ tại Việt Nam Marc Knapper.", {"Lương Tam Quang", "Marc Knapper"}),
    ("Lãnh đạo tỉnh Lai Châu tiếp đoàn tỉnh Vân Nam",
     "Lai Châu (TTXVN) - Sáng 12/4, đồng chí Giàng Páo Mỷ, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lai Châu,"
     " đã tiếp đoàn công tác tỉnh Vân Nam (Trung Quốc) do Phó Tỉnh trưởng dẫn đầu.", {"Giàng Páo Mỷ"}),
    ("Điện Biên và Vân Nam tăng cường hợp tác",
     "Điện Biên (TTXVN) - Ngày 18/10, ông Trần Quốc Cường, Bí thư Tỉnh ủy Điện Biên, đã tiếp đoàn đại biểu"
     " Đảng Cộng sản Trung Quốc tỉnh Vân Nam. Ông Cường đề nghị hai bên mở thêm cửa khẩu.",
     {"Trần Quốc Cường"}),
    ("Tổng Lãnh sự Mỹ chào từ biệt lãnh đạo Thành phố",
     "TP Hồ Chí Minh (VnExpress) - Bà Susan Burns, Tổng Lãnh sự Mỹ tại TP HCM, hôm qua chào từ biệt Chủ tịch"
     " UBND Thành phố Phan Văn Mãi khi kết thúc nhiệm kỳ.", {"Susan Burns", "Phan Văn Mãi"}),
    ("Mỹ đưa thêm doanh nghiệp Trung Quốc vào danh sách đen",
     "Oa-sinh-tơn (TTXVN) - Bộ Thương mại Mỹ ngày 7/10 đã đưa 31 công ty Trung Quốc vào danh sách thực thể."
     " Ông Alan Estevez, Thứ trưởng Thương mại Mỹ phụ trách công nghiệp và an ninh, cho biết các công ty"
     " này hỗ trợ quân đội Trung Quốc.", {"Alan Estevez"}),
    ("Tư lệnh Hạm đội Thái Bình Dương Mỹ thăm Việt Nam",
     "Hà Nội (TTXVN) - Đô đốc Scott Swift, Tư lệnh Hạm đội Thái Bình Dương Mỹ, đã thăm Việt Nam từ ngày"
     " 2 đến 4/8 và hội đàm với Thứ trưởng Quốc phòng Nguyễn Chí Vịnh.",
     {"Scott Swift", "Nguyễn Chí Vịnh"}),
    ("Thứ trưởng Bộ Công an Lương Tam Quang hội đàm với Mỹ",
     "Hà Nội (TTXVN) - Ngày 6/12, Thứ trưởng Bộ Công an Lương Tam Quang đã hội đàm với đoàn Bộ An ninh Nội"
     " địa Mỹ. Ông Quang đề nghị hai bên phối hợp chống tội phạm xuyên quốc gia.", {"Lương Tam Quang"}),
    # --- a Chinese name in Sino-Vietnamese reading: out of reach (the gold writes pinyin)
    ("Trung Quốc phản đối lệnh trừng phạt của Mỹ",
     "Bắc Kinh (TTXVN) - Người phát ngôn Đại sứ quán Trung Quốc tại Mỹ Lưu Bằng Vũ ngày 15/9 tuyên bố Trung"
     " Quốc kiên quyết phản đối việc Mỹ trừng phạt các công ty Trung Quốc.", {"Liu Pengyu"}),
    ("Thứ trưởng Thương mại Trung Quốc hội đàm với Thứ trưởng Thương mại Mỹ",
     "Bắc Kinh (TTXVN) - Thứ trưởng Thương mại Trung Quốc Lăng Kích đã hội đàm với Thứ trưởng Thương mại Mỹ"
     " Marisa Lago tại Bắc Kinh ngày 7/11.", {"Ling Ji", "Marisa Lago"}),
    # --- hard negatives: a company's chairman, a professor, a former holder, a third country's official
    ("Phó Thủ tướng Trần Hồng Hà tiếp Đại sứ Mỹ",
     "Hà Nội (TTXVN) - Chiều 5/6, Phó Thủ tướng Trần Hồng Hà đã tiếp Đại sứ Mỹ tại Việt Nam Marc Knapper."
     " Dự buổi tiếp có Chủ tịch Hội đồng quản trị Tập đoàn Vingroup Phạm Nhật Vượng.",
     {"Trần Hồng Hà", "Marc Knapper"}),
    ("Bộ trưởng Giáo dục tiếp Đại sứ Mỹ",
     "Hà Nội (TTXVN) - Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn đã tiếp Đại sứ Mỹ Marc Knapper ngày"
     " 2/3. Giáo sư Đại học Quốc gia Hà Nội Nguyễn Văn Kim cũng dự.", {"Nguyễn Kim Sơn", "Marc Knapper"}),
    ("Thứ trưởng Quốc phòng Hoàng Xuân Chiến tiếp Đại sứ Mỹ",
     "Hà Nội (TTXVN) - Thứ trưởng Quốc phòng Hoàng Xuân Chiến đã tiếp Đại sứ Mỹ Marc Knapper ngày 11/5;"
     " nguyên Tư lệnh Hạm đội Thái Bình Dương Mỹ Scott Swift cùng dự.", {"Hoàng Xuân Chiến", "Marc Knapper"}),
    ("Mỹ và Philippines chỉ trích Trung Quốc",
     "Oa-sinh-tơn (TTXVN) - Thứ trưởng Ngoại giao Mỹ Kurt Campbell và Thứ trưởng Ngoại giao Philippines"
     " Theresa Lazaro ngày 19/6 chỉ trích hành động của Trung Quốc tại Bãi Cỏ Mây.", {"Kurt Campbell"}),
    ("Chủ tịch Hội Hữu nghị tiếp Đại sứ Mỹ",
     "Hà Nội (TTXVN) - Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn đã tiếp Đại sứ Mỹ tại"
     " Việt Nam Marc Knapper ngày 4/7.", {"Marc Knapper"}),
    ("Thứ trưởng Bộ Công an tiếp Đại sứ Mỹ",
     "Hà Nội (TTXVN) - Thứ trưởng Bộ Công an Lương Tam Quang đã tiếp Đại sứ Mỹ Marc Knapper ngày 20/4. Cùng"
     " dự có Tổng Giám đốc Công ty Boeing Việt Nam Michael Nguyen.", {"Lương Tam Quang", "Marc Knapper"}),
]

CHINESE = [
    # --- zh-Hans (Xinhua): names in characters, out of reach unless listed
    ("中国驻美使馆：坚决反对美方制裁中国企业",
     "新华社华盛顿9月15日电 中国驻美国大使馆发言人刘鹏宇15日表示，中方坚决反对美方对中国企业实施制裁。",
     {"Liu Pengyu"}),
    ("凌激会见美国商务部副部长拉戈",
     "新华社北京11月7日电 商务部副部长凌激7日在北京会见美国商务部副部长拉戈，双方就出口管制交换意见。",
     {"Ling Ji", "Marisa Lago"}),
    ("中联部副部长陈洲会见越南客人",
     "新华社北京5月10日电 中联部副部长陈洲10日在京会见越南驻华大使范清平。",
     {"Chen Zhou", "Phạm Thanh Bình"}),
    ("郭业洲会见越共代表团",
     "新华社北京8月2日电 中联部副部长郭业洲2日在京会见越共中央对外部副部长率领的越共干部考察团。",
     {"Guo Yezhou"}),
    ("孙海燕会见美国驻华大使伯恩斯",
     "新华社北京3月21日电 中联部副部长孙海燕21日在京会见美国驻华大使伯恩斯。",
     {"Sun Haiyan", "Nicholas Burns"}),
    ("吴胜利会见美国海军太平洋舰队司令",
     "新华社北京7月18日电 中央军委委员、海军司令员吴胜利18日在京会见美国海军太平洋舰队司令斯威夫特。",
     {"Wu Shengli", "Scott Swift"}),
    ("刘宁会见越南谅山省委书记",
     "新华社南宁3月20日电 广西壮族自治区党委书记刘宁20日在南宁会见越南谅山省委书记黄文验。",
     {"Liu Ning", "Hoàng Văn Nghiệm"}),
    ("王宁会见越南老街省委书记",
     "新华社昆明4月12日电 云南省委书记王宁12日在昆明会见越南老街省委书记率领的代表团。", {"Wang Ning"}),
    ("中国驻美使馆临时代办徐学渊会见美国国会议员",
     "新华社华盛顿1月20日电 中国驻美国使馆临时代办徐学渊19日会见美国国会众议员，介绍中方对台湾问题的立场。",
     {"Xu Xueyuan"}),
    ("外交部部长助理农融会见越南驻华大使",
     "新华社北京6月8日电 外交部部长助理农融8日在京会见越南驻华大使范清平。",
     {"Nong Rong", "Phạm Thanh Bình"}),
    ("海军司令员胡中明会见越南海军司令",
     "新华社北京10月11日电 海军司令员胡中明11日在京会见越南海军司令陈青严。",
     {"Hu Zhongming", "Trần Thanh Nghiêm"}),
    ("商务部副部长兼副国际贸易谈判代表凌激会见美国财政部副部长",
     "新华社北京2月5日电 商务部副部长兼副国际贸易谈判代表凌激5日在京会见美国财政部副部长尚博。",
     {"Ling Ji", "Jay Shambaugh"}),
    # --- hard negatives: a company's chairman, a professor
    ("何立峰会见美国商会会长",
     "新华社北京3月5日电 国务院副总理何立峰5日在京会见美国商会会长克拉克和联邦快递董事长史密斯。",
     {"He Lifeng"}),
    ("王毅会见美国国务卿",
     "新华社北京4月26日电 中共中央政治局委员、外交部长王毅26日在北京会见美国国务卿布林肯。"
     "清华大学教授阎学通认为，"
     "会见表明双方都希望稳定关系。", {"Wang Yi", "Antony Blinken"}),
    ("越南谅山省委书记访问广西",
     "新华社南宁5月9日电 越南谅山省委书记黄文验9日在南宁同广西壮族自治区党委书记刘宁举行会谈，"
     "前广西壮族自治区主席陈武出席。",
     {"Hoàng Văn Nghiệm", "Liu Ning"}),
    # --- zh-Hant (CNA)
    ("中國駐美使館：堅決反對美方制裁",
     "中央社華盛頓15日專電 中國駐美國大使館發言人劉鵬宇15日表示，中方堅決反對美方制裁中國企業。",
     {"Liu Pengyu"}),
    ("美官員訪北京 會晤中國外交部副部長",
     "中央社台北5日電 美國國務院主管東亞事務助卿康達與白宮國安會中國事務資深主任貝蘭5日在北京"
     "會晤中國外交部副部長馬朝旭。",
     {"Daniel Kritenbrink", "Sarah Beran", "Ma Zhaoxu"}),
    ("美商務部將中企列入實體清單",
     "中央社華盛頓7日專電 美國商務部7日將31家中國企業列入實體清單。"
     "商務部工業暨安全局次長艾斯特維茲表示，這些企業支援中國軍方。",
     {"Alan Estevez"}),
    ("美國海岸防衛隊司令訪越",
     "中央社河內22日專電 美國海岸防衛隊司令范甘上將22日在河內會晤越南海警司令黎光道。",
     {"Linda Fagan", "Lê Quang Đạo"}),
    ("美國務院副助卿華自強訪北京",
     "中央社台北10日電 美國國務院主管中國與台灣事務副助卿華自強10日在北京與中國外交部官員會談。",
     {"Rick Waters"}),
]


def _f1(rows: list[tuple[str, str, set[str]]]) -> tuple[float, int]:
    """People F1 over the rows (micro, by names) and how many rows are right in all their people."""
    hit = found = gold = whole = 0
    for title, text, people in rows:
        got = main_people(title, text)
        hit, found, gold = hit + len(got & people), found + len(got), gold + len(people)
        whole += got == people
    precision = hit / found if found else 1.0
    recall = hit / gold if gold else 1.0
    return (2 * precision * recall / (precision + recall) if precision + recall else 0.0), whole


# Rows left failing, each with why (the mechanism they need is out of reach or not written).
LEFT: dict[str, str] = {
    "Vietnam deputy PM meets U.S. ambassador":
        "a lead sentence of last week's visit naming the US side alone joins the meeting's people (a listed"
        " person is read alike: 'Ely Ratner' in Ford's place); not a reading of titles",
    'U.S. officials hold talks in Beijing':
        'a senior director of the White House council is no office the lexicon holds',
    'Fernandez visits Hanoi to talk chips':
        'no relevant story (relevance, before and after): the people are never read',
    'Swift says U.S. Navy will keep sailing in South China Sea':
        'no relevant story (relevance, before and after): the people are never read',
    'U.S., Philippines criticize China at Second Thomas Shoal':
        'no relevant story (relevance, before and after): the people are never read',
    'Chinese vice premier meets U.S. business leaders':
        'no relevant story (relevance, before and after): the people are never read',
    'Bộ trưởng Khoa học và Công nghệ làm việc với Thứ trưởng Ngoại giao Mỹ':
        'no relevant story (relevance, before and after): the people are never read',
    'Tư lệnh Hạm đội Thái Bình Dương Mỹ thăm Việt Nam':
        'no relevant story (relevance, before and after): the people are never read',
    'Mỹ và Philippines chỉ trích Trung Quốc':
        'no relevant story (relevance, before and after): the people are never read',
    '吴胜利会见美国海军太平洋舰队司令':
        "names in characters are not the gold's spelling: only listed people are read in Chinese copy",
    '何立峰会见美国商会会长':
        'no relevant story (relevance, before and after): the people are never read',
    '越南谅山省委书记访问广西':
        "a former holder (前...主席) is read in Chinese copy: the former's word opens the chain only",
    '美官員訪北京 會晤中國外交部副部長':
        "names in characters are not the gold's spelling: only listed people are read in Chinese copy",
    '美商務部將中企列入實體清單':
        "names in characters are not the gold's spelling: only listed people are read in Chinese copy",
    '美國海岸防衛隊司令訪越':
        "names in characters are not the gold's spelling: only listed people are read in Chinese copy",
    '美國務院副助卿華自強訪北京':
        "names in characters are not the gold's spelling: only listed people are read in Chinese copy",
    '凌激会见美国商务部副部长拉戈':
        "the American's name in characters is not the gold's spelling (凌激 is listed, 拉戈 not)",
    '商务部副部长兼副国际贸易谈判代表凌激会见美国财政部副部长':
        "the American's name in characters is not the gold's spelling (凌激 is listed, 尚博 not)",
}


def _cases(rows: list[tuple[str, str, set[str]]]) -> list[object]:
    return [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=LEFT[row[0]]))
            if row[0] in LEFT else pytest.param(*row) for row in rows]


@pytest.mark.parametrize(("title", "text", "people"), _cases(ENGLISH))
def test_unlisted_holders_of_english_copy(title: str, text: str, people: set[str]) -> None:
    assert main_people(title, text) == people


@pytest.mark.parametrize(("title", "text", "people"), _cases(VIETNAMESE))
def test_unlisted_holders_of_vietnamese_copy(title: str, text: str, people: set[str]) -> None:
    assert main_people(title, text) == people


@pytest.mark.parametrize(("title", "text", "people"), _cases(CHINESE))
def test_unlisted_holders_of_chinese_copy(title: str, text: str, people: set[str]) -> None:
    assert main_people(title, text) == people


# The names one sentence's titles read (titled.titled_people), for the forms above and their look-alikes:
# an apposition of a company, a body, a former holder, a third country or a sentence's opener names no one.
SENTENCES = [
    ("en", "Jose Fernandez, the U.S. under secretary of state for economic growth, met"
     " Vietnamese officials.",
     {"Jose Fernandez"}),
    ("en", "Admiral Scott Swift, commander of the U.S. Pacific Fleet, held talks in Beijing.",
     {"Scott Swift"}),
    ("en", "China opposes the sanctions, Chinese Embassy spokesperson Zhou Xiaoning said.",
     {"Zhou Xiaoning"}),
    ("en", "Deputy Assistant Secretary of State Rick Waters met Chinese officials in Beijing.",
     {"Rick Waters"}),
    ("en", "Craig Allen, president of the U.S.-China Business Council, met Chinese officials.", set()),
    ("en", "Ted Osborne, a former U.S. ambassador, said the talks went well.", set()),
    ("en", "Takeo Mori, Japan's vice foreign minister, met U.S. officials in Tokyo.", set()),
    ("en", "On Monday, the U.S. ambassador met Chinese officials.", set()),
    ("en", "British Under Secretary Mark Field met Chinese officials in Beijing.", set()),
    ("en", "Shi Yinhong, a professor at Renmin University, said the talks were useful.", set()),
    ("vi", "Bà Susan Burns, Tổng Lãnh sự Mỹ tại TP HCM, đã chào từ biệt lãnh đạo Thành phố.",
     {"Susan Burns"}),
    ("vi", "Ông Trần Quốc Cường, Bí thư Tỉnh ủy Điện Biên, đã tiếp đoàn tỉnh Vân Nam.", {"Trần Quốc Cường"}),
    ("vi", "Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam Phùng Sĩ Tấn đã tiếp đoàn Mỹ.",
     {"Phùng Sĩ Tấn"}),
    ("vi", "Ông Phạm Nhật Vượng, Chủ tịch Tập đoàn Vingroup, đã tiếp đoàn Mỹ.", set()),
    ("vi", "Bà Nguyễn Thị Lan, Chủ tịch Hội Nông dân Việt Nam, đã tiếp đoàn Mỹ.", set()),
    ("vi", "Ông Lưu Bằng Vũ, Người phát ngôn Đại sứ quán Trung Quốc tại Mỹ, cho biết như vậy.", set()),
    ("vi", "Ông Nguyễn Văn Hùng, nguyên Đại sứ Việt Nam tại Mỹ, đã dự buổi tiếp.", set()),
    ("vi", "Ông Yamada Takio, Đại sứ Nhật Bản tại Việt Nam, đã dự buổi tiếp.", set()),
]


@pytest.mark.parametrize(("script", "text", "names"), SENTENCES)
def test_titled_names_of_forms_and_look_alikes(script: str, text: str, names: set[str]) -> None:
    assert {name for _, _, name, _ in read_sentence(text, 1, 1.0, script).titled} == names


# A second mention by surname ("Lago met ...", "ông Cường đã tiếp ..."), in the sentence that tells the main
# event, of an office-holder read in full earlier in the story.
SECOND_MENTIONS = [
    ("Điện Biên tiếp đoàn đại biểu tỉnh Vân Nam",
     "Điện Biên (TTXVN) - Ông Trần Quốc Cường, Bí thư Tỉnh ủy Điện Biên, vừa có buổi làm việc với các sở"
     " ngành của tỉnh. Ngày 18/10, ông Cường đã tiếp đoàn đại biểu tỉnh Vân Nam (Trung Quốc).",
     {"Trần Quốc Cường"}),
    ("Lãnh đạo TP Hồ Chí Minh tiếp Tổng Lãnh sự Mỹ",
     "TP Hồ Chí Minh (TTXVN) - Bà Susan Burns, Tổng Lãnh sự Mỹ tại TP HCM, sắp kết thúc nhiệm kỳ công tác."
     " Chiều 20/7, Chủ tịch UBND Thành phố Phan Văn Mãi đã tiếp bà Burns.", {"Phan Văn Mãi", "Susan Burns"}),
    ("Bộ trưởng Lương Tam Quang tiếp đoàn Mỹ",
     "Hà Nội (TTXVN) - Thượng tướng Lương Tam Quang, Thứ trưởng Bộ Công an, vừa trở về từ Oa-sinh-tơn."
     " Ngày 6/12, ông Quang đã tiếp Đại sứ Mỹ Marc Knapper tại Hà Nội.", {"Lương Tam Quang", "Marc Knapper"}),
    ("Vietnam deputy PM meets U.S. trade official",
     "HANOI (Reuters) - Marisa Lago, the U.S. under secretary of commerce for international trade, is in"
     " Hanoi this week with a delegation of American chipmakers. On Tuesday Vietnamese Deputy Prime Minister"
     " Tran Hong Ha met Lago in Hanoi.", {"Marisa Lago", "Trần Hồng Hà"}),
    # a surname that is no second mention: a word of another name, a company
    ("Vietnam deputy PM meets U.S. ambassador",
     "HANOI (Reuters) - Lindsey Ford, a U.S. deputy assistant secretary of defense, visited a factory of"
     " the Ford Motor Company near Hanoi last week. On Tuesday Vietnamese Deputy Prime Minister Tran Hong Ha"
     " met U.S. Ambassador Marc Knapper in Hanoi.", {"Trần Hồng Hà", "Marc Knapper"}),
]


@pytest.mark.parametrize(("title", "text", "people"), _cases(SECOND_MENTIONS))
def test_second_mentions_by_surname(title: str, text: str, people: set[str]) -> None:
    assert main_people(title, text) == people
