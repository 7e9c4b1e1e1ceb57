-- A school's enrolment round names its school without a per-row foreign key (ADR 0046). The foreign key's check ran
-- once per inserted round (a look-up and a FOR KEY SHARE lock of the school row): for a national feed's 29,000 rounds
-- it was the larger part of writing them (quiet 230-520 ms of the feed's one connection; 739 against 280 ms without
-- it in ADR 0046's measurement). The one writer of rounds, the enrolment feed, stores a round only for a school it has
-- found registered and open in the register (the same check every row already had: 400 with row and column).
alter table enrolment_round drop constraint enrolment_round_school_code_fkey;

-- The other side of the key stays guarded: a school that has rounds cannot be deleted or change its code (nothing in
-- Khet does either; this refuses it by hand too), with the error the foreign key gave.
create function school_keeps_its_enrolment_rounds() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.code = old.code then
        return new;
    end if;
    if exists (select 1 from enrolment_round where school_code = old.code) then
        raise foreign_key_violation using
            message = 'school ' || old.code || ' has enrolment rounds and cannot be deleted or change its code',
            table = 'enrolment_round', constraint = 'enrolment_round_school_code_fkey';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger school_keeps_its_enrolment_rounds before delete or update of code on school
    for each row execute function school_keeps_its_enrolment_rounds();
