-- The tariff a contract is billed at, named by its code in billing's catalogue; optional, so contracts made before
-- it keep none. The form is checked here too, so no writer can store a code the contract events would not carry.
alter table contracts add column tariff_code varchar(32)
  check (tariff_code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$');
