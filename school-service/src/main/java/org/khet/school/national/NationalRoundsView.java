package org.khet.school.national;

import org.khet.contracts.read.Page;

/** Every area's completeness in a collection round (school-service): a page of the areas and the total of every row shown. */
public record NationalRoundsView(String kind, int academicYear, int round, Page<RoundArea> areas, RoundArea total) {
}
