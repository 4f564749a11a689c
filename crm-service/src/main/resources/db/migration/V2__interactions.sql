-- What happened between the company and a client: calls, visits, emails, SMS and notes, on a timeline.
create table interactions (
  id           uuid          primary key,
  client_id    uuid          not null references clients (id),
  type         varchar(10)   not null check (type in ('call', 'visit', 'email', 'sms', 'note')),
  direction    varchar(10)   check (direction in ('inbound', 'outbound')),
  summary      varchar(4000) not null,
  -- the user who recorded it; null when the system did (a website lead)
  author_id    uuid,
  occurred_at  timestamptz   not null,
  ticket_id    uuid,
  invoice_id   uuid,
  created_at   timestamptz   not null
);
create index interactions_timeline on interactions (client_id, occurred_at desc);
