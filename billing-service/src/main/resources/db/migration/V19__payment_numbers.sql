-- Payment numbers (PAY-<year>-<n>) come from a sequence, gap-tolerant as ARCHITECTURE.md section 3 asks: the counter
-- row they shared with invoices was locked until each payment's transaction committed, so every payment (each
-- mobile-money credit above all) waited for the one before it. A rolled-back payment loses its number. The sequence
-- goes on after the highest payment number handed out so far and does not restart with the year.
create sequence payment_numbers;
select setval('payment_numbers', coalesce((select max(last_value) from document_counters where prefix = 'PAY'), 0) + 1,
              false);
