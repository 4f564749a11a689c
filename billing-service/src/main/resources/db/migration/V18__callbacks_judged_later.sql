-- Callbacks are answered once stored and authenticated, and judged (matched, confirmed, credited) afterwards by
-- workers draining the unjudged ones: a worker claims a callback until claimed_until, so a worker that dies
-- mid-judgement (a crash, a kill) leaves it to be claimed again once the claim has run out.
alter table mobile_money_callbacks add column claimed_until timestamptz;

create index mobile_money_callbacks_unjudged on mobile_money_callbacks (id) where verdict is null;
