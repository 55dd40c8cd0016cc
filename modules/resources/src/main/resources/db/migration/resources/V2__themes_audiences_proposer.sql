-- Shared vocabularies (fr.passerelle.kernel.vocabulary): codes, several per resource.
CREATE TABLE resources_resource_theme (
    resource_id BIGINT      NOT NULL,
    theme       VARCHAR(60) NOT NULL,
    CONSTRAINT resources_resource_theme_pk PRIMARY KEY (resource_id, theme),
    CONSTRAINT resources_resource_theme_resource FOREIGN KEY (resource_id)
        REFERENCES resources_resource (id) ON DELETE CASCADE
);

CREATE TABLE resources_resource_audience (
    resource_id BIGINT      NOT NULL,
    audience    VARCHAR(60) NOT NULL,
    CONSTRAINT resources_resource_audience_pk PRIMARY KEY (resource_id, audience),
    CONSTRAINT resources_resource_audience_resource FOREIGN KEY (resource_id)
        REFERENCES resources_resource (id) ON DELETE CASCADE
);

-- The token subject of the person who proposed the resource; null for imported content.
ALTER TABLE resources_resource ADD COLUMN proposed_by VARCHAR(255);
