"""Score the detector's main event against our labels: type, direction, place, date, people, all fields.

Usage: python bench/eval_events.py [--gold PATH] [--dev PATH] [--texts PATH] [--ours DIR] [--show]
           [--split dev|heldout|heldout2|heldout3|...|heldout25|all]
Gold: bench/gold/events.jsonl (how it was labelled: bench/gold/README.md). Texts: the dev items from
${BAMBOO_SHARED_DATA:-<repo>/../shared/data}/diplomacy-dev/dev.jsonl; the heldout3 to heldout25
items from bench/gold/texts_<part>.jsonl (in git: written by us; --ours names another folder holding
them); the heldout and heldout2 items from
${BAMBOO_EVENT_TEXTS:-bench/gold/texts/news.jsonl} (kept out of git; without it those two parts are not
scored, and the script says how many items had no text). The
detector's main event is the event flagged `main`, else its first event. `published_at` is passed to
detect() when its signature takes it. A gold date `--MM-DD` (the labeller knew no year) is met by
`YYYY-MM-DD` of the same month and day (the text may state the year); a gold full date is not met by
`--MM-DD`. --show lists the items of the studied parts whose main event is wrong: dev and the first
held-out part (studied since the heldout2 round), heldout3 (studied since the 0.17.0 round), heldout4
(studied since the 0.18.0 round), heldout5 (studied since the 0.19.0 round), heldout6 (studied since
the 0.20.0 round), heldout7 (studied since the 0.21.0 round), heldout8 (studied since the 0.22.0
round), heldout9 (studied since the 0.23.0 round), heldout10 (studied since the 0.24.0 round), heldout11
(studied since the 0.25.0 round), heldout12 (studied since the 0.26.0 round), heldout13 (studied since
the 0.27.0 round), heldout14 (studied since the 0.28.0 round), heldout15 (studied since the 0.29.0
round), heldout16 (studied since the 0.30.0 round), heldout17 (studied since the 0.31.0 round), heldout18
(studied since the 0.32.0 round), heldout19 (studied since the 0.33.0 round), heldout20 (studied since
the 0.34.0 round), heldout21 (studied since the 0.35.0 round) and heldout22 (studied since the 0.36.0
round), never heldout2, heldout23, heldout24 or heldout25 (scored, not studied).
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.eval_detector import shared_data  # noqa: E402
from extractors.core.models import Event  # noqa: E402
from extractors.diplomacy import DETECTOR_VERSION, detect  # noqa: E402

GOLD = REPO / "bench" / "gold" / "events.jsonl"
SPLITS = ("dev", "heldout", "heldout2", *(f"heldout{n}" for n in range(3, 26)))
OURS = SPLITS[3:]  # the parts whose texts we wrote: in git, one file each
SYMMETRIC = frozenset({"meet", "phone_call", "negotiate", "sign_agreement"})
FIELDS = ("type", "actor/target", "place", "place_country", "date", "people F1", "who-what", "all fields")


def event_texts() -> Path:
    """The heldout and heldout2 news texts (kept out of git), overridable with BAMBOO_EVENT_TEXTS."""
    return Path(os.environ.get("BAMBOO_EVENT_TEXTS") or REPO / "bench" / "gold" / "texts" / "news.jsonl")


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold().strip()


def people_f1(gold: Iterable[str], got: Iterable[str]) -> float:
    """F1 of two sets of names (both empty: 1)."""
    g, p = {_fold(n) for n in gold}, {_fold(n) for n in got}
    if not g and not p:
        return 1.0
    hit = len(g & p)
    return 2 * hit / (len(g) + len(p)) if hit else 0.0


def sides_right(gold: dict, got: Event) -> bool:
    """Actor and target; either order for the symmetric types; a labelled alternative target counts."""
    targets = {gold["target"], *gold.get("target_alt", ())}
    if gold["actor"] == got.actor and got.target in targets:
        return True
    return gold["type"] in SYMMETRIC and got.actor in targets and got.target == gold["actor"]


def _same(gold: str | None, got: str | None) -> bool:
    return (gold or "").casefold() == (got or "").casefold()


def date_right(gold: str | None, got: str | None) -> bool:
    """The same day; a gold `--MM-DD` (the labeller knew no year) is also met by a full date of that month
    and day, since the text may state the year; a gold full date is not met by `--MM-DD`."""
    if gold and got and gold.startswith("--") and not got.startswith("--"):
        return got[4:] == gold[1:]
    return _same(gold, got)


@dataclass
class Score:
    """One gold item's result per field (None: not scored)."""

    id: str
    language: str
    split: str
    got: Event | None
    fields: dict[str, float | None]


