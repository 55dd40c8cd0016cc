CREATE SEQUENCE resources_resource_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE resources_resource (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    slug         VARCHAR(120)             NOT NULL,
    title        VARCHAR(800)             NOT NULL,
    summary      VARCHAR(4000)            NOT NULL,
    body         VARCHAR(1000000)         NOT NULL,
    type         VARCHAR(40)              NOT NULL,
    licence      VARCHAR(40)              NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    source_hash  VARCHAR(64),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT resources_resource_slug_unique UNIQUE (slug),
    CONSTRAINT resources_resource_status_check CHECK (status IN ('proposed', 'published'))
);
CREATE INDEX resources_resource_listing ON resources_resource (status, published_at);
