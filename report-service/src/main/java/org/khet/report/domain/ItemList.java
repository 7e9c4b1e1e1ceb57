package org.khet.report.domain;

import java.util.List;

/** A numbered or bulleted list (missions, goals, policies, problems …); {@code title} may be null. */
public record ItemList(String title, boolean numbered, List<String> items) implements Block {
}
