-- H2 measures VARCHAR in UTF-16 units, PostgreSQL in characters, and the checks count characters (code points):
-- a partner's role of 300 emoji is 600 units, a contact address of 254 characters up to 508. Room for both, so that
-- what the checks accept is always stored (it answered 500 on H2 before).
ALTER TABLE territories_partner ALTER COLUMN role SET DATA TYPE VARCHAR(800);
ALTER TABLE territories_contact ALTER COLUMN email SET DATA TYPE VARCHAR(600);
