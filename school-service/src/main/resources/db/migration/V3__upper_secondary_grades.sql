-- Secondary areas' schools (สพม.) and OBEC's national feeds also count upper-secondary grades M4–M6.
alter table enrolment_grade drop constraint enrolment_grade_grade_check;
alter table enrolment_grade add constraint enrolment_grade_grade_check
    check (grade in ('K1','K2','K3','P1','P2','P3','P4','P5','P6','M1','M2','M3','M4','M5','M6'));
