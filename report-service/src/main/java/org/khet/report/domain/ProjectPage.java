package org.khet.report.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One project's page in part 3: budget, actual spend, remainder, results, problems, suggestions and its
 * activity photos (listed by caption and address; the office places the images in Word).
 */
public record ProjectPage(String code, String number, String title, String strategy, BigDecimal budget,
                          BigDecimal spent, BigDecimal remaining, List<String> owners, Boolean achieved,
                          List<String> quantitativeResults, List<String> qualitativeResults,
                          List<String> problems, List<String> suggestions, List<Photo> photos) implements Block {

    public record Photo(String caption, String url) {
    }

    /** A group of results under ผลการดำเนินงาน: its sub-heading (null: none) and its items. */
    public record ResultGroup(String title, List<String> items) {
    }

    /**
     * The results as the office printed them: split into เชิงปริมาณ and เชิงคุณภาพ only where the project reported
     * both; one undivided text is printed as it is, without an invented empty half; no results, no groups.
     */
    public List<ResultGroup> resultGroups() {
        if (!quantitativeResults.isEmpty() && !qualitativeResults.isEmpty()) {
            return List.of(new ResultGroup("เชิงปริมาณ", quantitativeResults), new ResultGroup("เชิงคุณภาพ", qualitativeResults));
        }
        if (!quantitativeResults.isEmpty()) {
            return List.of(new ResultGroup(null, quantitativeResults));
        }
        return qualitativeResults.isEmpty() ? List.of() : List.of(new ResultGroup(null, qualitativeResults));
    }

    /** Whether the project reported anything for a page: results, problems, suggestions or photos. */
    public boolean reported() {
        return !quantitativeResults.isEmpty() || !qualitativeResults.isEmpty() || !problems.isEmpty()
                || !suggestions.isEmpty() || !photos.isEmpty();
    }

    /** Project pages hold no tables of their own; the budget lines are printed as text. */
    public List<Table> tables() {
        return List.of();
    }
}
