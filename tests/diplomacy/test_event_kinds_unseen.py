"""The type of acts that look alike: relations reduced (diplomats expelled, consulates closed, an envoy
called home, dialogues or cooperation suspended, talks or visits called off as a measure) against the
visits, talks and calls they name; a government's welcome against congratulations; criticism against the
warships or statements it answers; sanctions on officials, entities and visas against trade measures and
accusations; rounds of talks against meetings; signings against calls; visits against their meetings;
demands against appeals. Our own leads in the three languages, labelled before the detector ran on them;
the `hard` rows are look-alikes that must keep their type."""

from __future__ import annotations

import pytest

from extractors.diplomacy import detect
from tests.diplomacy.stories import assert_act, main_event

# (title, text, language, type, actor, target)
LEADS: list[tuple[str, str, str, str, str, str]] = [
    # ------------------------------------------------------------ relations reduced
    ("China orders U.S. to close Chengdu consulate in tit-for-tat move",
     "BEIJING (Reuters) - China ordered the United States on Friday to close its consulate in the "
     "southwestern city of Chengdu, retaliating for Washington's order to shut China's consulate in "
     "Houston.", "en", "reduce_relations", "CHN", "USA"),
    ("China cancels defence consultations with U.S. over Taiwan arms sale",
     "BEIJING (Reuters) - China on Thursday cancelled a planned round of defence consultations with the "
     "United States, saying Washington's latest arms sale to Taiwan had seriously harmed military ties.",
     "en", "reduce_relations", "CHN", "USA"),
    ("U.S. expels two Chinese embassy officials after base intrusion",
     "WASHINGTON (Reuters) - The United States expelled two Chinese embassy officials after they drove "
     "onto a military base in Virginia, U.S. officials said on Sunday.",
     "en", "reduce_relations", "USA", "CHN"),
    ("China calls ambassador home from Washington after Taiwan transit",
     "BEIJING (Reuters) - China on Monday called its ambassador in Washington home for consultations "
     "after the United States allowed Taiwan's leader to transit New York, the foreign ministry said.",
     "en", "reduce_relations", "CHN", "USA"),
    ("China halts cooperation with U.S. on climate, drug control",
     "BEIJING (AP) — China said on Friday it was halting cooperation with the United States on climate "
     "change, drug control and the return of illegal migrants in retaliation for House Speaker Nancy "
     "Pelosi's visit to Taiwan.", "en", "reduce_relations", "CHN", "USA"),
    ("Pentagon suspends military exchanges with China",
     "WASHINGTON (Reuters) - The Pentagon on Monday suspended military-to-military exchanges with China, "
     "including a planned port call by a Chinese navy ship, after Beijing detained two U.S. sailors.",
     "en", "reduce_relations", "USA", "CHN"),
    ("Trung Quốc hoãn vòng tham vấn an ninh hàng hải với Mỹ",
     "Ngày 12/3, Bắc Kinh thông báo hoãn vòng tham vấn an ninh hàng hải với Mỹ dự kiến diễn ra tuần tới, "
     "để phản ứng trước thương vụ bán vũ khí của Oa-sinh-tơn cho Đài Loan.",
     "vi", "reduce_relations", "CHN", "USA"),
    ("Trung Quốc đóng cửa Tổng Lãnh sự quán Mỹ tại Thành Đô",
     "Ngày 24/7, Bộ Ngoại giao Trung Quốc thông báo đã yêu cầu Mỹ đóng cửa Tổng Lãnh sự quán tại Thành "
     "Đô, đáp trả việc Oa-sinh-tơn buộc đóng cửa Tổng Lãnh sự quán Trung Quốc tại Hiu-xtơn.",
     "vi", "reduce_relations", "CHN", "USA"),
    ("Trung Quốc ngừng hợp tác với Mỹ về chống ma túy và khí hậu",
     "Ngày 5/8, Bộ Ngoại giao Trung Quốc tuyên bố ngừng hợp tác với Mỹ trong các lĩnh vực chống ma túy "
     "và biến đổi khí hậu, đáp trả chuyến thăm Đài Loan của Chủ tịch Hạ viện Mỹ Nancy Pelosi.",
     "vi", "reduce_relations", "CHN", "USA"),
    ("Mỹ buộc hai quan chức Đại sứ quán Trung Quốc rời khỏi nước này",
     "Theo tin từ Oa-sinh-tơn, Mỹ đã buộc hai quan chức Đại sứ quán Trung Quốc rời khỏi nước này sau khi "
     "họ lái xe vào một căn cứ quân sự ở bang Virginia.", "vi", "reduce_relations", "USA", "CHN"),
    ("中方宣布取消中美两军战区领导通话",
     "新华社北京8月5日电 外交部5日宣布，针对佩洛西窜访台湾，中方决定取消中美两军战区领导通话、暂停中美"
     "气候变化商谈。", "zh-Hans", "reduce_relations", "CHN", "USA"),
    ("中方宣布撤销美国驻成都总领事馆设立和运行许可",
     "新华社北京7月24日电 外交部24日宣布，中方决定撤销对美国驻成都总领事馆的设立和运行许可，对该馆停止"
     "一切业务和活动提出具体要求。", "zh-Hans", "reduce_relations", "CHN", "USA"),
    ("中國宣布暫停與美國氣候變化商談",
     "中央社台北5日電 中國外交部今天宣布，針對美國眾議院議長裴洛西訪台，中方決定暫停中美氣候變化商談、"
     "中美禁毒合作。", "zh-Hant", "reduce_relations", "CHN", "USA"),
    ("美國下令中國關閉駐休士頓總領事館",
     "中央社華盛頓22日專電 美國國務院今天表示，已下令中國關閉駐休士頓總領事館，以保護美國的智慧財產權。",
     "zh-Hant", "reduce_relations", "USA", "CHN"),
    # hard: a visit, a round or a call told after one called off, a reaction to a measure
    ("Blinken to visit China next week after postponed trip",
     "WASHINGTON (Reuters) - Secretary of State Antony Blinken will travel to Beijing on Sunday, the "
     "State Department said, four months after he postponed a planned trip over a suspected spy balloon.",
     "en", "visit", "USA", "CHN"),
    ("U.S., China hold defence policy talks after year-long freeze",
     "WASHINGTON (AP) — Senior U.S. and Chinese defence officials held the U.S.-China Defense Policy "
     "Coordination Talks at the Pentagon on Tuesday, the first since Beijing suspended military dialogue "
     "over Nancy Pelosi's visit to Taiwan.", "en", "negotiate", "USA", "CHN"),
    ("Ngoại trưởng Mỹ đến Bắc Kinh sau chuyến thăm bị hoãn",
     "Ngày 18/6, Ngoại trưởng Mỹ Antony Blinken đã đến Bắc Kinh, bắt đầu chuyến thăm Trung Quốc hai ngày, "
     "vốn bị hoãn hồi tháng 2 vì sự cố khinh khí cầu.", "vi", "visit", "USA", "CHN"),
    ("中美两军战区领导举行视频通话",
     "新华社北京9月10日电 中国人民解放军南部战区司令员吴亚男9日应约与美国印太司令部司令帕帕罗举行视频"
     "通话。这是中美两军自2022年暂停战区领导通话以来的首次。", "zh-Hans", "phone_call", "USA", "CHN"),
    ("China condemns U.S. decision to close its Houston consulate",
     "BEIJING (Reuters) - China on Wednesday condemned a U.S. order to close its consulate in Houston as "
     "an outrageous and unjustified move that would sabotage relations, foreign ministry spokesman Wang "
     "Wenbin said.", "en", "criticize", "CHN", "USA"),
    ("Trung Quốc phản đối Mỹ trục xuất nhà ngoại giao",
     "Ngày 16/12, Người phát ngôn Bộ Ngoại giao Trung Quốc Hoa Xuân Oánh cho biết Bắc Kinh đã gửi công "
     "hàm phản đối việc Mỹ trục xuất hai nhà ngoại giao Trung Quốc.", "vi", "protest", "CHN", "USA"),
    # ------------------------------------------------------------ a government's welcome, congratulations
    ("Việt Nam đánh giá cao việc Hoa Kỳ trao trả kỷ vật chiến tranh",
     "Ngày 20/9, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho biết Việt Nam đánh giá cao việc Hoa Kỳ "
     "trao trả các kỷ vật của bộ đội Việt Nam hy sinh trong chiến tranh.", "vi", "statement", "VNM", "USA"),
    ("Thủ tướng Phạm Minh Chính chúc mừng Tổng thống Donald Trump nhậm chức",
     "Ngày 20/1, Thủ tướng Phạm Minh Chính đã gửi thư chúc mừng ông Donald Trump nhân dịp nhậm chức Tổng "
     "thống thứ 47 của Hoa Kỳ.", "vi", "praise", "VNM", "USA"),
    ("China says it appreciates Biden remarks on Taiwan",
     "BEIJING (Reuters) - China's foreign ministry said on Thursday it appreciated U.S. President Joe "
     "Biden's comments that Washington does not support Taiwan independence, spokesman Wang Wenbin told a "
     "regular briefing.", "en", "statement", "CHN", "USA"),
    ("Biden congratulates Vo Van Thuong on election as Vietnam's president",
     "WASHINGTON (Reuters) - U.S. President Joe Biden on Friday sent a letter congratulating Vo Van Thuong "
     "on his election as Vietnam's president, the White House said.", "en", "praise", "USA", "VNM"),
    ("外交部：中方对美方重申不支持“台独”表示赞赏",
     "新华社北京11月15日电 外交部发言人毛宁15日在例行记者会上表示，中方注意到美方重申不支持“台独”，对此"
     "表示赞赏。", "zh-Hans", "statement", "CHN", "USA"),
    ("中國外交部歡迎美方延長中國學生簽證",
     "中央社台北20日電 中國外交部發言人今天表示，歡迎美方延長中國學生簽證有效期，認為這有利於兩國人文交流。",
     "zh-Hant", "statement", "CHN", "USA"),
    ("习近平致电祝贺苏林当选越共中央总书记",
     "新华社北京8月3日电 中共中央总书记、国家主席习近平3日致电苏林，祝贺他当选越南共产党中央委员会总书记。",
     "zh-Hans", "praise", "CHN", "VNM"),
    ("U.S. welcomes Vietnam's release of blogger",
     "WASHINGTON (Reuters) - The United States on Friday welcomed Vietnam's release of a prominent "
     "blogger, State Department spokesman Ned Price said in a statement, calling it a positive step.",
     "en", "statement", "USA", "VNM"),
    ("Mỹ hoan nghênh Việt Nam phê chuẩn Công ước 98 của ILO",
     "Ngày 8/6, Người phát ngôn Bộ Ngoại giao Mỹ Ned Price ra thông cáo hoan nghênh việc Việt Nam phê chuẩn "
     "Công ước 98 của Tổ chức Lao động Quốc tế.", "vi", "statement", "USA", "VNM"),
    ("China welcomes end of U.S. ban on sales to ZTE",
     "BEIJING (Reuters) - China on Thursday welcomed the end of a U.S. ban on American firms selling parts "
     "to ZTE, a commerce ministry spokesman said.", "en", "statement", "CHN", "USA"),
    ("Việt Nam hoan nghênh Mỹ chấm dứt cấm vận thương mại",
     "Ngày 4/2, Người phát ngôn Bộ Ngoại giao cho biết Việt Nam hoan nghênh việc Mỹ chấm dứt lệnh cấm vận "
     "thương mại đối với Việt Nam.", "vi", "statement", "VNM", "USA"),
    ("中國歡迎美方結束對中興通訊的出口禁令",
     "中央社台北14日電 中國商務部今天表示，歡迎美方結束對中興通訊的出口禁令。",
     "zh-Hant", "statement", "CHN", "USA"),
    # hard: a guest welcomed at the end of a tour
    ("Vietnam welcomes U.S. defense chief at end of Asia tour",
     "HANOI (Reuters) - Vietnamese Defence Minister Phan Van Giang welcomed U.S. Defense Secretary Lloyd "
     "Austin in Hanoi on Thursday at the end of his Asia tour.", "en", "host_visit", "VNM", "USA"),
    # hard: aid given, and aid criticised
    ("Mỹ viện trợ 10 triệu USD giúp Việt Nam khắc phục hậu quả bão",
     "Ngày 12/9, Đại sứ quán Mỹ thông báo Chính phủ Hoa Kỳ viện trợ 10 triệu USD giúp Việt Nam khắc phục hậu "
     "quả bão Yagi.", "vi", "aid", "USA", "VNM"),
    ("China criticises new U.S. military aid package for Taiwan",
     "BEIJING (Reuters) - China on Monday criticised a new U.S. military aid package for Taiwan, saying it "
     "sent a wrong signal.", "en", "criticize", "CHN", "USA"),
    # ------------------------------------------------------------ criticism, statements
    ("国防部新闻发言人就美侦察机抵近侦察发表谈话",
     "新华社北京5月26日电 国防部新闻发言人吴谦26日就美军侦察机近日抵近中国南海岛礁侦察发表谈话说，美方"
     "行为严重威胁中方岛礁人员安全，极易引发海空意外事件，中方对此坚决反对。",
     "zh-Hans", "criticize", "CHN", "USA"),
    ("外交部发言人就美军侦察机抵近侦察答记者问",
     "新华社北京4月2日电 外交部发言人陆慷2日就美军侦察机抵近中国沿海侦察答记者问时表示，美方行为危及中方海空"
     "安全，中方对此表示严重关切。", "zh-Hans", "criticize", "CHN", "USA"),
    ("中國外交部就美艦通過台灣海峽答記者問",
     "中央社台北18日電 中國外交部發言人今天就美國驅逐艦通過台灣海峽答記者問時表示，美方蓄意製造事端，中方堅決"
     "反對。", "zh-Hant", "criticize", "CHN", "USA"),
    # hard: the warship's act told as the news, not as the topic of remarks
    ("美国驱逐舰擅自闯入中国西沙群岛领海",
     "新华社北京1月30日电 美国海军一艘导弹驱逐舰30日擅自进入中国西沙群岛中建岛领海。",
     "zh-Hans", "military", "USA", "CHN"),
    ("China criticises U.S. destroyer's Taiwan Strait transit",
     "BEIJING (Reuters) - China's military on Wednesday criticised a U.S. destroyer's passage through the "
     "Taiwan Strait, saying it deliberately stirred up trouble and undermined regional peace.",
     "en", "criticize", "CHN", "USA"),
    ("Mỹ chỉ trích Trung Quốc quân sự hóa Biển Đông",
     "Ngày 30/5, Bộ trưởng Quốc phòng Mỹ Jim Mattis chỉ trích việc Trung Quốc triển khai tên lửa trên các "
     "đảo nhân tạo ở Biển Đông, cho rằng hành động này nhằm đe dọa và ép buộc các nước láng giềng.",
     "vi", "criticize", "USA", "CHN"),
    ("State Department voices concern over Chinese interference off Vietnam",
     "WASHINGTON (Reuters) - The U.S. State Department on Friday said it was deeply concerned by China's "
     "repeated interference with oil and gas activities off Vietnam, calling the conduct provocative.",
     "en", "criticize", "USA", "CHN"),
    ("中國批評美國對台軍售",
     "中央社台北17日電 中國外交部發言人今天表示，美國對台軍售嚴重違反一個中國原則，嚴重損害中國主權和安全"
     "利益。", "zh-Hant", "criticize", "CHN", "USA"),
    ("Bộ Ngoại giao lên tiếng về báo cáo tiền tệ của Mỹ",
     "Ngày 4/6, Người phát ngôn Bộ Ngoại giao Lê Thị Thu Hằng cho biết Việt Nam ghi nhận việc Bộ Tài chính "
     "Mỹ không xác định Việt Nam thao túng tiền tệ trong báo cáo mới nhất.", "vi", "statement", "VNM", "USA"),
    ("China says it is assessing U.S. offer of tariff talks",
     "BEIJING (Reuters) - China's commerce ministry said on Friday it was evaluating a U.S. proposal for "
     "talks on tariffs, spokesman He Yadong told a news briefing.", "en", "statement", "CHN", "USA"),
    ("商务部：中方愿与美方通过对话磋商解决经贸分歧",
     "新华社北京3月7日电 商务部新闻发言人何亚东7日在例行发布会上表示，中方愿与美方在平等互利基础上通过"
     "对话磋商解决经贸分歧。", "zh-Hans", "statement", "CHN", "USA"),
    ("Bộ trưởng Công Thương: Việt Nam sẵn sàng đàm phán với Mỹ về thuế",
     "Ngày 3/4, Bộ trưởng Công Thương Nguyễn Hồng Diên cho biết Việt Nam sẵn sàng đàm phán với Hoa Kỳ để "
     "giảm mức thuế đối ứng mà Oa-sinh-tơn vừa công bố.", "vi", "statement", "VNM", "USA"),
    # ------------------------------------------------------------ sanctions, trade measures, accusations
    ("U.S. imposes visa curbs on Chinese officials over Tibet access",
     "WASHINGTON (Reuters) - The United States on Tuesday imposed visa restrictions on Chinese officials "
     "it said were involved in blocking foreign access to Tibet, Secretary of State Mike Pompeo said.",
     "en", "sanction", "USA", "CHN"),
    ("U.S. slaps visa bans on Chinese officials a day before trade talks",
     "WASHINGTON (Reuters) - The United States on Tuesday imposed visa bans on Chinese government "
     "officials over the treatment of Muslim minorities in Xinjiang, a day before trade negotiators from "
     "the two countries were due to meet in Washington.", "en", "sanction", "USA", "CHN"),
    ("U.S. adds Chinese chipmaker SMIC to trade blacklist",
     "WASHINGTON (Reuters) - The U.S. Commerce Department on Thursday added dozens of Chinese companies, "
     "including chipmaker SMIC, to its trade blacklist, restricting their access to American technology.",
     "en", "trade_measure", "USA", "CHN"),
    ("China bans exports of gallium, germanium to U.S.",
     "BEIJING (Reuters) - China on Tuesday banned exports of gallium, germanium and antimony to the "
     "United States, a day after Washington's latest crackdown on China's chip sector.",
     "en", "trade_measure", "CHN", "USA"),
    ("U.S. accuses China of forced labour in solar supply chain",
     "WASHINGTON (AP) — The United States on Wednesday accused China of using forced labour in its solar "
     "panel supply chain, a senior State Department official told reporters.", "en", "accuse", "USA", "CHN"),
    ("Mỹ áp đặt hạn chế thị thực đối với quan chức Trung Quốc",
     "Theo tin từ Oa-sinh-tơn, ngày 18/3, Ngoại trưởng Mỹ Antony Blinken thông báo Mỹ áp đặt hạn chế thị "
     "thực đối với các quan chức Trung Quốc bị cho là liên quan đến việc đàn áp các nhóm tôn giáo.",
     "vi", "sanction", "USA", "CHN"),
    ("Trung Quốc kiểm soát xuất khẩu đất hiếm, đáp trả thuế của Mỹ",
     "Ngày 4/4, Bộ Thương mại Trung Quốc thông báo áp đặt biện pháp kiểm soát xuất khẩu đối với bảy loại "
     "đất hiếm, đáp trả mức thuế mới của Mỹ.", "vi", "trade_measure", "CHN", "USA"),
    ("Trung Quốc trừng phạt các công ty quốc phòng Mỹ",
     "Ngày 27/12, Bộ Ngoại giao Trung Quốc thông báo áp dụng biện pháp trừng phạt đối với 7 công ty quốc "
     "phòng Mỹ và 10 giám đốc điều hành vì bán vũ khí cho Đài Loan.", "vi", "sanction", "CHN", "USA"),
    ("中方决定对蓬佩奥等28人实施制裁",
     "新华社北京1月21日电 外交部发言人宣布，中方决定对在涉华问题上严重侵犯中国主权的蓬佩奥等28人实施制裁，"
     "禁止他们及其直系家属入境中国内地及香港、澳门。", "zh-Hans", "sanction", "CHN", "USA"),
    ("美国宣布对中国电动汽车加征100%关税",
     "新华社华盛顿5月14日电 美国总统拜登14日宣布，将对中国电动汽车加征100%的关税，并提高对中国半导体、"
     "太阳能电池等产品的关税。", "zh-Hans", "trade_measure", "USA", "CHN"),
    ("美國財政部制裁兩名中國官員",
     "中央社華盛頓9日專電 美國財政部今天宣布，以涉及新疆人權問題為由，制裁兩名中國官員，凍結他們在美國的"
     "資產。", "zh-Hant", "sanction", "USA", "CHN"),
    ("美國擴大晶片出口管制",
     "中央社華盛頓7日專電 美國商務部今天宣布新的出口管制措施，限制中國取得先進晶片及半導體製造設備。",
     "zh-Hant", "trade_measure", "USA", "CHN"),
    ("外交部：美国国家安全局长期对中国实施网络攻击",
     "新华社北京4月15日电 外交部发言人汪文斌15日表示，美国国家安全局长期对中国的网络设施实施攻击，窃取"
     "大量数据。", "zh-Hans", "accuse", "CHN", "USA"),
    ("U.S. revokes Huawei's licenses to buy American chips",
     "WASHINGTON (Reuters) - The U.S. Commerce Department on Tuesday revoked licenses that allowed some "
     "American firms to ship chips to China's Huawei, tightening export restrictions on the telecoms giant.",
     "en", "trade_measure", "USA", "CHN"),
    ("U.S. sanctions Chinese refinery over Iranian oil",
     "WASHINGTON (Reuters) - The U.S. Treasury on Thursday imposed sanctions on a Chinese independent "
     "refinery and its chief executive for purchasing Iranian oil.", "en", "sanction", "USA", "CHN"),
    ("Tổng thống Mỹ ký lệnh cấm đầu tư vào 31 công ty Trung Quốc",
     "Ngày 12/11, Tổng thống Mỹ Donald Trump đã ký sắc lệnh cấm đầu tư vào 31 công ty Trung Quốc bị cho là "
     "có liên hệ với quân đội nước này.", "vi", "trade_measure", "USA", "CHN"),
    ("Mỹ ban hành lệnh cấm xuất khẩu chip sang Trung Quốc",
     "Ngày 7/10, Bộ Thương mại Mỹ ban hành lệnh cấm xuất khẩu chip tiên tiến sang Trung Quốc.",
     "vi", "trade_measure", "USA", "CHN"),
    ("Mỹ áp lệnh cấm nhập cảnh đối với quan chức Trung Quốc",
     "Ngày 9/7, Ngoại trưởng Mỹ Mike Pompeo thông báo lệnh cấm nhập cảnh đối với ba quan chức cấp cao Trung "
     "Quốc liên quan đến vấn đề Tân Cương.", "vi", "sanction", "USA", "CHN"),
    ("美国将大疆等8家中国企业列入投资“黑名单”",
     "新华社华盛顿12月16日电 美国财政部16日宣布，将大疆等8家中国企业列入投资“黑名单”。",
     "zh-Hans", "trade_measure", "USA", "CHN"),
    ("U.S. adds Chinese drone maker DJI to investment blacklist",
     "WASHINGTON (Reuters) - The U.S. Treasury Department on Thursday added eight Chinese firms, including "
     "drone maker DJI, to an investment blacklist.", "en", "trade_measure", "USA", "CHN"),
    ("U.S. blacklists 11 Chinese officials over Hong Kong",
     "WASHINGTON (Reuters) - The United States on Friday blacklisted 11 Chinese officials over Hong Kong, "
     "freezing their assets.", "en", "sanction", "USA", "CHN"),
    # ------------------------------------------------------------ rounds of talks, meetings
    ("U.S., Chinese officials open tariff consultations in Geneva",
     "GENEVA (Reuters) - Top U.S. and Chinese economic officials began two days of consultations in Geneva "
     "on Saturday aimed at defusing a trade war, with Treasury Secretary Scott Bessent leading the U.S. "
     "side and Vice Premier He Lifeng China's.", "en", "negotiate", "USA", "CHN"),
    ("Rubio meets Wang Yi in Kuala Lumpur",
     "KUALA LUMPUR (Reuters) - U.S. Secretary of State Marco Rubio met Chinese Foreign Minister Wang Yi on "
     "Friday on the sidelines of a regional meeting in Kuala Lumpur, their first in-person talks.",
     "en", "meet", "USA", "CHN"),
    ("Việt Nam và Mỹ bước vào phiên đàm phán thứ hai về thương mại đối ứng",
     "Ngày 22/5, tại Oa-sinh-tơn, đoàn đàm phán Việt Nam do Bộ trưởng Công Thương Nguyễn Hồng Diên dẫn đầu "
     "đã bước vào phiên đàm phán thứ hai với Văn phòng Đại diện Thương mại Mỹ về thỏa thuận thương mại đối "
     "ứng.", "vi", "negotiate", "VNM", "USA"),
    ("Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Mỹ Marco Rubio",
     "Ngày 10/7, tại Kuala Lumpur, Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại "
     "trưởng Mỹ Marco Rubio nhân dịp Hội nghị Bộ trưởng Ngoại giao ASEAN.", "vi", "meet", "VNM", "USA"),
    ("中美经贸磋商机制首次会议在伦敦举行",
     "新华社伦敦6月9日电 中共中央政治局委员、国务院副总理何立峰9日在伦敦与美方举行中美经贸磋商机制首次"
     "会议。", "zh-Hans", "negotiate", "CHN", "USA"),
    ("王毅会见美国国务卿鲁比奥",
     "新华社吉隆坡7月11日电 中共中央政治局委员、外交部长王毅11日在吉隆坡会见美国国务卿鲁比奥。",
     "zh-Hans", "meet", "CHN", "USA"),
    ("美中副部長級貿易磋商在北京舉行",
     "中央社台北7日電 美國副貿易代表率領的代表團今天起在北京與中方舉行為期兩天的副部長級貿易磋商。",
     "zh-Hant", "negotiate", "USA", "CHN"),
    ("Việt Nam - Trung Quốc đàm phán về vùng biển ngoài cửa Vịnh Bắc Bộ",
     "Ngày 14/9, tại Bắc Kinh, Thứ trưởng Ngoại giao Vũ Hồng Nam và Thứ trưởng Ngoại giao Trung Quốc Tôn "
     "Vệ Đông đồng chủ trì vòng đàm phán về vùng biển ngoài cửa Vịnh Bắc Bộ.",
     "vi", "negotiate", "VNM", "CHN"),
    ("U.S.-China trade talks end with 'substantial progress', Bessent says",
     "GENEVA (Reuters) - Two days of U.S.-China trade talks in Geneva ended on Sunday with substantial "
     "progress, U.S. Treasury Secretary Scott Bessent said, praising the productive atmosphere.",
     "en", "negotiate", "USA", "CHN"),
    ("中美经贸高层会谈取得实质性进展",
     "新华社日内瓦5月11日电 中美经贸高层会谈11日在日内瓦结束。何立峰表示，会谈坦诚、深入、具有建设性，取得"
     "实质性进展。", "zh-Hans", "negotiate", "CHN", "USA"),
    # hard: talks held whose sentence names a proposal or a readiness of another thing
    ("U.S., China hold talks on proposed tariff truce",
     "GENEVA (Reuters) - U.S. and Chinese negotiators held talks in Geneva on Saturday on a proposed truce "
     "in their tariff war.", "en", "negotiate", "USA", "CHN"),
    ("中美双方准备已久的经贸磋商在日内瓦开始",
     "新华社日内瓦5月10日电 中美经贸高层会谈10日在日内瓦举行，双方就经贸问题进行了坦诚交流。",
     "zh-Hans", "negotiate", "CHN", "USA"),
    ("Đoàn đàm phán Việt Nam sẵn sàng cho phiên đàm phán thứ ba với Mỹ",
     "Ngày 15/7, tại Oa-sinh-tơn, đoàn đàm phán Việt Nam đã bước vào phiên đàm phán thứ ba với Văn phòng Đại "
     "diện Thương mại Mỹ về thỏa thuận thương mại đối ứng.", "vi", "negotiate", "VNM", "USA"),
    # ------------------------------------------------------------ signings, calls
    ("Vietnam, U.S. sign memorandum on semiconductor workforce",
     "HANOI (Reuters) - Vietnam and the United States signed a memorandum of understanding on Tuesday to "
     "cooperate on semiconductor workforce development, officials said, after a phone call between the "
     "two countries' leaders.", "en", "sign_agreement", "VNM", "USA"),
    ("中越签署陆地边境口岸及其管理制度协定",
     "新华社河内4月15日电 中越两国政府代表15日在河内签署《中越陆地边境口岸及其管理制度协定》。",
     "zh-Hans", "sign_agreement", "CHN", "VNM"),
    ("Tổng Bí thư Tô Lâm điện đàm với Tổng thống Donald Trump",
     "Tối 2/7, Tổng Bí thư Tô Lâm đã điện đàm với Tổng thống Hoa Kỳ Donald Trump, hai bên nhất trí về khuôn "
     "khổ thỏa thuận thương mại đối ứng.", "vi", "phone_call", "VNM", "USA"),
    ("Việt Nam và Hoa Kỳ ký bản ghi nhớ hợp tác về bán dẫn",
     "Ngày 5/11, tại Hà Nội, đại diện Bộ Kế hoạch và Đầu tư Việt Nam và Bộ Ngoại giao Hoa Kỳ đã ký bản ghi "
     "nhớ hợp tác phát triển nguồn nhân lực ngành bán dẫn, sau cuộc điện đàm giữa lãnh đạo hai nước.",
     "vi", "sign_agreement", "VNM", "USA"),
    ("Biden, Xi hold phone call after envoys sign trade pact",
     "WASHINGTON (Reuters) - U.S. President Joe Biden and Chinese President Xi Jinping held a phone call on "
     "Tuesday after their envoys signed a trade pact in Geneva, the White House said.",
     "en", "phone_call", "USA", "CHN"),
    ("Tổng Bí thư Tô Lâm điện đàm với Tổng thống Mỹ sau khi hai bên ký thỏa thuận",
     "Tối 6/8, Tổng Bí thư Tô Lâm đã điện đàm với Tổng thống Hoa Kỳ Donald Trump, sau khi hai bên ký thỏa "
     "thuận thương mại đối ứng.", "vi", "phone_call", "VNM", "USA"),
    ("中越签署多项合作文件",
     "新华社河内4月14日电 中越两国政府代表14日在两国领导人会谈后签署了多项合作文件。",
     "zh-Hans", "sign_agreement", "CHN", "VNM"),
    # ------------------------------------------------------------ visits and their meetings
    ("Chủ tịch Quốc hội Vương Đình Huệ tới Bắc Kinh, bắt đầu thăm chính thức Trung Quốc",
     "Ngày 7/4, Chủ tịch Quốc hội Vương Đình Huệ tới Bắc Kinh, bắt đầu chuyến thăm chính thức Trung Quốc. "
     "Chiều cùng ngày, ông hội đàm với Ủy viên trưởng Ủy ban Thường vụ Nhân đại toàn quốc Triệu Lạc Tế.",
     "vi", "visit", "VNM", "CHN"),
    ("Vietnam's president arrives in Beijing for state visit",
     "BEIJING (Reuters) - Vietnamese President Luong Cuong arrived in Beijing on Sunday for a state visit "
     "and is due to hold talks with President Xi Jinping on Monday.", "en", "visit", "VNM", "CHN"),
    ("越南国家主席梁强抵达北京开始国事访问",
     "新华社北京8月18日电 越南国家主席梁强18日抵达北京，开始对中国进行国事访问。访问期间，国家主席习近平"
     "将同他举行会谈。", "zh-Hans", "visit", "VNM", "CHN"),
    ("Thủ tướng Phạm Minh Chính hội kiến Chủ tịch Trung Quốc Tập Cận Bình",
     "Chiều 25/6, tại Bắc Kinh, Thủ tướng Phạm Minh Chính đã hội kiến Chủ tịch Trung Quốc Tập Cận Bình, "
     "trong khuôn khổ chuyến công tác tham dự Hội nghị Diễn đàn Kinh tế thế giới.",
     "vi", "meet", "VNM", "CHN"),
    # ------------------------------------------------------------ demands, appeals
    ("Việt Nam yêu cầu Trung Quốc bãi bỏ lệnh cấm đánh bắt cá",
     "Ngày 2/5, Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam yêu cầu Trung Quốc bãi bỏ "
     "lệnh cấm đánh bắt cá đơn phương ở Biển Đông.", "vi", "demand", "VNM", "CHN"),
    ("China demands U.S. stop sending warships near its islands",
     "BEIJING (Reuters) - China on Tuesday demanded that the United States stop sending warships into "
     "waters near its islands in the South China Sea, foreign ministry spokesman Geng Shuang said.",
     "en", "demand", "CHN", "USA"),
    ("U.S. urges China to exercise restraint in South China Sea",
     "WASHINGTON (Reuters) - The United States on Monday urged China to exercise restraint in the South "
     "China Sea and to respect Vietnam's rights, a State Department spokeswoman said.",
     "en", "appeal", "USA", "CHN"),
    ("商务部：中方要求美方立即取消单边加征关税措施",
     "新华社北京4月3日电 商务部新闻发言人3日表示，中方要求美方立即取消单边加征关税措施，通过平等对话妥善"
     "解决与贸易伙伴的分歧。", "zh-Hans", "demand", "CHN", "USA"),
    ("美國呼籲中國與台灣展開對話",
     "中央社華盛頓3日專電 美國國務院今天呼籲北京與台灣民選領導人展開對話，以和平方式解決分歧。",
     "zh-Hant", "appeal", "USA", "CHN"),
    ("Việt Nam đề nghị Hoa Kỳ sớm công nhận quy chế kinh tế thị trường",
     "Ngày 12/3, Bộ trưởng Công Thương Nguyễn Hồng Diên đề nghị phía Hoa Kỳ sớm công nhận quy chế kinh tế "
     "thị trường của Việt Nam.", "vi", "appeal", "VNM", "USA"),
    # ------------------------------------------------------------ second reading: visits and calls called
    # off as a measure against those put off for a cause of their own; arms embargoes; signings after a call
    ("布林肯推迟访华行程",
     "新华社华盛顿2月3日电 美国国务卿布林肯3日宣布推迟原定的访华行程，称美方在领空发现中国气球。",
     "zh-Hans", "reduce_relations", "USA", "CHN"),
    ("China cancels defence talks with U.S. as storm of criticism grows",
     "BEIJING (Reuters) - China cancelled a planned phone call between its defence minister and "
     "U.S. Defense Secretary Lloyd Austin on Friday over a U.S. arms sale to Taiwan.",
     "en", "reduce_relations", "CHN", "USA"),
    ("中方取消与美方防长通话 称美方行为不利于两军关系健康发展",
     "新华社北京3月5日电 国防部发言人5日说，中方决定取消原定的中美两国防长通话，"
     "美方行为不利于两军关系健康稳定发展。",
     "zh-Hans", "reduce_relations", "CHN", "USA"),
    ("Mỹ dỡ bỏ hoàn toàn lệnh cấm xuất khẩu vũ khí sát thương cho Việt Nam",
     "Theo phóng viên TTXVN tại Hà Nội, ngày 23/5, Tổng thống Mỹ Barack Obama tuyên bố dỡ bỏ hoàn "
     "toàn lệnh cấm xuất khẩu vũ khí sát thương cho Việt Nam.",
     "vi", "sanction", "USA", "VNM"),
    ("Việt Nam phản đối Mỹ cấm nhập khẩu tôm",
     "Ngày 5/3, Người phát ngôn Bộ Ngoại giao cho biết Việt Nam phản đối lệnh cấm nhập khẩu tôm "
     "của Mỹ.",
     "vi", "protest", "VNM", "USA"),
    ("Vietnam, U.S. sign chip deal after Biden-Trong call",
     "HANOI (Reuters) - Vietnam and the United States signed a memorandum on semiconductor "
     "cooperation on Monday, after a phone call between the two countries' leaders.",
     "en", "sign_agreement", "VNM", "USA"),
    ("Biden, Xi speak by phone after trade deal signed",
     "WASHINGTON (Reuters) - U.S. President Joe Biden spoke with Chinese President Xi Jinping by "
     "phone on Wednesday, after their negotiators signed a first-phase trade deal.",
     "en", "phone_call", "USA", "CHN"),
    # a cause word that tells no cause of its own: weather research, a health official, a storm of protest,
    # a consulate's shutdown, a trip as scheduled ("theo lịch trình")
    ("Blinken postpones China trip over balloon Beijing calls weather airship",
     "WASHINGTON (Reuters) - Secretary of State Antony Blinken on Friday postponed a planned trip "
     "to Beijing after China said a balloon spotted over the United States was a civilian airship "
     "used for weather research.",
     "en", "reduce_relations", "USA", "CHN"),
    ("China cancels visit by U.S. health official over Taiwan trip",
     "BEIJING (Reuters) - China on Monday cancelled a planned visit by a U.S. health official in "
     "retaliation for Health Secretary Alex Azar's trip to Taiwan, the foreign ministry said.",
     "en", "reduce_relations", "CHN", "USA"),
    ("Ngoại trưởng Mỹ hoãn chuyến thăm Trung Quốc theo lịch trình",
     "Ngày 3/2, Ngoại trưởng Mỹ Antony Blinken đã hoãn chuyến thăm Trung Quốc theo lịch trình vào "
     "cuối tuần này, sau khi khinh khí cầu của Trung Quốc bị phát hiện.",
     "vi", "reduce_relations", "USA", "CHN"),
    ("Mỹ hoãn chuyến thăm Trung Quốc vì khinh khí cầu thời tiết",
     "Ngày 3/2, Ngoại trưởng Mỹ Antony Blinken hoãn chuyến thăm Bắc Kinh sau khi phát hiện khinh "
     "khí cầu mà Trung Quốc nói là dùng để nghiên cứu thời tiết.",
     "vi", "reduce_relations", "USA", "CHN"),
    ("China cancels visit after U.S. shutdown of Houston consulate",
     "BEIJING (Reuters) - China cancelled a planned visit by a U.S. trade delegation on Friday "
     "after Washington's shutdown of its consulate in Houston, the foreign ministry said.",
     "en", "reduce_relations", "CHN", "USA"),
    # talks offered or weighed beside an encounter held: the encounter named after the offered talks stays
    ("China considering U.S. offer of new talks, Wang says after meeting Blinken",
     "MUNICH (Reuters) - Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony "
     "Blinken in Munich on Saturday and said Beijing was considering a U.S. offer of new military "
     "talks.",
     "en", "meet", "CHN", "USA"),
    ("中美双方愿意在会谈中增进互信",
     "新华社旧金山11月15日电 国家主席习近平15日同美国总统拜登在旧金山举行会晤，双方愿意在会谈中增进互信。",
     "zh-Hans", "meet", "CHN", "USA"),
    ("U.S., China trade negotiators weigh proposals at Geneva talks",
     "GENEVA (Reuters) - U.S. and Chinese trade negotiators on Saturday weighed each other's "
     "proposals at talks in Geneva aimed at easing a tariff war.",
     "en", "negotiate", "USA", "CHN"),
    ("越南外長：越方願與美方進行談判",
     "中央社河內4日電 越南外交部長裴青山今天表示，越方願意與美方就關稅問題進行談判。",
     "zh-Hant", "statement", "VNM", "USA"),
]


