-- Evidence may be kept in a directory instead of the database (ALLIANCE_EVIDENCE_DIRECTORY): its row then
-- has no content, and the file is found by its SHA-256 under that directory.
ALTER TABLE evidence_file ALTER COLUMN content DROP NOT NULL;
