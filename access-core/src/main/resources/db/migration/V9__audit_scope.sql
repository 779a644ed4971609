-- The console reads the audit log by organisation scope: an administrator sees the entries of
-- people at or under their own node. scope_path is the actor's node path when the entry was
-- written ("/1/4/9/"); null for actors outside the tree (SMS senders, API keys), which only the
-- administrators at the root of the tree see.
ALTER TABLE audit_log ADD COLUMN scope_path VARCHAR(255) NULL;
CREATE INDEX ix_audit_log_scope ON audit_log (scope_path, occurred_at);
