"""A second reading of the economic and legal measures: port fees and counter-fees, antitrust probes of
the other side's firms (Google, DuPont, Qualcomm), a party cut off from a financial system in all three
languages, visas curbed or stopped for officials, and a headline's sanction beside a listing told in an
aside; hard negatives keep a third country's fees and bank cut-offs, a probe of a firm at home, a home
ministry's own work and visas for a third country out."""

from __future__ import annotations

import pytest

from extractors.core.models import Event
from extractors.diplomacy import detect
from tests.diplomacy.stories import main_of

# (language, title, text, (type, actor, target)) of the main event
MEASURES = [
    ("en", "China to levy special port fees on U.S. ships from Oct 14",
     "BEIJING (Reuters) - China's transport ministry said on Friday it would charge special port fees on"
     " vessels owned or operated by U.S. companies, in response to similar fees Washington imposed on"
     " Chinese ships.",
     ('trade_measure', 'CHN', 'USA')),
    ("en", "USTR finalizes port charges on Chinese-built ships",
     "WASHINGTON - The Office of the U.S. Trade Representative on Thursday finalized port charges on"
     " Chinese-built and Chinese-operated vessels docking at U.S. ports.",
     ('trade_measure', 'USA', 'CHN')),
    ("en", "China hits back with port fees on American vessels",
     "China said on Friday it would impose port fees on American-owned vessels, retaliating against U.S."
     " port charges on Chinese ships.",
     ('trade_measure', 'CHN', 'USA')),
    ("en", "Chinese regulator launches antitrust probe into Google",
     "China's State Administration for Market Regulation said on Tuesday it had launched an anti-monopoly"
     " investigation into Google, minutes after new U.S. tariffs took effect.",
     ('trade_measure', 'CHN', 'USA')),
    ("en", "China opens anti-monopoly probe into DuPont",
     "Beijing's market regulator opened an anti-monopoly probe into U.S. chemicals giant DuPont on"
     " Friday, in a move seen as retaliation for Washington's tariffs.",
     ('trade_measure', 'CHN', 'USA')),
    ("en", "Treasury moves to sever Chinese lender from U.S. banking system",
     "The U.S. Treasury Department on Thursday moved to sever China's Bank of Dandong from the U.S."
     " financial system, accusing it of laundering money for North Korea.",
     ('sanction', 'USA', 'CHN')),
    ("en", "U.S. announces visa restrictions on Chinese officials over Tibet access",
     "WASHINGTON - Secretary of State Mike Pompeo on Tuesday announced visa restrictions on Chinese"
     " officials who block foreign access to Tibet.",
     ('sanction', 'USA', 'CHN')),
    ("en", "China imposes visa restrictions on U.S. officials over Tibet",
     "China will impose visa restrictions on U.S. officials who behave egregiously on Tibet-related"
     " issues, foreign ministry spokesman Zhao Lijian said on Tuesday.",
     ('sanction', 'CHN', 'USA')),
    ("en", "China sanctions U.S. defense firms over Taiwan arms sale",
     "BEIJING - China on Monday announced sanctions on three U.S. defense companies. The move came days"
     " after the U.S. Commerce Department added a dozen Chinese firms to its entity list.",
     ('sanction', 'CHN', 'USA')),
    ("en", "U.S. sanctions Chinese officials over Hong Kong",
     "The U.S. Treasury on Friday imposed sanctions on 11 Chinese and Hong Kong officials. The sanctions"
     " followed the Commerce Department's decision last month to place 11 Chinese companies on its entity"
     " list.",
     ('sanction', 'USA', 'CHN')),
    pytest.param("en", "China opens probe into Nvidia over Mellanox deal",
                 "China's market regulator said on Monday it had opened an investigation into Nvidia over"
                 " suspected violations of the country's anti-monopoly law.",
                 ('trade_measure', 'CHN', 'USA'),
                 marks=pytest.mark.xfail(strict=True, reason="an investigation told apart from its"
                                                             " antitrust word (\"investigation into"
                                                             " Nvidia over suspected violations of the"
                                                             " anti-monopoly law\") is no lexicon term"
                                                             " yet")),
    pytest.param("en", "U.S. to charge fees on China-linked ships",
                 "Ships built or operated by Chinese companies will pay new fees each time they dock at"
                 " American ports, the U.S. Trade Representative's office said on Thursday.",
                 ('trade_measure', 'USA', 'CHN'),
                 marks=pytest.mark.xfail(strict=True, reason="fees told without the word for a port"
                                                             " before them (\"will pay new fees each"
                                                             " time they dock at American ports\") are"
                                                             " no port fee yet")),
    ("en", "U.S. halts some visas for Vietnamese officials in deportation row",
     "The United States has stopped issuing certain visas to Vietnamese foreign ministry officials"
     " because Hanoi refuses to take back deported nationals, the State Department said on Friday.",
     ('sanction', 'USA', 'VNM')),
    ("en", "China's counter port fees on U.S. ships take effect",
     "Special port fees China levies on U.S.-linked vessels took effect on Tuesday, mirroring charges"
     " Washington began collecting on Chinese ships the same day.",
     ('trade_measure', 'CHN', 'USA')),
    ("vi", "Trung Quốc thu phí cảng đặc biệt đối với tàu Mỹ",
     "Bộ Giao thông vận tải Trung Quốc ngày 10/10 thông báo sẽ thu phí cảng đặc biệt đối với các tàu do"
     " doanh nghiệp Mỹ sở hữu hoặc vận hành.",
     ('trade_measure', 'CHN', 'USA')),
    pytest.param("vi", "Mỹ áp phí cập cảng với tàu đóng tại Trung Quốc",
                 "Văn phòng Đại diện Thương mại Mỹ (USTR) hôm 17/4 công bố mức phí mới áp lên các tàu do"
                 " Trung Quốc đóng hoặc vận hành khi cập cảng Mỹ.",
                 ('trade_measure', 'USA', 'CHN'),
                 marks=pytest.mark.xfail(strict=True, reason="`phí cập cảng` (a docking fee) is not"
                                                             " among the port-fee terms yet")),
    ("vi", "Bắc Kinh đáp trả bằng phí cảng nhằm vào tàu Mỹ",
     "Trung Quốc hôm qua tuyên bố thu phí cảng biển đặc biệt đối với tàu Mỹ từ ngày 14/10, đáp trả biện"
     " pháp tương tự của Washington.",
     ('trade_measure', 'CHN', 'USA')),
    ("vi", "Trung Quốc điều tra chống độc quyền Google",
     "Tổng cục Quản lý Giám sát Thị trường Nhà nước Trung Quốc ngày 4/2 thông báo mở cuộc điều tra chống"
     " độc quyền đối với Google.",
     ('trade_measure', 'CHN', 'USA')),
    pytest.param("vi", "Trung Quốc điều tra Nvidia vì nghi vi phạm luật chống độc quyền",
                 "Cơ quan quản lý thị trường Trung Quốc hôm 9/12 cho biết đã mở cuộc điều tra đối với tập"
                 " đoàn chip Nvidia của Mỹ vì nghi ngờ vi phạm luật chống độc quyền.",
                 ('trade_measure', 'CHN', 'USA'),
                 marks=pytest.mark.xfail(strict=True, reason="an investigation told apart from its"
                                                             " antitrust word (\"điều tra ... vì nghi"
                                                             " ngờ vi phạm luật chống độc quyền\") is"
                                                             " no lexicon term yet")),
    ("vi", "Mỹ cắt ngân hàng Trung Quốc khỏi hệ thống tài chính",
     "Bộ Tài chính Mỹ ngày 29/6 quyết định cắt Ngân hàng Đan Đông của Trung Quốc khỏi hệ thống tài chính"
     " Mỹ vì giao dịch với Triều Tiên.",
     ('sanction', 'USA', 'CHN')),
    ("vi", "Mỹ hạn chế thị thực với quan chức Trung Quốc liên quan Tây Tạng",
     "Ngoại trưởng Mỹ Mike Pompeo ngày 7/7 tuyên bố hạn chế cấp thị thực đối với các quan chức Trung Quốc"
     " ngăn cản người nước ngoài vào Tây Tạng.",
     ('sanction', 'USA', 'CHN')),
    ("vi", "Trung Quốc hạn chế cấp visa cho quan chức Mỹ",
     "Người phát ngôn Bộ Ngoại giao Trung Quốc Triệu Lập Kiên ngày 7/7 cho biết Bắc Kinh sẽ hạn chế cấp"
     " visa cho các quan chức Mỹ có hành vi sai trái về vấn đề Tây Tạng.",
     ('sanction', 'CHN', 'USA')),
    ("vi", "Mỹ ngừng cấp một số loại thị thực cho quan chức Việt Nam",
     "Bộ Ngoại giao Mỹ hôm 12/7 cho biết đã ngừng cấp một số loại thị thực cho quan chức Bộ Ngoại giao"
     " Việt Nam do Hà Nội chậm nhận lại công dân bị trục xuất.",
     ('sanction', 'USA', 'VNM')),
    ("vi", "Trung Quốc trừng phạt các công ty quốc phòng Mỹ",
     "Ngày 16/2, Bộ Thương mại Trung Quốc đưa hai công ty quốc phòng Mỹ vào danh sách thực thể không đáng"
     " tin cậy. Động thái diễn ra vài ngày sau khi Mỹ bổ sung nhiều công ty Trung Quốc vào danh sách thực"
     " thể.",
     ('sanction', 'CHN', 'USA')),
    ("vi", "Mỹ trừng phạt quan chức Trung Quốc về Tân Cương",
     "Bộ Tài chính Mỹ hôm 9/7 áp lệnh trừng phạt bốn quan chức Trung Quốc. Quyết định được đưa ra hai"
     " tuần sau khi Bộ Thương mại Mỹ đưa 33 công ty Trung Quốc vào danh sách thực thể.",
     ('sanction', 'USA', 'CHN')),
    ("vi", "Mỹ đưa thêm công ty Trung Quốc vào danh sách đen",
     "Bộ Thương mại Mỹ ngày 22/5 đưa 33 công ty và tổ chức Trung Quốc vào danh sách thực thể kiểm soát"
     " xuất khẩu.",
     ('trade_measure', 'USA', 'CHN')),
    pytest.param("vi", "Phí cảng đặc biệt của Trung Quốc với tàu Mỹ có hiệu lực",
                 "Từ hôm nay 14/10, các tàu do công ty Mỹ sở hữu khi cập cảng Trung Quốc phải nộp phí"
                 " cảng đặc biệt theo quy định của Bộ Giao thông vận tải Trung Quốc.",
                 ('trade_measure', 'CHN', 'USA'),
                 marks=pytest.mark.xfail(strict=True, reason="a fee 'of China' on U.S. ships (`phí cảng"
                                                             " ... của Trung Quốc với tàu Mỹ`) takes"
                                                             " the ships' country as actor: the"
                                                             " possessive after the act is not read as"
                                                             " its actor")),
    ("vi", "Mỹ hạn chế thị thực đối với quan chức Trung Quốc vì Hong Kong",
     "Ngoại trưởng Mỹ Antony Blinken ngày 31/3 thông báo áp đặt các biện pháp hạn chế thị thực mới đối"
     " với một số quan chức Trung Quốc liên quan đàn áp ở Hong Kong.",
     ('sanction', 'USA', 'CHN')),
    ("vi", "Trung Quốc mở điều tra chống độc quyền với Qualcomm",
     "Tổng cục Quản lý Giám sát Thị trường Trung Quốc ngày 10/10 mở cuộc điều tra chống độc quyền đối với"
     " hãng chip Qualcomm của Mỹ liên quan thương vụ mua lại Autotalks.",
     ('trade_measure', 'CHN', 'USA')),
    ("zh", "交通运输部：10月14日起对美船舶收取特别港务费",
     "交通运输部10日发布公告，自10月14日起，对美国企业和个人拥有、运营的船舶收取船舶特别港务费。",
     ('trade_measure', 'CHN', 'USA')),
    ("zh", "中方宣布对美船舶收取特别港务费",
     "中国政府10日宣布，对美国船舶收取船舶特别港务费，以反制美方对中国船舶征收港口费的做法。",
     ('trade_measure', 'CHN', 'USA')),
    ("zh", "美國對中國建造船舶徵收港口費",
     "美國貿易代表署17日宣布，將對中國建造或營運的船舶停靠美國港口時徵收港口費。",
     ('trade_measure', 'USA', 'CHN')),
    ("zh", "市场监管总局依法对谷歌公司立案调查",
     "因谷歌公司涉嫌违反《中华人民共和国反垄断法》，市场监管总局4日依法对谷歌公司立案调查。",
     ('trade_measure', 'CHN', 'USA')),
    ("zh", "市場監管總局對英偉達立案調查",
     "國家市場監督管理總局9日宣布，因英偉達涉嫌違反反壟斷法，依法對其開展立案調查。",
     ('trade_measure', 'CHN', 'USA')),
    ("zh", "中国对高通公司开展反垄断调查",
     "国家市场监督管理总局10日表示，已对美国高通公司收购Autotalks一案开展反垄断调查。",
     ('trade_measure', 'CHN', 'USA')),
    pytest.param("zh", "美财政部切断丹东银行与美国金融体系的联系",
                 "美国财政部29日宣布，切断中国丹东银行与美国金融体系的联系，指其为朝鲜洗钱。",
                 ('sanction', 'USA', 'CHN'),
                 marks=pytest.mark.xfail(strict=True, reason="a bank whose name opens with the country"
                                                             " (`中国丹东银行`) is read as a non-state"
                                                             " body and names no side")),
    ("zh", "美国宣布对中国官员实施签证限制",
     "美国国务卿蓬佩奥7日宣布，对阻挠外国人进入西藏的中国官员实施签证限制。",
     ('sanction', 'USA', 'CHN')),
    ("zh", "中方决定对美方有关人员实施签证限制",
     "外交部发言人赵立坚7日宣布，中方决定对在涉藏问题上表现恶劣的美方人员实施签证限制。",
     ('sanction', 'CHN', 'USA')),
    ("zh", "美國暫停向越南官員簽發簽證",
     "美國國務院12日表示，由於越南拒絕接收被遣返的公民，已暫停向部分越南外交部官員簽發簽證。",
     ('sanction', 'USA', 'VNM')),
    ("zh", "中方宣布制裁美国军工企业",
     "中国外交部21日宣布，对三家美国军工企业实施制裁。此前，美国商务部将十余家中国实体列入出口管制实体清单。",
     ('sanction', 'CHN', 'USA')),
    ("zh", "美商务部将33家中国实体列入黑名单",
     "美国商务部22日宣布，将33家中国公司和机构列入出口管制“实体清单”。",
     ('trade_measure', 'USA', 'CHN')),
    ("zh", "美国对中国船舶收取港口费正式生效",
     "美国对中国企业拥有或运营船舶收取的港口费14日正式生效。",
     ('trade_measure', 'USA', 'CHN')),
    ("zh", "交通運輸部：對美國船舶收取船舶特別港務費",
     "中國交通運輸部10日發布公告，對美國企業擁有或營運的船舶收取船舶特別港務費。",
     ('trade_measure', 'CHN', 'USA')),
    ("zh", "美国对多名中国官员实施签证禁令",
     "美国国务院3日宣布，对多名涉港中国官员实施签证禁令。",
     ('sanction', 'USA', 'CHN')),
]

