"""Tests for the diplomacy detector: hand-written articles in three languages, scripts, CLI contract."""

from __future__ import annotations

import dataclasses
import gc
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.core.models import Detection
from extractors.diplomacy import DETECTOR_VERSION, detect
from extractors.diplomacy.grammar import WORD_RUN
from extractors.diplomacy.jsonl import classify_stream
from extractors.diplomacy.lexicon import load_entries, matcher
from extractors.diplomacy.sentence import Sentence, blank_sentence
from extractors.diplomacy.text import (
    _is_abbreviation,
    _word_runs,
    abbreviations,
    fold,
    guess_script,
    sentence_spans,
    split_sentences,
    strip_marks,
    traditional_forms,
)
from tests import FIXTURES as ALL_FIXTURES
from tests import ROOT
from tests.cases import cases

FIXTURES = ALL_FIXTURES / "diplomacy"
CASES = FIXTURES / "cases" / "test_diplomacy.toml"
ARTICLES = [json.loads(line) for line in (FIXTURES / "articles.jsonl").read_text("utf-8").splitlines()]
BY_ID = {a["id"]: a for a in ARTICLES}
# News-like texts grouped by kind of story (trade, sanctions, calls, headlines, hard negatives...).
CATEGORIES = [json.loads(line)
              for line in (FIXTURES / "categories.jsonl").read_text("utf-8").splitlines()]
CONTRACT_FIELDS = ["id", "relevant", "score", "pairs", "events", "tiers", "evidence", "detector_version"]


def run(article: dict[str, object], language: object = "label") -> Detection:
    """Detect one fixture article, with its own language label unless told otherwise."""
    lang = article["language"] if language == "label" else language
    return detect(str(article["title"]), str(article["text"]), lang)  # type: ignore[arg-type]


# ---------------------------------------------------------------- relevance and pairs
@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_relevance_and_pairs(article: dict[str, object]) -> None:
    det = run(article)
    assert det.relevant is article["relevant"], det.extra
    assert sorted(det.pairs) == article["pairs"]
    assert (det.score >= 0.5) is det.relevant
    assert det.detector_version == DETECTOR_VERSION


@pytest.mark.parametrize("article", CATEGORIES, ids=[a["id"] for a in CATEGORIES])
def test_categories_of_stories(article: dict[str, object]) -> None:
    """Each kind of story gets its verdict and pairs, with the label given or not."""
    det = run(article)
    assert det.relevant is article["relevant"], (article["category"], det.score, det.extra)
    assert sorted(det.pairs) == article["pairs"], article["category"]
    assert run(article, None).relevant is article["relevant"]


def test_categories_cover_languages_and_hard_negatives() -> None:
    kinds = {(a["language"], a["relevant"]) for a in CATEGORIES}
    assert {(lang, rel) for lang in ("en", "vi", "zh-Hans", "zh-Hant") for rel in (True, False)} <= kinds
    negatives = {a["category"] for a in CATEGORIES if not a["relevant"]}
    for category in ("markets", "company", "sport", "election", "other-pair", "cross-strait", "history",
                     "weather", "multilateral", "trade-stats", "domestic", "military"):
        assert category in negatives, category
    assert any(not a["title"] for a in CATEGORIES if a["relevant"])  # bodies without a headline


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] for a in ARTICLES])
def test_language_label_is_not_needed(article: dict[str, object]) -> None:
    """The script is read from the text; a missing or wrong label must not change the verdict."""
    assert run(article, None).relevant is article["relevant"]
    assert run(article, "en").relevant is article["relevant"]


def test_hard_negatives_cover_every_category() -> None:
    negatives = {a["id"] for a in ARTICLES if not a["relevant"]}
    for word in ("football", "markets", "cnphl", "jpvn", "history", "tourism"):
        assert any(word in i for i in negatives), word


def test_not_relevant_has_no_pairs_events_or_evidence() -> None:
    det = run(BY_ID["en-neg-football"])
    assert (det.pairs, det.events, det.evidence) == ((), (), ())


def test_empty_input_is_not_relevant() -> None:
    det = detect("", "", None)
    assert not det.relevant and det.score < 0.5 and det.pairs == ()


def test_mentions_alone_are_not_diplomacy() -> None:
    text = "China, the United States and Vietnam are large countries. Vietnam exports coffee and rice."
    assert not detect("", text).relevant


