package org.groundtruth.warning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A registered spotter: a pseudonym (never a real name), the posts they watch from, and when they were revoked, if
 * they were. A revoked spotter's sightings are refused. Never published.
 */
public record Spotter(String pseudonym, List<Post> posts, Instant revokedAt) {
    public Spotter {
        pseudonym = Names.required(pseudonym, "spotter pseudonym");
        if (pseudonym.length() > 80) throw new IllegalArgumentException("spotter pseudonym is longer than 80 characters");
        posts = posts == null ? List.of() : List.copyOf(posts);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Optional<Post> post(String code) {
        return posts.stream().filter(p -> p.code().equals(code == null ? null : code.strip())).findFirst();
    }

    @Override
    public String toString() {
        return "Spotter[protected" + (revoked() ? ", revoked" : "") + "]";
    }
}
