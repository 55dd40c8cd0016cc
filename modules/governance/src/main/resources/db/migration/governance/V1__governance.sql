-- Governance: bodies, members, meetings and agendas, minutes and their workflow, decisions, actions.
-- Same SQL on H2 2.2 and PostgreSQL 15. Invariants live here: unique decision numbers, one counter row
-- per body and year, one reminder per action, kind and due date, progress between 0 and 100.

CREATE SEQUENCE governance_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE governance_body (
    id                 BIGINT                   NOT NULL PRIMARY KEY,
    slug               VARCHAR(120)             NOT NULL,
    name               VARCHAR(800)             NOT NULL,
    acronym            VARCHAR(12)              NOT NULL,
    purpose            VARCHAR(20000)           NOT NULL,
    default_visibility VARCHAR(10)              NOT NULL,
    illustrative       BOOLEAN                  DEFAULT FALSE NOT NULL,
    source_hash        VARCHAR(64),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT governance_body_slug_unique UNIQUE (slug),
    CONSTRAINT governance_body_visibility_check CHECK (default_visibility IN ('public', 'members'))
);

-- The colleges of a body, in the order the body lists them; editable by its secretariat.
CREATE TABLE governance_college (
    id       BIGINT       NOT NULL PRIMARY KEY,
    body_id  BIGINT       NOT NULL REFERENCES governance_body (id) ON DELETE CASCADE,
    code     VARCHAR(120) NOT NULL,
    label    VARCHAR(400) NOT NULL,
    position INTEGER      NOT NULL,
    CONSTRAINT governance_college_code_unique UNIQUE (body_id, code)
);

-- A member is a Keycloak username, or an invited e-mail address until that person signs in.
CREATE TABLE governance_member (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    body_id        BIGINT                   NOT NULL REFERENCES governance_body (id) ON DELETE CASCADE,
    username       VARCHAR(255),
    email          VARCHAR(320),
    name           VARCHAR(400)             NOT NULL,
    organisation   VARCHAR(400)             NOT NULL,
    college_id     BIGINT                   NOT NULL REFERENCES governance_college (id),
    role           VARCHAR(20)              NOT NULL,
    mandate_start  DATE                     NOT NULL,
    mandate_end    DATE,
    illustrative   BOOLEAN                  DEFAULT FALSE NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT governance_member_username_unique UNIQUE (body_id, username),
    CONSTRAINT governance_member_email_unique UNIQUE (body_id, email),
    CONSTRAINT governance_member_identity_check CHECK (username IS NOT NULL OR email IS NOT NULL),
    CONSTRAINT governance_member_role_check
        CHECK (role IN ('presidence', 'secretariat', 'membre', 'suppleant', 'observateur'))
);

CREATE TABLE governance_meeting (
    id                   BIGINT                   NOT NULL PRIMARY KEY,
    body_id              BIGINT                   NOT NULL REFERENCES governance_body (id) ON DELETE CASCADE,
    slug                 VARCHAR(120),
    title                VARCHAR(800)             NOT NULL,
    starts_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    location             VARCHAR(800)             NOT NULL,
    video_url            VARCHAR(2000),
    status               VARCHAR(20)              NOT NULL,
    documents_visibility VARCHAR(10)              NOT NULL,
    sequence             INTEGER                  DEFAULT 0 NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT governance_meeting_slug_unique UNIQUE (body_id, slug),
    CONSTRAINT governance_meeting_status_check CHECK (status IN ('planifiee', 'tenue', 'annulee')),
    CONSTRAINT governance_meeting_documents_check CHECK (documents_visibility IN ('public', 'members'))
);
CREATE INDEX governance_meeting_by_body ON governance_meeting (body_id, starts_at);

