-- Reading some data is itself recorded (a feedback sender's contact details): a fourth audit action.
ALTER TABLE audit_entry DROP CONSTRAINT audit_entry_action_check;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_action_check CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'VIEW'));
