-- Files uploaded to the modules (fr.passerelle.kernel.attachments). The bytes are kept in the database, so that
-- every node of one database serves every file and a backup of the database holds them too.
-- The blob and clob placeholders are BLOB and CLOB on H2 (stored apart from the row and streamed), BYTEA and
-- TEXT on PostgreSQL (TOASTed): see Migrations.
CREATE SEQUENCE kernel_attachment_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE kernel_attachment (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    owner          VARCHAR(200)             NOT NULL,
    filename       VARCHAR(300)             NOT NULL,
    kind           VARCHAR(10)              NOT NULL,
    size_bytes     BIGINT                   NOT NULL,
    sha256         CHAR(64)                 NOT NULL,
    stored_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    extracted_text ${clob}                  NOT NULL,
    content        ${blob}                  NOT NULL,
    CONSTRAINT kernel_attachment_kind CHECK (kind IN ('PDF', 'ODT', 'DOCX', 'ODS', 'XLSX', 'PNG', 'JPEG')),
    CONSTRAINT kernel_attachment_size CHECK (size_bytes > 0 AND size_bytes <= 20971520)
);
CREATE INDEX kernel_attachment_owner ON kernel_attachment (owner, stored_at, id);
