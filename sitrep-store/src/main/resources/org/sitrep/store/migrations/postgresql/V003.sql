-- place ids: every place (countries and divisions too) keyed by its stable id, the GeoNames id or the GeoNames code (CN, SY.10)
ALTER TABLE mentions ADD COLUMN place_id TEXT;
ALTER TABLE events ADD COLUMN place_id TEXT;
CREATE INDEX events_place_id ON events (place_id);
-- places is rewritten whole from the events on every write: it is made anew, keyed by id
DROP TABLE places;
CREATE TABLE places (
    id              TEXT PRIMARY KEY,        -- the GeoNames id, else the GeoNames code of a country or division
    geonameid       BIGINT,
    name            TEXT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    country         TEXT,
    admin1          TEXT,
    precision       TEXT,
    names           TEXT NOT NULL,      -- JSON array of the words that named it
    events          INTEGER NOT NULL
);
