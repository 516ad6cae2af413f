package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;

/**
 * A spotter's observation post: a code the spotter picks and, when registered, where it is. Never published.
 *
 * @param code  the spotter's name for it ("hill-12"), 1 to 80 characters
 * @param point its location, or null when not registered
 */
public record Post(String code, Coordinates point) {
    public Post {
        code = Names.required(code, "post code");
        if (code.length() > 80) throw new IllegalArgumentException("post code is longer than 80 characters");
    }

    @Override
    public String toString() {
        return "Post[protected]";
    }
}
