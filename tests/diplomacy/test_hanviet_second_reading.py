"""A second reading of the Hán-Việt part on leads its writer never saw: office-holders named across the
Chinese-Vietnamese script line (a Vietnamese holder in characters in Chinese copy, a Chinese one in Hán-Việt
syllables in Vietnamese copy), their English counterparts, and hard negatives (a former holder, a third
country's official or post, a local title, a joiner or verb after the name). Each row: the people of the main
event (none where the story tells no event); a row still misread is a strict xfail with its reason."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.diplomacy import detect


def _people(title: str, text: str, language: str, published: str) -> tuple[str, ...]:
    detection = detect(title, text, language, date.fromisoformat(published))
    if not detection.relevant or not detection.events:
        return ()
    main = next((e for e in detection.events if e.main), detection.events[0])
    return tuple(sorted(main.people))


def _row(language: str, title: str, text: str, published: str, people: tuple[str, ...],
         misread: str | None = None) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=misread)] if misread else []
    return pytest.param(language, title, text, published, tuple(sorted(people)), marks=marks)


LEADS = [
    _row("vi", "Bộ trưởng Thương mại Trung Quốc điện đàm với Bộ trưởng Công Thương Việt Nam",
         "Ngày 12/3, Bộ trưởng Thương mại Trung Quốc Vương Văn Đào đã điện đàm với Bộ trưởng Công "
         "Thương Việt Nam Nguyễn Hồng Diên về hợp tác thương mại.",
         "2024-03-12", ("Nguyễn Hồng Diên", "Wang Wentao")),
    _row("vi", "Người phát ngôn Trung Quốc phản đối Mỹ bán vũ khí cho Đài Loan",
         "Người phát ngôn Bộ Ngoại giao Trung Quốc Lâm Kiếm ngày 19/12 phản đối việc Mỹ bán vũ khí "
         "cho Đài Loan.",
         "2024-12-19", ("Lin Jian",)),
    _row("vi", "Phó Thủ tướng Trung Quốc hội đàm với Bộ trưởng Tài chính Mỹ",
         "Phó Thủ tướng Trung Quốc Hà Lập Phong đã hội đàm với Bộ trưởng Tài chính Mỹ Janet Yellen "
         "tại Quảng Châu ngày 5/4.",
         "2024-04-05", ("He Lifeng", "Janet Yellen")),
    _row("vi", "Đại sứ Trung Quốc chào từ biệt Chủ tịch nước",
         "Chủ tịch nước Lương Cường đã tiếp Đại sứ Trung Quốc tại Việt Nam Hùng Ba đến chào từ biệt.",
         "2024-12-20", ("Lương Cường", "Xiong Bo")),
    _row("vi", "Thứ trưởng Ngoại giao Trung Quốc thăm Việt Nam",
         "Thứ trưởng Ngoại giao Trung Quốc Trần Hiểu Đông đã thăm Hà Nội từ ngày 8 đến 9/5 và hội "
         "đàm với Thứ trưởng Ngoại giao Đỗ Hùng Việt.",
         "2023-05-08", ("Chen Xiaodong", "Đỗ Hùng Việt")),
    _row("vi", "Bộ trưởng Quốc phòng Trung Quốc gặp Bộ trưởng Quốc phòng Mỹ",
         "Bộ trưởng Quốc phòng Trung Quốc Đổng Quân đã gặp Bộ trưởng Quốc phòng Mỹ Lloyd Austin "
         "bên lề Đối thoại Shangri-La ngày 31/5.",
         "2024-05-31", ("Dong Jun", "Lloyd Austin")),
    _row("vi", "Người phát ngôn Bộ Quốc phòng Trung Quốc chỉ trích Mỹ",
         "Người phát ngôn Bộ Quốc phòng Trung Quốc Trương Hiểu Cương ngày 28/11 chỉ trích Mỹ điều "
         "tàu chiến qua eo biển Đài Loan.",
         "2024-11-28", ("Zhang Xiaogang",)),
    _row("vi", "Ủy viên Bộ Chính trị Trung Quốc thăm Việt Nam",
         "Ông Vương Hỗ Ninh, Chủ tịch Chính hiệp toàn quốc Trung Quốc, đã hội kiến Tổng Bí thư Tô "
         "Lâm tại Hà Nội.",
         "2024-08-19", ("Tô Lâm", "Wang Huning")),
    _row("vi", "Thứ trưởng Thương mại Trung Quốc đàm phán với Mỹ",
         "Ông Lý Thành Cương, Đại diện đàm phán thương mại quốc tế của Trung Quốc, đã đàm phán với "
         "phía Mỹ tại Geneva.",
         "2025-05-10", ("Li Chenggang",)),
    _row("vi", "Đại sứ Trung Quốc tại Mỹ phát biểu",
         "Đại sứ Trung Quốc tại Mỹ Tạ Phong ngày 3/2 cảnh báo Mỹ không nên áp thuế với hàng hóa Trung Quốc.",
         "2025-02-03", ("Xie Feng",)),
    _row("vi", "Thủ tướng Singapore hội kiến Bộ trưởng Ngoại giao Trung Quốc",
         "Thủ tướng Singapore Lý Hiển Long đã hội kiến Bộ trưởng Ngoại giao Trung Quốc Vương Nghị "
         "tại Singapore.",
         "2023-08-11", ()),
    _row("vi", "Cựu Bộ trưởng Quốc phòng Trung Quốc bị khai trừ",
         "Cựu Bộ trưởng Quốc phòng Trung Quốc Lý Thượng Phúc đã bị khai trừ khỏi đảng, trong khi "
         "Bộ trưởng Quốc phòng Mỹ Lloyd Austin gọi điện cho Bộ trưởng Quốc phòng Trung Quốc Đổng "
         "Quân.",
         "2024-06-27", ("Dong Jun", "Lloyd Austin")),
    _row("vi", "Bí thư Khu ủy Quảng Tây thăm Lạng Sơn",
         "Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) Trần Cương đã hội kiến "
         "Phó Thủ tướng Trần Lưu Quang tại Hà Nội.",
         "2024-04-01", ("Chen Gang", "Trần Lưu Quang")),
    _row("vi", "Lãnh đạo Đài Loan quá cảnh Mỹ, Trung Quốc phản đối",
         "Bộ Ngoại giao Trung Quốc phản đối việc lãnh đạo Đài Loan Lại Thanh Đức quá cảnh Mỹ.",
         "2024-12-01", ()),
    _row("vi", "Đại sứ Trung Quốc tại Hà Nội gặp Thứ trưởng Ngoại giao",
         "Thứ trưởng Ngoại giao Nguyễn Minh Vũ đã tiếp Đại sứ Trung Quốc tại Hà Nội Hà Vĩ.",
         "2025-03-05", ("He Wei", "Nguyễn Minh Vũ")),
    _row("vi", "Ngoại trưởng Mỹ gặp Ngoại trưởng Trung Quốc",
         "Ngoại trưởng Mỹ Marco Rubio đã gặp Bộ trưởng Ngoại giao Trung Quốc Vương Nghị tại Kuala "
         "Lumpur ngày 11/7.",
         "2025-07-11", ("Marco Rubio", "Wang Yi")),
    _row("vi", "Người phát ngôn Trung Quốc bình luận về Việt Nam",
         "Người phát ngôn Bộ Ngoại giao Trung Quốc Quách Gia Khôn ngày 14/1 cho biết Trung Quốc "
         "hoan nghênh chuyến thăm của Thủ tướng Việt Nam.",
         "2025-01-14", ("Guo Jiakun",),
         "a spokesperson takes no part in the visit the detector makes the main event"),
    _row("vi", "Phó Chủ tịch Trung Quốc tiếp Phó Chủ tịch nước Việt Nam",
         "Phó Chủ tịch Trung Quốc Hàn Chính đã tiếp Phó Chủ tịch nước Võ Thị Ánh Xuân tại Bắc Kinh.",
         "2023-05-30", ("Han Zheng", "Võ Thị Ánh Xuân")),
    _row("vi", "Thứ trưởng Ngoại giao Trung Quốc triệu Đại sứ Mỹ",
         "Ông Mã Triều Húc, Thứ trưởng Thường trực Bộ Ngoại giao Trung Quốc, đã triệu Đại sứ Mỹ "
         "Nicholas Burns để phản đối.",
         "2024-10-10", ("Ma Zhaoxu", "Nicholas Burns")),
    _row("vi", "Trưởng Ban Liên lạc Đối ngoại Trung Quốc thăm Việt Nam",
         "Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc Lưu Kiến Siêu đã thăm "
         "Việt Nam và hội kiến Thường trực Ban Bí thư Lương Cường.",
         "2023-11-10", ("Liu Jianchao", "Lương Cường")),
    _row("zh", "王毅会见越南副外长",
         "外交部长王毅11日在北京会见越南外交部副部长杜雄越。",
         "2023-07-11", ("Wang Yi", "Đỗ Hùng Việt")),
    _row("zh", "中越外交部副部长举行磋商",
         "外交部副部长孙卫东与越南外交部副部长阮明武8日在河内举行中越外交磋商。",
         "2024-03-08", ("Nguyễn Minh Vũ", "Sun Weidong")),
    _row("zh", "越南国防部副部长会见中国大使",
         "越南国防部副部长黄春战14日在河内会见中国驻越南大使熊波。",
         "2023-06-14", ("Hoàng Xuân Chiến", "Xiong Bo")),
    _row("zh", "越南副总理访华",
         "越南政府副总理陈流光6日抵达北京，开始对中国进行工作访问。",
         "2023-07-06", ("Trần Lưu Quang",)),
    _row("zh", "越南工贸部长与美国商务部长通电话",
         "越南工贸部长阮红延20日同美国商务部长雷蒙多通电话，讨论半导体合作。",
         "2023-09-20", ("Gina Raimondo", "Nguyễn Hồng Diên")),
    _row("zh", "越南驻华大使拜会中联部",
         "中联部部长刘建超15日在北京会见越南驻华大使范星梅。",
         "2022-12-15", ("Liu Jianchao", "Phạm Sao Mai")),
    _row("zh", "越南外交部发言人表示反对",
         "越南外交部发言人范秋姮14日表示，越方坚决反对中方在黄沙群岛的行为。",
         "2024-03-14", ("Phạm Thu Hằng",)),
    _row("zh", "越南副外长称越美关系发展良好",
         "越南外交部副部长何金玉称，越南与美国关系近年来发展良好。",
         "2023-10-02", ("Hà Kim Ngọc",),
         "称 after a deputy minister tells no event the detector reads"),
    _row("zh", "越南国会主席会见中国全国政协主席",
         "越南国会主席陈青敏7日在河内会见中国全国政协主席王沪宁。",
         "2025-04-07", ("Trần Thanh Mẫn", "Wang Huning")),
    _row("zh", "越南公安部长会见中国公安部长",
         "越南公安部部长梁三光与中国公安部部长王小洪12日在北京举行会谈。",
         "2024-12-12", ("Lương Tam Quang", "Wang Xiaohong")),
    _row("zh", "越南副外长邓黄江会见美国官员",
         "越南外交部副部长邓黄江同美国助理国务卿康达在华盛顿举行会谈。",
         "2023-05-16", ("Daniel Kritenbrink", "Đặng Hoàng Giang")),
    _row("zh", "越南總理訪問美國",
         "越南政府總理范明政20日抵達紐約，對美國進行工作訪問。",
         "2023-09-20", ("Phạm Minh Chính",)),
    _row("zh", "越南國防部副部長會見美國官員",
         "越南國防部副部長黃春戰在河內會見美國國防部副助理部長。",
         "2023-07-21", ("Hoàng Xuân Chiến",)),
    _row("zh", "越南外交部發言人表態",
         "越南外交部發言人范秋姮表示，越方反對美國對越南商品徵收關稅。",
         "2025-04-03", ("Phạm Thu Hằng",)),
    _row("zh", "韩正会见老挝客人",
         "国家副主席韩正在北京会见老挝国会副主席宋玛和越南代表团。",
         "2023-05-30", ("Han Zheng",),
         "the meeting with a Lao guest and a Vietnamese delegation reads no event"),
    _row("zh", "越南前总理阮晋勇访华",
         "越南前总理阮晋勇访华，国家主席习近平会见越南外长裴青山。",
         "2023-06-25", ("Bùi Thanh Sơn", "Xi Jinping")),
    _row("zh", "越南河内市委书记会见中国大使",
         "越南河内市委书记丁进勇会见中国驻越南大使熊波。",
         "2023-04-04", ("Xiong Bo", "Đinh Tiến Dũng")),
    _row("zh", "越南国防部长会见中国国防部长",
         "越南国防部长潘文江大将10日在北京会见中国国防部长董军。",
         "2024-05-10", ("Dong Jun", "Phan Văn Giang")),
    _row("zh", "越南副外长阮明武强调南海问题",
         "越南外交部副部长阮明武强调，越方反对中方在南海的行动。",
         "2024-07-01", ("Nguyễn Minh Vũ",)),
    _row("zh", "越南驻美大使会见美国国务卿",
         "美国国务卿布林肯会见越南驻美国大使阮国勇。",
         "2023-03-10", ("Antony Blinken", "Nguyễn Quốc Dũng")),
    _row("en", "Vietnam's deputy FM Do Hung Viet meets China's Sun Weidong",
         "Vietnamese Deputy Foreign Minister Do Hung Viet met Chinese Vice Foreign Minister Sun "
         "Weidong in Beijing on Tuesday for consultations.",
         "2023-07-11", ("Sun Weidong", "Đỗ Hùng Việt")),
    _row("en", "China's commerce minister Wang Wentao talks with Vietnam's Nguyen Hong Dien",
         "Chinese Commerce Minister Wang Wentao held a phone call with Vietnamese Minister of "
         "Industry and Trade Nguyen Hong Dien on Tuesday.",
         "2024-03-12", ("Nguyễn Hồng Diên", "Wang Wentao")),
    _row("en", "Dong Jun meets Vietnam's Phan Van Giang",
         "Chinese Defense Minister Dong Jun met Vietnamese Defense Minister Phan Van Giang in "
         "Beijing on Friday.",
         "2024-05-10", ("Dong Jun", "Phan Văn Giang")),
    _row("en", "U.S., Vietnam hold dialogue",
         "U.S. Assistant Secretary of State Daniel Kritenbrink and Vietnamese Deputy Foreign "
         "Minister Ha Kim Ngoc co-chaired a political dialogue in Hanoi on Monday.",
         "2023-10-02", ("Daniel Kritenbrink", "Hà Kim Ngọc")),
    _row("en", "Chinese ambassador He Wei calls on Vietnam's Luong Cuong",
         "Vietnamese President Luong Cuong received Chinese Ambassador He Wei in Hanoi on Thursday.",
         "2025-03-06", ("He Wei", "Lương Cường")),
    _row("en", "Former Vietnamese leader Nguyen Tan Dung visits Beijing",
         "Chinese Foreign Minister Wang Yi met Vietnamese Foreign Minister Bui Thanh Son in "
         "Beijing on Monday, while former prime minister Nguyen Tan Dung also visited.",
         "2023-06-26", ("Bùi Thanh Sơn", "Wang Yi")),
    _row("en", "China's Lin Jian slams U.S. chip curbs",
         "Chinese Foreign Ministry spokesman Lin Jian on Tuesday criticized new U.S. export "
         "controls on chips.",
         "2024-12-03", ("Lin Jian",)),
    _row("en", "Vietnam's Tran Luu Quang visits China",
         "Vietnamese Deputy Prime Minister Tran Luu Quang arrived in Beijing on Thursday for a "
         "working visit.",
         "2023-07-06", ("Trần Lưu Quang",)),
    _row("en", "Singapore's Lee meets Wang Yi",
         "Singapore Prime Minister Lee Hsien Loong met Chinese Foreign Minister Wang Yi on Friday.",
         "2023-08-11", ()),
    _row("en", "Vietnam public security minister meets Chinese counterpart",
         "Vietnamese Public Security Minister Luong Tam Quang held talks with Chinese Public "
         "Security Minister Wang Xiaohong in Beijing on Thursday.",
         "2024-12-12", ("Lương Tam Quang", "Wang Xiaohong")),
    _row("en", "Hanoi party chief meets Chinese ambassador",
         "Hanoi Party Secretary Dinh Tien Dung met Chinese Ambassador Xiong Bo on Tuesday.",
         "2023-04-04", ("Xiong Bo", "Đinh Tiến Dũng")),
    _row("en", "U.S. envoy Knapper meets Vietnam's Nguyen Minh Vu",
         "U.S. Ambassador Marc Knapper met Vietnamese Deputy Foreign Minister Nguyen Minh Vu in "
         "Hanoi on Wednesday.",
         "2024-03-06", ("Marc Knapper", "Nguyễn Minh Vũ")),
    _row("en", "Chinese vice FM Chen Xiaodong visits Hanoi",
         "Chinese Vice Foreign Minister Chen Xiaodong visited Hanoi on Monday and held talks with "
         "Vietnamese Deputy Foreign Minister Do Hung Viet.",
         "2023-05-08", ("Chen Xiaodong", "Đỗ Hùng Việt")),
    _row("en", "Vietnam's Pham Thu Hang rejects Chinese claims",
         "Vietnamese Foreign Ministry spokeswoman Pham Thu Hang on Thursday rejected China's "
         "claims in the Paracel Islands.",
         "2024-03-14", ("Phạm Thu Hằng",)),
    _row("en", "Guangxi chief meets Vietnamese deputy PM",
         "Guangxi Party Secretary Chen Gang met Vietnamese Deputy Prime Minister Tran Luu Quang in "
         "Nanning on Monday.",
         "2024-04-01", ("Chen Gang", "Trần Lưu Quang"),
         "a Chinese provincial party secretary in English copy is no title the detector reads"),
    _row("en", "He Lifeng, Yellen hold talks in Guangzhou",
         "Chinese Vice Premier He Lifeng held talks with U.S. Treasury Secretary Janet Yellen in "
         "Guangzhou on Friday.",
         "2024-04-05", ("He Lifeng", "Janet Yellen")),
    _row("en", "Vietnam's Tran Thanh Man meets Wang Huning",
         "Vietnamese National Assembly Chairman Tran Thanh Man met Chinese top political advisor "
         "Wang Huning in Hanoi on Monday.",
         "2025-04-07", ("Trần Thanh Mẫn", "Wang Huning")),
    _row("en", "Taiwan's Lai transits U.S., Beijing protests",
         "China's Foreign Ministry lodged a protest with Washington on Sunday over Taiwan leader "
         "Lai Ching-te's transit through Hawaii.",
         "2024-12-01", ()),
    _row("en", "Vietnam's Ha Kim Ngoc says U.S. ties growing",
         "Vietnamese Deputy Foreign Minister Ha Kim Ngoc said on Monday ties with the United "
         "States were growing stronger.",
         "2023-10-02", ("Hà Kim Ngọc",)),
    _row("en", "Xie Feng warns U.S. on tariffs",
         "Chinese Ambassador to the United States Xie Feng warned Washington on Monday against new tariffs.",
         "2025-02-03", ("Xie Feng",)),
    _row("vi", "Đại sứ Trung Quốc và Mỹ tại Hàn Quốc gặp nhau",
         "Đại sứ Trung Quốc tại Hàn Quốc Hình Hải Minh đã gặp Đại sứ Mỹ tại Hàn Quốc Philip "
         "Goldberg tại Seoul ngày 9/6.",
         "2023-06-09", ("Philip Goldberg", "Xing Haiming")),
    _row("vi", "Tổng lãnh sự Trung Quốc tại TP Hồ Chí Minh thăm Cần Thơ",
         "Chủ tịch UBND TP Cần Thơ Trần Việt Trường đã tiếp Tổng lãnh sự Trung Quốc tại TP Hồ Chí "
         "Minh Ngụy Hoa Tường.",
         "2023-09-12", ("Trần Việt Trường", "Wei Huaxiang"),
         "the main event is the consul general's visit, the city chairman's host side not joined"),
    _row("vi", "Người phát ngôn Đại sứ quán Trung Quốc tại Mỹ lên tiếng",
         "Người phát ngôn Đại sứ quán Trung Quốc tại Mỹ Lưu Bằng Vũ ngày 2/5 phản đối lệnh trừng "
         "phạt mới của Mỹ.",
         "2024-05-02", ("Liu Pengyu",)),
    _row("vi", "Thứ trưởng Ngoại giao Việt Nam tiếp Trợ lý Bộ trưởng Ngoại giao Trung Quốc",
         "Thứ trưởng Ngoại giao Nguyễn Minh Hằng đã tiếp Trợ lý Bộ trưởng Ngoại giao Trung Quốc "
         "Nông Dung tại Hà Nội.",
         "2022-07-20", ("Nguyễn Minh Hằng", "Nong Rong")),
    _row("vi", "Phó Tổng lãnh sự Trung Quốc chào xã giao",
         "Ông Lương Khải Hoa, Phó Tổng lãnh sự Trung Quốc tại Đà Nẵng, đã chào xã giao Chủ tịch "
         "UBND thành phố Đà Nẵng Lê Trung Chinh.",
         "2023-10-05", ("Liang Kaihua", "Lê Trung Chinh"),
         "Khải reads 凯 kai or 启 qi: the name reads two ways"),
    _row("vi", "Cựu Đại sứ Trung Quốc phát biểu về quan hệ với Mỹ",
         "Nguyên Đại sứ Trung Quốc tại Mỹ Thôi Thiên Khải cho rằng Mỹ nên hợp tác với Trung Quốc; "
         "Bộ trưởng Ngoại giao Trung Quốc Vương Nghị hội đàm với Ngoại trưởng Mỹ Antony Blinken.",
         "2023-06-19", ("Antony Blinken", "Wang Yi")),
    _row("vi", "Phó Chủ tịch Quảng Tây hội đàm với Lạng Sơn",
         "Phó Chủ tịch Chính quyền Khu tự trị Quảng Tây Trung Quốc Vi Triều Hy đã hội đàm với Chủ "
         "tịch UBND tỉnh Lạng Sơn Hồ Tiến Thiệu.",
         "2023-03-15", ("Hồ Tiến Thiệu", "Wei Zhaoxi"),
         "after a local title of China nothing is read (a province's name is Hán-Việt too)"),
    _row("vi", "Thứ trưởng Ngoại giao Trung Quốc Hồng Lỗi thăm Mỹ",
         "Thứ trưởng Ngoại giao Trung Quốc Hồng Lỗi đã đến Washington ngày 4/11 và gặp Thứ trưởng "
         "Ngoại giao Mỹ Richard Verma.",
         "2024-11-04", ("Hong Lei", "Richard Verma"),
         "a listed person named in another office than his list's ends the reach unread"),
    _row("vi", "Đại sứ Trung Quốc Hùng Ba tiếp Phó Thủ tướng",
         "Phó Thủ tướng Lê Thành Long đã tiếp Đại sứ Trung Quốc Hùng Ba và Đại sứ Lào tại Việt Nam "
         "Khamphao Ernthavanh.",
         "2024-07-02", ("Lê Thành Long", "Xiong Bo")),
    _row("vi", "Bộ trưởng Thương mại Trung Quốc tiếp Đại sứ Mỹ",
         "Ông Vương Văn Đào, Bộ trưởng Thương mại Trung Quốc, tiếp Đại sứ Mỹ tại Trung Quốc "
         "Nicholas Burns ngày 8/3.",
         "2024-03-08", ("Nicholas Burns", "Wang Wentao")),
    _row("zh", "越南副外长阮明姮会见中国大使",
         "越南外交部副部长阮明姮当天在河内会见中国驻越南大使熊波。",
         "2022-09-09", ("Nguyễn Minh Hằng", "Xiong Bo")),
    _row("zh", "越南工贸部副部长访问美国",
         "越南工贸部副部长潘氏胜率团访问华盛顿，会见美国商务部官员。",
         "2023-11-10", ("Phan Thị Thắng",)),
    _row("zh", "越南计划投资部副部长会见美国大使",
         "越南计划投资部副部长陈维东表示欢迎美国企业投资，美国驻越南大使高武德出席。",
         "2023-10-10", ("Trần Duy Đông",)),
    _row("zh", "越南公安部副部长会见中国公安部副部长",
         "越南公安部副部长阮文龙与中国公安部副部长许甘露在北京举行会谈。",
         "2023-08-24", ("Nguyễn Văn Long", "Xu Ganlu")),
    _row("zh", "越南交通运输部副部长会见中国大使",
         "越南交通运输部副部长黎英俊一行在河内会见中国驻越南大使熊波。",
         "2024-01-18", ("Lê Anh Tuấn", "Xiong Bo")),
    _row("zh", "越南国会对外委员会主任访华",
         "越南国会对外委员会主任武海河率团访华，全国人大常委会副委员长会见。",
         "2023-11-20", ("Vũ Hải Hà",)),
    _row("zh", "越南前驻华大使出席活动",
         "越南前驻华大使阮文诗出席活动，中国外交部副部长孙卫东会见越南外交部副部长阮明姮。",
         "2022-10-08", ("Nguyễn Minh Hằng", "Sun Weidong")),
    _row("zh", "越南總理府辦公廳主任訪華",
         "越南政府辦公廳主任陳文山訪問北京，與中國國務院副秘書長舉行會談。",
         "2023-06-15", ("Trần Văn Sơn",)),
    _row("zh", "越南外长会见柬埔寨外长和中国大使",
         "越南外长裴青山会见柬埔寨副首相兼外交大臣布拉索昆，随后会见中国驻越南大使熊波。",
         "2023-09-01", ("Bùi Thanh Sơn", "Xiong Bo")),
    _row("zh", "越南副外长阮明姮同美方举行对话",
         "越南外交部副部长阮明姮同美国国务院助理国务卿康达在河内举行政治对话。",
         "2022-10-15", ("Daniel Kritenbrink", "Nguyễn Minh Hằng")),
    _row("zh", "越南副外长访华",
         "越南外交部副部长阮明姮一行访问北京，会见中国外交部副部长孙卫东。",
         "2022-11-02", ("Nguyễn Minh Hằng", "Sun Weidong")),
    _row("zh", "越南广宁省委书记会见广西党委书记",
         "越南广宁省委书记阮春记在下龙会见中国广西壮族自治区党委书记刘宁。",
         "2023-05-05", ("Liu Ning", "Nguyễn Xuân Ký")),
    _row("zh", "越南工贸部副部长潘氏胜访美",
         "越南工贸部副部长潘氏胜访美期间会见美国商务部副部长。",
         "2023-11-12", ("Phan Thị Thắng",)),
    _row("zh", "越南副外长阮明姮和美国副国务卿会谈",
         "越南外交部副部长阮明姮和美国副国务卿舍曼在华盛顿举行会谈。",
         "2022-09-20", ("Nguyễn Minh Hằng", "Wendy Sherman")),
    _row("zh", "广西主席会见越南驻南宁总领事",
         "广西壮族自治区主席蓝天立会见越南驻南宁总领事黎氏秋。",
         "2023-03-03", ("Lan Tianli", "Lê Thị Thu")),
    _row("vi", "Đại sứ Trung Quốc và Mỹ tại Campuchia gặp nhau",
         "Đại sứ Trung Quốc tại Campuchia Uông Văn Thiên đã gặp Đại sứ Mỹ tại Campuchia W. Patrick "
         "Murphy ở Phnom Penh.",
         "2023-02-10", ("W. Patrick Murphy", "Wang Wentian"),
         "Thiên reads 天 tian or 千 qian: the name reads two ways"),
]


@pytest.mark.parametrize("language, title, text, published, people", LEADS)
def test_the_people_of_a_lead_across_the_script_line(language: str, title: str, text: str, published: str,
                                                     people: tuple[str, ...]) -> None:
    assert _people(title, text, language, published) == people


# The table's name characters added on a second reading.
@pytest.mark.parametrize("chars, expected", [
    ("阮氏垂", "Nguyễn Thị Thùy"), ("陈氏绒", "Trần Thị Nhung"), ("黎懿", "Lê Ý"),
    ("范文议", "Phạm Văn Nghị"),
])
def test_name_characters_read_into_vietnamese(chars: str, expected: str) -> None:
    from extractors.diplomacy import hanviet

    assert hanviet.vietnamese_name(chars) == expected


@pytest.mark.parametrize("words, expected", [
    ("Khương Tái Đông", None),  # Tái: 再 zai, 赛 sai
    ("Lý Tế Dân", "Li Jimin"), ("Trương Kỳ", "Zhang Qi"),
])
def test_hanviet_syllables_after_the_table_grew(words: str, expected: str | None) -> None:
    from extractors.diplomacy import hanviet

    assert hanviet.chinese_name(words.split()) == expected
