#!/usr/bin/env python3
"""The exits figures of `iae report exits --year Y`, computed by a plain Python script
with the standard library's tomllib: the baseline the benchmark compares `iae` with.

Usage: bench/exits.py STRUCTURE_DIR YEAR   (prints the figures as JSON)

Same rules as iae (docs/rules.md): an exit of the year counts unless its category is
`retrait`; ACI and EI need hired_on + 3 calendar months <= exit date, AI and ETTI 150
hours recorded, EITI nothing more.
"""
import calendar
import datetime
import json
import pathlib
import sys
import tomllib

COUNTED = ["emploi_durable", "emploi_transition", "sortie_positive", "autre_sortie"]
DYNAMIC = {"emploi_durable", "emploi_transition", "sortie_positive"}


def add_months(day, months):
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))


def main():
    root, year = pathlib.Path(sys.argv[1]), int(sys.argv[2])
    structure = tomllib.loads((root / "iae.toml").read_text())
    kind = structure["kind"]
    reference = pathlib.Path(__file__).resolve().parent.parent / "src/reference/exit_reasons.toml"
    category = {e["code"]: e.get("category", "") for e in tomllib.loads(reference.read_text())["entry"]}
    for code, change in structure.get("exit_reasons", {}).items():
        if "category" in change:
            category[code] = change["category"]

    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    exits = counted = dynamic = retrait = too_short = 0
    by_category = {c: 0 for c in COUNTED}
    for path in sorted((root / "salaries").glob("*.toml")):
        case = tomllib.loads(path.read_text())
        exit_ = case.get("exit")
        if not exit_ or not first <= exit_["date"] <= last:
            continue
        exits += 1
        cat = category[exit_["reason"]]
        if cat == "retrait":
            retrait += 1
            continue
        if kind in ("ACI", "EI"):
            long_enough = add_months(case["recruitment"]["hired_on"], 3) <= exit_["date"]
        elif kind in ("AI", "ETTI"):
            hours = sum(h["hours"] for h in case.get("hours", []))
            long_enough = round(hours * 100) >= 15000
        else:
            long_enough = True
        if not long_enough:
            too_short += 1
            continue
        counted += 1
        by_category[cat] = by_category.get(cat, 0) + 1
        dynamic += cat in DYNAMIC

    print(json.dumps({
        "exits": exits,
        "counted": counted,
        "excluded": {"retrait": retrait, "too_short": too_short},
        "by_category": by_category,
        "dynamic": dynamic,
        "dynamic_rate": dynamic / counted if counted else None,
        "durable_rate": by_category["emploi_durable"] / counted if counted else None,
    }, indent=2))


if __name__ == "__main__":
    main()
