package org.khet.report.domain;

import java.math.BigDecimal;

/**
 * A data-quality finding from a service's summary: where the printed (reported) figure disagrees with what
 * Khet computes from the stored rows. {@code reported} and {@code computed} are text because some are labels
 * (a quality level "ดีมาก"); {@code difference} is reported − computed when both are numbers.
 *
 * @param item   the row, figure or indicator (and for projects, the check) the finding is about
 * @param column the column, when the service names one
 */
public record Finding(String service, String table, String item, String column, String reported, String computed,
                      BigDecimal difference, String severity, String message) {
}
