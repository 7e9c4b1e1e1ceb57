package org.khet.contracts.read.national;

import org.khet.contracts.read.Page;

/** The national enrolment roll-up (school-service): a page of the areas of a round and the total of every row shown. */
public record NationalEnrolmentView(int academicYear, int round, Page<EnrolmentArea> areas, EnrolmentArea total) {
}
