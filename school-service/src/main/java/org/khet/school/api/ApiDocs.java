package org.khet.school.api;


/**
 * What the API document says alike on several operations (annotation values must be constants): the answers of
 * conditional requests and of feeds, and the shape of a feed's 202.
 */
public final class ApiDocs {
    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_JSON = "application/problem+json";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String NOT_MODIFIED = "If-None-Match names the current version: nothing changed since it was read";
    static final String IF_MATCH = "The ETag of the version the change is based on; a change with another version is "
            + "refused (412). Without it the change is not checked";
    static final String PRECONDITION_FAILED = "If-Match does not name the current version: read it again and redo the "
            + "change";
    static final String CREATED = "Registered: the Location and the ETag of the first version";

    static final String FEED = " Validated whole: every bad cell is listed by row and column and nothing is stored. "
            + "Sent as text/csv (UTF-8, a header row), XLSX or JSON (an array of row objects), by Content-Type or "
            + "?format=. An Idempotency-Key (or the same bytes again) makes a re-send answer the first result with "
            + "replayed true; large feeds, or Prefer: respond-async, run as a job (202, then GET /v1/feed-jobs/{id}).";
    static final String FEED_STORED = "Stored: what the feed created, updated and left unchanged";
    static final String FEED_LOCKED_OR_BUSY = "A round the feed names is locked, or the same feed is being stored by "
            + "another request";

    private ApiDocs() {
    }
}
