-- The area offices' staff (บุคลากรในสำนักงานเขตพื้นที่), a replica of school-service's register kept from its
-- school.OfficeStaffChanged.v1 events. Project owners are checked against it and linked to it by name (an area's
-- staff is read whole and names are compared normalised in Java: StaffRegister.nameKey).
create table office_staff (
    id         text primary key,
    area_code  text        not null,
    name_th    text        not null,
    position   text,
    category   text,
    unit_code  text,
    updated_at timestamptz not null default now()
);
create index office_staff_area on office_staff (area_code);
