package org.khet.report.national;

import org.khet.contracts.read.national.ItaRankingView;
import org.khet.contracts.read.national.NationalBudgetView;
import org.khet.contracts.read.national.NationalEnrolmentView;
import org.khet.contracts.read.national.NationalProjectsView;
import org.khet.contracts.read.national.NationalTestsView;
import org.khet.contracts.read.national.TestArea;

import java.util.List;

/**
 * What the national report is composed from: each roll-up with every area on its one page (null where the service
 * has nothing for the year), the tests' area rows of every page, and the areas' findings counted by code.
 */
public record NationalData(int fiscalYear, int enrolmentYear, int testYear, String affiliation, String province,
                           NationalEnrolmentView enrolment, NationalTestsView tests, List<TestArea> testAreas,
                           NationalBudgetView budget, ItaRankingView ita, NationalProjectsView projects,
                           NationalFindings.NationalFindingsView quality) {
}
