-- The team's incident store (issue 15), version 1. Applied once, in one transaction, by the
-- first import (store.migrate); schema_version records it, so running it again is a no-op.
-- PostGIS is created beforehand by the database's owner (CREATE EXTENSION postgis).

CREATE TABLE incident_store.imports (
    import_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    imported_by text NOT NULL DEFAULT current_user,
    imported_at timestamptz NOT NULL DEFAULT now(),
    source_files text NOT NULL,
    country text NOT NULL,
    month text,  -- NULL: every month of the files
    rows_in integer NOT NULL DEFAULT 0,
    inserted integer NOT NULL DEFAULT 0,
    updated integer NOT NULL DEFAULT 0,
    unchanged integer NOT NULL DEFAULT 0,
    rejected integer NOT NULL DEFAULT 0,
    duplicates integer NOT NULL DEFAULT 0,
    -- SHA-256 of the files' bytes (and the plugin's version): the same files imported again
    -- with the same selection change nothing, and are recognised without being read.
    fingerprint text,
    same_as_import bigint REFERENCES incident_store.imports
);
CREATE INDEX imports_fingerprint ON incident_store.imports (fingerprint);

-- One row per ACLED event. The columns are the month GeoPackage's (layers.py), so the same
-- QML styles, expressions and layouts apply to a layer of this table.
CREATE TABLE incident_store.incidents (
    incident_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id_cnty text NOT NULL UNIQUE,
    month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
    event_date date NOT NULL,
    year integer,
    time_precision integer,
    disorder_type text,
    event_type text,
    sub_event_type text,
    actor1 text,
    assoc_actor_1 text,
    inter1 integer,
    actor2 text,
    assoc_actor_2 text,
    inter2 integer,
    interaction integer,
    civilian_targeting text,
    iso integer,
    region text,
    country text NOT NULL,
    admin1 text,
    admin2 text,
    admin3 text,
    location text,
    latitude double precision,
    longitude double precision,
    geo_precision integer,
    source text,
    source_scale text,
    notes text,
    fatalities integer,
    tags text,
    "timestamp" bigint,
    incident_type text,
    actor_group text,
    source_file text,
    source_line bigint,
    place_incidents integer,
    place_names text,
    place_first integer,
    import_id bigint REFERENCES incident_store.imports,
    geom geometry(Point, 4326) NOT NULL
);
CREATE INDEX incidents_country_month ON incident_store.incidents (country, month);
CREATE INDEX incidents_geom ON incident_store.incidents USING gist (geom);

CREATE TABLE incident_store.rejects (
    reject_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    import_id bigint NOT NULL REFERENCES incident_store.imports,
    source_file text,
    source_line bigint,
    "column" text,
    value text,
    reason text NOT NULL,
    "row" text
);
CREATE INDEX rejects_import ON incident_store.rejects (import_id);

-- What QGIS layers read: the incidents in the order they were first imported (the export's
-- order, as in a month's GeoPackage), so maps draw and label them the same way.
CREATE VIEW incident_store.month_incidents AS
    SELECT * FROM incident_store.incidents ORDER BY incident_id;
