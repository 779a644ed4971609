-- The console's message log and dashboard read these tables newest first, by time, a page at a
-- time and per phone; the dashboard counts the last hour every few seconds. Each index serves one
-- of those reads as a range, so they stay quick on millions of rows.
CREATE INDEX ix_inbox_received ON inbox_message (received_at, id);
CREATE INDEX ix_inbox_sender ON inbox_message (sender, received_at);
CREATE INDEX ix_outbox_created ON outbox_message (created_at, id);
CREATE INDEX ix_outbox_recipient_created ON outbox_message (recipient, created_at);
CREATE INDEX ix_outbox_sent ON outbox_message (sent_at);
CREATE INDEX ix_audit_log_time_id ON audit_log (occurred_at, id);
