#!/usr/bin/env python3
"""Builds the merging set (docs/accuracy.md, "Merging") from UCDP GED Syria 2016-2019 (CC BY 4.0).

Usage: python3 docs/accuracy/build_merge_set.py ../shared/data   (from the repository root; deterministic)

UCDP codes each event from one or more source articles and lists them (source_article: "office,date,headline", several
separated by ";"). Every (event, article) pair becomes one report, placed and dated as UCDP placed and dated the event,
its text the article's headline; the truth is the event: reports of one event are one incident. An article cited by
several events (a daily roundup) becomes one report per event, with the same text and source: exactly the shared source
that must not merge two strikes. Writes intake/src/main/resources/evaluation/merging/ucdp-reports.csv with columns
report, event, year, lat, lon, where_prec, date_start, date_end, type_of_violence, side_a, side_b, source (office,
date#first 10 hex digits of the article's SHA-1: one article, one source), text, place (UCDP's where_coordinates without
"village"/"town"), adm_1 (its governorate) and killed (UCDP's best estimate): what a report known only by names carries
(decision 0562).
"""
import csv
import hashlib
import os
import re
import sys

ARTICLE = re.compile(r'"([^"]*)"')
PLACE_KIND = re.compile(r"\s+(village|town)$")


def main(shared):
    src = os.path.join(shared, "ucdp-ged-syria", "ucdp_ged_syria_2016_2019.csv")
    out_rows = []
    with open(src, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            articles = ARTICLE.findall(r["source_article"]) or [r["source_article"]]
            for k, a in enumerate(articles):
                parts = a.split(",", 2)
                text = parts[2] if len(parts) == 3 else r["source_headline"]
                out_rows.append({"report": "%s-%d" % (r["id"], k + 1), "event": r["id"], "year": r["year"],
                                 "lat": r["latitude"], "lon": r["longitude"], "where_prec": r["where_prec"],
                                 "date_start": r["date_start"][:10], "date_end": r["date_end"][:10],
                                 "type_of_violence": r["type_of_violence"], "side_a": r["side_a"], "side_b": r["side_b"],
                                 "source": "%s,%s#%s" % (parts[0].strip(), parts[1].strip() if len(parts) > 1 else "",
                                                               hashlib.sha1(a.strip().encode("utf-8")).hexdigest()[:10]),
                                 "text": text.strip()[:200],
                                 "place": PLACE_KIND.sub("", r["where_coordinates"]).strip(), "adm_1": r["adm_1"],
                                 "killed": r["best"]})
    out = os.path.join("intake", "src", "main", "resources", "evaluation", "merging")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "ucdp-reports.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(out_rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(out_rows)
    print("%d reports of %d events" % (len(out_rows), len({r["event"] for r in out_rows})))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
