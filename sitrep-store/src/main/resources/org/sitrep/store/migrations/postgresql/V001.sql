-- articles, mentions, events, actors, places, control timeline
CREATE TABLE articles (
    id              TEXT PRIMARY KEY,   -- 16 hex characters of the SHA-256 of the text
    url             TEXT,
    outlet          TEXT,
    title           TEXT,
    published_date  DATE,
    published_time  TIME,
    language        TEXT,
    cited           TEXT,               -- JSON array of agency names
    dateline_place  TEXT,
    origin          TEXT NOT NULL,      -- file, file:line, file#item, file@offset
    chars           INTEGER NOT NULL,
    mentions        INTEGER NOT NULL,
    text            TEXT NOT NULL
);
CREATE INDEX articles_url ON articles (url);

CREATE TABLE mentions (
    id              TEXT PRIMARY KEY,   -- the coded record's id
    article_id      TEXT NOT NULL,
    event_id        TEXT,
    date            DATE,
    date_precision  TEXT,
    date_basis      TEXT,
    cameo           TEXT,
    plover_type     TEXT,
    plover_mode     TEXT,
    acled_type      TEXT,
    acled_sub_type  TEXT,
    source_id       TEXT,
    source_cameo    TEXT,
    source_kind     TEXT,
    source_text     TEXT,
    target_id       TEXT,
    target_cameo    TEXT,
    target_kind     TEXT,
    target_text     TEXT,
    place_text      TEXT,
    geonameid       BIGINT,
    place_name      TEXT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    country         TEXT,
    admin1          TEXT,
    place_precision TEXT,
    modality        TEXT NOT NULL,
    speaker         TEXT,
    outlet          TEXT,
    cited           TEXT,
    sentence        INTEGER,
    ev_start        INTEGER,
    ev_end          INTEGER,
    evidence        TEXT,
    support         TEXT,               -- JSON array of the other sentences
    sentences       INTEGER NOT NULL,      -- 1 + support
    trigger_word    TEXT,
    confidence      DOUBLE PRECISION NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_event ON mentions (event_id);

CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    seed_mention    TEXT NOT NULL,
    date            DATE,
    date_precision  TEXT,
    date_basis      TEXT,
    cameo           TEXT,
    event_root      TEXT,
    plover_type     TEXT,
    plover_mode     TEXT,
    acled_type      TEXT,
    acled_sub_type  TEXT,
    source_id       TEXT,
    source_cameo    TEXT,
    source_kind     TEXT,
    source_text     TEXT,
    target_id       TEXT,
    target_cameo    TEXT,
    target_kind     TEXT,
    target_text     TEXT,
    place_text      TEXT,
    geonameid       BIGINT,
    place_name      TEXT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    country         TEXT,
    admin1          TEXT,
    place_precision TEXT,
    modality        TEXT NOT NULL,
    speaker         TEXT,
    confidence      DOUBLE PRECISION NOT NULL,
    num_mentions    INTEGER NOT NULL,
    num_sources     INTEGER NOT NULL,
    num_articles    INTEGER NOT NULL,
    first_report    TEXT,               -- ISO 8601, as precise as the reports say
    last_report     TEXT,
    sources         TEXT,               -- JSON array
    cited           TEXT,               -- JSON array
    signature       TEXT NOT NULL
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_place ON events (geonameid);
CREATE INDEX events_source ON events (source_id);
CREATE INDEX events_target ON events (target_id);

CREATE TABLE actors (
    id              TEXT PRIMARY KEY,
    cameo           TEXT,
    kind            TEXT,
    names           TEXT NOT NULL,      -- JSON array of the words that named it
    mentions        INTEGER NOT NULL,
    events          INTEGER NOT NULL,
    first_seen      DATE,
    last_seen       DATE
);

CREATE TABLE places (
    geonameid       BIGINT PRIMARY KEY,
    name            TEXT,
    lat             DOUBLE PRECISION,
    lon             DOUBLE PRECISION,
    country         TEXT,
    admin1          TEXT,
    precision       TEXT,
    names           TEXT NOT NULL,      -- JSON array of the words that named it
    events          INTEGER NOT NULL
);

CREATE TABLE control (
    id               TEXT PRIMARY KEY,  -- place key / sequence number
    place_key        TEXT NOT NULL,     -- the GeoNames id, or name:<name> for a place without one
    geonameid        BIGINT,
    place_name       TEXT,
    seq              INTEGER NOT NULL,
    controller_id    TEXT,
    controller_cameo TEXT,
    controller_kind  TEXT,
    controller_name  TEXT,
    since            DATE,                 -- null: held since before the first event seen
    until            DATE,                 -- null: still held as far as the events say
    confidence       DOUBLE PRECISION NOT NULL,
    basis            TEXT NOT NULL,     -- how the period is known
    previous_id      TEXT
);
CREATE INDEX control_place ON control (place_key);

CREATE TABLE control_events (
    control_id      TEXT NOT NULL,
    event_id        TEXT NOT NULL,
    role            TEXT NOT NULL,      -- gained, lost
    PRIMARY KEY (control_id, event_id, role)
);
