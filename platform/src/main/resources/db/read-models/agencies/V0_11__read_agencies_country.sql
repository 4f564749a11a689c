-- The country whose public holidays an agency observes (geo's agency events carry it since the company calendar).
-- Null until an event with it arrives: rows from before, and events geo published before it had the field. geo
-- republishes such agencies with their country once, at its start.
ALTER TABLE read_agencies ADD COLUMN country_code varchar(2);