-- Agenda items in order; kind 'suivi' is the follow-up of open actions the platform adds itself.
CREATE TABLE governance_agenda_item (
    id          BIGINT         NOT NULL PRIMARY KEY,
    meeting_id  BIGINT         NOT NULL REFERENCES governance_meeting (id) ON DELETE CASCADE,
    position    INTEGER        NOT NULL,
    title       VARCHAR(800)   NOT NULL,
    presenter   VARCHAR(400)   NOT NULL,
    outcome     VARCHAR(20)    NOT NULL,
    kind        VARCHAR(20)    NOT NULL,
    notes       VARCHAR(20000) NOT NULL,
    CONSTRAINT governance_agenda_outcome_check CHECK (outcome IN ('information', 'debat', 'decision')),
    CONSTRAINT governance_agenda_kind_check CHECK (kind IN ('point', 'suivi'))
);
CREATE INDEX governance_agenda_by_meeting ON governance_agenda_item (meeting_id, position);

CREATE TABLE governance_attendance (
    meeting_id     BIGINT       NOT NULL REFERENCES governance_meeting (id) ON DELETE CASCADE,
    member_id      BIGINT       NOT NULL REFERENCES governance_member (id) ON DELETE CASCADE,
    status         VARCHAR(20)  NOT NULL,
    represented_by VARCHAR(400),
    CONSTRAINT governance_attendance_pk PRIMARY KEY (meeting_id, member_id),
    CONSTRAINT governance_attendance_status_check CHECK (status IN ('present', 'excuse', 'represente', 'absent'))
);

-- One row per version of a meeting's minutes; a published version is never updated again.
CREATE TABLE governance_minutes (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    meeting_id       BIGINT                   NOT NULL REFERENCES governance_meeting (id) ON DELETE CASCADE,
    version          INTEGER                  NOT NULL,
    status           VARCHAR(20)              NOT NULL,
    visibility       VARCHAR(10)              NOT NULL,
    text             VARCHAR(200000)          NOT NULL,
    review_deadline  DATE,
    approval_mode    VARCHAR(20),
    approved_at_meeting_id BIGINT REFERENCES governance_meeting (id),
    approval_note    VARCHAR(2000),
    erratum_note     VARCHAR(2000),
    published_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT governance_minutes_version_unique UNIQUE (meeting_id, version),
    CONSTRAINT governance_minutes_status_check CHECK (status IN ('brouillon', 'en-relecture', 'approuve', 'publie')),
    CONSTRAINT governance_minutes_visibility_check CHECK (visibility IN ('public', 'members')),
    CONSTRAINT governance_minutes_approval_check CHECK (approval_mode IS NULL OR approval_mode IN ('seance', 'delai'))
);

CREATE TABLE governance_minutes_transition (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    minutes_id    BIGINT                   NOT NULL REFERENCES governance_minutes (id) ON DELETE CASCADE,
    from_status   VARCHAR(20),
    to_status     VARCHAR(20)              NOT NULL,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_subject VARCHAR(255),
    actor_name    VARCHAR(400)             NOT NULL,
    note          VARCHAR(2000)            NOT NULL
);
CREATE INDEX governance_transition_by_minutes ON governance_minutes_transition (minutes_id, at);

