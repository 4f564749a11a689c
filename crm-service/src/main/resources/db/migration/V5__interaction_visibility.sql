-- Whether the client sees an interaction on its own timeline. Notes are staff's internal remarks unless staff show
-- them; calls, visits, emails and SMS were exchanged with the client and are shown unless staff hide them.
alter table interactions add column visibility varchar(10) not null default 'customer'
  check (visibility in ('internal', 'customer'));
update interactions set visibility = 'internal' where type = 'note';
alter table interactions alter column visibility drop default;
