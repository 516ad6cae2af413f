package org.groundtruth.account;

import java.util.regex.Pattern;

/** What a user name may be: 1 to 64 letters, digits, dot, dash, underscore or @, so that it is safe in logs and URLs. */
public final class UserNames {
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    private UserNames() {
    }

    public static String check(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a user name must be 1 to 64 letters, digits, '.', '_', '-' or '@'");
        }
        return name;
    }
}
