package org.khet.project.service;

import org.khet.contracts.FeedResult;
import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.security.AccessControl;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A feed of one area's projects, sent to {@code /v1/areas/{code}/projects/…/feed}: the area is the path's, not a
 * column, so the kind the pipeline runs is bound to it. The caller must be able to write the area; a feed is
 * recognised again within its area.
 */
record AreaFeedKind<T>(String name, FeedReader.Columns columns, String areaCode,
                       Function<List<FeedRow>, T> validator, BiFunction<T, String, FeedResult> storer)
        implements FeedKind<T> {

    @Override
    public String scope(List<FeedRow> rows) {
        return areaCode;
    }

    @Override
    public void authorize(List<FeedRow> rows, AccessControl access) {
        access.requireWrite(areaCode);
    }

    @Override
    public T validate(List<FeedRow> rows) {
        return validator.apply(rows);
    }

    @Override
    public FeedResult store(T content, String actor) {
        return storer.apply(content, actor);
    }
}
