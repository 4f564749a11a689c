-- A paybill payment parked unconfirmed (its provider could not be asked when it was notified) is asked about again
-- at the status-query delays after its arrival (mobile-money checks): credited or parked as unmatched once its
-- provider confirms it, status 'refused' once its provider reports it failed or unknown.
alter table mobile_money_paybill add column checks_made integer not null default 0;
alter table mobile_money_paybill add column next_check_at timestamptz;
create index mobile_money_paybill_checks on mobile_money_paybill (next_check_at) where next_check_at is not null;
update mobile_money_paybill set next_check_at = now() where status = 'parked' and park_reason = 'unconfirmed';