def score_item(gold: dict, got: Event | None) -> dict[str, float | None]:
    """Per-field results of one item; the date counts only where the gold knows the day."""
    if got is None:
        return {f: (None if f == "date" and not gold["date"] else 0.0) for f in FIELDS}
    result: dict[str, float | None] = {
        "type": float(got.type == gold["type"]),
        "actor/target": float(sides_right(gold, got)),
        "place": float(_same(gold["place"], got.place)),
        "place_country": float(_same(gold["place_country"], getattr(got, "place_country", None))),
        "date": float(date_right(gold["date"], got.date)) if gold["date"] else None,
        "people F1": people_f1(gold["people"], got.people),
    }
    # The event's who and what (type, direction, people), the part that needs no calendar or gazetteer.
    result["who-what"] = float(all(result[f] == 1.0 for f in ("type", "actor/target", "people F1")))
    result["all fields"] = float(all(result[f] == 1.0 for f in ("type", "actor/target", "place", "people F1"))
                                 and date_right(gold["date"], got.date))
    return result


def main_event(events: tuple[Event, ...]) -> Event | None:
    """The event flagged main, else the first."""
    return next((e for e in events if getattr(e, "main", False)), events[0] if events else None)


def detector() -> Callable[[dict], tuple[Event, ...]]:
    """detect() on an item, with published_at when the signature takes it."""
    takes_date = "published_at" in inspect.signature(detect).parameters

    def run(item: dict) -> tuple[Event, ...]:
        args = (item.get("title") or "", item.get("text") or "", item.get("language"))
        if takes_date and item.get("published_at"):
            published = datetime.fromisoformat(item["published_at"]).replace(tzinfo=UTC)
            return detect(*args, published_at=published).events  # type: ignore[call-arg]
        return detect(*args).events

    return run


def ours_texts(part: str, folder: Path = GOLD.parent) -> Path:
    """The file of a part whose texts we wrote."""
    return folder / f"texts_{part}.jsonl"


def load_texts(*paths: Path) -> dict[str, dict]:
    """Every available text by id, from the files that exist."""
    texts: dict[str, dict] = {}
    for path in paths:
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    texts[item["id"]] = item
    return texts


def evaluate(gold_path: Path, texts: dict[str, dict], split: str) -> tuple[list[Score], Counter[str]]:
    """Score every gold item of the split with a text and a main event; count those without text per part."""
    run = detector()
    scores: list[Score] = []
    missing: Counter[str] = Counter()
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        gold = json.loads(line)
        if split != "all" and gold["split"] != split or gold["main_event"] is None:
            continue
        item = texts.get(gold["id"])
        if item is None:
            missing[gold["split"]] += 1
            continue
        item = {**item, "published_at": gold.get("published_at")}
        got = main_event(run(item))
        scores.append(Score(gold["id"], gold["language"][:2], gold["split"], got,
                            score_item(gold["main_event"], got)))
    return scores, missing


