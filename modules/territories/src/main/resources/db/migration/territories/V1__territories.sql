-- Pilot territories and their initiatives (case records published as commons).
CREATE SEQUENCE territories_territory_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE territories_initiative_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE territories_territory (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    slug          VARCHAR(120)             NOT NULL,
    name          VARCHAR(400)             NOT NULL,
    kind          VARCHAR(20)              NOT NULL,
    -- INSEE code (commune, département, région) or SIREN (EPCI); null for a grouping of départements
    code          VARCHAR(20),
    population    BIGINT,
    latitude      DECIMAL(9, 6)            NOT NULL,
    longitude     DECIMAL(9, 6)            NOT NULL,
    presentation  VARCHAR(20000)           NOT NULL,
    source_hash   VARCHAR(64),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT territories_territory_slug_unique UNIQUE (slug),
    CONSTRAINT territories_territory_kind_check
        CHECK (kind IN ('commune', 'epci', 'departement', 'region', 'groupement')),
    CONSTRAINT territories_territory_population_check CHECK (population IS NULL OR population >= 0),
    CONSTRAINT territories_territory_point_check
        CHECK (latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180)
);
CREATE UNIQUE INDEX territories_territory_kind_code ON territories_territory (kind, code);

-- Derived from the official codes, never typed: the départements and régions the territory lies in.
CREATE TABLE territories_territory_departement (
    territory_id BIGINT      NOT NULL,
    departement  VARCHAR(3)  NOT NULL,
    CONSTRAINT territories_territory_departement_pk PRIMARY KEY (territory_id, departement),
    CONSTRAINT territories_territory_departement_fk FOREIGN KEY (territory_id)
        REFERENCES territories_territory (id) ON DELETE CASCADE
);

CREATE TABLE territories_territory_region (
    territory_id BIGINT      NOT NULL,
    region       VARCHAR(3)  NOT NULL,
    CONSTRAINT territories_territory_region_pk PRIMARY KEY (territory_id, region),
    CONSTRAINT territories_territory_region_fk FOREIGN KEY (territory_id)
        REFERENCES territories_territory (id) ON DELETE CASCADE
);
CREATE INDEX territories_territory_region_code ON territories_territory_region (region);

CREATE TABLE territories_contact (
    territory_id BIGINT       NOT NULL,
    position     INTEGER      NOT NULL,
    name         VARCHAR(400) NOT NULL,
    role         VARCHAR(400) NOT NULL,
    email        VARCHAR(320) NOT NULL,
    phone        VARCHAR(40)  NOT NULL,
    CONSTRAINT territories_contact_pk PRIMARY KEY (territory_id, position),
    CONSTRAINT territories_contact_fk FOREIGN KEY (territory_id)
        REFERENCES territories_territory (id) ON DELETE CASCADE
);

-- The people who wrote for a territory (territory editors seen at work), shown as its editorial team.
CREATE TABLE territories_editor (
    territory_id  BIGINT                   NOT NULL,
    subject       VARCHAR(255)             NOT NULL,
    name          VARCHAR(400)             NOT NULL,
    last_write_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT territories_editor_pk PRIMARY KEY (territory_id, subject),
    CONSTRAINT territories_editor_fk FOREIGN KEY (territory_id)
        REFERENCES territories_territory (id) ON DELETE CASCADE
);