def test_diplomacy_of_one_trio_country_with_another_is_not_relevant() -> None:
    det = detect("Xi Jinping holds talks with Putin in Moscow",
                 "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Moscow on "
                 "Tuesday and signed a joint statement on deepening their partnership.", "en")
    assert not det.relevant


# ---------------------------------------------------------------- events, tiers, evidence
def test_visit_event_has_actor_target_people_and_date() -> None:
    det = run(BY_ID["en-usvn-visit"])
    meet = [e for e in det.events if e.type == "meet"]
    assert meet, det.events
    assert {meet[0].actor, meet[0].target} == {"USA", "VNM"}
    assert "Antony Blinken" in meet[0].people and "Phạm Minh Chính" in meet[0].people
    assert meet[0].cameo == "040"
    assert all(e.evidence for e in det.events)


def test_event_types_in_vietnamese_and_chinese() -> None:
    vi = {e.type for e in run(BY_ID["vi-cnvn-meet"]).events}
    zh = {e.type for e in run(BY_ID["zhs-usvn-upgrade"]).events}
    assert "meet" in vi
    assert "visit" in zh


def test_protest_event_cameo() -> None:
    det = run(BY_ID["en-cnvn-protest"])
    protests = [e for e in det.events if e.type == "protest"]
    assert protests and protests[0].cameo == "114"
    assert {protests[0].actor, protests[0].target} == {"VNM", "CHN"}


def test_seed_like_story() -> None:
    det = run(BY_ID["en-seed-like"])
    assert {"CN-VN", "US-VN"} <= set(det.pairs)
    assert {"visit", "meet"} <= {e.type for e in det.events}
    people = {p for e in det.events for p in e.people}
    assert {"Nguyễn Phú Trọng", "Lê Hoài Trung", "Joe Biden"} <= people
    tiers = {(t.tier, t.pair) for t in det.tiers}
    assert ("comprehensive_partnership", "US-VN") in tiers
    assert ("comprehensive_strategic_partnership", "CN-VN") in tiers
    assert "strategic_partnership" in {t.tier for t in det.tiers}
    assert "community_shared_future" in {t.tier for t in det.tiers}


def test_longest_tier_wins() -> None:
    det = detect("", "Vietnam and the United States upgraded ties to a comprehensive strategic partnership.")
    assert [t.tier for t in det.tiers] == ["comprehensive_strategic_partnership"]
    assert det.tiers[0].pair == "US-VN"


def test_tiers_in_vietnamese_without_diacritics_and_traditional_chinese() -> None:
    vi = detect("", "Hai nuoc nang cap quan he len Doi tac chien luoc toan dien.", "vi")
    zh = detect("", "中越兩國建立全面戰略合作夥伴關係。", "zh-Hant")
    assert [t.tier for t in vi.tiers] == ["comprehensive_strategic_partnership"]
    assert [t.tier for t in zh.tiers] == ["comprehensive_strategic_partnership"]
    assert zh.tiers[0].pair == "CN-VN"


def test_evidence_is_sentences_of_the_article() -> None:
    article = BY_ID["en-cnvn-protest"]
    det = run(article)
    assert det.evidence
    for sentence in det.evidence:
        assert sentence in f"{article['title']}\n{article['text']}"


# ---------------------------------------------------------------- names and spellings
@cases(CASES, "names_resolve_to_countries", "text, language, code")
def test_names_resolve_to_countries(text: str, language: str, code: str) -> None:
    from extractors.diplomacy.analysis import read_article

    script = guess_script(text + " va cua nhung nguoi", language) if language == "vi" else guess_script(
        text, language)
    sentences = read_article("", f"{text} met officials.", script)
    assert code in sentences[0].trio


def test_pronoun_us_is_not_the_united_states() -> None:
    text = "China and Vietnam told us they would hold talks. China and Vietnam signed a deal."
    det = detect("", text, "en")
    assert "US-VN" not in det.pairs and "CN-US" not in det.pairs


def test_my_in_vietnamese_words_is_not_america() -> None:
    from extractors.diplomacy.analysis import read_article

    sentence = read_article("", "Việt Nam hợp tác với Trung Quốc về mỹ phẩm và mỹ thuật.", "vi")[0]
    assert sentence.trio == {"VNM", "CHN"}


def test_bare_title_means_home_country_unless_qualified() -> None:
    from extractors.diplomacy.analysis import read_article

    bare = read_article("", "Thủ tướng tiếp Đại sứ Mỹ.", "vi")[0]
    qualified = read_article("", "Thủ tướng Nhật Bản tiếp Đại sứ Mỹ.", "vi")[0]
    assert bare.trio == {"VNM", "USA"}
    assert qualified.trio == {"USA"}


