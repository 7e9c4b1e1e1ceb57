package org.khet.contracts;

import java.util.List;
import java.util.UUID;

/**
 * The one answer to a feed, in every service: what a feed stored, as answered to its sender and kept on its receipt
 * (a re-sent feed is answered with the same result, {@code replayed} true, and changes nothing).
 *
 * @param receiptId  the feed's receipt, under which a re-send is recognised
 * @param kind       the feed kind ({@code enrolment}, {@code allocations}, {@code projects}, …)
 * @param rows       the data rows the feed held
 * @param created    facts stored that Khet did not hold before
 * @param updated    facts whose stored values the feed changed
 * @param unchanged  facts the feed sent again with the values already stored (nothing published for them)
 * @param areaCodes  the areas the feed was about, sorted
 * @param years      the years (academic or fiscal, as the kind is kept) the feed was about, sorted
 * @param replayed   true when this is the stored answer of an earlier, identical feed
 */
public record FeedResult(UUID receiptId, String kind, int rows, int created, int updated, int unchanged,
                         List<String> areaCodes, List<Integer> years, boolean replayed) {

    public FeedResult {
        areaCodes = areaCodes == null ? List.of() : List.copyOf(areaCodes);
        years = years == null ? List.of() : List.copyOf(years);
    }

    /** A kind's result before the pipeline has given it a receipt. */
    public static FeedResult of(String kind, int rows, int created, int updated, int unchanged, List<String> areaCodes,
                                List<Integer> years) {
        return new FeedResult(null, kind, rows, created, updated, unchanged, areaCodes, years, false);
    }

    public FeedResult withReceipt(UUID id) {
        return new FeedResult(id, kind, rows, created, updated, unchanged, areaCodes, years, replayed);
    }

    public FeedResult asReplayed() {
        return new FeedResult(receiptId, kind, rows, created, updated, unchanged, areaCodes, years, true);
    }
}
