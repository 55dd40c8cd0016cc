-- Who changed what and when, for any module's entity (resources, initiatives…): shown to editors as a history.
CREATE SEQUENCE kernel_change_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE kernel_change (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    entity_type   VARCHAR(100)             NOT NULL,
    entity_id     VARCHAR(200)             NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_subject VARCHAR(255),
    actor_name    VARCHAR(400)             NOT NULL,
    action        VARCHAR(200)             NOT NULL,
    comment       VARCHAR(20000),
    flagged       BOOLEAN                  NOT NULL
);
CREATE INDEX kernel_change_entity ON kernel_change (entity_type, entity_id, changed_at);

CREATE TABLE kernel_change_field (
    change_id    BIGINT           NOT NULL REFERENCES kernel_change (id) ON DELETE CASCADE,
    position     INTEGER          NOT NULL,
    field        VARCHAR(100)     NOT NULL,
    before_value VARCHAR(1000000),
    after_value  VARCHAR(1000000),
    PRIMARY KEY (change_id, position)
);
