package org.groundtruth.publish.report;

/** The report's stylesheet: A4 pages with numbers, one typeface per script, tables that break cleanly. */
final class ReportStyle {
    private ReportStyle() {
    }

    static String css(boolean rightToLeft, boolean paged) {
        String body = rightToLeft ? "'Noto Naskh Arabic', 'Noto Sans'" : "'Noto Sans', 'Noto Naskh Arabic'";
        String pageNumber = rightToLeft ? "counter(page)" : "counter(page) \" / \" counter(pages)"; // "1 / 7" would read reversed right to left
        String page = paged ? """
                @page { size: A4; margin: 18mm 16mm 20mm 16mm;
                  @bottom-center { content: %s; font-family: 'Noto Sans'; font-size: 8pt; color: #555; } }
                """.formatted(pageNumber) : "body { max-width: 46em; margin: 2em auto; padding: 0 1em; }\n";
        return page + """
                body { font-family: %1$s; font-size: 10pt; line-height: 1.45; color: #111; }
                h1 { font-size: 20pt; margin: 0 0 4mm 0; }
                h2 { font-size: 14pt; margin: 8mm 0 2mm 0; border-bottom: 1px solid #999; page-break-after: avoid; }
                h3 { font-size: 12pt; margin: 5mm 0 1mm 0; page-break-after: avoid; }
                h4 { font-size: 10.5pt; margin: 3mm 0 1mm 0; page-break-after: avoid; }
                .meta { color: #444; font-size: 9pt; }
                .id { font-weight: normal; font-size: 9pt; color: #555; font-family: 'Noto Sans'; }
                table { border-collapse: collapse; width: 100%%; margin: 2mm 0 4mm 0; }
                caption { text-align: %2$s; font-weight: bold; margin-bottom: 1mm; }
                th, td { border: 1px solid #bbb; padding: 1mm 2mm; text-align: %2$s; vertical-align: top; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                dl { margin: 1mm 0; }
                dt { font-weight: bold; float: none; }
                dd { margin: 0 0 1mm 0; margin-%2$s: 6mm; }
                blockquote { margin: 1mm 8mm; padding: 0 3mm; border-%2$s: 3px solid #bbb; font-style: normal; }
                .attribution-line { font-size: 9pt; color: #444; }
                .caveat { font-size: 9pt; color: #444; }
                .hash, .hashes li { font-size: 8pt; word-break: break-all; }
                .evidence td { font-size: 8pt; }
                figure { margin: 2mm 0; page-break-inside: avoid; }
                .figure svg { width: 100%%; height: auto; }
                figcaption { font-size: 9pt; color: #444; }
                a { color: #0b4f8a; }
                section.incident { page-break-inside: auto; }
                """.formatted(body, rightToLeft ? "right" : "left");
    }
}
