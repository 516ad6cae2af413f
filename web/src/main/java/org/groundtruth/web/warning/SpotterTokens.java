package org.groundtruth.web.warning;

import org.groundtruth.web.account.Secrets;

/** Spotters' secret tokens: 256 random bits, with a prefix that tells them from account tokens ({@code gt_}). */
public final class SpotterTokens {
    public static final String PREFIX = "gts_";

    private SpotterTokens() {
    }

    public static String newToken() {
        return PREFIX + Secrets.random();
    }
}
