-- Numérique en Commun[s]: events, their programme, registrations and check-ins.
-- Seats are counters ("held") next to the capacity; every change of a counter happens in the transaction that
-- changes a registration, after the event row is locked, and the CHECK constraints make overbooking impossible
-- even if the code were wrong.
CREATE SEQUENCE events_event_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE events_session_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE events_registration_seq START WITH 1 INCREMENT BY 1;
-- Order of arrival on a waiting list (shared by all events: only the order within an event matters).
CREATE SEQUENCE events_waitlist_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE events_event (
    id                     BIGINT                   NOT NULL PRIMARY KEY,
    slug                   VARCHAR(120)             NOT NULL,
    edition                VARCHAR(60)              NOT NULL,
    title                  VARCHAR(800)             NOT NULL,
    description            VARCHAR(100000)          NOT NULL,
    venue                  VARCHAR(800)             NOT NULL,
    address                VARCHAR(800)             NOT NULL,
    starts_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    registration_opens_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    registration_closes_at TIMESTAMP WITH TIME ZONE NOT NULL,
    registration_closed    BOOLEAN                  DEFAULT FALSE NOT NULL,
    capacity               INTEGER                  NOT NULL,
    held                   INTEGER                  DEFAULT 0 NOT NULL,
    source_hash            VARCHAR(64),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT events_event_slug_unique UNIQUE (slug),
    CONSTRAINT events_event_held_within_capacity CHECK (held <= capacity),
    CONSTRAINT events_event_held_not_negative CHECK (held >= 0),
    CONSTRAINT events_event_dates CHECK (ends_at > starts_at)
);

-- Organisers of an event, by Keycloak username (subjects change at every realm import).
CREATE TABLE events_organiser (
    event_id BIGINT       NOT NULL,
    username VARCHAR(255) NOT NULL,
    CONSTRAINT events_organiser_pk PRIMARY KEY (event_id, username),
    CONSTRAINT events_organiser_event FOREIGN KEY (event_id) REFERENCES events_event (id) ON DELETE CASCADE
);

CREATE TABLE events_session (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    event_id    BIGINT                   NOT NULL,
    code        VARCHAR(120),
    title       VARCHAR(800)             NOT NULL,
    kind        VARCHAR(40)              NOT NULL,
    description VARCHAR(20000)           NOT NULL,
    starts_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    room        VARCHAR(200)             NOT NULL,
    track       VARCHAR(200)             NOT NULL,
    speakers    VARCHAR(2000)            NOT NULL,
    capacity    INTEGER                  NOT NULL,
    held        INTEGER                  DEFAULT 0 NOT NULL,
    CONSTRAINT events_session_event FOREIGN KEY (event_id) REFERENCES events_event (id) ON DELETE CASCADE,
    CONSTRAINT events_session_code_unique UNIQUE (event_id, code),
    CONSTRAINT events_session_held_within_capacity CHECK (held <= capacity),
    CONSTRAINT events_session_held_not_negative CHECK (held >= 0),
    CONSTRAINT events_session_dates CHECK (ends_at > starts_at),
    CONSTRAINT events_session_kind CHECK (kind IN ('pleniere', 'atelier', 'masterclass', 'table-ronde'))
);
CREATE INDEX events_session_programme ON events_session (event_id, starts_at);

CREATE TABLE events_session_theme (
    session_id BIGINT      NOT NULL,
    theme      VARCHAR(60) NOT NULL,
    CONSTRAINT events_session_theme_pk PRIMARY KEY (session_id, theme),
    CONSTRAINT events_session_theme_session FOREIGN KEY (session_id) REFERENCES events_session (id) ON DELETE CASCADE
);

CREATE TABLE events_session_audience (
    session_id BIGINT      NOT NULL,
    audience   VARCHAR(60) NOT NULL,
    CONSTRAINT events_session_audience_pk PRIMARY KEY (session_id, audience),
    CONSTRAINT events_session_audience_session FOREIGN KEY (session_id) REFERENCES events_session (id) ON DELETE CASCADE
);

