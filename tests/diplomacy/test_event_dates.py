"""Event dates and places: every date form in each language, relative days, datelines, the warehouse."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from extractors.core.models import Article, Event, FeedEntry
from extractors.diplomacy import detect
from extractors.diplomacy.jsonl import classify_stream
from extractors.pipeline import detect_article
from tests import FIXTURES
from tests.cases import cases
from tests.warehouse_helpers import FEED, query_rows, synthetic_article
from warehouse import load
from warehouse.db import connect
from warehouse.migrations import migration_files

# The project's seed story (a copy of ../shared/seeds/000_f4ab2ac3e60eb7a2.txt), published 5 September 2023.
SEED = FIXTURES / "diplomacy" / "seed_000_f4ab2ac3e60eb7a2.txt"
TUESDAY = date(2023, 9, 12)
CASES = FIXTURES / "diplomacy" / "cases" / "test_event_dates.toml"
NOW = datetime(2023, 10, 1, tzinfo=UTC)


def first_event(text: str, language: str, published: date | datetime | None) -> Event:
    events = detect("", text, language, published).events
    assert events, f"no event in {text!r}"
    return events[0]


# (language, sentence, date words, date with the publication day TUESDAY, date without one)
@cases(CASES, "explicit", "language, text, words, dated, undated")
def test_explicit_dates_in_each_language(language: str, text: str, words: str, dated: str,
                                         undated: str | None) -> None:
    with_day = first_event(text, language, TUESDAY)
    assert (with_day.date, with_day.date_text) == (dated, words)
    # Without a publication date the year cannot be known: --MM-DD, or null for a bare day.
    without = first_event(text, language, None)
    assert (without.date, without.date_text) == (undated, words)


# (language, sentence, publication day, date): weekdays and relative words, across month and year ends.
@cases(CASES, "relative", "language, text, published, expected")
def test_weekdays_and_relative_words_resolve_to_the_nearest_day_not_after_publication(
        language: str, text: str, published: date, expected: str) -> None:
    event = first_event(text, language, published)
    assert event.date == expected
    assert first_event(text, language, None).date is None  # a weekday alone names no day


@cases(CASES, "future", "language, text, expected")
def test_a_coming_event_resolves_forward(language: str, text: str, expected: str) -> None:
    assert first_event(text, language, date(2024, 1, 4)).date == expected  # a Thursday


@cases(CASES, "a_date_in_brackets_beats_the_weekday_beside_it", "language, text, words")
def test_a_date_in_brackets_beats_the_weekday_beside_it(language: str, text: str, words: str) -> None:
    # Published Tuesday 5 September: the Sunday before would be the 3rd; the bracket says the 10th.
    event = first_event(text, language, date(2023, 9, 5))
    assert (event.date, event.date_text) == ("2023-09-10", words)


def test_vietnamese_ordinal_thu_hai_is_no_weekday() -> None:
    event = first_event("Đây là chuyến thăm Việt Nam lần thứ hai của Tổng thống Mỹ Joe Biden.", "vi",
                        TUESDAY)
    assert event.date is None and event.date_text is None


def test_an_aware_publication_time_is_read_on_the_copy_s_news_day() -> None:
    # 20:00 UTC on the 11th is 03:00 on the 12th in Hanoi: "hôm qua" there is the 11th.
    text = "Hôm qua, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Trung Quốc Vương Nghị tại Hà Nội."
    assert first_event(text, "vi", datetime(2023, 9, 11, 20, tzinfo=UTC)).date == "2023-09-11"
    assert first_event(text, "vi", datetime(2023, 9, 11, 12, tzinfo=UTC)).date == "2023-09-10"


@cases(CASES, "places", "language, text, place, country")
def test_places_in_each_language_are_the_canonical_city(language: str, text: str, place: str,
                                                        country: str) -> None:
    event = first_event(text, language, None)
    assert (event.place, event.place_country) == (place, country)


@cases(CASES, "datelines", "language, text, place, country, day")
def test_a_dateline_gives_the_place_and_if_nothing_else_does_the_date(
        language: str, text: str, place: str, country: str, day: str | None) -> None:
    event = first_event(text, language, TUESDAY)
    assert (event.place, event.place_country, event.date) == (place, country, day)


def test_a_composite_dateline_names_no_one_place_and_a_visit_takes_its_host_country() -> None:
    text = ("(Beijing / Hanoi Composite Electric) US President Joe Biden will visit Vietnam, the White House "
            "said.")
    event = first_event(text, "en", TUESDAY)
    assert (event.type, event.actor, event.target) == ("visit", "USA", "VNM")
    assert (event.place, event.place_country) == (None, "VNM")


def test_a_visit_s_place_is_in_its_host_country() -> None:
    # Bangkok is where the earlier talks were, not where the visit happens.
    text = "Chinese Foreign Minister Wang Yi, fresh from talks in Bangkok, will visit Vietnam next week."
    event = first_event(text, "en", TUESDAY)
    assert (event.type, event.place, event.place_country) == ("visit", None, "VNM")


def test_a_lowercase_word_is_no_city() -> None:
    # "hue" is a colour in English; the city is written "Hue".
    text = "Chinese Foreign Minister Wang Yi met Vietnamese Prime Minister Pham Minh Chinh in hue of autumn."
    assert first_event(text, "en", TUESDAY).place is None


def test_seed_story_through_bamboo_classify_dates_both_visits() -> None:
    bamboo = Path(sys.executable).with_name("bamboo")
    line = json.dumps({"id": "s", "title": "", "text": SEED.read_text(encoding="utf-8"),
                       "published_at": "2023-09-05"})
    out = subprocess.run([str(bamboo), "classify"], input=line + "\n", capture_output=True, text=True,
                         check=True, timeout=120)
    events = json.loads(out.stdout)["events"]
    visits = {(e["actor"], e["target"]): e for e in events if e["type"] == "visit"}
    assert set(visits) == {("CHN", "VNM"), ("USA", "VNM")}
    assert (visits[("CHN", "VNM")]["date"], visits[("CHN", "VNM")]["date_text"]) == (
        "2023-09-04", "on Monday (September 4)")
    # After publication, so "on Sunday" alone would be 3 September: the bracket gives the day.
    assert (visits[("USA", "VNM")]["date"], visits[("USA", "VNM")]["date_text"]) == (
        "2023-09-10", "on Sunday (September 10)")
    assert {v["place_country"] for v in visits.values()} == {"VNM"}


def test_classify_reports_a_bad_published_at_by_line_and_goes_on() -> None:
    good = {"id": "a", "title": "Wang Yi met Pham Minh Chinh in Hanoi on Monday", "text": ""}
    lines = [json.dumps({**good, "published_at": "2024-01-04"}),
             json.dumps({**good, "id": "b", "published_at": "4 January 2024"}),
             json.dumps({**good, "id": "c", "published_at": 20240104}),
             json.dumps({**good, "id": "d", "published_at": "2024-01-04T20:00:00Z"})]
    out, err = io.StringIO(), io.StringIO()
    assert classify_stream(lines, out, err) == 2
    assert 'line 2: skipped: "published_at" must be an ISO date or datetime' in err.getvalue()
    assert "line 3: skipped:" in err.getvalue()
    records = [json.loads(r) for r in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["a", "d"]
    assert [r["events"][0]["date"] for r in records] == ["2024-01-01", "2024-01-01"]
    assert records[0]["events"][0]["date_text"] == "on Monday"


def test_detect_article_uses_the_article_s_date_else_the_feed_s() -> None:
    body = "Chinese Foreign Minister Wang Yi met Vietnamese Prime Minister Pham Minh Chinh in Hanoi on Monday"
    entry = FeedEntry(feed_name="f", url="http://x/1", link="http://x/1",
                      published_at=datetime(2024, 1, 11, 3, tzinfo=UTC))
    article = Article(url="http://x/1", title="", body=body, language="en",
                      published_at=datetime(2024, 1, 4, 3, tzinfo=UTC))
    assert detect_article(article, entry).events[0].date == "2024-01-01"
    assert detect_article(replace(article, published_at=None), entry).events[0].date == "2024-01-08"
    assert detect_article(replace(article, published_at=None), None).events[0].date is None


def _with_events(i: int, *events: Event):  # type: ignore[no-untyped-def]
    item = synthetic_article(i, relevant=True)
    assert item.detection is not None
    return replace(item, detection=replace(item.detection, events=events))


def test_events_load_with_typed_dates_and_the_words_beside_them(db_path: Path) -> None:
    dated = Event("visit", "042", "USA", "VNM", date="2023-09-10", date_text="on Sunday (September 10)",
                  place="Hanoi", place_country="VNM")
    yearless = Event("meet", "040", "CHN", "VNM", date="--09-04", date_text="September 4")
    for _ in range(2):  # loading again changes nothing
        with connect(db_path) as con:
            load.sync_feeds(con, [FEED], NOW)
            load.load_articles(con, [_with_events(0, dated, yearless)], NOW)
    rows = query_rows(db_path, "SELECT event_date, event_date_text, place, place_country FROM events "
                      "WHERE event_date >= DATE '2023-09-01' ORDER BY seq")
    assert rows == [(date(2023, 9, 10), "on Sunday (September 10)", "Hanoi", "VNM")]
    assert query_rows(db_path, "SELECT event_date, event_date_text FROM events WHERE seq = 1") == [
        (None, "September 4")]
    assert query_rows(db_path, "SELECT data_type FROM information_schema.columns WHERE table_name = "
                      "'detection_events' AND column_name = 'event_date'") == [("DATE",)]


def test_migration_007_converts_old_event_dates_where_they_are_iso(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMPTZ NOT NULL)")
    for version, name, sql in migration_files():
        if version < 7:
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [version, name])
    # A view over the column being converted, as a version 6 warehouse had (its events view).
    con.execute("CREATE VIEW events AS SELECT article_id, seq, event_type, event_date FROM detection_events")
    con.execute("INSERT INTO detection_events (article_id, detector_version, body_sha256, seq, event_type, "
                "event_date) VALUES ('a', 'v', '', 0, 'meet', 'on Monday'), ('a', 'v', '', 1, 'visit', "
                "'2023-09-10'), ('a', 'v', '', 2, 'visit', NULL), ('a', 'v', '', 3, 'visit', '2023-02-30'), "
                "('a', 'v', '', 4, 'meet', ' 2023-09-04 ')")
    con.close()
    with connect(db_path):
        pass  # opening migrates
    rows = query_rows(db_path, "SELECT seq, event_date, event_date_text FROM detection_events ORDER BY seq")
    assert rows == [
        (0, None, "on Monday"), (1, date(2023, 9, 10), "2023-09-10"), (2, None, None),
        (3, None, "2023-02-30"), (4, date(2023, 9, 4), " 2023-09-04 ")]


# ---------------------------------------------------------------- spans, other clocks, sources, the lead
def test_vietnamese_day_and_month_after_a_time_word_take_a_dot_or_a_dash() -> None:
    for text, words in (("Ngày 10.9, Bộ trưởng Ngoại giao Mỹ Antony Blinken hội đàm với Thủ tướng Việt Nam.",
                         "Ngày 10.9"),
                        ("Chiều 10-9, Bộ trưởng Ngoại giao Mỹ Antony Blinken hội đàm với Thủ tướng Việt Nam.",
                         "Chiều 10-9")):
        event = first_event(text, "vi", TUESDAY)
        assert (event.date, event.date_text) == ("2023-09-10", words)
    # Hard negative: a decimal or a share after the same words is no day.
    event = first_event("Ngày 2.5% tăng trưởng, Bộ trưởng Ngoại giao Mỹ Antony Blinken hội đàm với Thủ tướng "
                        "Việt Nam.", "vi", None)
    assert (event.date, event.date_text) == (None, None)


# The day of an event told with days that are not its own: (language, sentence, the event's day).
# "新华社北京5月22日电 ... 22日致电": the dispatch's day and month date its bare days and relative words.
@cases(CASES, "undated_datelines", "language, text, day, words")
def test_without_a_publication_date_a_dateline_s_day_and_month_date_its_report(
        language: str, text: str, day: str | None, words: str) -> None:
    event = first_event(text, language, None)
    assert (event.date, event.date_text) == (day, words)


@cases(CASES, "event_days", "language, text, day")
def test_an_event_is_dated_by_its_own_day(language: str, text: str, day: str | None) -> None:
    assert first_event(text, language, None).date == day


def test_the_day_a_source_told_the_news_is_not_the_event_s_day() -> None:
    told = first_event("Theo thông tin từ Bộ Ngoại giao ngày 7-6, Tổng thống Mỹ Joe Biden gửi thư chúc mừng "
                       "Chủ tịch nước Tô Lâm.", "vi", None)
    assert (told.date, told.date_text) == (None, None)
    # Hard negative: the same day as the government's own announcement stays the day.
    said = first_event("Bộ Ngoại giao thông báo ngày 7-6, Tổng thống Mỹ Joe Biden gửi thư chúc mừng Chủ tịch "
                       "nước Tô Lâm.", "vi", None)
    assert said.date == "--06-07"


def test_a_headline_event_without_date_words_takes_the_day_of_the_lead() -> None:
    lead = ("WASHINGTON (Reuters) - US President Donald Trump said on Monday (April 27) that China could "
            "have stopped the coronavirus.")
    events = detect("Trump faults China for coronavirus spread", lead, "en").events
    assert (events[0].type, events[0].date) == ("criticize", "--04-27")
    # Hard negative: a lead sentence that brings in a third country tells of something else.
    other = ("WASHINGTON (Reuters) - US President Donald Trump met Japan's prime minister on Monday "
             "(April 27). Trump said China could have stopped the coronavirus.")
    events = detect("Trump faults China for coronavirus spread", other, "en").events
    assert events[0].type == "criticize" and events[0].date is None


def test_a_marked_spelling_of_a_city_written_without_marks_is_no_city() -> None:
    # "Nhà Trắng" is the White House; Nha Trang is written without marks in Vietnamese too.
    talks = "Tổng thống Mỹ Donald Trump hội đàm với Thủ tướng Nguyễn Xuân Phúc tại "
    event = first_event(talks + "Nhà Trắng.", "vi", None)
    assert event.place is None
    # Hard negatives: Nha Trang itself, and a marked city however its tone marks are placed.
    event = first_event(talks + "Nha Trang.", "vi", None)
    assert event.place == "Nha Trang"
    event = first_event(talks + "Hà Nội.", "vi", None)
    assert event.place == "Hanoi"


def test_talks_of_a_visit_with_no_city_are_in_the_host_country() -> None:
    text = ("Thủ tướng Nguyễn Xuân Phúc thăm chính thức Hoa Kỳ. Thủ tướng Nguyễn Xuân Phúc hội đàm với Tổng "
            "thống Mỹ Donald Trump.")
    talks = [e for e in detect("", text, "vi").events if e.type == "meet"]
    assert (talks[0].place, talks[0].place_country) == (None, "USA")
    # Hard negative: a call of the same pair takes place in no country.
    text = ("Thủ tướng Nguyễn Xuân Phúc thăm chính thức Hoa Kỳ. Thủ tướng Nguyễn Xuân Phúc điện đàm với Tổng "
            "thống Mỹ Donald Trump.")
    calls = [e for e in detect("", text, "vi").events if e.type == "phone_call"]
    assert (calls[0].place, calls[0].place_country) == (None, None)


# Vietnamese spans joined by "đến" and years written out with "năm"; Chinese digits set off by spaces.
@cases(CASES, "spelled_days", "language, text, day")
def test_spans_with_den_years_with_nam_and_spaced_chinese_digits(language: str, text: str,
                                                                 day: str | None) -> None:
    # Published 26 April 2024: a bare day of the month needs the publication day, the other forms do not.
    assert first_event(text, language, date(2024, 4, 26)).date == day


def test_a_lead_sentence_naming_no_country_dates_the_same_kind_of_act() -> None:
    announced = ("Nhận lời mời của Chủ tịch nước Lương Cường, Chủ tịch Trung Quốc Tập Cận Bình sẽ thăm cấp "
                 "Nhà nước tới Việt Nam. {}")
    dated = detect("Chủ tịch Trung Quốc sẽ thăm Việt Nam",
                   announced.format("Chuyến thăm diễn ra từ ngày 20 đến 21/5."), "vi").events[0]
    assert (dated.type, dated.date) == ("visit", "--05-20")
    english = detect("Xi Jinping to visit Vietnam", "Chinese President Xi Jinping will pay a state visit "
                     "to Vietnam, the foreign ministry said. The visit will take place on May 20.",
                     "en").events[0]
    assert (english.type, english.date) == ("visit", "--05-20")
    # Hard negative: a sentence naming no country and telling no act of that kind gives no date.
    undated = detect("Chủ tịch Trung Quốc sẽ thăm Việt Nam",
                     announced.format("Cuộc bầu cử địa phương diễn ra ngày 25/5."), "vi").events[0]
    assert (undated.type, undated.date) == ("visit", None)


def test_a_vietnamese_building_before_its_city_gives_the_city() -> None:
    talks = "Chủ tịch nước Võ Văn Thưởng hội kiến Thủ tướng Trung Quốc Lý Cường tại Phủ Chủ tịch, Hà Nội."
    assert first_event(talks, "vi", None).place == "Hanoi"
    capital = ("Thủ tướng Phạm Minh Chính hội đàm với Bộ trưởng Tài chính Mỹ Janet Yellen tại Trụ sở Chính "
               "phủ, thủ đô Hà Nội.")
    assert first_event(capital, "vi", None).place == "Hanoi"
    # Hard negatives: a building without its city is no city, and a city after the comma that opens
    # another clause is not the building's.
    assert first_event(capital.split(",")[0] + ".", "vi", None).place is None
    other = ("Thứ trưởng hội đàm với Đại sứ Mỹ tại trụ sở Bộ Ngoại giao, người phát ngôn Hà Nội cho biết.")
    assert first_event(other, "vi", None).place is None


def test_the_lead_gives_the_main_event_s_city_before_reports_deep_in_the_story() -> None:
    arrived = detect("Chủ tịch Quốc hội Trần Thanh Mẫn bắt đầu thăm chính thức Trung Quốc",
                     "Chiều 10-3, Chủ tịch Quốc hội Trần Thanh Mẫn và Đoàn đại biểu cấp cao Việt Nam đã tới "
                     "Thượng Hải. Đoàn sẽ làm việc trong ba ngày.", "vi").events[0]
    assert (arrived.type, arrived.place, arrived.place_country) == ("visit", "Shanghai", "CHN")
    # A city a deep report names for another reason loses to the lead's dateline.
    lead = ("WASHINGTON (Reuters) - US President Joe Biden said on Tuesday (May 14) that China had broken "
            "its trade promises. The remarks came at a White House event. Markets fell. Analysts were "
            "divided. Biden's criticism of China was first heard at a rally in the Chinese city of Shenzhen.")
    criticism = detect("Biden faults China over trade", lead, "en").events[0]
    assert (criticism.type, criticism.place, criticism.date) == ("criticize", "Washington", "--05-14")


def test_a_city_with_a_possessive_is_its_government_not_a_place() -> None:
    event = first_event("US President Donald Trump criticised China and bowed to Beijing's demands in trade "
                        "talks.", "en", None)
    assert (event.type, event.place) == ("criticize", None)
    # Hard negative: the same city without the possessive is where it happened.
    event = first_event("US President Donald Trump criticised China in Beijing.", "en", None)
    assert (event.type, event.place) == ("criticize", "Beijing")


# Cities in the spellings news uses: Vietnamese press transliterations, traditional Chinese, small cities.
@cases(CASES, "spellings", "language, text, place, country")
def test_cities_in_the_spellings_news_uses(language: str, text: str, place: str, country: str) -> None:
    event = first_event(text, language, TUESDAY)
    assert (event.place, event.place_country) == (place, country)


def test_a_state_or_province_or_an_airport_before_its_city_gives_the_city() -> None:
    assert first_event("美国国务卿布林肯在阿拉斯加州安克雷奇会见中国外长王毅。", "zh-Hans", None).place == \
        "Anchorage"
    assert first_event("越南外长裴青山在云南省昆明会见中国外长王毅。", "zh-Hans", None).place == "Kunming"
    # A one-character state name: California's short form, in both scripts.
    for text, script in (("美国国务卿布林肯在加州旧金山会见中国外长王毅。", "zh-Hans"),
                         ("美國國務卿布林肯在加州舊金山會見中國外長王毅。", "zh-Hant")):
        assert first_event(text, script, None).place == "San Francisco"
    arrived = ("Chiều 12/11, Tổng thống Mỹ Joe Biden đã tới sân bay quốc tế Nội Bài, Hà Nội, bắt đầu chuyến "
               "thăm cấp Nhà nước Việt Nam.")
    visit = first_event(arrived, "vi", None)
    assert (visit.type, visit.place, visit.place_country) == ("visit", "Hanoi", "VNM")
    # Hard negatives: a state or an airport without its city is no city.
    assert first_event("美国国务卿布林肯在阿拉斯加州会见中国外长王毅。", "zh-Hans", None).place is None
    visit = first_event(arrived.replace(", Hà Nội", ""), "vi", None)
    assert (visit.type, visit.place, visit.place_country) == ("visit", None, "VNM")


def test_the_story_s_dateline_places_a_main_event_its_own_sentences_do_not() -> None:
    # The headline tells the statement; the dateline's sentence is another event's (talks offered).
    lead = ("JAKARTA (Reuters) - The United States has a national interest in open seas in Asia, Secretary "
            "of State Antony Blinken said on Friday, offering to help talks on disputes that pit China "
            "against Vietnam and other claimants. Chinese officials called his remarks an attack.")
    said = detect("Blinken says US backs free navigation, angering Beijing", lead, "en").events[0]
    assert (said.type, said.place, said.place_country) == ("statement", "Jakarta", "IDN")
    # Hard negative: a visit's dateline outside its host country is where the copy was filed.
    trip = detect("Vietnam's To Lam to visit China next week", "HANOI (Reuters) - The trip comes as "
                  "Vietnam weighs its ties with the United States and China, officials said on Friday.",
                  "en").events[0]
    assert (trip.type, trip.place, trip.place_country) == ("visit", None, "CHN")


# A city in a clause of another act, opened after the sentence's first words, is that act's place.
@cases(CASES, "background", "title, text, place")
def test_a_city_in_a_clause_of_another_act_is_not_the_event_s(title: str, text: str,
                                                               place: str | None) -> None:
    assert detect(title, text, "en").events[0].place == place


def test_an_embassy_s_city_is_where_it_sits_not_where_the_act_happened() -> None:
    note = detect("Việt Nam phản đối Trung Quốc", "Hôm qua, Bộ Ngoại giao Việt Nam đã trao công hàm phản đối "
                  "Trung Quốc cho Đại sứ quán Trung Quốc tại Hà Nội.", "vi").events[0]
    assert (note.type, note.place, note.place_country) == ("protest", None, None)
    note = detect("Vietnam protests to China", "Vietnam's foreign ministry handed a protest note to the "
                  "Chinese embassy in Hanoi on Monday.", "en").events[0]
    assert (note.type, note.place) == ("protest", None)
    note = detect("China protests to US", "China lodged a protest with the US consul general in Shanghai on "
                  "Monday over the visa rules.", "en").events[0]
    assert (note.type, note.place) == ("protest", None)
    # Hard negative: an embassy where the act happened is in its city.
    talks = detect("Vietnam, US hold talks", "Vietnamese Deputy Foreign Minister Le Hoai Trung held talks "
                   "with US officials at the US embassy in Hanoi on Monday.", "en").events[0]
    assert (talks.type, talks.place) == ("meet", "Hanoi")


def test_a_building_without_its_city_states_the_place_later_cities_are_other_acts() -> None:
    talks = ("Sáng 10/9, tại Trụ sở Bộ Quốc phòng, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng "
             "Mỹ Lloyd Austin. Hai bên trao đổi về chuyến thăm sắp tới của một tàu Hải quân Mỹ tới Đà Nẵng.")
    title = "Bộ trưởng Quốc phòng hội đàm với Bộ trưởng Quốc phòng Mỹ"
    assert detect(title, talks, "vi").events[0].place is None
    hosted = detect("Biden hosts Vietnamese leader", "US President Joe Biden hosted Vietnamese leader To Lam "
                    "at the White House on Monday. To Lam later traveled to New York for talks with "
                    "investors.", "en").events[0]
    assert (hosted.type, hosted.place) == ("host_visit", None)
    # Hard negatives: the building's city, the dateline of its sentence, and the body's city after a
    # headline naming the building are the place.
    body = detect("Biden hosts Vietnam's To Lam at the White House", "US President Joe Biden welcomed "
                  "Vietnamese President To Lam to Washington on Monday for talks on trade.", "en").events[0]
    assert (body.type, body.place) == ("host_visit", "Washington")
    with_city = talks.replace("Trụ sở Bộ Quốc phòng,", "Trụ sở Bộ Quốc phòng, Hà Nội,")
    assert detect(title, with_city, "vi").events[0].place == "Hanoi"
    assert detect(title, "Hà Nội, 10/9 - " + talks, "vi").events[0].place == "Hanoi"


@cases(CASES, "capitals", "language, text, place")
def test_a_country_s_capital_named_without_the_city_is_the_city(language: str, text: str,
                                                               place: str | None) -> None:
    assert first_event(text, language, None).place == place


def test_a_vietnamese_port_gives_its_city() -> None:
    ship = "Sáng 12/4, tàu khu trục USS Mustin của Hải quân Mỹ đã {}, bắt đầu chuyến thăm Việt Nam."
    title = "Tàu khu trục Mỹ thăm Việt Nam"
    port = ship.format("cập cảng Tiên Sa, thành phố Đà Nẵng")
    assert detect(title, port, "vi").events[0].place == "Da Nang"
    assert detect(title, ship.format("cập cảng Cam Ranh"), "vi").events[0].place == "Cam Ranh"
    # Hard negative: "cấp" (a level) folds like "cập" and is no locative.
    visit = detect(title, ship.format("tới thăm cấp Hà Nội"), "vi").events[0]
    assert (visit.place, visit.place_country) == (None, "VNM")


# An act of saying dated by the lead takes the day it was told, not the day of what it tells of.
@cases(CASES, "told_days", "language, title, lead, day")
def test_an_act_of_saying_dated_by_the_lead_takes_the_day_it_was_told(language: str, title: str, lead: str,
                                                                      day: str) -> None:
    event = detect(title, lead, language).events[0]
    assert (event.type, event.date) == ("protest", day)


# Hard negatives: a lead sentence that tells the act with its own word dates it by that word, not by
# the day it was told of.
@cases(CASES, "own_word_days", "language, title, lead, expected")
def test_an_act_told_with_its_own_word_keeps_its_own_day(language: str, title: str, lead: str,
                                                         expected: tuple[str, str]) -> None:
    event = detect(title, lead, language).events[0]
    assert (event.type, event.date) == expected


def test_an_encounter_dated_by_the_lead_keeps_its_own_day() -> None:
    # Hard negative: a meeting is not dated by the day it was told of.
    lead = ("Chinese Foreign Minister Wang Yi met US Secretary of State Antony Blinken on Sunday (May 3), "
            "the State Department said on Tuesday (May 5).")
    event = detect("Wang Yi, Blinken hold talks", lead, "en").events[0]
    assert (event.type, event.date) == ("meet", "--05-03")


@pytest.mark.parametrize(("title", "lead", "day"), [
    pytest.param("Xi and Trong lift ties in Hanoi talks",
                 "HANOI (AP) — Chinese President Xi Jinping and Vietnamese party chief Nguyen Phu Trong"
                 " agreed on Tuesday to build a shared future, a move watched closely by the United States"
                 " and Japan.",
                 "2023-12-12", id="the people of both sides"),
    pytest.param("Blinken says China must respect rights at sea",
                 "HANOI (Reuters) - The United States has an interest in open access to the East Sea,"
                 " Secretary of State Antony Blinken said on Wednesday, offering to help settle the disputes"
                 " that pit China against Vietnam.",
                 "2023-12-13", id="a speaker saying it"),
])
def test_a_lead_sentence_naming_the_event_s_people_dates_it_despite_a_third_country(
        title: str, lead: str, day: str) -> None:
    events = detect(title, lead, "en", date(2023, 12, 14)).events
    assert events[0].date == day


def test_a_spokesperson_s_day_in_a_chinese_lead_naming_a_third_country() -> None:
    events = detect("外交部：敦促美方立即撤销所谓制裁",
                    "针对美方以中方购买俄罗斯战机为由对中国军方机构实施制裁，外交部发言人耿爽昨天在北京举行的"
                    "例行记者会上表示，中方已向美方提出严正交涉。", "zh-Hans", date(2018, 9, 22)).events
    assert events[0].date == "2018-09-21"


@cases(CASES, "talks_told_by_a_speaker", "title, text, published, day, kind")
def test_talks_are_dated_by_their_participants_telling_never_by_a_third_partys(
        title: str, text: str, published: date, day: str | None, kind: str | None) -> None:
    talks = detect(title, text, "en", published).events[0]
    assert talks.date == day
    assert kind is None or talks.type == kind


def test_a_day_told_as_the_start_of_the_event_beats_the_day_of_the_trip_to_it() -> None:
    published = date(2023, 12, 14)  # a Thursday
    talks = detect("U.S., China to hold trade talks in Beijing",
                   "WASHINGTON (Reuters) - U.S. Trade Representative Katherine Tai will fly to Beijing on"
                   " Sunday for trade talks with Vice Premier Liu He starting Monday, the White House said on"
                   " Thursday.", "en", published).events[0]
    assert (talks.date, talks.date_text) == ("2023-12-18", "Monday")
    # Hard negative: a day that starts something else named after the event is not its day.
    met = detect("Wang Yi meets Blinken in Beijing",
                 "BEIJING (Reuters) - Chinese Foreign Minister Wang Yi met Secretary of State Antony Blinken"
                 " in Beijing on Monday, ahead of a summit beginning Wednesday.", "en", published).events[0]
    assert met.date == "2023-12-11"
    # Hard negative: a measure's start is the day it takes effect, not the day it was decided.
    tariffs = detect("China hits back with tariffs on U.S. goods",
                     "BEIJING (Reuters) - China said on Wednesday it would impose tariffs on U.S. goods from"
                     " January 1.", "en", published).events[0]
    assert (tariffs.type, tariffs.date) == ("trade_measure", "2023-12-13")


def test_without_a_publication_date_a_day_takes_the_year_the_text_gives_the_same_day() -> None:
    text = ("Ngày 15/11, Chủ tịch Trung Quốc Tập Cận Bình hội đàm với Tổng thống Mỹ Joe Biden tại San"
            " Francisco. Cuộc hội đàm ngày 15/11/2023 là cuộc gặp trực tiếp đầu tiên sau một năm.")
    assert first_event(text, "vi", None).date == "2023-11-15"
    # Hard negative: a year given to another day is not this day's.
    other = text.replace("ngày 15/11/2023", "ngày 14/11/2022")
    assert first_event(other, "vi", None).date == "--11-15"


@pytest.mark.parametrize(("language", "text", "day"), [
    ("vi", "Sáng 12/7, tàu tuần dương Mỹ cập cảng Cam Ranh, bắt đầu chuyến thăm Việt Nam kéo dài đến"
     " ngày 16/7.", "--07-12"),
    ("en", "On Monday, Vietnamese Defence Minister Phan Van Giang began a visit to the United States lasting"
     " until Friday.", "2023-12-11"),
])
def test_the_day_a_span_ends_is_not_the_event_s_day(language: str, text: str, day: str) -> None:
    assert first_event(text, language, date(2023, 12, 14) if language == "en" else None).date == day


# An act of saying is dated by the day it was said, not by the matter it speaks of: the start of a span
# told after its own word ("phản đối việc ... tập trận từ ngày 5/7", "反对中方自7月5日至11日…"), a
# matter responded to or spoken of ("回应美国政府18日公布的…", "就…24日通过…发表谈话", "in response to
# ... on Friday").
@cases(CASES, "matter_days", "language, title, lead, published, day")
def test_an_act_of_saying_is_not_dated_by_the_matter_it_speaks_of(language: str, title: str, lead: str,
                                                                  published: date, day: str) -> None:
    assert detect(title, lead, language, published).events[0].date == day


# A lead sentence telling the act's kind with its day beats the day its dateline was filed.
@cases(CASES, "lead_over_dateline", "language, title, lead, published, day")
def test_a_lead_sentence_of_the_act_s_kind_dates_it_before_its_dateline(language: str, title: str, lead: str,
                                                                         published: date, day: str) -> None:
    assert detect(title, lead, language, published).events[0].date == day


# An act done in the Americas on a morning of the copy's own clock, named beside it ("Rạng sáng nay (giờ
# Việt Nam)", "北京时间今天凌晨"), was done the day before there.
@cases(CASES, "asian_mornings", "language, title, lead, published, day")
def test_an_act_in_the_americas_on_an_asian_morning_is_dated_the_day_before(
        language: str, title: str, lead: str, published: date, day: str) -> None:
    assert detect(title, lead, language, published).events[0].date == day


# "The day before" a date told earlier in the sentence is that date's eve ("发言人26日表示，…前一天…飞越").
@cases(CASES, "days_before", "language, title, lead, published, kind, day")
def test_the_day_before_a_date_told_is_that_date_s_eve(language: str, title: str, lead: str, published: date,
                                                       kind: str, day: str | None) -> None:
    event = next(e for e in detect(title, lead, language, published).events if e.type == kind)
    assert event.date == day


# A second reading of the 0.27.0 date rules: each narrowed at its mechanism (docs/detector.md).
@cases(CASES, "second_reading_dates", "language, title, text, published, day, kind")
def test_the_second_reading_s_leads_keep_their_dates(language: str, title: str, text: str, published: date,
                                                     day: str, kind: str | None) -> None:
    events = detect(title, text, language, published).events
    event = next(e for e in events if e.main)
    assert (event.date, event.type if kind else None) == (day, kind)
