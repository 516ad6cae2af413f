package org.groundtruth.publish.dataset;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;
import mil.nga.proj.ProjectionConstants;
import org.groundtruth.publication.PublishedIncident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Writes published incidents as an OGC GeoPackage (a SQLite file GIS tools open directly): one point feature table
 * {@code incidents} in WGS 84 (EPSG:4326) with every column of {@link Columns} as an attribute. Rows are inserted in
 * transactions of {@value #BATCH} and never held in memory; the file is written beside the target and moved into
 * place only when complete, so a killed export leaves no half-written GeoPackage.
 */
public final class GeoPackageExport {
    public static final String TABLE = "incidents";
    static final int BATCH = 10_000;

    public long write(Iterator<PublishedIncident> rows, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial.gpkg"); // the library wants the extension
        try {
            Files.deleteIfExists(partial);
            GeoPackageManager.create(partial.toFile(), false);
            long n;
            try (GeoPackage gp = GeoPackageManager.open(partial.toFile(), false)) {
                FeatureDao dao = table(gp);
                n = insert(gp, dao, rows);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("GeoPackage " + target.getFileName() + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the export already failed or succeeded; a leftover .partial is named as such
            }
        }
    }

    private static FeatureDao table(GeoPackage gp) throws java.sql.SQLException {
        SpatialReferenceSystem srs = gp.getSpatialReferenceSystemDao().getOrCreateCode(ProjectionConstants.AUTHORITY_EPSG,
                ProjectionConstants.EPSG_WORLD_GEODETIC_SYSTEM);
        GeometryColumns geometry = new GeometryColumns();
        geometry.setTableName(TABLE);
        geometry.setColumnName("geom");
        geometry.setGeometryType(GeometryType.POINT);
        geometry.setZ((byte) 0);
        geometry.setM((byte) 0);
        geometry.setSrs(srs);
        List<FeatureColumn> columns = new ArrayList<>();
        for (Column c : Columns.ALL) columns.add(FeatureColumn.createColumn(c.name(), type(c.type())));
        gp.createFeatureTable(FeatureTableMetadata.create(geometry, "fid", columns));
        return gp.getFeatureDao(TABLE);
    }

    private static long insert(GeoPackage gp, FeatureDao dao, Iterator<PublishedIncident> rows) {
        long srsId = dao.getGeometryColumns().getSrsId();
        long n = 0;
        gp.beginTransaction();
        boolean ok = false;
        try {
            while (rows.hasNext()) {
                PublishedIncident i = rows.next();
                FeatureRow row = dao.newRow();
                if (i.location().point() != null) {
                    GeoPackageGeometryData g = GeoPackageGeometryData.create(srsId, new Point(i.location().point().lon(), i.location().point().lat()));
                    row.setGeometry(g);
                }
                for (Column c : Columns.ALL) row.setValue(c.name(), value(c, i));
                dao.create(row);
                if (++n % BATCH == 0) gp.endAndBeginTransaction();
            }
            ok = true;
        } finally {
            gp.endTransaction(ok);
        }
        return n;
    }

    private static Object value(Column c, PublishedIncident i) {
        Object v = c.value().apply(i);
        if (v == null) return null;
        return switch (c.type()) {
            case INTEGER -> ((Number) v).longValue();
            case DECIMAL -> ((Number) v).doubleValue();
            case BOOLEAN -> (Boolean) v;
            case TEXT, DATE -> v.toString();
        };
    }

    private static GeoPackageDataType type(Column.Type t) {
        return switch (t) {
            case INTEGER -> GeoPackageDataType.INTEGER;
            case DECIMAL -> GeoPackageDataType.DOUBLE;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
            case DATE -> GeoPackageDataType.DATE;
            case TEXT -> GeoPackageDataType.TEXT;
        };
    }
}
