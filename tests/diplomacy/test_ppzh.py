"""Office-holders the people list does not hold, named in characters after a title in Chinese copy
(titledchars.py): where a word of the sentence of two characters or more (a rank, an attending word) opens
after the shorter name and the longer would end inside it, the shorter is the name; a Vietnamese name of
three syllables reads past a word that opens like it ("黎明", dawn); the Hán-Việt table reads the
characters of common Vietnamese given names; a name written by its Mandarin sound is the listed person it
sounds like; a sentence listing who attends, naming its holder only after a
title of the grammar, is read. Own leads, other countries' offices and both scripts; hard
negatives the rules must not touch."""

from __future__ import annotations

import pytest

from tests.diplomacy.stories import main_event

# A rank or attending word right after the name: the shorter name is read, in both scripts, for a Chinese
# and a Vietnamese holder.
WORD_AFTER_THE_NAME = [
    ("越南国防部副部长会见中国武官",
     "新华社河内电 越南国防部副部长黄春战16日在河内会见中国驻越南使馆武官陈军少将。", "zh",
     {"Hoàng Xuân Chiến", "Chen Jun"}),
    ("中国海军司令员会见越南海军司令员",
     "新华社北京电 海军司令员胡中明17日在北京会见越南人民海军司令员陈青严中将一行。", "zh",
     {"Hu Zhongming", "Trần Thanh Nghiêm"}),
    ("越南總理會見中國駐越大使",
     "中央社河內電 越南政府總理范明正18日在河內會見中國駐越南大使何煒。越南外交部副部長阮明姮陪同會見。",
     "zh-Hant", {"Phạm Minh Chính", "He Wei", "Nguyễn Minh Hằng"}),
    ("越南总理会见中国驻越大使",
     "新华社河内电 越南政府总理范明正18日在河内会见中国驻越南大使何炜。越南外交部副部长阮明姮陪同会见。",
     "zh", {"Phạm Minh Chính", "He Wei", "Nguyễn Minh Hằng"}),
    ("中國駐越南大使會見越南副外長",
     "新華社河內3月2日電 中國駐越南大使熊波2日會見越南外交部副部長，中國駐越南使館參贊陳剛陪同。", "zh-Hant",
     {"Xiong Bo", "Chen Gang"}),
]

# A Vietnamese name of three syllables opening with a word of `not_names` (黎明, dawn) is read past it.
PAST_A_WORD = [
    ("越南公安部长会见中国驻越大使",
     "新华社河内电 越南公安部部长黎明兴12日在河内会见中国驻越南大使何炜。", "zh", {"He Wei", "Lê Minh Hưng"}),
    ("越共中央书记处书记访华",
     "新华社北京电 中共中央书记处书记蔡奇14日在北京会见越共中央书记处书记、中央组织部部长黎明兴。", "zh",
     {"Cai Qi", "Lê Minh Hưng"}),
    ("越南副總理會見中國代表團",
     "新華社河內電 越南政府副總理黎明概10日在河內會見中共中央對外聯絡部副部長孫海燕。", "zh-Hant",
     {"Sun Haiyan", "Lê Minh Khái"}),
]

# Characters of common Vietnamese given names the table reads (决 Quyết, 概 Khái).
TABLE = [
    ("越南人民军总政治局主任访华",
     "新华社北京电 中央军委副主席张又侠20日在北京会见越南人民军总政治局主任郑文决上将。", "zh",
     {"Zhang Youxia", "Trịnh Văn Quyết"}),
    ("越南副总理会见中国客人",
     "新华社河内电 越南政府副总理黎明概15日在河内会见中国商务部副部长凌激。", "zh",
     {"Lê Minh Khái", "Ling Ji"}),
    ("越南國防部副部長會見美國大使",
     "越通社河內電 越南國防部副部長阮文决上將20日在河內會見美國駐越南大使。", "zh-Hant",
     {"Nguyễn Văn Quyết"}),
]

