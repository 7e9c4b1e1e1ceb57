package org.khet.contracts;

/**
 * A figure of a feed that a validation rule finds suspicious without rejecting the feed (a rule of severity
 * "warning"): stored with the school's submission, it must be acknowledged with a reason before the director may
 * certify.
 *
 * @param rule        the rule's code ({@code students-per-classroom})
 * @param ruleVersion the version of the rule that was applied
 * @param schoolCode  the school the figure is of
 * @param row         the row as the sender sees it, as the feed's errors number it (the CSV or XLSX header is row 1)
 * @param column      the feed's column
 * @param reported    the figure as the feed has it
 * @param limit       what the rule allows, with its parameters ("at most 40 students per classroom")
 * @param messageTh   what it means, in Thai
 * @param messageEn   what it means, in English
 */
public record FeedWarning(String rule, int ruleVersion, String schoolCode, int row, String column, String reported,
                          String limit, String messageTh, String messageEn) {
}
