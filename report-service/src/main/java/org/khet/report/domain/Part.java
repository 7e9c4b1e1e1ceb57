package org.khet.report.domain;

import java.util.List;

/** ส่วนที่ 1–4 and the appendix (ภาคผนวก): each starts on a new page. */
public record Part(String id, String title, List<Section> sections) {
}
