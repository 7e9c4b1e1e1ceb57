package org.khet.report.domain;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One piece of a section's content; {@code kind} names it in JSON. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = ItemList.class, name = "list"),
        @JsonSubTypes.Type(value = Table.class, name = "table"),
        @JsonSubTypes.Type(value = Chart.class, name = "chart"),
        @JsonSubTypes.Type(value = ProjectPage.class, name = "project"),
        @JsonSubTypes.Type(value = Heading.class, name = "heading")})
public sealed interface Block permits Paragraph, ItemList, Table, Chart, ProjectPage, Heading {
}
