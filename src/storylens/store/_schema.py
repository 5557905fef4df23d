"""SQLite schema as numbered migrations; ``PRAGMA user_version`` says which have run."""

from __future__ import annotations


def _claims_text(data: str) -> str:
    """SQL for the claim statements of a story's JSON, as one text."""
    return (f"(SELECT group_concat(json_extract(c.value, '$.statement'), ' ')"
            f" FROM json_each({data}, '$.claims') c)")


def _names_text(data: str) -> str:
    """SQL for every entity name and alias of a story's JSON, as one text."""
    return ("(SELECT group_concat(n, ' ') FROM ("
            f"SELECT json_extract(e.value, '$.name') AS n FROM json_each({data}, '$.entities') e"
            f" UNION ALL SELECT a.value FROM json_each({data}, '$.entities') e,"
            " json_each(e.value, '$.aliases') a))")


# Each migration is a tuple of single statements (trigger bodies contain ';', so no splitting);
# migration N (1-based) brings the database to user_version N. Only ever append.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,            -- content hash (Article.make_id)
            source TEXT NOT NULL,
            outlet TEXT,
            title TEXT,
            published TEXT,
            author TEXT,
            language TEXT,
            text TEXT NOT NULL,
            removed TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(removed)),
            duplicate_of TEXT,              -- no FK: a copy may be saved before its original
            first_seen TEXT NOT NULL
        )""",
        # External-content FTS5 index over articles; the triggers keep it in sync.
        # remove_diacritics 2 lets "economie" find "économie" and the reverse.
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        )""",
        """CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END""",
        """CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END""",
        """CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END""",
        """CREATE TABLE runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            started TEXT NOT NULL,
            finished TEXT NOT NULL,
            settings TEXT NOT NULL CHECK (json_valid(settings)),
            inputs TEXT NOT NULL CHECK (json_valid(inputs)),
            counts TEXT NOT NULL CHECK (json_valid(counts))
        )""",
        """CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            languages TEXT NOT NULL CHECK (json_valid(languages)),
            data TEXT NOT NULL CHECK (json_valid(data)),
            run_id INTEGER NOT NULL REFERENCES runs(id),
            updated TEXT NOT NULL
        )""",
        """CREATE TABLE story_articles (
            story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id),
            PRIMARY KEY (story_id, article_id)
        )""",
        "CREATE INDEX story_articles_by_article ON story_articles(article_id)",
        """CREATE TABLE reports (
            run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
            created TEXT NOT NULL,
            json TEXT NOT NULL CHECK (json_valid(json))
        )""",
    ),
    (
        # What clustering knows of each article (storylens.cluster.ArticleFeatures), so that
        # ``analyze --append`` ties new articles to stored stories without re-embedding.
        """CREATE TABLE article_features (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            embedding BLOB NOT NULL,
            lead BLOB,                      -- vector of title + first sentences, if made
            day TEXT,                       -- publication day (ISO), NULL when unknown
            data TEXT NOT NULL CHECK (json_valid(data))
        )""",
        "CREATE INDEX article_features_by_day ON article_features(day)",
        # A story absorbed by another when new articles bridged them: old id -> survivor.
        """CREATE TABLE story_redirects (
            old_id TEXT PRIMARY KEY,
            new_id TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id)
        )""",
    ),
    (
        # Story-level search for ``storylens serve``: titles, claim statements and entity
        # names with every alias, so "Tbilisi" finds a story whose articles all say "Tiflis".
        # Filled from the story JSON by triggers, so every writer keeps it current.
        """CREATE VIRTUAL TABLE stories_fts USING fts5(
            title, claims, entities, tokenize='unicode61 remove_diacritics 2'
        )""",
        f"""CREATE TRIGGER stories_fts_ai AFTER INSERT ON stories BEGIN
            INSERT INTO stories_fts(rowid, title, claims, entities)
            VALUES (new.rowid, new.title, {_claims_text("new.data")}, {_names_text("new.data")});
        END""",
        """CREATE TRIGGER stories_fts_ad AFTER DELETE ON stories BEGIN
            DELETE FROM stories_fts WHERE rowid = old.rowid;
        END""",
        f"""CREATE TRIGGER stories_fts_au AFTER UPDATE ON stories BEGIN
            DELETE FROM stories_fts WHERE rowid = old.rowid;
            INSERT INTO stories_fts(rowid, title, claims, entities)
            VALUES (new.rowid, new.title, {_claims_text("new.data")}, {_names_text("new.data")});
        END""",
        f"""INSERT INTO stories_fts(rowid, title, claims, entities)
            SELECT rowid, title, {_claims_text("data")}, {_names_text("data")} FROM stories""",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
