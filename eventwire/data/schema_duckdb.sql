-- eventwire store schema (DuckDB). Run on every open; every statement is idempotent.
-- One row per article; an article is known by its id and by the sha1 of its text.
CREATE TABLE IF NOT EXISTS articles (
    id            VARCHAR PRIMARY KEY,
    content_hash  VARCHAR NOT NULL UNIQUE,
    title         VARCHAR,
    published     VARCHAR,        -- as given: ISO date or datetime
    published_day DATE,           -- its date part, for ordering reports
    outlet        VARCHAR,
    url           VARCHAR,
    text          VARCHAR NOT NULL,
    origin        VARCHAR,
    errors        VARCHAR,        -- JSON list of per-article problems
    ingested_at   TIMESTAMP NOT NULL,
    run_id        VARCHAR
);

CREATE TABLE IF NOT EXISTS actors (
    article_id  VARCHAR NOT NULL,
    actor_id    VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    type        VARCHAR,
    country     VARCHAR,
    role        VARCHAR,
    affiliation VARCHAR,
    mentions    VARCHAR           -- JSON list of spans
);

CREATE TABLE IF NOT EXISTS places (
    article_id  VARCHAR NOT NULL,
    place_id    VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    lat         DOUBLE,
    lon         DOUBLE,
    precision   VARCHAR,
    geonames_id BIGINT,
    country     VARCHAR,
    admin1      VARCHAR,
    score       DOUBLE,
    mentions    VARCHAR
);

-- One row per article event; the contract's event object is kept whole in event_json.
CREATE TABLE IF NOT EXISTS events (
    article_id           VARCHAR NOT NULL,
    event_id             VARCHAR NOT NULL,
    plover               VARCHAR NOT NULL,
    plover_mode          VARCHAR,
    acled_event_type     VARCHAR,
    acled_sub_event_type VARCHAR,
    cameo_root           VARCHAR,
    mode                 VARCHAR NOT NULL,
    actor1_name          VARCHAR,
    actor1_type          VARCHAR,
    actor1_country       VARCHAR,
    actor2_name          VARCHAR,
    actor2_type          VARCHAR,
    actor2_country       VARCHAR,
    place_name           VARCHAR,
    place_lat            DOUBLE,
    place_lon            DOUBLE,
    place_country        VARCHAR,
    place_admin1         VARCHAR,
    place_precision      VARCHAR,
    place_geonames_id    BIGINT,
    date_start           DATE,
    date_end             DATE,
    date_precision       VARCHAR,
    fatalities_low       INTEGER,
    fatalities_high      INTEGER,
    fatalities_acled     INTEGER,
    confidence           DOUBLE,
    evidence             VARCHAR,  -- JSON list of spans
    event_json           VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id   VARCHAR NOT NULL,
    idx          INTEGER NOT NULL,
    text         VARCHAR,
    speaker_name VARCHAR,
    speaker_role VARCHAR,
    channel      VARCHAR,
    direct       BOOLEAN,
    "start"      INTEGER,
    "end"        INTEGER
);

CREATE TABLE IF NOT EXISTS quantities (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    what       VARCHAR,
    "of"       VARCHAR,
    low        BIGINT,
    high       BIGINT,
    approx     BOOLEAN,
    claimed_by VARCHAR,
    acled      BIGINT,
    text       VARCHAR,
    "start"    INTEGER,
    "end"      INTEGER
);

CREATE TABLE IF NOT EXISTS claims (
    article_id VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    subject    VARCHAR,
    disputed   BOOLEAN,
    "values"   VARCHAR            -- JSON list of {value, claimed_by, start, end}
);

CREATE TABLE IF NOT EXISTS quarantine (
    origin VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    "at"   TIMESTAMP NOT NULL,
    run_id VARCHAR
);

CREATE TABLE IF NOT EXISTS ingest_runs (
    run_id   VARCHAR PRIMARY KEY,
    started  TIMESTAMP NOT NULL,
    finished TIMESTAMP,
    counts   VARCHAR              -- JSON object, e.g. {"articles": 10, "events": 31}
);

-- Which real-world event (cluster) each article event belongs to; written by Store.dedup().
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    event_id   VARCHAR NOT NULL
);