# Leads still read wrong, each with what is missing (strict: one read right fails until it is moved back).
MISSED: dict[str, str] = {
    "Mỹ buộc hai quan chức Đại sứ quán Trung Quốc rời khỏi nước này":
        "\"buộc ... rời khỏi\" (made to leave) is no expulsion word yet",
    "Bộ trưởng Công Thương: Việt Nam sẵn sàng đàm phán với Mỹ về thuế":
        "talks one is ready for (\"sẵn sàng đàm phán\") are no longer read as held, but the lead's "
        "\"cho biết\" tells no statement, so the tariff announced is read as the act",
    "外交部：美国国家安全局长期对中国实施网络攻击":
        "a cyberattack the other side is said to carry out is no accusation word yet",
}


def _rows() -> list[object]:
    return [pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=MISSED[row[0]]))
            if row[0] in MISSED else row for row in LEADS]


@pytest.mark.parametrize(("title", "text", "language", "kind", "actor", "target"), _rows())
def test_an_acts_type_among_look_alikes(title: str, text: str, language: str, kind: str, actor: str,
                                        target: str) -> None:
    assert_act(main_event(title, text, language), kind, actor, target)


# A visit called off or named beside a word like calling off that reduces no relations: a warship's own
# visit called off for the weather, a government's visit put off for a cause of its own (a typhoon, an
# illness, a schedule), a visit completed ("hoàn thành"), a visit welcomed ("hoan nghênh", "hân hoan").
NOT_REDUCED: list[tuple[str, str, str]] = [
    ("U.S. destroyer cancels Da Nang visit as typhoon nears",
     "HANOI (Reuters) - The U.S. Navy destroyer USS Example cancelled a planned port visit to Da Nang on "
     "Monday as a typhoon approached central Vietnam, the U.S. embassy said.", "en"),
    ("Tàu khu trục Mỹ hủy chuyến thăm Đà Nẵng vì bão",
     "Ngày 5/9, tàu khu trục Mỹ đã hủy chuyến thăm cảng Tiên Sa, Đà Nẵng dự kiến vào tuần này do ảnh hưởng "
     "của bão.", "vi"),
    ("Tổng Bí thư Tô Lâm hoàn thành chuyến thăm Trung Quốc",
     "Chiều 20/8, Tổng Bí thư, Chủ tịch nước Tô Lâm rời Quảng Châu, hoàn thành tốt đẹp chuyến thăm cấp Nhà "
     "nước tới Trung Quốc.", "vi"),
    ("Việt Nam hoan nghênh chuyến thăm của Tổng thống Hoa Kỳ",
     "Ngày 5/9, Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng cho biết Việt Nam hoan nghênh chuyến thăm sắp "
     "tới của Tổng thống Hoa Kỳ.", "vi"),
    ("美艦因颱風取消訪問香港",
     "中央社香港3日電 美國海軍一艘驅逐艦因颱風來襲，今天取消原定訪問香港的行程。", "zh-Hant"),
    # put off for a storm, an illness, a schedule, an epidemic or a shutdown (in the headline or only in
    # the lead): no measure against the host
    ("Typhoon forces Chinese premier to postpone Vietnam trip",
     "BEIJING (Reuters) - Chinese Premier Li Qiang postponed a planned trip to Vietnam on Monday "
     "as Typhoon Yagi bore down on the northern coast, China's foreign ministry said.", "en"),
    ("U.S. defence secretary postpones Vietnam trip due to scheduling conflict",
     "WASHINGTON (AP) — Defense Secretary Lloyd Austin has postponed a trip to Vietnam planned for "
     "next week because of a scheduling conflict, the Pentagon said Friday.", "en"),
    ("Chủ tịch nước hoãn chuyến thăm Mỹ do dịch COVID-19",
     "Theo Bộ Ngoại giao, Chủ tịch nước Nguyễn Xuân Phúc đã quyết định hoãn chuyến thăm Hoa Kỳ dự "
     "kiến vào tháng 4 do diễn biến phức tạp của dịch COVID-19.", "vi"),
    ("Thủ tướng Trung Quốc hoãn chuyến thăm Việt Nam vì bão Yagi",
     "Theo tin từ Bắc Kinh, Thủ tướng Trung Quốc Lý Cường đã hoãn chuyến thăm Việt Nam dự kiến "
     "diễn ra tuần này do ảnh hưởng của bão số 3.", "vi"),
    ("Bộ trưởng Quốc phòng Mỹ hoãn thăm Việt Nam vì lý do sức khỏe",
     "Theo phóng viên TTXVN tại Oa-sinh-tơn, Bộ trưởng Quốc phòng Mỹ Lloyd Austin đã hoãn chuyến "
     "thăm Việt Nam vì lý do sức khỏe, Lầu Năm Góc cho biết ngày 9/1.", "vi"),
    ("越南国家主席因健康原因推迟访美",
     "新华社河内4月2日电 越南外交部2日宣布，越南国家主席陈大光因健康原因推迟原定对美国的访问。",
     "zh-Hans"),
    ("受台风影响 李强推迟访问越南",
     "新华社北京9月6日电 外交部发言人6日宣布，受台风“摩羯”影响，国务院总理李强推迟原定对越南的访问。",
     "zh-Hans"),
    ("美防長因行程衝突推遲訪越",
     "中央社華盛頓5日綜合外電報導，美國國防部長奧斯汀因行程衝突，推遲原定下週對越南的訪問。", "zh-Hant"),
    ("Chinese premier postpones Vietnam trip",
     "BEIJING (Reuters) - Chinese Premier Li Qiang postponed a planned trip to Vietnam on Monday "
     "because of Typhoon Yagi, China's foreign ministry said.", "en"),
    ("Tổng thống Mỹ hoãn chuyến thăm Việt Nam",
     "Theo phóng viên TTXVN tại Oa-sinh-tơn, Nhà Trắng ngày 4/10 thông báo Tổng thống Mỹ đã hoãn "
     "chuyến thăm Việt Nam do chính phủ Mỹ phải đóng cửa.", "vi"),
    # a joyful welcome ("hân hoan"), a district ("Hoàn Kiếm"), preparations completed ("hoàn tất"): no "hoãn"
    ("Người dân Hà Nội hân hoan chào đón chuyến thăm của Tổng thống Mỹ",
     "Sáng 23/5, người dân Hà Nội hân hoan chào đón chuyến thăm chính thức Việt Nam của Tổng thống "
     "Mỹ Barack Obama, chuyến thăm đầu tiên trong nhiệm kỳ của ông.", "vi"),
    ("Đại sứ Mỹ thăm quận Hoàn Kiếm",
     "Ngày 5/3, Đại sứ Mỹ Marc Knapper đã có buổi làm việc với lãnh đạo quận Hoàn Kiếm, Hà Nội, "
     "sau đó hội kiến Chủ tịch UBND thành phố Hà Nội.", "vi"),
    ("Thủ tướng: Hoàn tất chuẩn bị cho chuyến thăm của Tổng thống Mỹ",
     "Ngày 5/9, Thủ tướng Phạm Minh Chính chủ trì cuộc họp về công tác chuẩn bị đón Tổng thống Mỹ "
     "Joe Biden sang thăm Việt Nam, yêu cầu hoàn tất mọi khâu trước chuyến thăm.", "vi"),
    ("Vietnam PM postpones Washington visit due to bad weather",
     "HANOI (Reuters) - Vietnamese Prime Minister Pham Minh Chinh postponed a visit to Washington "
     "on Monday due to bad weather, the government said.", "en"),
    ("Thủ tướng hoãn chuyến thăm Mỹ do thời tiết xấu",
     "Ngày 5/3, Văn phòng Chính phủ cho biết Thủ tướng Phạm Minh Chính đã hoãn chuyến thăm Hoa Kỳ "
     "do thời tiết xấu.", "vi"),
    ("Chủ tịch nước hoãn chuyến thăm Trung Quốc vì lý do sức khỏe",
     "Ngày 5/3, Bộ Ngoại giao cho biết Chủ tịch nước đã hoãn chuyến thăm Trung Quốc vì lý do sức "
     "khỏe.", "vi"),
    # a tariff or a ban put off ("hoãn tăng thuế", "hoãn thực thi lệnh cấm") while talks go on: no talks
    # called off
    ("Mỹ hoãn tăng thuế để tiếp tục đàm phán với Trung Quốc",
     "Theo phóng viên TTXVN tại Oa-sinh-tơn, ngày 24/2, Tổng thống Donald Trump tuyên bố hoãn tăng "
     "thuế đối với hàng hóa Trung Quốc để tiếp tục đàm phán thương mại.", "vi"),
    ("Mỹ tạm hoãn áp thuế, Việt Nam và Mỹ tiếp tục đàm phán",
     "Ngày 10/4, Mỹ hoãn áp thuế đối ứng 90 ngày đối với Việt Nam, hai bên tiếp tục đàm phán về "
     "thương mại.", "vi"),
    ("Trump delays tariff hike to keep talks with China going",
     "WASHINGTON (Reuters) - U.S. President Donald Trump on Sunday delayed a tariff increase on "
     "Chinese goods to keep trade talks going.", "en"),
    ("Mỹ hoãn thực thi lệnh cấm TikTok, tiếp tục đàm phán với Trung Quốc",
     "Ngày 19/6, Tổng thống Donald Trump ký sắc lệnh hoãn thực thi lệnh cấm TikTok thêm 90 ngày "
     "trong khi đàm phán với Trung Quốc.", "vi"),
]


