package org.groundtruth.warning;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscriber that is sent every alert change by HTTP POST, signed with HMAC-SHA256 under its secret so that it can
 * tell the alerts are ours.
 *
 * @param id        the ledger's id
 * @param url       where to POST (http or https)
 * @param secret    the shared HMAC key; shown once when the webhook is added, never listed again
 * @param country   only alerts of this theatre (ISO code), or null for every alert
 * @param createdAt when it was added
 */
public record Webhook(long id, String url, String secret, String country, Instant createdAt) {
    public Webhook {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        if (!url.matches("(?i)https?://[^\\s]+") || url.length() > 2000) throw new IllegalArgumentException("url: not an http(s) address");
        if (secret.length() < 16) throw new IllegalArgumentException("secret: at least 16 characters");
        country = Names.optional(country) == null ? null : Names.theatre(country);
    }

    public boolean wants(String theatre) {
        return country == null || country.equals(theatre);
    }

    @Override
    public String toString() {
        return "Webhook[" + id + ", " + url + "]";
    }
}