# (language, title, text): no event between the three
NEGATIVES = [
    ("en", "Los Angeles port to charge carriers for idle containers",
     "The ports of Los Angeles and Long Beach will charge ocean carriers a fee for containers that"
     " linger on the docks, officials said on Monday."),
    ("en", "FTC opens antitrust probe into Microsoft",
     "The U.S. Federal Trade Commission has opened a broad antitrust investigation into Microsoft,"
     " people familiar with the matter said."),
    ("en", "China's market regulator fines Tencent over music rights",
     "China's State Administration for Market Regulation on Saturday fined Tencent and ordered it to"
     " give up exclusive music licensing rights."),
    ("en", "EU severs seven Russian banks from SWIFT",
     "The European Union on Wednesday severed seven Russian banks from the SWIFT messaging system over"
     " the invasion of Ukraine."),
    ("en", "Chinese shipping stocks slide on port fee worries",
     "Shares of COSCO Shipping fell 3% in Hong Kong on Monday as investors weighed the cost of higher"
     " fees at ports worldwide."),
    ("en", "Japan cuts port charges to lure container lines",
     "Japan's transport ministry said on Tuesday it would cut port charges at Yokohama and Kobe to win"
     " back transshipment cargo."),
    ("vi", "Singapore giảm phí cảng biển",
     "Cơ quan Hàng hải và Cảng vụ Singapore ngày 1/3 giảm phí cảng biển cho các hãng tàu container."),
    ("vi", "Ủy ban Cạnh tranh điều tra chống độc quyền đối với một hãng sữa",
     "Ủy ban Cạnh tranh Quốc gia hôm nay mở cuộc điều tra chống độc quyền đối với một doanh nghiệp sữa"
     " trong nước."),
    ("vi", "EU cắt các ngân hàng Nga khỏi SWIFT",
     "Liên minh châu Âu ngày 2/3 loại bảy ngân hàng Nga khỏi hệ thống thanh toán SWIFT."),
    ("vi", "Việt Nam miễn thị thực cho công dân 12 nước châu Âu",
     "Chính phủ Việt Nam quyết định gia hạn miễn thị thực cho công dân 12 nước châu Âu đến năm 2028."),
    ("vi", "Cước vận tải có thể tăng vì phí cảng",
     "Các hãng tàu cho biết cước vận tải từ châu Á sang châu Âu có thể tăng khi phí cảng mới có hiệu lực"
     " trong tháng tới."),
    ("zh", "市场监管总局对阿里巴巴立案调查",
     "市场监管总局依法对阿里巴巴集团涉嫌垄断行为立案调查。"),
    ("zh", "深圳警方对一家企业立案调查",
     "深圳市公安局对一家涉嫌非法集资的企业立案调查。"),
    ("zh", "新加坡下调港口费",
     "新加坡海事及港务管理局宣布，下调集装箱船舶港口费。"),
    ("zh", "欧盟将七家俄罗斯银行踢出SWIFT",
     "欧盟2日宣布，将七家俄罗斯银行排除在SWIFT国际结算系统之外。"),
    ("zh", "交通运输部部署国庆假期交通保障",
     "交通运输部今天召开会议，部署国庆假期道路运输安全工作。"),
]


