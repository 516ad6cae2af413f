package org.groundtruth.app.bench;

import org.groundtruth.storage.jdbc.JdbcIncidentStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

/** What a benchmark ran on, for the line that goes beside its figures in docs/performance.md. */
final class Machine {
    private Machine() {
    }

    /** Cores, CPU model, memory, Java, and the load average when asked (other work on a shared machine shows there). */
    static String describe() {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        } catch (IOException | RuntimeException ignored) {
            // not Linux: the model stays unknown
        }
        long memoryMb = -1;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memoryMb = os.getTotalMemorySize() >> 20;
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memoryMb + " MB memory, Java "
                + Runtime.version() + ", " + System.getProperty("os.name") + "; load " + loadAverage();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String databaseVersion(JdbcIncidentStore incidents) {
        return incidents.read("reading the database version", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    incidents.kind().equals("sqlite") ? "SELECT 'SQLite ' || sqlite_version()" : "SELECT version()")) {
                rs.next();
                String v = rs.getString(1);
                return v.length() > 60 ? v.substring(0, v.indexOf(' ', 16) > 0 ? v.indexOf(' ', 16) : 60) : v;
            }
        });
    }
}
