-- How many times a job has started running. A job a crash interrupted is resumed at start; one
-- that keeps taking the whole server down with it must stop being retried (see jobs.JobRunner).
ALTER TABLE job ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
