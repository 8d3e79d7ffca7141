-- place ids: every place (countries and divisions too) keyed by its stable id, the GeoNames id or the GeoNames code (CN, SY.10)
ALTER TABLE mentions ADD COLUMN place_id VARCHAR;
ALTER TABLE events ADD COLUMN place_id VARCHAR;
CREATE INDEX events_place_id ON events (place_id);
-- places is rewritten whole from the events on every write: it is made anew, keyed by id
DROP TABLE places;
CREATE TABLE places (
    id              VARCHAR PRIMARY KEY,        -- the GeoNames id, else the GeoNames code of a country or division
    geonameid       BIGINT,
    name            VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    country         VARCHAR,
    admin1          VARCHAR,
    precision       VARCHAR,
    names           VARCHAR NOT NULL,      -- JSON array of the words that named it
    events          INTEGER NOT NULL
);
