package org.groundtruth.app.serve;

import org.groundtruth.store.Store;
import org.groundtruth.app.UserException;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.web.GroundtruthServer;
import org.groundtruth.web.SecuritySettings;
import org.groundtruth.web.WebSettings;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Starts the server on a store and keeps it up until the process is asked to stop (Ctrl-C, SIGTERM). */
public final class Serving {
    private Serving() {
    }

    public static WebSettings settings(int port, String tileUrl, Gazetteer gazetteer) {
        List<String> governorates = governorateNames(gazetteer); // fixed for the server's life: work it out once
        WebSettings s = WebSettings.local(port).withGovernorates(() -> governorates)
                .withPlaces(org.groundtruth.placename.BundledPlaceNames.load(gazetteer)) // the map's names, the form's look-up
                .withIntake(org.groundtruth.app.extraction.IntakeWiring.setup(gazetteer)); // pasted texts and public submissions
        return tileUrl == null ? s : s.withTiles(tileUrl, "Tiles: " + tileUrl.replaceAll("https?://([^/]+).*", "$1"));
    }

    static List<String> governorateNames(Gazetteer gazetteer) {
        return gazetteer.governorates(null).stream().map(p -> p.name()).sorted().distinct().toList();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    /** The settings with what every served store needs besides: the weapons table and the statements assessment reads. */
    public static WebSettings withAssessment(Store store, WebSettings given) {
        return given.withAssessment(org.groundtruth.intake.assessment.WeaponReferenceFile.bundled(), org.groundtruth.app.assessment.Assessors.statements(store));
    }

    static void runUntilStopped(Store store, WebSettings given, SecuritySettings security, KeyRing keys, PrintStream out) throws InterruptedException {
        WebSettings settings = withAssessment(store, given);
        // a CLI import while the server runs keeps the WAL, so that the server's readers are never locked out
        if (store.incidents() instanceof org.groundtruth.storage.sqlite.SqliteIncidentStore sqlite) sqlite.keepOpenForReaders();
        GroundtruthServer server;
        try {
            server = GroundtruthServer.start(store, settings, security, keys);
        } catch (RuntimeException e) {
            store.close();
            if (causedBy(e, io.javalin.util.JavalinBindException.class)) {
                throw new UserException("port " + settings.port() + " is already in use; choose another with --port N, or --port 0 for a free one");
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            store.close();
            stopped.countDown();
        }, "groundtruth-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Groundtruth is serving " + store.info().kind() + " (" + store.info().location() + ")");
        out.println("Open " + server.baseUrl() + "/   (port " + server.port() + "; Ctrl-C stops)");
        out.flush();
        stopped.await();
    }
}
