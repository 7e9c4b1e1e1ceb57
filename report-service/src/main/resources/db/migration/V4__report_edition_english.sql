-- An edition's English copy (ADR 0027): the same report composed in English from the same upstream answers at the same
-- moment, frozen as the JSON ?lang=en answers. Null for the editions published before reports had an English copy.
-- content and content_sha256 stay the Thai edition's: the edition's identity, its duplicate check and its diff.
alter table report_edition add column content_en bytea;
