package org.khet.contracts.read.project;

import java.math.BigDecimal;

/**
 * A result in numbers (ผลเชิงปริมาณ): "บุคลากร จำนวน 30 คน เข้าร่วมการอบรม" is value 30, unit คน; "ร้อยละ 90 ของบุคลากร
 * ... คัดแยกขยะ" is value 90, unit ร้อยละ. Value, unit and target are null where the report gives only a statement.
 */
public record QuantitativeResult(String statement, BigDecimal value, String unit, BigDecimal target) {
}
