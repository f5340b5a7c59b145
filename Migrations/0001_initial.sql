-- WhoSaid knowledge base: who said what about whom.
-- Offsets (start, end) are Unicode code-point offsets into articles.body, end exclusive,
-- so in the sqlite3 shell substr(body, start + 1, end - start) shows the quoted text.

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,  -- SHA-256 (hex) of the text as read; re-ingesting the same text changes nothing
    title TEXT,                         -- headline, when the article has one
    published TEXT,                     -- publication date as YYYY-MM-DD, when one could be read
    date_text TEXT,                     -- the date as written in the article (e.g. 'July 9th, 2021')
    dateline TEXT,                      -- place the story was filed from, e.g. 'ISLAMABAD'
    source TEXT,                        -- outlet or agency, e.g. 'UrduPoint / Pakistan Point News'
    path TEXT,                          -- file the article came from ('-' for standard input)
    url TEXT,                           -- URL given by a JSON record
    format TEXT NOT NULL CHECK (format IN ('text', 'json', 'jsonl')),
    body TEXT NOT NULL,                 -- the full text exactly as read; all offsets point into it
    extractor_version TEXT NOT NULL,    -- extraction version that produced this article's statements
    ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_path ON articles (path);

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL DEFAULT 'unknown'
        CHECK (kind IN ('person', 'organization', 'country', 'place', 'unknown')),
    name TEXT NOT NULL,                 -- canonical name, e.g. 'Mohammad Hanif Atmar'
    name_key TEXT NOT NULL,             -- lower-cased, punctuation-free name used for matching
    surname_key TEXT,                   -- for people: the last word of name_key, to find spelling variants of a name
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX actors_name_key ON actors (name_key);
CREATE INDEX actors_kind ON actors (kind);
CREATE INDEX actors_surname ON actors (surname_key) WHERE surname_key IS NOT NULL;

CREATE TABLE aliases (
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,                -- a form seen in text: 'Atmar', 'Haneef Atmar', 'TTP'
    alias_key TEXT NOT NULL,            -- normalised form used for look-up
    origin TEXT NOT NULL DEFAULT 'extracted'
        CHECK (origin IN ('extracted', 'curated')),  -- curated aliases come from a user's command
    PRIMARY KEY (actor_id, alias_key)
) STRICT, WITHOUT ROWID;
CREATE INDEX aliases_key ON aliases (alias_key);

CREATE TABLE roles (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    title TEXT NOT NULL,                -- role or title as written: 'Minister of Foreign Affairs', 'Maj. Gen.'
    affiliation TEXT,                   -- whose role it is: 'Afghanistan', 'Pakistan'
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,  -- where it was seen
    seen_on TEXT                        -- the article's date
) STRICT;
CREATE INDEX roles_article ON roles (article_id);
-- One row per actor, role, affiliation and article; a missing affiliation counts as one value.
CREATE UNIQUE INDEX roles_unique ON roles (actor_id, title, coalesce(affiliation, ''), article_id);

CREATE TABLE mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    start INTEGER NOT NULL,             -- code-point offset into articles.body
    end INTEGER NOT NULL,
    text TEXT NOT NULL,                 -- the mention as written: 'he', 'the Afghan minister', 'Atmar'
    CHECK (0 <= start AND start <= end)
) STRICT;
CREATE INDEX mentions_article ON mentions (article_id, start);
CREATE INDEX mentions_actor ON mentions (actor_id);

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES actors (id) ON DELETE SET NULL,  -- NULL: a source that names nobody ('a source', 'officials')
    speaker_text TEXT,                  -- the source mention as written: 'he', 'Military Spokesman Maj. Gen. Babar Iftikhar'
    speaker_start INTEGER,
    speaker_end INTEGER,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    content TEXT NOT NULL,              -- what was said: the content spans' text, joined by ' … ' when there are several
    content_start INTEGER NOT NULL,     -- start of the first content span
    content_end INTEGER NOT NULL,       -- end of the last content span
    cue TEXT,                           -- the reporting expression: 'said', 'told reporters', 'according to'
    cue_start INTEGER,
    cue_end INTEGER,
    rule TEXT NOT NULL,                 -- the extraction pass that decided this attribution
    CHECK (content_start <= content_end)
) STRICT;
CREATE INDEX statements_article ON statements (article_id);
CREATE INDEX statements_speaker ON statements (speaker_id);

CREATE TABLE statement_spans (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('content', 'source')),  -- a quote split around its cue has several content spans
    seq INTEGER NOT NULL,               -- order of the span within its role
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (statement_id, role, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE statement_targets (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,  -- an actor the statement is about
    PRIMARY KEY (statement_id, actor_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX statement_targets_actor ON statement_targets (actor_id, statement_id);

-- Full-text index over what was said, kept in step with statements by the triggers below.
-- Query: SELECT * FROM statements WHERE id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH 'peace');
CREATE VIRTUAL TABLE statements_fts USING fts5 (
    content, speaker_text,
    content = 'statements', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, content, speaker_text) VALUES (new.id, new.content, new.speaker_text);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker_text) VALUES ('delete', old.id, old.content, old.speaker_text);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF content, speaker_text ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker_text) VALUES ('delete', old.id, old.content, old.speaker_text);
    INSERT INTO statements_fts (rowid, content, speaker_text) VALUES (new.id, new.content, new.speaker_text);
END;

-- One row per statement, for reading at the sqlite3 shell:
--   SELECT speaker, quote, about FROM who_said_what WHERE speaker LIKE '%Atmar%';
CREATE VIEW who_said_what AS
SELECT
    s.id AS statement_id,
    coalesce(sp.name, s.speaker_text, '(unknown)') AS speaker,   -- resolved actor, else the mention as written
    sp.kind AS speaker_kind,
    s.speaker_text AS speaker_as_written,
    s.kind AS kind,                                               -- direct, indirect or mixed
    s.content AS quote,
    s.cue AS cue,
    (SELECT group_concat(a.name, '; ')
       FROM statement_targets t JOIN actors a ON a.id = t.actor_id
      WHERE t.statement_id = s.id) AS about,                      -- actors the statement is about
    ar.title AS article_title,
    ar.published AS article_date,
    ar.source AS article_source,
    ar.path AS article_path,
    s.article_id AS article_id
FROM statements s
JOIN articles ar ON ar.id = s.article_id
LEFT JOIN actors sp ON sp.id = s.speaker_id;

-- One row per actor with its aliases and how often it speaks and is spoken about.
CREATE VIEW actor_overview AS
SELECT
    a.id AS actor_id,
    a.name AS name,
    a.kind AS kind,
    (SELECT group_concat(alias, '; ') FROM aliases WHERE actor_id = a.id) AS aliases,
    (SELECT count(*) FROM statements WHERE speaker_id = a.id) AS statements,
    (SELECT count(*) FROM statement_targets WHERE actor_id = a.id) AS spoken_about,
    (SELECT count(*) FROM mentions WHERE actor_id = a.id) AS mentions
FROM actors a;

-- Who talks about whom, with how many statements: the edges of the network.
CREATE VIEW who_talks_about_whom AS
SELECT
    sp.name AS speaker,
    tg.name AS target,
    count(*) AS statements
FROM statements s
JOIN actors sp ON sp.id = s.speaker_id
JOIN statement_targets t ON t.statement_id = s.id
JOIN actors tg ON tg.id = t.actor_id
GROUP BY sp.id, tg.id;