# ---------------------------------------------------------------- text helpers
def test_strip_marks_keeps_length() -> None:
    text = "Đối tác chiến lược toàn diện Việt Nam - Hoa Kỳ"
    assert strip_marks(text) == "Doi tac chien luoc toan dien Viet Nam - Hoa Ky"
    assert len(fold(text, "vi_ascii")) == len(text)


def test_guess_script() -> None:
    assert guess_script("中美两国举行会谈", None) == "zh"
    assert guess_script("Thủ tướng hội đàm với Tổng thống Mỹ", None) == "vi"
    bare = "Thu tuong hoi dam voi Tong thong My va cac nha lanh dao cua hai nuoc"
    assert guess_script(bare, None) == "vi_ascii"
    assert guess_script("The president met the prime minister in Hanoi", None) == "en"
    # a bare Vietnamese headline without function words; English copy naming Vietnamese officials
    assert guess_script("Bo Ngoai giao len tieng ve viec Trung Quoc tap tran o Hoang Sa", None) == "vi_ascii"
    assert guess_script("Pham Minh Chinh meets Biden; Le Hoai Trung and Pham Thu Hang attend", None) == "en"
    assert guess_script("Viet Nam deeply regrets death of Palestinian leader", None) == "en"


def test_sentences_spare_abbreviations_and_split_glued_text() -> None:
    text = "U.S. Defense Secretary Esper met Sen. Smith. They talked.Then they left. 中国。越南！"
    assert split_sentences(text) == [
        "U.S. Defense Secretary Esper met Sen. Smith.", "They talked.", "Then they left.", "中国。", "越南！"]
    assert all(text[s:e].strip() == text[s:e] for s, e in sentence_spans(text))


def test_traditional_forms() -> None:
    assert "關係" in traditional_forms("关系")


# ---------------------------------------------------------------- lexicons
def test_lexicons_load_for_every_script() -> None:
    entries = load_entries()
    for script, terms in entries.items():
        assert terms, script
        assert matcher(script).pattern
    codes = {e.value for terms in entries.values() for found in terms.values() for e in found
             if e.source in ("entities", "people") and e.kind not in ("other", "ignore", "office")}
    # A pair word's two codes come in the order it names them ("越美": VNM+USA).
    assert codes <= {"CHN", "USA", "VNM", "CHN+USA", "CHN+VNM", "USA+VNM", "USA+CHN", "VNM+CHN", "VNM+USA"}
    # An office word belongs to whichever country qualifies it: it carries no code of its own.
    assert {e.value for terms in entries.values() for found in terms.values() for e in found
            if e.kind == "office"} == {"-"}


