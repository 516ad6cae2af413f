#!/usr/bin/env python3
"""Builds the claim-matching set (docs/accuracy.md, "Claim matching") from UCDP GED Syria.

Usage: python3 docs/accuracy/build_claim_sets.py ../shared/data   (from the repository root; deterministic)

Writes intake/src/main/resources/evaluation/matching/:
  ucdp-ged-syria-2018.csv  every UCDP GED event of 2018 in Syria, rows as UCDP published them: the incidents a claim
                           may be matched against (all kinds, all location precisions)
  ucdp-claims-2018.csv     one claim-like statement per air strike UCDP attributes to the Government of Syria with a
                           named village or town (where_prec 1) and an exact day (date_prec 1): the party, the place
                           name as UCDP writes it without "village"/"town", the governorate, no coordinates, dated by
                           the day the first source published it (source_date), as a party's post is; the truth is the
                           event and every other event UCDP filed at the same place on the same day (a statement that
                           names a place and a day cannot tell those apart)
"""
import csv
import os
import re
import sys

AIR = re.compile(r"\b(air|airstrikes?|aerial|warplanes?|jets?|helicopters?|barrel|raids?)\b")
SUFFIX = re.compile(r"\s+(village|town|city|farm|hamlet|neighbourhood|neighborhood|area|camp)$", re.I)
YEAR = "2018"


def main(shared):
    src = os.path.join(shared, "ucdp-ged-syria", "ucdp_ged_syria_2016_2019.csv")
    out = os.path.join("intake", "src", "main", "resources", "evaluation", "matching")
    os.makedirs(out, exist_ok=True)
    with open(src, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        rows = [r for r in reader if r["year"] == YEAR]
    with open(os.path.join(out, "ucdp-ged-syria-%s.csv" % YEAR), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=header, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    same_place_day = {}
    for r in rows:
        same_place_day.setdefault((r["where_coordinates"], r["date_start"]), []).append(r["id"])
    claims = []
    for r in rows:
        if r["where_prec"] != "1" or r["date_prec"] != "1" or r["type_of_violence"] not in ("1", "3"):
            continue
        if r["side_a"] != "Government of Syria" or not AIR.search(r["source_headline"].lower()):
            continue
        stated = r["source_date"].split(";")[0].strip()[:10]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", stated) or stated < r["date_start"]:
            continue
        name = SUFFIX.sub("", r["where_coordinates"].strip())
        truth = sorted(same_place_day[(r["where_coordinates"], r["date_start"])], key=int)
        claims.append({"ref": "ucdp-" + r["id"], "party": r["side_a"], "stated_at": stated, "strike_date": stated,
                       "localities": name, "governorate": re.sub(r"\s+Governorate$", "", r["adm_1"]),
                       "truth_ids": ";".join(truth), "strike_day": r["date_start"]})
    with open(os.path.join(out, "ucdp-claims-%s.csv" % YEAR), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(claims[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(claims)
    print("%d incidents, %d claims" % (len(rows), len(claims)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
