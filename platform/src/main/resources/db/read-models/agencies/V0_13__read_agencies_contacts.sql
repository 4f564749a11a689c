-- What a public page shows of an agency: its address and contacts as geo-service announced them.
alter table read_agencies
    add column address text,
    add column phone text,
    add column email text;
