package org.khet.assessment.service;

import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.security.AccessControl;

import java.util.List;

/** A feed of an area's own facts: its rows name the area in {@code areaCode}, and the caller must be able to write each. */
interface AreaFeedKind<T> extends FeedKind<T> {

    /** Refuses (403) a caller who may not write every area the rows name, before any work. */
    @Override
    default void authorize(List<FeedRow> rows, AccessControl access) {
        FeedKind.distinct(rows, "areaCode").forEach(access::requireWrite);
    }
}
