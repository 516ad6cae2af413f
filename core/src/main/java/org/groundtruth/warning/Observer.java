package org.groundtruth.warning;

/**
 * Who saw it, from where: the spotter's pseudonym and observation post. Never published: a spotter's post puts the
 * spotter at risk. Kept out of {@link Observation}, so nothing built from observations (alerts, their texts, feeds)
 * can carry it; {@link #toString} says nothing either, so a log line that prints a sighting names no one.
 */
public record Observer(String spotter, String post) {
    public Observer {
        spotter = Names.required(spotter, "spotter");
        post = Names.required(post, "post");
        if (spotter.length() > 80) throw new IllegalArgumentException("spotter pseudonym is longer than 80 characters");
        if (post.length() > 80) throw new IllegalArgumentException("post is longer than 80 characters");
    }

    @Override
    public String toString() {
        return "Observer[protected]";
    }
}