def _main(language: str, title: str, text: str) -> Event | None:
    """The main event of a relevant story; None when the story is not relevant or tells none."""
    detection = detect(title, text, language)
    return main_of(detection.events) if detection.relevant else None


@pytest.mark.parametrize(("language", "title", "text", "expected"), MEASURES)
def test_a_measure_is_read_with_its_sides(language: str, title: str, text: str,
                                          expected: tuple[str, str, str]) -> None:
    event = _main(language, title, text)
    assert event is not None, (title, text)
    assert (event.type, event.actor, event.target) == expected


@pytest.mark.parametrize(("language", "title", "text"), NEGATIVES)
def test_the_same_words_off_the_pair_tell_no_event(language: str, title: str, text: str) -> None:
    assert _main(language, title, text) is None


def test_a_pause_of_visas_against_an_epidemic_or_by_an_embassy_is_no_sanction() -> None:
    for language, title, text in [
            ("en", "U.S. embassy in Hanoi suspends visa services",
             "The U.S. Embassy in Hanoi suspended routine visa services on Monday due to the coronavirus"
             " outbreak."),
            ("zh", "美驻华使馆暂停签发签证", "美国驻华使馆宣布因疫情暂停签发签证。"),
            ("vi", "Đại sứ quán Mỹ tạm ngừng cấp thị thực",
             "Đại sứ quán Mỹ tại Hà Nội tạm ngừng cấp thị thực do dịch Covid-19.")]:
        assert "sanction" not in [e.type for e in detect(title, text, language).events], title


def test_a_cut_only_urged_in_vietnamese_and_chinese_is_no_sanction() -> None:
    for language, title, text in [
            ("vi", "Nghị sĩ Mỹ kêu gọi cắt ngân hàng Trung Quốc",
             "Các nghị sĩ Mỹ kêu gọi Bộ Tài chính cân nhắc cắt các ngân hàng Trung Quốc khỏi hệ thống tài"
             " chính Mỹ."),
            ("zh", "美议员呼吁切断中国银行与美元体系联系",
             "美国议员呼吁财政部切断中国银行与美元体系的联系。")]:
        assert "sanction" not in [e.type for e in detect(title, text, language).events], title