# ---------------------------------------------------------------- classify_stream (bamboo classify)
def classify(lines: list[str]) -> tuple[list[dict[str, object]], str, int]:
    """Run classify_stream over lines; return parsed output records, stderr text and the bad count."""
    out, err = io.StringIO(), io.StringIO()
    bad = classify_stream(lines, out, err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue(), bad


def test_classify_stream_contract_fields_and_order() -> None:
    lines = [json.dumps({k: a[k] for k in ("id", "title", "text", "language")}) + "\n" for a in ARTICLES[:6]]
    records, err, bad = classify(lines)
    assert bad == 0 and err == ""
    assert [r["id"] for r in records] == [a["id"] for a in ARTICLES[:6]]
    for record in records:
        assert list(record) == CONTRACT_FIELDS
        for event in record["events"]:  # type: ignore[union-attr]
            assert set(event) == {"type", "cameo", "actor", "target", "people", "place", "date", "evidence",
                                  "date_text", "place_country", "main"}
        for tier in record["tiers"]:  # type: ignore[union-attr]
            assert set(tier) == {"tier", "pair", "text"}


def test_classify_stream_reports_bad_lines_and_goes_on() -> None:
    good = json.dumps({"id": "a", "title": "", "text": BY_ID["en-headline-cnvn"]["text"]})
    lines = [good + "\n", "{not json\n", "[1, 2]\n", json.dumps({"title": "no id"}) + "\n",
             json.dumps({"id": "b", "title": 5, "text": "x"}) + "\n", good.replace('"a"', '"c"') + "\n"]
    records, err, bad = classify(lines)
    assert bad == 4
    assert [r["id"] for r in records] == ["a", "c"]
    for lineno in (2, 3, 4, 5):
        assert f"line {lineno}:" in err
    assert "line 1:" not in err and "line 6:" not in err


def test_classify_stream_empty_title_and_headline_only() -> None:
    lines = [
        json.dumps({"id": 1, "title": "", "text": "Vietnam and China sign border pact during state visit"}),
        json.dumps({"id": 2, "title": "Trump meets Xi at summit in Beijing", "text": ""}),
        json.dumps({"id": 3, "title": None, "text": None, "language": None}),
        "",
    ]
    records, err, bad = classify(lines)
    assert bad == 0 and err == ""
    assert [(r["id"], r["relevant"], r["pairs"]) for r in records] == [
        (1, True, ["CN-VN"]), (2, True, ["CN-US"]), (3, False, [])]


# ---------------------------------------------------------------- scoring behaviour
FILLER = (
    "Rice farmers in the Mekong Delta expect a good harvest this year after steady rains. ",
    "Local officials said new irrigation canals had helped villages near Can Tho. ",
    "Prices at the wholesale market were stable, traders said. ",
)


def test_an_aside_in_a_long_story_is_not_the_subject() -> None:
    aside = "Separately, Vietnam and China held talks on border trade last month. "
    body = "".join(FILLER * 6) + aside + "".join(FILLER * 6)
    assert not detect("Mekong farmers expect record rice harvest", body, "en").relevant
    assert detect("Vietnam and China hold talks on border trade", aside + "".join(FILLER), "en").relevant


def test_off_topic_cues_lower_the_score() -> None:
    text = "Vietnam and China met in Hanoi on Tuesday."
    sport = text + " The football match ended 2-1 and the coach praised the striker after the game."
    assert detect("", sport, "en").score < detect("", text, "en").score


def test_other_countries_take_their_share() -> None:
    plain = detect("", "The United States and China held talks in Geneva.", "en")
    crowded = detect("", "The United States, China, Japan, Russia and India held talks in Geneva.", "en")
    assert crowded.score < plain.score


# ---------------------------------------------------------------- robustness
ALPHABET = "abcdefghij ABC.!?\n-–—:;,'\"U.S.中国越南美国。！「」ăđêôơư ̣́Đ İﬁ\u00a0\t" + "Việt Nam Mỹ Trung"


@given(title=st.text(alphabet=ALPHABET, max_size=60), text=st.text(alphabet=ALPHABET, max_size=400),
       language=st.sampled_from([None, "en", "vi", "zh-Hans", "zh-Hant", "fr", ""]))
@settings(max_examples=150, deadline=None)
def test_detect_never_fails_on_odd_text(title: str, text: str, language: str | None) -> None:
    det = detect(title, text, language)
    assert 0.0 <= det.score <= 1.0
    assert set(det.pairs) <= {"CN-VN", "US-VN", "CN-US"}
    assert all(e.actor != e.target for e in det.events)
    assert (det.score >= 0.5) is det.relevant


def test_decomposed_unicode_reads_like_composed() -> None:
    import unicodedata

    text = "Thủ tướng Phạm Minh Chính hội đàm với Tổng thống Mỹ Joe Biden tại Hà Nội."
    composed = detect("", text, "vi")
    decomposed = detect("", unicodedata.normalize("NFD", text), "vi")
    assert (composed.relevant, composed.pairs) == (True, ("US-VN",))
    assert (decomposed.relevant, decomposed.pairs) == (True, ("US-VN",))


def test_classify_stream_accepts_bom_and_crlf() -> None:
    lines = ["\ufeff" + json.dumps({"id": "x", "title": "Xi meets To Lam in Hanoi", "text": ""}) + "\r\n"]
    records, err, bad = classify(lines)
    assert bad == 0 and [r["id"] for r in records] == ["x"] and records[0]["relevant"] is True


def test_sentence_led_by_another_country_is_its_story() -> None:
    led = detect("", "Japan's foreign minister met China's ambassador and the US envoy in Tokyo.", "en")
    ours = detect("", "China's foreign minister met the US envoy and Japan's ambassador in Beijing.", "en")
    assert ours.score > led.score
    assert ours.relevant and not led.relevant


def test_classify_stream_reports_a_detector_failure_and_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import extractors.diplomacy.jsonl as jsonl

    real = jsonl.detect

    def flaky(title: str, text: str, language: str | None = None, published_at: object = None) -> Detection:
        if title == "boom":
            raise RuntimeError("broken article")
        return real(title, text, language)

    monkeypatch.setattr(jsonl, "detect", flaky)
    lines = [json.dumps({"id": i, "title": t, "text": ""}) for i, t in enumerate(["boom", "Xi meets Biden"])]
    records, err, bad = classify(lines)
    assert bad == 1 and "line 1: detector failed: RuntimeError" in err
    assert [r["id"] for r in records] == [1]


def test_lexicon_files_have_no_duplicate_rows() -> None:
    folder = ROOT / "extractors" / "diplomacy" / "lexicons"
    for path in folder.glob("*.tsv"):
        seen: set[tuple[str, ...]] = set()
        for line in path.read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = tuple(line.split("\t"))
            key = cols[:1] if path.name == "zh_trad_simp.tsv" else cols[:2]  # (lang, term)
            if path.name == "people.tsv":  # a surname two office-holders share has a row for each
                key = (*cols[:2], cols[-1])
            assert key not in seen, f"{path.name}: duplicate row {line!r}"
            seen.add(key)


def test_place_is_where_it_happened_not_a_government_named_by_its_capital() -> None:
    located = detect("", "President To Lam met Chinese Premier Li Qiang in Beijing on Monday.", "en")
    metonym = detect("", "Vietnam protested Beijing's seizure of a fishing boat, the ministry said.", "en")
    assert located.events[0].place == "Beijing" and located.events[0].date_text == "on Monday"
    assert metonym.events and metonym.events[0].place is None


def test_chinese_day_of_month_is_a_date_but_a_duration_is_not() -> None:
    visit = detect("", "美国总统拜登10日抵达河内，对越南进行国事访问。", "zh-Hans")
    assert visit.events[0].date_text == "10日" and visit.events[0].place == "Hanoi"
    truce = detect("", "中美同意停加关税90日，双方将继续谈判。", "zh-Hans")
    assert all(e.date is None and e.date_text is None for e in truce.events)


def test_grouped_trie_matches_like_the_plain_trie(monkeypatch: pytest.MonkeyPatch) -> None:
    """First-character groups are only a speed-up: the same terms match at the same places."""
    import re

    from extractors.diplomacy import lexicon

    words = sorted(load_entries()["zh"])
    assert len({w[0] for w in words}) > lexicon.FIRST_CHAR_GROUP  # the grouped form is the one tested
    text = "".join(f"{w}的" for w in words[::7]) + "中美两国外长在北京举行会谈，越方表示欢迎。"
    grouped = [m.group(0) for m in re.finditer(lexicon._trie_pattern(words), text)]
    monkeypatch.setattr(lexicon, "FIRST_CHAR_GROUP", 10**9)
    plain = [m.group(0) for m in re.finditer(lexicon._trie_pattern(words), text)]
    assert grouped == plain and len(plain) > 100


def test_spaced_matcher_finds_what_a_lookbehind_finds() -> None:
    """Opening with the non-word character before a term is only a speed-up: the same spans as a
    lookbehind, terms glued to punctuation or to a letter and the text's first word included."""
    import re

    from extractors.diplomacy import lexicon

    for script in ("en", "vi"):
        words = sorted(load_entries()[script])
        text = "".join(f"{w}{sep}" for w, sep in zip(words[::5], ".,( ;-x" * len(words), strict=False))
        plain = re.compile(rf"(?<![\w])(?:{lexicon._trie_pattern(words)})(?![\w])")
        expected = [m.span() for m in plain.finditer(text)]
        found = [(m.start(1) - 1, m.end(1) - 1) for m in matcher(script).finditer(lexicon.LEAD + text)]
        assert found == expected and expected[0][0] == 0 and len(expected) > 100


def test_a_country_argued_over_is_a_topic_not_a_party() -> None:
    over = detect("Xi tells Biden: don't play with fire over Taiwan", "", "en")
    assert over.relevant and over.extra["other"] == 0.0
    party = detect("Xi tells Biden and Taiwan's leader to talk", "", "en")
    assert party.extra["other"] > 0.0


def test_chinese_speaker_before_a_colon_is_a_statement() -> None:
    det = detect("温家宝：中美应共同应对金融危机", "", "zh-Hans")
    assert det.relevant and det.pairs == ("CN-US",)
    assert detect("评论：中美经济数据同比走弱", "", "zh-Hans").relevant is False


@cases(CASES, "vietnamese_compounds_are_not_diplomacy_words", "text, script")
def test_vietnamese_compounds_are_not_diplomacy_words(text: str, script: str) -> None:
    from extractors.diplomacy.analysis import read_sentence

    assert read_sentence(text, 0, 1.0, script).actions == []


def test_chinese_more_and_more_is_not_china_vietnam() -> None:
    from extractors.diplomacy.analysis import read_sentence

    assert read_sentence("其中越来越多的人选择欧美越来越多的产品", 0, 1.0, "zh").countries == []
    assert {c for _, c in read_sentence("中越两国", 0, 1.0, "zh").countries} == {"CHN", "VNM"}


def test_a_country_as_origin_of_a_company_is_not_its_government() -> None:
    from extractors.diplomacy.analysis import read_sentence

    deal = read_sentence("Chinese automaker signs agreement with US supplier", 0, 3.0, "en")
    assert deal.trio == set()
    vi = read_sentence("Công ty Trung Quốc ký hợp đồng với nhà đầu tư tại Mỹ", 0, 3.0, "vi")
    assert vi.trio == {"USA"}  # "tại Mỹ" is a place, "công ty Trung Quốc" an origin
    sanction = read_sentence("US sanctions Chinese firms over Iran oil purchases", 0, 3.0, "en")
    assert sanction.trio == {"CHN", "USA"}  # policy aimed at a country's firms is state to state


def test_english_copy_writing_vietnamese_names_with_marks_stays_english() -> None:
    lead = ("HÀ NỘI — Vietnamese Minister of Foreign Affairs Bùi Thanh Sơn and Chinese Minister of Foreign "
            "Affairs Wang Yi held talks in Hà Nội on Saturday, discussing ways to promote ties.")
    assert guess_script(lead, "en") == "en"
    found = detect("Việt Nam, China foreign ministers hold talks", lead, "en")
    assert found.relevant
    event = found.events[0]
    assert (event.type, event.place, event.people) == ("meet", "Hanoi", ("Bùi Thanh Sơn", "Wang Yi"))
    # Hard negatives: without a label the marks still say Vietnamese, and Vietnamese copy labelled
    # English is still read as Vietnamese.
    assert guess_script(lead, None) == "vi"
    assert guess_script("Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Trung Quốc "
                        "Vương Nghị tại Hà Nội.", "en") == "vi"


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
@settings(max_examples=300, deadline=None)
def test_word_runs_are_the_patterns_words(text: str) -> None:
    """The script guess's split of ASCII text into words is WORD_RUN's, and any other text's too."""
    assert _word_runs(text) == WORD_RUN.findall(text)


def test_detect_leaves_the_collector_as_it_found_it() -> None:
    """detect pauses the cyclic collector while it runs and turns it on again after, also when it fails;
    a collector the caller turned off stays off."""
    assert gc.isenabled()
    detect("Vietnam, US hold talks", "Vietnam and the United States held talks in Hanoi.")
    assert gc.isenabled()
    with pytest.raises(TypeError):
        detect("title", 5)  # type: ignore[arg-type]
    assert gc.isenabled()
    gc.disable()
    try:
        detect("Vietnam, US hold talks", "Vietnam and the United States held talks in Hanoi.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_blank_sentence_is_the_dataclass_default() -> None:
    """blank_sentence sets every field of Sentence as its __init__ does: a field added to one only fails."""
    made = Sentence("Hà Nội", 3, 2.0, True)
    blank = blank_sentence("Hà Nội", 3, 2.0, True)
    for item in dataclasses.fields(Sentence):
        assert getattr(blank, item.name) == getattr(made, item.name), item.name
        assert type(getattr(blank, item.name)) is type(getattr(made, item.name)), item.name


@pytest.mark.parametrize("text", ["He met Gen. Austin.", "Ambassadorship. Next", "A. Next",
                                  "Washington. Next", "Hà Nội. Tiếp", "Sept. 5 talks", "x.Y", "(Gen. Lee",
                                  "in U.S. talks", "Mr.Smith", "Sen.", " . "])
def test_a_long_word_before_a_period_is_no_abbreviation(text: str) -> None:
    """The walk back over the word before a period stops past the longest abbreviation: same split as a
    full walk."""
    known = abbreviations()
    full = [at for at, mark in enumerate(text) if mark == "." and _full_walk(text, at, known)]
    walked = [at for at, mark in enumerate(text) if mark == "." and _is_abbreviation(text, 0, at, known)]
    assert walked == full


def _full_walk(text: str, at: int, known: frozenset[str]) -> bool:
    begin = at
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:at]
    return word in known or (len(word) == 1 and word.isupper())