CREATE TABLE territories_initiative (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    slug                VARCHAR(120)             NOT NULL,
    territory_id        BIGINT                   NOT NULL,
    title               VARCHAR(800)             NOT NULL,
    summary             VARCHAR(4000)            NOT NULL,
    status              VARCHAR(20)              NOT NULL,
    start_date          DATE,
    end_date            DATE,
    problem             VARCHAR(40000)           NOT NULL,
    actions             VARCHAR(40000)           NOT NULL,
    what_worked         VARCHAR(40000)           NOT NULL,
    what_stuck          VARCHAR(40000)           NOT NULL,
    to_spread           VARCHAR(40000)           NOT NULL,
    licence             VARCHAR(40)              NOT NULL,
    publication         VARCHAR(20)              NOT NULL,
    copied_from_slug    VARCHAR(120),
    copied_from_title   VARCHAR(800),
    copied_from_owner   VARCHAR(400),
    copied_from_licence VARCHAR(40),
    created_by          VARCHAR(255),
    source_hash         VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT territories_initiative_slug_unique UNIQUE (slug),
    CONSTRAINT territories_initiative_territory_fk FOREIGN KEY (territory_id)
        REFERENCES territories_territory (id),
    CONSTRAINT territories_initiative_status_check
        CHECK (status IN ('idee', 'en-preparation', 'en-cours', 'terminee', 'abandonnee')),
    CONSTRAINT territories_initiative_publication_check CHECK (publication IN ('draft', 'published')),
    CONSTRAINT territories_initiative_dates_check
        CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX territories_initiative_territory ON territories_initiative (territory_id, publication);
CREATE INDEX territories_initiative_listing ON territories_initiative (publication, published_at);

CREATE TABLE territories_initiative_theme (
    initiative_id BIGINT      NOT NULL,
    theme         VARCHAR(60) NOT NULL,
    CONSTRAINT territories_initiative_theme_pk PRIMARY KEY (initiative_id, theme),
    CONSTRAINT territories_initiative_theme_fk FOREIGN KEY (initiative_id)
        REFERENCES territories_initiative (id) ON DELETE CASCADE
);

CREATE TABLE territories_initiative_audience (
    initiative_id BIGINT      NOT NULL,
    audience      VARCHAR(60) NOT NULL,
    CONSTRAINT territories_initiative_audience_pk PRIMARY KEY (initiative_id, audience),
    CONSTRAINT territories_initiative_audience_fk FOREIGN KEY (initiative_id)
        REFERENCES territories_initiative (id) ON DELETE CASCADE
);

-- Slugs of resources of the resource centre: stored, not joined (modules never read each other's tables).
CREATE TABLE territories_initiative_resource (
    initiative_id BIGINT       NOT NULL,
    position      INTEGER      NOT NULL,
    resource_slug VARCHAR(120) NOT NULL,
    CONSTRAINT territories_initiative_resource_pk PRIMARY KEY (initiative_id, position),
    CONSTRAINT territories_initiative_resource_fk FOREIGN KEY (initiative_id)
        REFERENCES territories_initiative (id) ON DELETE CASCADE
);

CREATE TABLE territories_partner (
    initiative_id BIGINT       NOT NULL,
    position      INTEGER      NOT NULL,
    name          VARCHAR(400) NOT NULL,
    role          VARCHAR(400) NOT NULL,
    CONSTRAINT territories_partner_pk PRIMARY KEY (initiative_id, position),
    CONSTRAINT territories_partner_fk FOREIGN KEY (initiative_id)
        REFERENCES territories_initiative (id) ON DELETE CASCADE
);

-- Amounts in euro cents: exact sums, no floating point.
CREATE TABLE territories_funding (
    initiative_id BIGINT       NOT NULL,
    position      INTEGER      NOT NULL,
    source        VARCHAR(40)  NOT NULL,
    label         VARCHAR(400) NOT NULL,
    amount_cents  BIGINT       NOT NULL,
    CONSTRAINT territories_funding_pk PRIMARY KEY (initiative_id, position),
    CONSTRAINT territories_funding_fk FOREIGN KEY (initiative_id)
        REFERENCES territories_initiative (id) ON DELETE CASCADE,
    CONSTRAINT territories_funding_amount_check CHECK (amount_cents > 0)
);

CREATE TABLE territories_indicator (
    initiative_id BIGINT       NOT NULL,
    position      INTEGER      NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    amount        BIGINT       NOT NULL,
    measured_on   DATE         NOT NULL,
    source        VARCHAR(400) NOT NULL,
    CONSTRAINT territories_indicator_pk PRIMARY KEY (initiative_id, position),
    CONSTRAINT territories_indicator_fk FOREIGN KEY (initiative_id)
        REFERENCES territories_initiative (id) ON DELETE CASCADE,
    CONSTRAINT territories_indicator_amount_check CHECK (amount >= 0)
);
