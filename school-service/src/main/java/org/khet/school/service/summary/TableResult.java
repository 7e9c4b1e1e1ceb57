package org.khet.school.service.summary;

import org.khet.contracts.Finding;

import java.util.List;

/** What a table's calculator computes: the table as the summary answers it, its figures, and its findings. */
public record TableResult<T>(T table, Figures figures, List<Finding> findings) {

    public TableResult {
        findings = List.copyOf(findings);
    }

    public static <T> TableResult<T> of(T table, Figures figures) {
        return new TableResult<>(table, figures, List.of());
    }
}
