package org.khet.contracts.read.national;

import org.khet.contracts.Finding;
import org.khet.contracts.read.Page;

import java.util.List;

/**
 * The national test roll-up of an academic year: a page of the areas' means per subject, every subject's national
 * figures (over every area, whatever the filter), and a finding where OBEC's published mean disagrees with the
 * takers-weighted mean of the areas' beyond rounding (more than 0.01).
 */
public record NationalTestsView(int academicYear, Page<TestArea> areas, List<SubjectFigures> national,
                                List<Finding> findings) {
}
