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

    /** Project pages hold no tables of their own; the budget lines are printed as text. */
    public List<Table> tables() {
        return List.of();
    }
}
