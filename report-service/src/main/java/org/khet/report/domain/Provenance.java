package org.khet.report.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a table's figures came from: the service and the resource the report read them from (the area, years and
 * round filled in), and, for an aggregate of schools or rows, the resource that lists what it was computed from
 * ({@code contributors}) and one contributor's own figures ({@code contributor}, a path with {@code {schoolCode}}).
 * Printed in the JSON report only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(String service, String resource, Integer fiscalYear, Integer academicYear, Integer round,
                         String contributors, String contributor) {
}
