-- Dunning: the schedule of reminders as data, every reminder decided per invoice, step and channel, and each
-- contract's standing towards disconnection.

-- offset_days counts from the invoice's due date (negative: before it). The final step reports the contract overdue
-- for disconnection; it is the latest one.
create table dunning_steps (
    code         text primary key,
    offset_days  integer not null unique,
    final        boolean not null
);

create unique index dunning_steps_one_final on dunning_steps (final) where final;

insert into dunning_steps (code, offset_days, final) values
    ('j-3', -3, false),
    ('j+3', 3, false),
    ('j+7', 7, false),
    ('j+14', 14, true);

-- One row per (invoice, step, channel), whatever runs the pass and however often: the unique key is what makes a
-- reminder go out once. status: pending (to send at next_attempt_at), sending (claimed until claimed_until by a
-- sender), sent, failed (attempts exhausted or refused), skipped (a later step was due at once, no address, or
-- nothing left to pay when its turn came).
create table dunning_reminders (
    id               uuid primary key,
    invoice_id       uuid not null,
    contract_id      uuid not null,
    client_id        uuid not null,
    step_code        text not null,
    channel          text not null check (channel in ('email', 'sms')),
    status           text not null check (status in ('pending', 'sending', 'sent', 'failed', 'skipped')),
    recipient        text,
    language         text not null,
    attempts         integer not null default 0,
    next_attempt_at  timestamptz,
    claimed_until    timestamptz,
    last_error       text,
    created_at       timestamptz not null,
    sent_at          timestamptz,
    unique (invoice_id, step_code, channel)
);

create index dunning_reminders_to_send on dunning_reminders (next_attempt_at) where status in ('pending', 'sending');
create index dunning_reminders_of_contract on dunning_reminders (contract_id);