-- Review comments: on one line of the text or on the whole; answers point at the comment they answer.
CREATE TABLE governance_minutes_comment (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    minutes_id     BIGINT                   NOT NULL REFERENCES governance_minutes (id) ON DELETE CASCADE,
    line           INTEGER,
    reply_to       BIGINT REFERENCES governance_minutes_comment (id) ON DELETE CASCADE,
    author_subject VARCHAR(255),
    author_name    VARCHAR(400)             NOT NULL,
    text           VARCHAR(20000)           NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX governance_comment_by_minutes ON governance_minutes_comment (minutes_id, created_at);

CREATE TABLE governance_decision (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    body_id        BIGINT                   NOT NULL REFERENCES governance_body (id) ON DELETE CASCADE,
    meeting_id     BIGINT                   NOT NULL REFERENCES governance_meeting (id),
    agenda_item_id BIGINT                   NOT NULL REFERENCES governance_agenda_item (id),
    decision_year  INTEGER                  NOT NULL,
    seq            INTEGER                  NOT NULL,
    number         VARCHAR(40)              NOT NULL,
    title          VARCHAR(800)             NOT NULL,
    text           VARCHAR(20000)           NOT NULL,
    adoption       VARCHAR(20)              NOT NULL,
    votes_for      INTEGER,
    votes_against  INTEGER,
    abstentions    INTEGER,
    visibility     VARCHAR(10)              NOT NULL,
    decided_on     DATE                     NOT NULL,
    source_key     VARCHAR(200),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT governance_decision_seq_unique UNIQUE (body_id, decision_year, seq),
    CONSTRAINT governance_decision_number_unique UNIQUE (body_id, number),
    CONSTRAINT governance_decision_source_unique UNIQUE (source_key),
    CONSTRAINT governance_decision_adoption_check CHECK (adoption IN ('vote', 'consensus')),
    CONSTRAINT governance_decision_visibility_check CHECK (visibility IN ('public', 'members'))
);

-- The last number given per body and year, read under a row lock: numbers are allocated one at a time.
CREATE TABLE governance_decision_counter (
    body_id    BIGINT  NOT NULL REFERENCES governance_body (id) ON DELETE CASCADE,
    decision_year INTEGER NOT NULL,
    last_value INTEGER NOT NULL,
    CONSTRAINT governance_decision_counter_pk PRIMARY KEY (body_id, decision_year)
);

CREATE TABLE governance_action (
    id                 BIGINT                   NOT NULL PRIMARY KEY,
    body_id            BIGINT                   NOT NULL REFERENCES governance_body (id) ON DELETE CASCADE,
    decision_id        BIGINT REFERENCES governance_decision (id),
    title              VARCHAR(800)             NOT NULL,
    description        VARCHAR(20000)           NOT NULL,
    owner_member_id    BIGINT REFERENCES governance_member (id),
    owner_organisation VARCHAR(400),
    due_date           DATE                     NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    status_reason      VARCHAR(2000),
    progress           INTEGER                  NOT NULL,
    visibility         VARCHAR(10)              NOT NULL,
    source_key         VARCHAR(200),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT governance_action_owner_check CHECK (owner_member_id IS NOT NULL OR owner_organisation IS NOT NULL),
    CONSTRAINT governance_action_status_check CHECK (status IN ('a-faire', 'en-cours', 'faite', 'abandonnee')),
    CONSTRAINT governance_action_progress_check CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT governance_action_visibility_check CHECK (visibility IN ('public', 'members')),
    CONSTRAINT governance_action_source_unique UNIQUE (source_key)
);
CREATE INDEX governance_action_by_body ON governance_action (body_id, status, due_date);
CREATE INDEX governance_action_by_owner ON governance_action (owner_member_id);

CREATE TABLE governance_action_contributor (
    action_id BIGINT NOT NULL REFERENCES governance_action (id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES governance_member (id) ON DELETE CASCADE,
    CONSTRAINT governance_action_contributor_pk PRIMARY KEY (action_id, member_id)
);

-- The dated log of an action: what its owner (or the secretariat) reported.
CREATE TABLE governance_action_update (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    action_id     BIGINT                   NOT NULL REFERENCES governance_action (id) ON DELETE CASCADE,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    author_subject VARCHAR(255),
    author_name   VARCHAR(400)             NOT NULL,
    comment       VARCHAR(5000)            NOT NULL,
    progress      INTEGER,
    status        VARCHAR(20),
    evidence_url  VARCHAR(2000)
);
CREATE INDEX governance_action_update_by_action ON governance_action_update (action_id, at);

-- One row per reminder sent, written in the transaction that queues its e-mail: never twice.
CREATE TABLE governance_reminder (
    action_id BIGINT                   NOT NULL REFERENCES governance_action (id) ON DELETE CASCADE,
    kind      VARCHAR(20)              NOT NULL,
    due_date  DATE                     NOT NULL,
    sent_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    mail_id   BIGINT                   NOT NULL,
    CONSTRAINT governance_reminder_pk PRIMARY KEY (action_id, kind, due_date),
    CONSTRAINT governance_reminder_kind_check CHECK (kind IN ('echeance', 'retard'))
);

-- Personal calendar feeds: only the SHA-256 of the secret is stored; revoked rows are kept.
CREATE TABLE governance_calendar_token (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    member_id  BIGINT                   NOT NULL REFERENCES governance_member (id) ON DELETE CASCADE,
    token_hash VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT governance_calendar_token_unique UNIQUE (token_hash)
);
