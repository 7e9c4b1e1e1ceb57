-- Reference data every installation starts with; more tests, subjects and rubrics are added through the API.

insert into test (code, family, grade, name_th, name_en) values
 ('ONET-P6', 'O-NET', 'P6', 'การทดสอบทางการศึกษาระดับชาติขั้นพื้นฐาน (O-NET) ชั้นประถมศึกษาปีที่ 6', 'O-NET grade 6'),
 ('ONET-M3', 'O-NET', 'M3', 'การทดสอบทางการศึกษาระดับชาติขั้นพื้นฐาน (O-NET) ชั้นมัธยมศึกษาปีที่ 3', 'O-NET grade 9'),
 ('NT-P3',   'NT',    'P3', 'การประเมินคุณภาพผู้เรียน (NT) ชั้นประถมศึกษาปีที่ 3', 'National Test grade 3'),
 ('RT-P1',   'RT',    'P1', 'การประเมินความสามารถด้านการอ่านของผู้เรียน (RT) ชั้นประถมศึกษาปีที่ 1', 'Reading Test grade 1');

insert into test_subject (id, test_code, code, name_th, name_en, position) values
 (gen_random_uuid(), 'ONET-P6', '61', 'ภาษาไทย', 'Thai', 1),
 (gen_random_uuid(), 'ONET-P6', '63', 'ภาษาอังกฤษ', 'English', 2),
 (gen_random_uuid(), 'ONET-P6', '64', 'คณิตศาสตร์', 'Mathematics', 3),
 (gen_random_uuid(), 'ONET-P6', '65', 'วิทยาศาสตร์', 'Science', 4),
 (gen_random_uuid(), 'ONET-M3', '91', 'ภาษาไทย', 'Thai', 1),
 (gen_random_uuid(), 'ONET-M3', '93', 'ภาษาอังกฤษ', 'English', 2),
 (gen_random_uuid(), 'ONET-M3', '94', 'คณิตศาสตร์', 'Mathematics', 3),
 (gen_random_uuid(), 'ONET-M3', '95', 'วิทยาศาสตร์', 'Science', 4),
 (gen_random_uuid(), 'NT-P3', 'MATH', 'ด้านคณิตศาสตร์', 'Mathematics', 1),
 (gen_random_uuid(), 'NT-P3', 'THAI', 'ด้านภาษาไทย', 'Thai language', 2),
 (gen_random_uuid(), 'RT-P1', 'READ-ALOUD', 'การอ่านออกเสียง', 'Reading aloud', 1),
 (gen_random_uuid(), 'RT-P1', 'READ-COMPREHENSION', 'การอ่านรู้เรื่อง', 'Reading comprehension', 2);

-- OBEC's five quality levels on a 1–5 mean, in half-point bands (4.50 and above ดีเยี่ยม, 3.50 ดีมาก …),
-- the bands under which the QP table's 3.50 → ดีมาก and 4.50 → ดีเยี่ยม hold.
insert into rubric (code, kind, name_th) values
 ('OBEC-5LEVEL', 'LEVEL', 'ระดับคุณภาพ 5 ระดับ (ค่าเฉลี่ย 1–5)'),
 ('ITA-GRADE',   'GRADE', 'ระดับผลคะแนน ITA (ร้อยละ)');

insert into rubric_band (id, rubric_code, min_score, level, label, passes) values
 (gen_random_uuid(), 'OBEC-5LEVEL', 4.50, 5, 'ดีเยี่ยม', null),
 (gen_random_uuid(), 'OBEC-5LEVEL', 3.50, 4, 'ดีมาก', null),
 (gen_random_uuid(), 'OBEC-5LEVEL', 2.50, 3, 'ดี', null),
 (gen_random_uuid(), 'OBEC-5LEVEL', 1.50, 2, 'พอใช้', null),
 (gen_random_uuid(), 'OBEC-5LEVEL', 0.00, 1, 'ปรับปรุง', null),
 (gen_random_uuid(), 'ITA-GRADE', 95.00, null, 'AA', true),
 (gen_random_uuid(), 'ITA-GRADE', 85.00, null, 'A', true),
 (gen_random_uuid(), 'ITA-GRADE', 75.00, null, 'B', false),
 (gen_random_uuid(), 'ITA-GRADE', 65.00, null, 'C', false),
 (gen_random_uuid(), 'ITA-GRADE', 55.00, null, 'D', false),
 (gen_random_uuid(), 'ITA-GRADE', 50.00, null, 'E', false),
 (gen_random_uuid(), 'ITA-GRADE', 0.00, null, 'F', false);
