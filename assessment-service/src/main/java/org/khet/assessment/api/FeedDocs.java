package org.khet.assessment.api;

/**
 * What this service's API document says alike of every feed: the kit's pipeline answers them all the same way, so
 * the answers are described once here and named by each operation's annotations.
 */
final class FeedDocs {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String OK = "What the feed stored: its rows, how many facts were created, updated or sent again "
            + "unchanged, and the areas and years it was about; replayed true (and nothing stored) when the same feed "
            + "was sent before";
    static final String CONFLICT = "The same feed is being stored by another request at this moment";

    private FeedDocs() {
    }
}
