-- The review workflow: a proposal may be sent back for changes, rejected, published, then unpublished.
ALTER TABLE resources_resource DROP CONSTRAINT resources_resource_status_check;
ALTER TABLE resources_resource ADD CONSTRAINT resources_resource_status_check
    CHECK (status IN ('proposed', 'changes-requested', 'published', 'rejected', 'unpublished'));

-- Where a resource applies, who made it, where it lives outside Passerelle (MOOC, tools).
ALTER TABLE resources_resource ADD COLUMN territorial_level VARCHAR(40);
ALTER TABLE resources_resource ADD COLUMN producer_name VARCHAR(800);
ALTER TABLE resources_resource ADD COLUMN producer_url VARCHAR(2000);
ALTER TABLE resources_resource ADD COLUMN external_url VARCHAR(2000);
-- The proposer's name as the token gave it, for editors' queues (the subject alone says nothing to people).
ALTER TABLE resources_resource ADD COLUMN proposer_name VARCHAR(800);
-- The last reviewer's comment (a change request, a rejection), shown to the proposer.
ALTER TABLE resources_resource ADD COLUMN review_comment VARCHAR(20000);
-- Lowercase words without accents of the title, summary, body, producer and attachments' text: what the
-- listing's search box matches, the same way on H2 and PostgreSQL.
ALTER TABLE resources_resource ADD COLUMN search_text VARCHAR(1000000);
CREATE INDEX resources_resource_updated ON resources_resource (status, updated_at);

-- "Signaler": a reader tells the editors something is wrong with a published resource.
CREATE SEQUENCE resources_report_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE resources_report (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    resource_id      BIGINT                   NOT NULL,
    reason           VARCHAR(40)              NOT NULL,
    details          VARCHAR(4000)            NOT NULL,
    reporter_subject VARCHAR(255)             NOT NULL,
    reporter_name    VARCHAR(800),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at        TIMESTAMP WITH TIME ZONE,
    closed_by        VARCHAR(800),
    CONSTRAINT resources_report_resource FOREIGN KEY (resource_id)
        REFERENCES resources_resource (id) ON DELETE CASCADE
);
CREATE INDEX resources_report_queue ON resources_report (closed_at, created_at);

-- Methodology paths ("parcours"): ordered steps, each with a short text and the resources to read.
CREATE SEQUENCE resources_path_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE resources_path (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    slug         VARCHAR(120)             NOT NULL,
    title        VARCHAR(800)             NOT NULL,
    summary      VARCHAR(4000)            NOT NULL,
    introduction VARCHAR(200000)          NOT NULL,
    source_hash  VARCHAR(64),
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT resources_path_slug_unique UNIQUE (slug)
);
CREATE TABLE resources_path_step (
    path_id        BIGINT        NOT NULL,
    step_number    INT           NOT NULL,
    title          VARCHAR(800)  NOT NULL,
    step_text      VARCHAR(20000) NOT NULL,
    -- the slugs of the resources to read at this step, comma-separated, in reading order
    resource_slugs VARCHAR(4000) NOT NULL,
    CONSTRAINT resources_path_step_pk PRIMARY KEY (path_id, step_number),
    CONSTRAINT resources_path_step_path FOREIGN KEY (path_id) REFERENCES resources_path (id) ON DELETE CASCADE
);

-- What the link checker found, once per address (two resources linking to one site cost one request).
CREATE TABLE resources_link (
    url         VARCHAR(2000)            NOT NULL PRIMARY KEY,
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    broken      BOOLEAN                  NOT NULL,
    status_code INT,
    detail      VARCHAR(400)             NOT NULL
);
CREATE INDEX resources_link_broken ON resources_link (broken, checked_at);
