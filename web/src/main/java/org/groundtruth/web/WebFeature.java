package org.groundtruth.web;

/**
 * One feature's part of the server: its routes (each with its {@link Rule}), its part of the OpenAPI document and its
 * module of the UI. A feature implements this in its own web package and is listed once in {@link WebFeatures}; it
 * edits no shared route table, OpenAPI file or navigation.
 */
public interface WebFeature {

    /** Adds this feature's routes (and any after-hooks) to the table. */
    void addTo(RouteTable routes);

    /**
     * The classpath resource holding this feature's part of the OpenAPI document (its {@code tags}, {@code paths} and
     * {@code components.schemas}), merged into /openapi.json; null when the feature documents no API route.
     */
    default String openApiPart() {
        return null;
    }

    /**
     * This feature's ES modules of the UI, as served (for example {@code "/static/features/claims.js"}); the page imports
     * every feature's modules (through {@code /ui/features.js}), and each registers its own pages, navigation link and
     * incident-page sections when imported, so their order does not matter.
     */
    default java.util.List<String> uiModules() {
        return java.util.List.of();
    }

    /** Makes a feature from what the server holds (the store, settings, access checks). */
    @FunctionalInterface
    interface Factory {
        WebFeature create(WebContext context);
    }
}
