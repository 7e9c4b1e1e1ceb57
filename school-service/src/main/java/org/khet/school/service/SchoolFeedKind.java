package org.khet.school.service;

import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.security.AccessControl;
import org.khet.school.domain.Codes;

import java.util.List;

/** A feed of school facts: its rows name schools in {@code schoolCode}, and the caller must be able to write each. */
public interface SchoolFeedKind<T> extends FeedKind<T> {

    /** Refuses (403) a caller who may not write every school the rows name, before any work. */
    @Override
    default void authorize(List<FeedRow> rows, AccessControl access) {
        for (String school : FeedKind.distinct(rows, "schoolCode")) {
            if (Codes.isSchool(school)) {
                access.requireWrite(school);
            }
        }
    }
}