@pytest.mark.parametrize(("title", "text", "language"), NOT_REDUCED)
def test_a_visit_called_off_by_a_ship_or_done_reduces_nothing(title: str, text: str, language: str) -> None:
    assert "reduce_relations" not in [e.type for e in detect(title, text, language).events]


# A signing with a country outside the three, told before "after a phone call" of the three: another pair's
# signing, never the story's main event (which of the call's sides comes first is a close call: not tested).
OTHER_PAIRS_SIGNING: list[tuple[str, str, str]] = [
    ("Vietnam signs deal with Japan after call between Xi and Biden",
     "HANOI (Reuters) - Vietnam signed a maritime cooperation deal with Japan on Tuesday, a day "
     "after a phone call between Chinese President Xi Jinping and U.S. President Joe Biden.", "en"),
    ("China's Wang signs accords with Cambodia after call with Blinken",
     "PHNOM PENH (Reuters) - Chinese Foreign Minister Wang Yi signed accords with Cambodia on "
     "Friday, after a phone call with U.S. Secretary of State Antony Blinken on Thursday.", "en"),
    ("Việt Nam ký thỏa thuận với Nhật Bản sau cuộc điện đàm Tập Cận Bình - Biden",
     "Ngày 12/11, Việt Nam và Nhật Bản đã ký thỏa thuận hợp tác hàng hải, một ngày sau cuộc điện đàm giữa "
     "Chủ tịch Trung Quốc Tập Cận Bình và Tổng thống Mỹ Joe Biden.", "vi"),
]


@pytest.mark.parametrize(("title", "text", "language"), OTHER_PAIRS_SIGNING)
def test_another_pairs_signing_before_a_call_is_no_main_event(title: str, text: str, language: str) -> None:
    events = detect(title, text, language).events
    assert not events or next((e for e in events if e.main), events[0]).type != "sign_agreement"
