package org.khet.kit.national;

import org.khet.kit.paging.PageRequest;

/**
 * A checked national roll-up request: filters (null: every area), the sort column's key (null: the roll-up's own
 * order) and direction, the page, and the answer's format.
 */
public record NationalQuery(String affiliation, String province, String sortKey, boolean descending,
                            PageRequest paging, Format format) {

    public enum Format {
        JSON, CSV, XLSX;

        static Format of(String param) {
            if (param == null) {
                return JSON;
            }
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(param)) {
                    return f;
                }
            }
            return null;
        }
    }
}
