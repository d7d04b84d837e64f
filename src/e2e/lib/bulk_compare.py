#!/usr/bin/env python3
"""Compares a bulk run's CSV and JSON Lines with each domain's single "check --json" report.

Usage: bulk_compare.py BULK.csv BULK.jsonl EXIT-CODE SINGLE.json...

Every CSV row is derived from its domain's report the way check.report.BulkTable documents it
(domain, verdict, the worst status per check id, mode, id, max_age, mx, mx_hosts, rua, the first
failing result), so the row built here from the single JSON must be equal, cell by cell. Prints
one line per difference and nothing when all agree.
"""
import csv
import json
import sys

RANK = {"skipped": 0, "info": 1, "pass": 2, "inconclusive": 3, "warn": 4, "fail": 5}
# Shown beside MTA-STS, never in the verdict or the first failure (CheckId.besideMtaSts).
BESIDE = {"dnssec", "mx-dane"}


def expected_row(report, columns):
    ids = columns[2 : columns.index("mode")]
    row = {"domain": report["domain"], "verdict": report["verdict"]}
    for cid in ids:
        statuses = [r["status"] for r in report["results"] if r["id"] == cid]
        row[cid] = max(statuses, key=RANK.__getitem__) if statuses else ""
    facts = report["facts"]
    row["mode"] = facts.get("mode") or ""
    row["id"] = facts.get("sts_id") or ""
    row["max_age"] = "" if facts.get("max_age") is None else str(facts["max_age"])
    row["mx"] = " ".join(facts.get("mx", []))
    row["mx_hosts"] = " ".join(facts.get("mx_hosts", []))
    row["rua"] = " ".join(facts.get("rua", []))
    first = next((r for r in report["results"] if r["status"] == "fail" and r["id"] not in BESIDE), None)
    row["first_failure"] = "" if first is None else f'{first["id"]} {first["target"]}: {first["summary"]}'
    return [row[c] for c in columns]


def main():
    csv_path, jsonl_path, rc = sys.argv[1], sys.argv[2], int(sys.argv[3])
    singles = sys.argv[4:]
    with open(csv_path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    columns, body = rows[0], rows[1:]
    by_domain = {r[0]: r for r in body}
    problems = []
    if len(by_domain) != len(body):
        problems.append("the CSV lists a domain twice")
    seen = set()
    for path in singles:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        domain = report["domain"]
        if domain in seen:
            continue  # two spellings of one domain: the bulk list merges them
        seen.add(domain)
        got = by_domain.get(domain)
        if got is None:
            problems.append(f"{domain}: no CSV row")
            continue
        want = expected_row(report, columns)
        for col, w, g in zip(columns, want, got):
            if w != g:
                problems.append(f"{domain} {col}: single JSON says {w!r}, CSV says {g!r}")
    extra = set(by_domain) - seen
    if extra:
        problems.append("CSV rows without a scenario: " + " ".join(sorted(extra)))
    with open(jsonl_path, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f if line.strip()]
    if [(r["domain"], r["verdict"]) for r in lines] != [(r[0], r[1]) for r in body]:
        problems.append("the JSON Lines do not list the CSV's domains and verdicts in the same order")
    want_rc = 1 if any(r[1] == "fail" for r in body) else 0
    if rc != want_rc:
        problems.append(f"exit code {rc}, expected {want_rc}")
    for p in problems:
        print(p)
    print(f"{len(seen)} domains compared", file=sys.stderr)


if __name__ == "__main__":
    main()
