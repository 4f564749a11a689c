-- A meter's typical daily consumption (which the spike rule compares against) moves with its last reading: kept in
-- the meter's row, both move in one statement per poll of readings, one new row version per meter instead of two.
ALTER TABLE meters ADD COLUMN typical_daily_kwh numeric(14, 3);
UPDATE meters m SET typical_daily_kwh = s.typical_daily_kwh FROM meter_reading_stats s WHERE s.meter_id = m.id;
DROP TABLE meter_reading_stats;
-- Every poll rewrites the row of each meter it holds: room on the page lets the new version stay there (a HOT
-- update, no index touched) for rows written from now on.
ALTER TABLE meters SET (fillfactor = 80);
