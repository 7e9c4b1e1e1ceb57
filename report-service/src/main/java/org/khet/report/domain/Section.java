package org.khet.report.domain;

import java.util.List;

/** A heading inside a part ("1. ด้านบริหารจัดการศึกษา") and its content in order. */
public record Section(String id, String title, List<Block> blocks) {
}
