-- Transactional outbox: rows are written in the caller's transaction and handed to consumers after commit.
CREATE SEQUENCE kernel_outbox_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE kernel_outbox_event (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    topic      VARCHAR(100)             NOT NULL,
    payload    VARCHAR(1000000)         NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX kernel_outbox_event_topic ON kernel_outbox_event (topic, id);

-- One row per consumer and event once a delivery was attempted; delivered_at set on success.
CREATE TABLE kernel_outbox_delivery (
    consumer        VARCHAR(100)             NOT NULL,
    event_id        BIGINT                   NOT NULL REFERENCES kernel_outbox_event (id) ON DELETE CASCADE,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    failures        INTEGER                  DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    PRIMARY KEY (consumer, event_id)
);

-- Leases let one node at a time run a job or a dispatcher, with two or more nodes on one database.
CREATE TABLE kernel_lease (
    name       VARCHAR(200)             NOT NULL PRIMARY KEY,
    holder     VARCHAR(200)             NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
