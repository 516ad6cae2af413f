package org.groundtruth.incident;

import java.util.List;

/**
 * A page of a search without its incidents: their ids in the page's order, the count of every match, and the public
 * generation read before the page (the number that moves whenever anything the public sees of an incident may have
 * changed), or -1 when the query is not the public's. A reader that keeps what it rendered of public incidents keeps
 * it under that number (decision 0424).
 */
public record IdPage(List<Long> ids, long numberMatched, long publicGeneration) {
    public IdPage {
        ids = List.copyOf(ids);
    }
}
