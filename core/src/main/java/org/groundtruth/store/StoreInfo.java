package org.groundtruth.store;

/**
 * @param kind          "sqlite" or "postgresql"
 * @param schemaVersion the latest applied migration
 * @param location      a file path or JDBC URL without credentials
 * @param spatialIndex  the spatial index in use ("postgis-gist", "btree lat/lon")
 */
public record StoreInfo(String kind, String schemaVersion, String location, String spatialIndex) {
}
