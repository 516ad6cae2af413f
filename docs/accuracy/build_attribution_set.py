#!/usr/bin/env python3
"""Builds the attribution set (docs/accuracy.md, "Attribution") from the Syrian Archive and UCDP GED Syria.

Usage: python3 docs/accuracy/build_attribution_set.py ../shared/data   (from the repository root; deterministic)

Writes intake/src/main/resources/evaluation/attribution/coded-incidents.csv: one row per incident a monitor coded with
the party it holds responsible, as that monitor wrote it:
  - Syrian Archive violations (CC BY-SA 4.0) with coordinates whose violation type or description names a party the
    way the project's importer reads it (SyrianArchiveFormat.perpetrators): "Russian military (alleged)", "Syrian
    government forces (alleged)", "US-led coalition (alleged)", several when it names several;
  - UCDP GED Syria 2016-2019 (CC BY 4.0) state-based and one-sided events (type_of_violence 1 and 3), coded by side_a
    ("Government of Syria", "Government of Turkey", "IS", ...).
Columns: dataset, id, lat, lon, precision (town, district, governorate), first_day, last_day, local_time, coded,
weapons, type_of_violence and side_b (UCDP's, for the event kind), text (the description or headline, cut at 300 characters: the evaluation reads the event kind from it).
"""
import csv
import os
import re
import sys

RUSSIAN = re.compile(r"\brussian (?:war ?planes?|planes?|air ?strikes?|air ?raids?|raids?|jets?|fighter jets?|aircraft|attacks?"
                     r"|bombing|bombardment|helicopters?|air force|shelling|continuous shelling)\b|\balleged russian\b"
                     r"|\brussia(?:n)? (?:targets?|targeted|targeting|bombs?|bombed|strikes?|struck)\b", re.I)
REGIME = re.compile(r"\b(?:regime|assad(?:'s)?|syrian government|government forces|syrian army)\b", re.I)
COALITION = re.compile(r"\b(?:international|us-led|american|u\.s\.|the) coalition\b|\bcoalition (?:war ?planes?|air ?strikes?|aircraft|jets?)\b", re.I)
UCDP_PRECISION = {"1": "town", "2": "district", "3": "district", "4": "governorate", "5": "governorate"}


def main(shared):
    out_rows = []
    with open(os.path.join(shared, "syrian-archive-violations", "violations.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["Latitude"] in ("", "NA") or r["Longitude"] in ("", "NA"):
                continue
            text = (r["Violation_Type"] or "") + " | " + (r["Description"] or "")
            coded = [name for name, rx in (("Russian military (alleged)", RUSSIAN), ("Syrian government forces (alleged)", REGIME),
                                           ("US-led coalition (alleged)", COALITION)) if rx.search(text)]
            if not coded:
                continue
            time = ""
            try:
                h, m = int(float(r["Recording_Hour"])), int(float(r["Recording_Minute"]))
                if (h, m) != (0, 0):
                    time = "%02d:%02d" % (h, m)
            except ValueError:
                pass
            out_rows.append({"dataset": "syrian-archive", "id": r["Database_ID"] or r["Reference_Code"], "lat": r["Latitude"],
                             "lon": r["Longitude"], "precision": "town", "first_day": r["Recording_Date"],
                             "last_day": r["Recording_Date"], "local_time": time, "coded": "|".join(coded),
                             "weapons": "" if r["Weapons_Used"] == "NA" else r["Weapons_Used"],
                             "type_of_violence": "", "side_b": "", "text": (r["Description"] or "")[:300]})
    with open(os.path.join(shared, "ucdp-ged-syria", "ucdp_ged_syria_2016_2019.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["type_of_violence"] not in ("1", "3") or r["where_prec"] not in UCDP_PRECISION:
                continue
            out_rows.append({"dataset": "ucdp-ged", "id": r["id"], "lat": r["latitude"], "lon": r["longitude"],
                             "precision": UCDP_PRECISION[r["where_prec"]], "first_day": r["date_start"][:10],
                             "last_day": r["date_end"][:10], "local_time": "", "coded": r["side_a"], "weapons": "",
                             "type_of_violence": r["type_of_violence"], "side_b": r["side_b"], "text": r["source_headline"][:300]})
    out = os.path.join("intake", "src", "main", "resources", "evaluation", "attribution")
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "coded-incidents.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(out_rows[0].keys()), lineterminator="\n")
        w.writeheader()
        w.writerows(out_rows)
    print("%d coded incidents" % len(out_rows))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
