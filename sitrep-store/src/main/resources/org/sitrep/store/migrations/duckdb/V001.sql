-- articles, mentions, events, actors, places, control timeline
CREATE TABLE articles (
    id              VARCHAR PRIMARY KEY,   -- 16 hex characters of the SHA-256 of the text
    url             VARCHAR,
    outlet          VARCHAR,
    title           VARCHAR,
    published_date  DATE,
    published_time  TIME,
    language        VARCHAR,
    cited           VARCHAR,               -- JSON array of agency names
    dateline_place  VARCHAR,
    origin          VARCHAR NOT NULL,      -- file, file:line, file#item, file@offset
    chars           INTEGER NOT NULL,
    mentions        INTEGER NOT NULL,
    text            VARCHAR NOT NULL
);
CREATE INDEX articles_url ON articles (url);

CREATE TABLE mentions (
    id              VARCHAR PRIMARY KEY,   -- the coded record's id
    article_id      VARCHAR NOT NULL,
    event_id        VARCHAR,
    date            DATE,
    date_precision  VARCHAR,
    date_basis      VARCHAR,
    cameo           VARCHAR,
    plover_type     VARCHAR,
    plover_mode     VARCHAR,
    acled_type      VARCHAR,
    acled_sub_type  VARCHAR,
    source_id       VARCHAR,
    source_cameo    VARCHAR,
    source_kind     VARCHAR,
    source_text     VARCHAR,
    target_id       VARCHAR,
    target_cameo    VARCHAR,
    target_kind     VARCHAR,
    target_text     VARCHAR,
    place_text      VARCHAR,
    geonameid       BIGINT,
    place_name      VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    country         VARCHAR,
    admin1          VARCHAR,
    place_precision VARCHAR,
    modality        VARCHAR NOT NULL,
    speaker         VARCHAR,
    outlet          VARCHAR,
    cited           VARCHAR,
    sentence        INTEGER,
    ev_start        INTEGER,
    ev_end          INTEGER,
    evidence        VARCHAR,
    support         VARCHAR,               -- JSON array of the other sentences
    sentences       INTEGER NOT NULL,      -- 1 + support
    trigger_word    VARCHAR,
    confidence      DOUBLE NOT NULL
);
CREATE INDEX mentions_article ON mentions (article_id);
CREATE INDEX mentions_event ON mentions (event_id);

CREATE TABLE events (
    id              VARCHAR PRIMARY KEY,
    seed_mention    VARCHAR NOT NULL,
    date            DATE,
    date_precision  VARCHAR,
    date_basis      VARCHAR,
    cameo           VARCHAR,
    event_root      VARCHAR,
    plover_type     VARCHAR,
    plover_mode     VARCHAR,
    acled_type      VARCHAR,
    acled_sub_type  VARCHAR,
    source_id       VARCHAR,
    source_cameo    VARCHAR,
    source_kind     VARCHAR,
    source_text     VARCHAR,
    target_id       VARCHAR,
    target_cameo    VARCHAR,
    target_kind     VARCHAR,
    target_text     VARCHAR,
    place_text      VARCHAR,
    geonameid       BIGINT,
    place_name      VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    country         VARCHAR,
    admin1          VARCHAR,
    place_precision VARCHAR,
    modality        VARCHAR NOT NULL,
    speaker         VARCHAR,
    confidence      DOUBLE NOT NULL,
    num_mentions    INTEGER NOT NULL,
    num_sources     INTEGER NOT NULL,
    num_articles    INTEGER NOT NULL,
    first_report    VARCHAR,               -- ISO 8601, as precise as the reports say
    last_report     VARCHAR,
    sources         VARCHAR,               -- JSON array
    cited           VARCHAR,               -- JSON array
    signature       VARCHAR NOT NULL
);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_place ON events (geonameid);
CREATE INDEX events_source ON events (source_id);
CREATE INDEX events_target ON events (target_id);

CREATE TABLE actors (
    id              VARCHAR PRIMARY KEY,
    cameo           VARCHAR,
    kind            VARCHAR,
    names           VARCHAR NOT NULL,      -- JSON array of the words that named it
    mentions        INTEGER NOT NULL,
    events          INTEGER NOT NULL,
    first_seen      DATE,
    last_seen       DATE
);

CREATE TABLE places (
    geonameid       BIGINT PRIMARY KEY,
    name            VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    country         VARCHAR,
    admin1          VARCHAR,
    precision       VARCHAR,
    names           VARCHAR NOT NULL,      -- JSON array of the words that named it
    events          INTEGER NOT NULL
);

CREATE TABLE control (
    id               VARCHAR PRIMARY KEY,  -- place key / sequence number
    place_key        VARCHAR NOT NULL,     -- the GeoNames id, or name:<name> for a place without one
    geonameid        BIGINT,
    place_name       VARCHAR,
    seq              INTEGER NOT NULL,
    controller_id    VARCHAR,
    controller_cameo VARCHAR,
    controller_kind  VARCHAR,
    controller_name  VARCHAR,
    since            DATE,                 -- null: held since before the first event seen
    until            DATE,                 -- null: still held as far as the events say
    confidence       DOUBLE NOT NULL,
    basis            VARCHAR NOT NULL,     -- how the period is known
    previous_id      VARCHAR
);
CREATE INDEX control_place ON control (place_key);

CREATE TABLE control_events (
    control_id      VARCHAR NOT NULL,
    event_id        VARCHAR NOT NULL,
    role            VARCHAR NOT NULL,      -- gained, lost
    PRIMARY KEY (control_id, event_id, role)
);
