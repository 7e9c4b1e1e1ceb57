package org.khet.assessment.api;

import jakarta.ws.rs.core.Response;

/** 201 when a feed stored something, 200 when it changed nothing (a replay or the same rows again). */
final class FeedResponses {
    private FeedResponses() {
    }

    static Response of(FeedResult r) {
        boolean stored = !r.replayed() && (r.inserted() + r.updated()) > 0;
        return Response.status(stored ? 201 : 200).entity(r).build();
    }
}
