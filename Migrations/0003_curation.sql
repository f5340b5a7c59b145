-- Curation: decisions a person makes about actors (merge, rename, alias, split), kept
-- in the database so that later ingests and re-extraction follow them.
--
-- A merge moves the merged actor's aliases to the actor kept, so every later mention
-- under any of those names resolves to it; a removed alias is blocked, so ingest does
-- not add it back; a renamed actor keeps its new name (ingest never renames).

CREATE TABLE curations (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('merge', 'rename', 'alias-add', 'alias-remove', 'split')),
    actor_id INTEGER REFERENCES actors (id) ON DELETE SET NULL,  -- the actor acted on (the one kept by a merge)
    actor_name TEXT NOT NULL,           -- its name when the decision was made
    other_name TEXT,                    -- merge: the actor merged in; rename: the old name; alias-*: the alias; split: the new actor
    other_id INTEGER,                   -- merge: the merged actor's former id; split: the new actor's id
    detail TEXT,                        -- JSON: what a merge moved, so that `split` can put it back
    undone_by INTEGER REFERENCES curations (id),  -- the split that undid this merge
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) STRICT;
CREATE INDEX curations_actor ON curations (actor_id, action);

-- Aliases a person removed from an actor: ingest will not link or add them to it again.
CREATE TABLE alias_blocks (
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    alias_key TEXT NOT NULL,
    PRIMARY KEY (actor_id, alias_key)
) STRICT, WITHOUT ROWID;