def table(scores: list[Score], title: str) -> None:
    """Per-field accuracy overall and per language."""
    groups = {"all": scores, **{lang: [s for s in scores if s.language == lang]
                                for lang in ("en", "vi", "zh")}}
    print(f"{title}")
    print(f"  {'field':<14}" + "".join(f"{name + f' (n={len(g)})':>16}" for name, g in groups.items()))
    for field in FIELDS:
        cells = []
        for group in groups.values():
            values = [s.fields[field] for s in group if s.fields[field] is not None]
            cells.append(f"{sum(values) / len(values):.3f} ({len(values)})" if values else "-")
        print(f"  {field:<14}" + "".join(f"{c:>16}" for c in cells))


# Only these parts may be looked at item by item; heldout2, heldout23, heldout24 and heldout25 are scored
# only.
STUDIED = frozenset({"dev", "heldout", *(f"heldout{n}" for n in range(3, 23))})


def show(scores: list[Score], gold_path: Path) -> None:
    """The studied items whose main event is not right in every field, with gold and detector side by side."""
    golds = {g["id"]: g for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines())}
    for s in scores:
        if s.split not in STUDIED or s.fields["all fields"] == 1.0:
            continue
        g, e = golds[s.id]["main_event"], s.got
        wrong = [f for f, v in s.fields.items()
                 if v is not None and v < 1.0 and f not in ("who-what", "all fields")]
        print(f"- {s.id} [{', '.join(wrong)}]")
        print(f"    gold: {g['type']} {g['actor']}->{g['target']} place={g['place']} date={g['date']} "
              f"people={g['people']}")
        if e is None:
            print("    got:  no event")
        else:
            print(f"    got:  {e.type} {e.actor}->{e.target} place={e.place} date={e.date} "
                  f"people={list(e.people)}")


def confusion(scores: list[Score], gold_path: Path) -> None:
    """How often each gold type was read as each wrong type, per language: counts only, so that a held-out
    part shows which kinds of type error weigh most without showing any item."""
    golds = {g["id"]: g for g in map(json.loads, gold_path.read_text(encoding="utf-8").splitlines())}
    pairs: Counter[tuple[str, str, str]] = Counter()
    for s in scores:
        if s.fields["type"] == 0.0:
            got = s.got.type if s.got is not None else "(no event)"
            pairs[(golds[s.id]["main_event"]["type"], got, s.language)] += 1
    print(f"Type confusions ({sum(pairs.values())} of {len(scores)} main events): "
          "gold -> detected  all (en vi zh)")
    totals: Counter[tuple[str, str]] = Counter()
    for (gold, got, _), n in pairs.items():
        totals[(gold, got)] += n
    for (gold, got), n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        per = " ".join(str(pairs[(gold, got, lang)]) for lang in ("en", "vi", "zh"))
        print(f"  {gold:>16} -> {got:<16} {n:>3}  ({per})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--dev", type=Path, default=shared_data() / "diplomacy-dev" / "dev.jsonl")
    parser.add_argument("--texts", type=Path, default=event_texts())
    parser.add_argument("--ours", type=Path, default=GOLD.parent, help="folder of texts_<part>.jsonl")
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--show", action="store_true", help="list the studied items whose event is wrong")
    parser.add_argument("--confusion", action="store_true",
                        help="count the type errors by gold and detected type (counts only: any part)")
    args = parser.parse_args(argv)
    print(f"detector_version={DETECTOR_VERSION}  gold={args.gold}")
    texts = load_texts(args.dev, *(ours_texts(part, args.ours) for part in OURS), args.texts)
    scores, missing = evaluate(args.gold, texts, args.split)
    if missing:
        counts = ", ".join(f"{n} {part}" for part, n in sorted(missing.items()))
        print(f"no text for {counts} gold items (dev set: {args.dev}; {', '.join(OURS)}: "
              f"{args.ours}/texts_<part>.jsonl; heldout and heldout2: {args.texts}): not scored")
    for split in SPLITS:
        part = [s for s in scores if s.split == split]
        if part:
            table(part, f"Main event, {split} part: accuracy (items scored); the date where the day is known")
    if args.show:
        show(scores, args.gold)
    if args.confusion:
        confusion(scores, args.gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
