"""The type among acts of saying and their sides: an appeal asking the other side to withdraw a force or to
release people is a demand, in every language, the people released told by a word for them, a pronoun or a
name; an appeal asking it to release a thing stays an appeal."""

from __future__ import annotations

import pytest

from tests.diplomacy.stories import main_event

# ---------------------------------------------------------------- a release or a withdrawal asked: a demand
RELEASE_ASKED = [
    ("U.S. urges China to release rights lawyer",
     "WASHINGTON (Reuters) - The United States on Tuesday urged China to immediately release detained human "
     "rights lawyer Wang Quanzhang, the State Department said.", "en", ("demand", "USA", "CHN")),
    ("U.S. calls on Vietnam to free jailed blogger",
     "WASHINGTON (Reuters) - The State Department on Friday called on Vietnam to free blogger Nguyen Van Hai "
     "and other political prisoners.", "en", ("demand", "USA", "VNM")),
    ("China urges U.S. to withdraw warships",
     "BEIJING (Reuters) - China on Monday urged the United States to withdraw its warships from the South "
     "China Sea, the foreign ministry said.", "en", ("demand", "CHN", "USA")),
    ("Dissident jailed; U.S. urges Vietnam to release him",
     "WASHINGTON (Reuters) - The State Department on Monday urged Vietnam to release him, a day after a "
     "court in Hanoi jailed blogger Dieu Cay.", "en", ("demand", "USA", "VNM")),
    ("美国呼吁中国释放刘晓波", "美国国务院发言人10日发表声明，呼吁中国立即释放刘晓波。", "zh",
     ("demand", "USA", "CHN")),
    ("美國呼籲越南釋放范氏瓊", "美國國務院發言人8日表示，呼籲越南無條件釋放范氏瓊和其他異議人士。", "zh",
     ("demand", "USA", "VNM")),
    ("王全璋获刑 美方呼吁北京立即释放", "美国国务院发言人28日发表声明，呼吁北京立即释放。", "zh",
     ("demand", "USA", "CHN")),
    ("Mỹ kêu gọi Trung Quốc trả tự do cho Lưu Hiểu Ba",
     "Người phát ngôn Bộ Ngoại giao Mỹ ngày 10/12 kêu gọi Trung Quốc trả tự do cho Lưu Hiểu Ba.", "vi",
     ("demand", "USA", "CHN")),
]

# ---------------------------------------------------------------- a thing released: the appeal stays
THING_RELEASED = [
    ("China urges U.S. to release more details",
     "BEIJING (Reuters) - China on Monday urged the United States to release more details about the plan, "
     "the foreign ministry said.", "en", ("appeal", "CHN", "USA")),
    ("U.S. urges China to release Phase One figures",
     "WASHINGTON (Reuters) - The United States urged China to release the Phase One purchase figures, "
     "officials said.", "en", ("appeal", "USA", "CHN")),
    ("中方敦促美方释放积极信号", "外交部发言人表示，敦促美方释放积极信号，为两国关系创造条件。", "zh",
     ("appeal", "CHN", "USA")),
    ("中方呼吁美方释放善意", "外交部发言人表示，呼吁美方释放更多善意。", "zh", ("appeal", "CHN", "USA")),
]


@pytest.mark.parametrize(("title", "text", "language", "act"), RELEASE_ASKED + THING_RELEASED)
def test_a_release_or_withdrawal_asked(title: str, text: str, language: str,
                                       act: tuple[str, str, str]) -> None:
    event = main_event(title, text, language)
    assert (event.type, event.actor, event.target) == act


# ---------------------------------------------------------------- an appeal to the speaker's own government
OWN_SIDE_URGED = [
    ("Senate urges Clinton to lift Vietnam trade embargo",
     "WASHINGTON (Reuters) - The U.S. Senate voted 62-38 on Thursday to urge President Bill Clinton to lift "
     "the trade embargo against Vietnam.", "en", ("statement", "USA", "VNM")),
    ("Lawmakers urge Biden to press China on Uighurs",
     "WASHINGTON (Reuters) - A group of U.S. senators on Tuesday urged President Joe Biden to press China "
     "over Xinjiang.", "en", ("statement", "USA", "CHN")),
    ("美參院促請柯林頓解除對越禁運",
     "（中央社華盛頓二十七日專電）美國參議院今天通過一項不具約束力的決議，促請柯林頓總統解除對越南的貿易禁運。",
     "zh", ("statement", "USA", "VNM")),
    ("Thượng viện Mỹ kêu gọi Tổng thống Clinton dỡ bỏ cấm vận với Việt Nam",
     "Ngày 27/1, Thượng viện Mỹ thông qua nghị quyết kêu gọi Tổng thống Bill Clinton dỡ bỏ lệnh cấm vận "
     "thương mại đối với Việt Nam.", "vi", ("statement", "USA", "VNM")),
]

# ---------------------------------------------------------------- an appeal to the other side's office-holder
OTHER_SIDE_URGED = [
    ("Vietnam urges Clinton to lift embargo",
     "HANOI (Reuters) - Vietnam on Thursday urged U.S. President Bill Clinton to lift the trade embargo.",
     "en", ("appeal", "VNM", "USA")),
    ("Kiet urges Clinton to lift embargo",
     "HANOI (Reuters) - Vietnamese Prime Minister Vo Van Kiet on Thursday urged President Bill Clinton to "
     "lift the trade embargo.", "en", ("appeal", "VNM", "USA")),
    ("Xi urges Biden to handle Taiwan with caution",
     "BEIJING (Reuters) - Chinese President Xi Jinping urged U.S. President Joe Biden to handle the Taiwan "
     "issue with caution.", "en", ("appeal", "CHN", "USA")),
    ("越南呼吁美国解除禁运", "越南外交部发言人27日表示，越南呼吁美国总统克林顿尽快解除对越贸易禁运。", "zh",
     ("appeal", "VNM", "USA")),
]


@pytest.mark.parametrize(("title", "text", "language", "act"), OWN_SIDE_URGED + OTHER_SIDE_URGED)
def test_an_appeal_to_whose_government(title: str, text: str, language: str,
                                       act: tuple[str, str, str]) -> None:
    event = main_event(title, text, language)
    assert (event.type, event.actor, event.target) == act
