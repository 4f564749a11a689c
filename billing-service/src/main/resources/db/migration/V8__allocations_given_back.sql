-- A share of a payment on an invoice later cancelled by a credit note is given back to its payment (client credit):
-- the row stays as history, stamped with when it stopped counting.
alter table payment_allocations add column returned_at timestamptz;

create index payment_allocations_live_invoice on payment_allocations (invoice_id) where returned_at is null;

-- A credit line naming an invoice was either a use of credit on it (negative) or, now, a share given back when it was
-- cancelled (positive); a line naming none is still always a payment's leftover.
alter table client_credits drop constraint client_credits_check;
alter table client_credits add constraint client_credits_invoice_named check (amount > 0 or invoice_id is not null);
