"""Loads the incidents of a Groundtruth OGC API with PyQGIS, as a QGIS user does, and prints what QGIS saw as JSON.

Usage: QT_QPA_PLATFORM=offscreen python3 pyqgis_load.py http://127.0.0.1:8080/ogc OUT.json
Reads through QGIS's own OGC API provider ('OAPIF'), what "Add WFS / OGC API - Features layer" uses.
"""
import json
import sys
import time

from qgis.core import Qgis, QgsApplication, QgsVectorLayer


def read(layer):
    started = time.time()
    titles = {}
    for feature in layer.getFeatures():
        title = feature["title"]
        titles[str(feature["id"])] = title if isinstance(title, str) else None
    return {
        "valid": layer.isValid(),
        "featureCount": layer.featureCount(),
        "fetched": len(titles),
        "seconds": round(time.time() - started, 2),
        "fields": {f.name(): f.typeName() for f in layer.fields()},
        "titles": titles,
    }


def main():
    url, out = sys.argv[1], sys.argv[2]
    app = QgsApplication([], False)
    app.initQgis()
    result = {"qgisVersion": Qgis.QGIS_VERSION}
    layer = QgsVectorLayer("url='%s' typename='incidents'" % url, "incidents", "OAPIF")
    result["oapif"] = read(layer) if layer.isValid() else {"valid": False, "error": layer.error().summary()}
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)
    del layer  # before exitQgis: a layer outliving the application crashes the interpreter on its way out
    app.exitQgis()


if __name__ == "__main__":
    main()
