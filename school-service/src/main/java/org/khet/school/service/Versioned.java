package org.khet.school.service;

import java.util.function.LongConsumer;

/**
 * A resource as read or written, with the version its ETag names and whether the write created it.
 *
 * @param created true when a write registered it (answered 201 with its location)
 */
public record Versioned<T>(T value, long version, boolean created) {

    /**
     * Runs a write's precondition (the request's If-Match, evaluated by the resource) on the version the write found
     * stored; a write without one (a feed) passes null.
     */
    public static void require(LongConsumer precondition, long storedVersion) {
        if (precondition != null) {
            precondition.accept(storedVersion);
        }
    }
}
