#!/bin/sh
# Rebuilds web/src/main/resources/web/basemap/admin1-10m.json: first-level boundaries (governorates, oblasts, states)
# from Natural Earth 1:10m admin-1 v4.1.0 (public domain), as QGIS ships it in Debian's qgis-common package
# (/usr/share/qgis/resources/data/world_map.gpkg, layer states_provinces, generalised by QGIS). Needs gdal-bin and
# npm (topojson-server and topojson-simplify 3, run once here; nothing is fetched by the app at run time).
set -eu
out="$(cd "$(dirname "$0")/.." && pwd)/src/main/resources/web/basemap/admin1-10m.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download qgis-common >/dev/null
dpkg -x qgis-common_*.deb qgis
ogr2ogr -f GeoJSON -lco COORDINATE_PRECISION=4 -select name,adm0_a3 admin1.geojson qgis/usr/share/qgis/resources/data/world_map.gpkg states_provinces
npm install --silent --no-save topojson-server@3 topojson-simplify@3 >/dev/null
node_modules/.bin/geo2topo admin1=admin1.geojson | node_modules/.bin/toposimplify -s 1e-4 -f | node_modules/.bin/topoquantize 1e5 > "$out"
echo "wrote $out ($(wc -c < "$out") bytes)"
