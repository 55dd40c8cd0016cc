-- How many reports a person has open, on one resource and in all: counted before each new report.
CREATE INDEX resources_report_reporter ON resources_report (reporter_subject, resource_id, closed_at);
-- Minutes of reading, computed when the content is written: a listing page would otherwise render the Markdown
-- of every card it shows. Null for rows written before this column; they are computed when read.
ALTER TABLE resources_resource ADD COLUMN reading_minutes INT;