-- A person's registration. pending and confirmed hold seats; waitlisted, cancelled and expired hold none.
-- email_key is the normalised e-mail (or "anonyme-<id>" once personal data is erased): one per event.
CREATE TABLE events_registration (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    event_id          BIGINT                   NOT NULL,
    email_key         VARCHAR(320)             NOT NULL,
    email             VARCHAR(320),
    name              VARCHAR(800)             NOT NULL,
    organisation      VARCHAR(800)             NOT NULL,
    structure_type    VARCHAR(40)              NOT NULL,
    commune_code      VARCHAR(10),
    accessibility     VARCHAR(4000)            NOT NULL,
    subject           VARCHAR(255),
    status            VARCHAR(20)              NOT NULL,
    email_verified    BOOLEAN                  DEFAULT FALSE NOT NULL,
    checkin_code      VARCHAR(20),
    waitlist_position BIGINT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE,
    confirmed_at      TIMESTAMP WITH TIME ZONE,
    cancelled_at      TIMESTAMP WITH TIME ZONE,
    anonymised_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT events_registration_event FOREIGN KEY (event_id) REFERENCES events_event (id) ON DELETE CASCADE,
    CONSTRAINT events_registration_one_per_email UNIQUE (event_id, email_key),
    CONSTRAINT events_registration_code_unique UNIQUE (checkin_code),
    CONSTRAINT events_registration_status CHECK (status IN ('pending', 'confirmed', 'waitlisted', 'cancelled', 'expired')),
    CONSTRAINT events_registration_waitlisted_in_line CHECK (status <> 'waitlisted' OR waitlist_position IS NOT NULL)
);
CREATE INDEX events_registration_by_status ON events_registration (event_id, status, waitlist_position);
CREATE INDEX events_registration_expiry ON events_registration (status, expires_at);

-- The sessions a registration asked for; they are held while the registration holds seats.
CREATE TABLE events_registration_session (
    registration_id BIGINT NOT NULL,
    session_id      BIGINT NOT NULL,
    CONSTRAINT events_registration_session_pk PRIMARY KEY (registration_id, session_id),
    CONSTRAINT events_registration_session_registration FOREIGN KEY (registration_id)
        REFERENCES events_registration (id) ON DELETE CASCADE,
    CONSTRAINT events_registration_session_session FOREIGN KEY (session_id) REFERENCES events_session (id) ON DELETE CASCADE
);
CREATE INDEX events_registration_session_by_session ON events_registration_session (session_id);

-- Management links: every e-mail to a registrant carries a fresh random token, of which only the SHA-256 is kept;
-- all of a registration's tokens work until its personal data is erased.
CREATE TABLE events_manage_token (
    token_hash      VARCHAR(64)              NOT NULL PRIMARY KEY,
    registration_id BIGINT                   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT events_manage_token_registration FOREIGN KEY (registration_id)
        REFERENCES events_registration (id) ON DELETE CASCADE
);
CREATE INDEX events_manage_token_by_registration ON events_manage_token (registration_id);

-- Check-ins at the entrance (place_key 0) or at a session's door (place_key = the session's id): one counted row
-- per registration and place. Scanning the same code again at the same place is not counted: it is flagged on
-- that row (repeats, last_repeat_at) for the staff to see.
CREATE TABLE events_checkin (
    registration_id BIGINT                   NOT NULL,
    place_key       BIGINT                   NOT NULL,
    session_id      BIGINT,
    checked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    staff           VARCHAR(255)             NOT NULL,
    repeats         INTEGER                  DEFAULT 0 NOT NULL,
    last_repeat_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT events_checkin_pk PRIMARY KEY (registration_id, place_key),
    CONSTRAINT events_checkin_registration FOREIGN KEY (registration_id) REFERENCES events_registration (id) ON DELETE CASCADE,
    CONSTRAINT events_checkin_session FOREIGN KEY (session_id) REFERENCES events_session (id) ON DELETE CASCADE
);
CREATE INDEX events_checkin_by_place ON events_checkin (place_key);

-- Reminders sent the day before: one per registration, recorded in the transaction that queues the e-mail.
CREATE TABLE events_reminder (
    registration_id BIGINT                   NOT NULL PRIMARY KEY,
    sent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT events_reminder_registration FOREIGN KEY (registration_id) REFERENCES events_registration (id) ON DELETE CASCADE
);
