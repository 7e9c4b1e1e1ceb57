-- The office's own order of its networks and subject clubs (กลุ่มเครือข่าย, ชมรม), as the report lists them: position
-- within the area's list; networks without one follow in Thai order (ADR 0023).
alter table network add column position integer check (position >= 0);

-- Everyone who holds a unit, in the office's order (the deputies' unit has three): the first is the unit's director.
-- Null for rows written before V9: the director alone.
alter table office_unit add column holders text[];
