#!/usr/bin/env python3
"""Builds the placing and governorate labelled sets of docs/accuracy.md from the real files in shared/data.

Run from the repository root: python3 docs/accuracy/build_placing_sets.py ../shared/data
Writes intake/src/main/resources/evaluation/placing/*.csv. Deterministic (no randomness)."""
import csv, sys, os

data = sys.argv[1] if len(sys.argv) > 1 else '../shared/data'
out = 'intake/src/main/resources/evaluation/placing'

def write(name, header, rows):
    with open(os.path.join(out, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)
    print(name, len(rows))

# 1. UCDP GED Syria: each distinct place as UCDP names it (where_coordinates, adm_1, adm_2) with the coordinates its
#    coders gave; where_prec 1 (exact) within 5 km, where_prec 2 (within 25 km of the place) within 25 km.
seen, rows = set(), []
for r in csv.DictReader(open(os.path.join(data, 'ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv'), encoding='utf-8')):
    if r['where_prec'] not in ('1', '2') or r['where_coordinates'] in ('', 'NA'):
        continue
    key = (r['where_coordinates'], r['adm_1'], r['adm_2'], r['latitude'], r['longitude'])
    if key in seen:
        continue
    seen.add(key)
    na = lambda v: '' if v == 'NA' else v
    rows.append([r['id'], r['where_coordinates'], na(r['adm_1']), na(r['adm_2']), 'SY', r['latitude'], r['longitude'],
                 '5' if r['where_prec'] == '1' else '25'])
write('ucdp-ged-syria-places.csv', ['ucdp_id', 'name', 'governorate', 'district', 'country', 'lat', 'lon', 'tolerance_km'], rows)

# 2. Syrian Archive violations: each distinct (City, Neighborhood) with the archive's coordinates, within 5 km.
seen, rows = set(), []
for r in csv.DictReader(open(os.path.join(data, 'syrian-archive-violations/violations.csv'), encoding='utf-8')):
    if r['Latitude'] == 'NA' or r['Neighborhood'] in ('', 'NA'):
        continue
    key = (r['City'], r['Neighborhood'], r['Latitude'], r['Longitude'])
    if key in seen:
        continue
    seen.add(key)
    rows.append([r['Database_ID'], r['Neighborhood'], '' if r['City'] == 'NA' else r['City'], '', 'SY', r['Latitude'],
                 r['Longitude'], '5'])
write('syrian-archive-violations-places.csv', ['database_id', 'name', 'governorate', 'district', 'country', 'lat', 'lon',
                                               'tolerance_km'], rows)

# 3. First-level names as written, with the canonical governorate they mean. Real spellings: UCDP adm_1, the Syrian
#    Archive's City and region names, the alert feed's oblasts (labels by hand below); real districts written in the
#    governorate column (UCDP adm_2 and the alert feed's raions, labelled with their own adm_1 / oblast); and
#    deterministic perturbations of the canonical names (each one-letter deletion, "northern X", "X countryside",
#    "Reef X"), labelled with the name perturbed.
canonical_sy = {'Aleppo Governorate': 'Aleppo', 'Rif Dimashq Governorate': 'Rif Dimashq', 'Deir ez Zor Governorate': 'Deir ez-Zor',
    'Idlib Governorate': 'Idlib', 'Ar Raqqah Governorate': 'Raqqa', 'Hamah Governorate': 'Hama', 'Homs Governorate': 'Homs',
    'Daraa Governorate': 'Daraa', 'Damascus Governorate': 'Damascus', 'Al Hasakah Governorate': 'Al-Hasakah',
    'Latakia Governorate': 'Latakia', 'Quneitra Governorate': 'Quneitra', 'As Suwayda Governorate': 'As-Suwayda',
    'Tartus Governorate': 'Tartus', 'ALEPPO': 'Aleppo', 'IDLIB': 'Idlib', 'DAMASCUS': 'Damascus', 'HOMS': 'Homs', 'HAMA': 'Hama',
    'DARAA': 'Daraa', 'LATTAKIA': 'Latakia', 'DEIR EZZOR': 'Deir ez-Zor', 'HASAKAH': 'Al-Hasakah', 'QUINETRA': 'Quneitra',
    'SUWAYDA': 'As-Suwayda', 'TARTOUS': 'Tartus'}
canonical_ua = {'Dnipropetrovska oblast': 'Dnipropetrovsk Oblast', 'Donetska oblast': 'Donetsk Oblast',
    'Kharkivska oblast': 'Kharkiv Oblast', 'Zaporizka oblast': 'Zaporizhzhia Oblast', 'Mykolaivska oblast': 'Mykolaiv Oblast',
    'Poltavska oblast': 'Poltava Oblast', 'Khersonska oblast': 'Kherson Oblast', 'Sumska oblast': 'Sumy Oblast',
    'Kirovohradska oblast': 'Kirovohrad Oblast', 'Cherkaska oblast': 'Cherkasy Oblast', 'Odeska oblast': 'Odesa Oblast',
    'Chernihivska oblast': 'Chernihiv Oblast', 'Kyivska oblast': 'Kyiv Oblast', 'Kyiv City': 'Kyiv City',
    'Vinnytska oblast': 'Vinnytsia Oblast', 'Zhytomyrska oblast': 'Zhytomyr Oblast', 'Khmelnytska oblast': 'Khmelnytskyi Oblast',
    'Rivnenska oblast': 'Rivne Oblast', 'Ternopilska oblast': 'Ternopil Oblast', 'Volynska oblast': 'Volyn Oblast',
    'Lvivska oblast': 'Lviv Oblast', 'Ivano-Frankivska oblast': 'Ivano-Frankivsk Oblast', 'Chernivetska oblast': 'Chernivtsi Oblast',
    'Zakarpatska oblast': 'Zakarpattia Oblast', 'Luhanska oblast': 'Luhansk Oblast'}
rows, seen = [], set()
def add(written, country, canonical, kind):
    if (written, country) in seen or not written:
        return
    seen.add((written, country))
    rows.append([written, country, canonical, kind])
for w, c in canonical_sy.items():
    add(w, 'SY', c, 'as written')
for w, c in canonical_ua.items():
    add(w, 'UA', c, 'as written')
for r in csv.DictReader(open(os.path.join(data, 'ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv'), encoding='utf-8')):
    if r['adm_2'] not in ('', 'NA') and r['adm_1'] in canonical_sy:
        add(r['adm_2'].replace(' district', ''), 'SY', canonical_sy[r['adm_1']], 'district as governorate')
alerts = os.path.join(data, 'ukraine-air-raid-alerts/official_data_en.csv')
for r in csv.DictReader(open(alerts, encoding='utf-8')):
    if r['raion'] and r['oblast'] in canonical_ua:
        add(r['raion'], 'UA', canonical_ua[r['oblast']], 'district as governorate')
for c in sorted(set(canonical_sy.values())):
    for i in range(len(c)):
        if c[i].isalpha() and len(c) >= 5:
            add(c[:i] + c[i + 1:], 'SY', c, 'one letter dropped')
    if c not in ('Damascus', 'Rif Dimashq'):
        add('northern ' + c, 'SY', c, 'qualified')
        add(c + ' countryside', 'SY', c, 'qualified')
        add('Reef ' + c, 'SY', c, 'qualified')
write('governorates-as-written.csv', ['written', 'country', 'canonical', 'kind'], rows)

# 4. Across the border: Russia's and Belarus's first-level regions and their eponymous centres, named in records filed
#    under Ukraine ("Kursk", "Kursk region", "Bryansk Oblast"), and Ukraine's oblast centres, which must stay at home.
#    Coordinates and regions from the GeoNames extract the gazetteer ships (so this set tests the rules, not coverage).
admin1 = {r['code']: r['name'] for r in csv.DictReader(open('intake/src/main/resources/gazetteer/geonames_admin1_RU_BY.csv'))}
cities = list(csv.DictReader(open('intake/src/main/resources/gazetteer/geonames_cities_RU_BY.csv', encoding='utf-8')))
ua = list(csv.DictReader(open('intake/src/main/resources/gazetteer/geonames_cities_UA.csv', encoding='utf-8')))
border = {'RU.09': 'Belgorod', 'RU.41': 'Kursk', 'RU.10': 'Bryansk', 'RU.86': 'Voronezh', 'RU.61': 'Rostov-na-Donu',
          'RU.43': 'Lipetsk', 'RU.56': 'Orel', 'RU.69': 'Smolensk', 'RU.25': 'Kaluga', 'RU.76': 'Tula', 'RU.48': 'Moscow',
          'RU.38': 'Krasnodar', 'RU.72': 'Tambov', 'RU.62': 'Ryazan', 'RU.84': 'Volgograd', 'RU.67': 'Saratov',
          'BY.02': 'Gomel', 'BY.01': 'Brest', 'BY.05': 'Minsk', 'BY.06': 'Mogilev', 'BY.07': 'Vitebsk'}
rows = []
for code, centre in border.items():
    c = next((x for x in cities if x['name'] == centre and x['country'] + '.' + x['admin1'] == code), None)
    if c is None:
        continue
    rows.append([centre, 'UA', c['country'], admin1[code], 'town', c['lat'], c['lng'], '5'])
    region = admin1[code].replace(' Oblast', '').replace(' Krai', '')
    if code.startswith('RU') and code != 'RU.48':
        rows.append([region + ' region', 'UA', c['country'], admin1[code], 'governorate', c['lat'], c['lng'], '150'])
        rows.append([region + ' Oblast', 'UA', c['country'], admin1[code], 'governorate', c['lat'], c['lng'], '150'])
for centre in ['Kharkiv', 'Sumy', 'Chernihiv', 'Luhansk', 'Donetsk', 'Zaporizhzhya', 'Kherson', 'Odesa', 'Mykolayiv', 'Poltava',
               'Dnipro', 'Kyiv', 'Lviv', 'Zhytomyr', 'Rivne', 'Lutsk', 'Cherkasy', 'Vinnytsya', 'Kropyvnytskyi', 'Ternopil']:
    c = next((x for x in ua if x['name'] == centre), None)
    if c is not None:
        rows.append([centre, 'UA', 'UA', '', 'town', c['lat'], c['lng'], '5'])
write('across-the-border.csv', ['name', 'filed_under', 'country', 'region', 'level', 'lat', 'lon', 'tolerance_km'], rows)
