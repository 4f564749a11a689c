-- Outages are urgent: staff's replies on an outage ticket are also sent by SMS, to the phone crm knows for the client.
ALTER TABLE read_clients ADD COLUMN phone varchar(20);
ALTER TABLE reply_notices ADD COLUMN sms_due boolean NOT NULL DEFAULT false;
ALTER TABLE reply_notices ADD COLUMN sms_sent_at timestamptz;
