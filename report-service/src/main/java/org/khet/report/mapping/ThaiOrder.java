package org.khet.report.mapping;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Thai dictionary order (ลำดับตามพจนานุกรม) for lists the office gave no order of its own; nulls last. */
public final class ThaiOrder {
    private static final Collator THAI = Collator.getInstance(Locale.forLanguageTag("th-TH"));

    /** Texts in Thai order, nulls last. */
    public static final Comparator<String> TEXT = Comparator.nullsLast((a, b) -> THAI.compare(a, b));

    private ThaiOrder() {
    }
}
