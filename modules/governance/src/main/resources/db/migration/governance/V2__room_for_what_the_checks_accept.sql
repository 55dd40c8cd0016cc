-- H2 measures VARCHAR in UTF-16 units, PostgreSQL in characters, and the checks count characters (code points).
-- An action's log line holds the comment (5,000 characters) and, when it is abandoned, the reason (1,000) after a
-- label; a workflow step's note holds the step's own sentence and the secretariat's note (1,000). Both answered 500
-- with long or emoji text before: room for what the checks accept, counted in UTF-16.
ALTER TABLE governance_action_update ALTER COLUMN comment SET DATA TYPE VARCHAR(13000);
ALTER TABLE governance_minutes_transition ALTER COLUMN note SET DATA TYPE VARCHAR(5000);
