package org.khet.contracts;

import java.util.List;

/**
 * The answer to a feed sent with {@code ?dryRun=true}: what it would store (created / updated / unchanged, no
 * receipt) and the warnings its figures raise. Nothing was stored and nothing was published.
 */
public record FeedPreview(boolean dryRun, FeedResult result, List<FeedWarning> warnings) {
    public FeedPreview {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