# A Vietnamese name written by its sound in Mandarin: a listed person's characters with the same surname
# character and a given name of two characters sounding the same, tones and all, are that person (钟 for
# 中, 姜 for 江); a name sounding otherwise (尚 shang4 for 赏 shang3, 常 for 赏) takes its own readings.
SOUND = [
    ("王毅会见越南副外长",
     "新华社北京11月27日电 国务委员兼外长王毅27日在北京会见越南副外长黎怀钟。", "zh",
     {"Wang Yi", "Lê Hoài Trung"}),
    ("王毅會見越南副外長",
     "新華社北京電 國務委員兼外長王毅27日在北京會見越南副外長黎懷鍾。", "zh-Hant",
     {"Wang Yi", "Lê Hoài Trung"}),
    ("中国驻越南大使拜会越南国家主席",
     "新华社河内电 中国驻越南大使熊波10日拜会越南国家主席武文尚。", "zh", {"Xiong Bo", "Vũ Văn Thượng"}),
    ("董军会见越南国防部长",
     "新华社北京电 国防部长董军10日在北京会见越南国防部长潘文姜大将。", "zh", {"Dong Jun", "Phan Văn Giang"}),
    ("中国驻越南大使会见越南副外长",
     "新华社河内电 中国驻越南大使熊波10日会见越南外交部副部长武文常。", "zh", {"Xiong Bo", "Vũ Văn Thường"}),
]

# A sentence listing who attends (陪同) whose only office is a title of the characters grammar (no lexicon
# office, act or listed person): its holder joins the encounter; not a later sentence of another act.
ENTOURAGE = [
    ("越南国防部长会见中国南部战区司令员",
     "新华社河内电 越南国防部长潘文江19日在河内会见中国南部战区司令员王秀斌上将。"
     "南部战区副司令员李伟中将陪同。",
     "zh", {"Phan Văn Giang", "Wang Xiubin", "Li Wei"}),
    ("越南國防部長會見中國南部戰區司令員",
     "新華社河內電 越南國防部長潘文江19日在河內會見中國南部戰區司令員王秀斌上將。"
     "南部戰區副司令員李偉中將陪同。",
     "zh-Hant", {"Phan Văn Giang", "Wang Xiubin", "Li Wei"}),
    ("中国国防部长会见越南国防部长",
     "新华社北京电 国防部长董军19日在北京会见越南国防部长潘文江大将。"
     "越南国防部对外局局长阮文强少将陪同。",
     "zh", {"Dong Jun", "Phan Văn Giang", "Nguyễn Văn Cường"}),
    ("越南国防部长会见中国南部战区司令员",
     "新华社河内电 越南国防部长潘文江19日在河内会见中国南部战区司令员王秀斌上将。"
     "南部战区副司令员李伟中将同日在湛江出席另一活动。", "zh", {"Phan Văn Giang", "Wang Xiubin"}),
    ("越南国防部长会见中国南部战区司令员",
     "新华社河内电 越南国防部长潘文江19日在河内会见中国南部战区司令员王秀斌上将。"
     "此前，南部战区副司令员李伟中将曾于2019年访问越南。", "zh", {"Phan Văn Giang", "Wang Xiubin"}),
]

# Hard negatives: no name read where the words after the title are the sentence's (dawn, a time, a
# namesake with no title), nor a longer name made of a rank's first character.
NEGATIVES = [
    ("越南外长黎明抵达北京",
     "新华社北京电 越南外长裴青山黎明抵达北京，开始对中国进行正式访问。", "zh", {"Bùi Thanh Sơn"}),
    ("中国驻越南大使会见越南副外长",
     "新华社河内3月2日电 中国驻越南大使熊波2日会见越南副外长，使馆工作人员陈刚陪同。", "zh", {"Xiong Bo"}),
    ("越南国防部长会见中国大使",
     "新华社河内电 越南国防部长潘文江会见中国驻越南大使熊波。国防部对外局局长黎明时分已在场。", "zh",
     {"Phan Văn Giang", "Xiong Bo"}),
    ("中越防务安全磋商在京举行",
     "新华社北京电 中央军委联合参谋部副参谋长徐起零上将与越南国防部副部长阮志咏上将18日在北京"
     "举行防务安全磋商。",
     "zh", {"Xu Qiling", "Nguyễn Chí Vịnh"}),
]


@pytest.mark.parametrize(("title", "text", "language", "people"),
                         [*WORD_AFTER_THE_NAME, *PAST_A_WORD, *TABLE, *SOUND, *ENTOURAGE, *NEGATIVES])
def test_people_named_in_characters(title: str, text: str, language: str, people: set[str]) -> None:
    assert set(main_event(title, text, language).people) == people
