-- An area's tests (AreaReportService.TESTS) read OBEC's and the nation's statistics, the area's own and its schools'
-- as three index reads: by level and year, by area (test_statistic_area) and by school code and year. Without these
-- two, the first and the third arm were scans of every statistic in the country (issue #23, ADR 0041).
create index test_statistic_level on test_statistic (level, academic_year);
create index test_statistic_org on test_statistic (org_code, academic_year);
