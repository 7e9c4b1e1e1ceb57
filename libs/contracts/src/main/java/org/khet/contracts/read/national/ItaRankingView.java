package org.khet.contracts.read.national;

import org.khet.contracts.read.Page;

/** The national ITA ranking of a fiscal year (assessment-service): a page of the ranked areas. */
public record ItaRankingView(int fiscalYear, Page<ItaArea> areas) {
}
