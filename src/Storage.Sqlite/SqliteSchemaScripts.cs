namespace EntityGraph.Storage.Sqlite;

/// <summary>The SQLite schema, one script per version; version N upgrades a database at version N-1.</summary>
internal static class SqliteSchemaScripts
{
    public const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER NOT NULL PRIMARY KEY,
            applied_at INTEGER NOT NULL
        );
        """;

    public static IReadOnlyList<string> Versions { get; } = [Version1, Version2, Version3, Version4, Version5, Version6, Version7, Version8];

    public static int Latest => Versions.Count;

    /// <summary>The version that added the key trigram index, which is filled from the stored keys on upgrade.</summary>
    public const int KeyGramsVersion = 2;

    private const string Version1 = """
        CREATE TABLE entities (
            id TEXT NOT NULL PRIMARY KEY,
            type TEXT NOT NULL,
            canonical_name TEXT NOT NULL,
            normalized_key TEXT NOT NULL,
            mention_count INTEGER NOT NULL DEFAULT 0 CHECK (mention_count >= 0),
            document_count INTEGER NOT NULL DEFAULT 0 CHECK (document_count >= 0),
            created_at INTEGER NOT NULL
        );
        CREATE INDEX ix_entities_rank ON entities (mention_count DESC, id);

        CREATE TABLE entity_keys (
            type TEXT NOT NULL,
            normalized_key TEXT NOT NULL,
            entity_id TEXT NOT NULL REFERENCES entities (id),
            PRIMARY KEY (type, normalized_key)
        ) WITHOUT ROWID;
        CREATE INDEX ix_entity_keys_entity ON entity_keys (entity_id);

        CREATE TABLE aliases (
            entity_id TEXT NOT NULL REFERENCES entities (id),
            name TEXT NOT NULL,
            language TEXT NOT NULL,
            count INTEGER NOT NULL CHECK (count >= 0),
            PRIMARY KEY (entity_id, name, language)
        ) WITHOUT ROWID;
        CREATE INDEX ix_aliases_language ON aliases (language, entity_id);

        CREATE TABLE alias_terms (
            term TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            language TEXT NOT NULL,
            PRIMARY KEY (term, entity_id, name, language),
            FOREIGN KEY (entity_id, name, language) REFERENCES aliases (entity_id, name, language) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX ix_alias_terms_alias ON alias_terms (entity_id, name, language);

        CREATE TABLE canonical_terms (
            term TEXT NOT NULL,
            entity_id TEXT NOT NULL REFERENCES entities (id),
            PRIMARY KEY (term, entity_id)
        ) WITHOUT ROWID;

        CREATE TABLE documents (
            id TEXT NOT NULL PRIMARY KEY,
            language TEXT NOT NULL,
            language_confidence REAL NOT NULL,
            title TEXT,
            source TEXT,
            content_hash TEXT NOT NULL,
            text TEXT NOT NULL,
            used_fallback INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX ix_documents_recent ON documents (updated_at DESC, id);

        CREATE TABLE tags (
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            name TEXT NOT NULL COLLATE NOCASE,
            manual INTEGER NOT NULL,
            score REAL NOT NULL,
            PRIMARY KEY (document_id, name)
        ) WITHOUT ROWID;
        CREATE INDEX ix_tags_name ON tags (name, document_id);

        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL REFERENCES documents (id),
            entity_id TEXT NOT NULL REFERENCES entities (id),
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            confidence REAL NOT NULL,
            model_id TEXT NOT NULL,
            language TEXT NOT NULL,
            CHECK (start_offset >= 0 AND end_offset > start_offset),
            UNIQUE (document_id, entity_id, start_offset, end_offset)
        );
        CREATE INDEX ix_mentions_document ON mentions (document_id, start_offset);
        CREATE INDEX ix_mentions_entity ON mentions (entity_id, document_id);

        CREATE TABLE cooccurrence (
            entity_a TEXT NOT NULL REFERENCES entities (id),
            entity_b TEXT NOT NULL REFERENCES entities (id),
            document_count INTEGER NOT NULL CHECK (document_count >= 0),
            PRIMARY KEY (entity_a, entity_b),
            CHECK (entity_a < entity_b)
        ) WITHOUT ROWID;
        CREATE INDEX ix_cooccurrence_b ON cooccurrence (entity_b, entity_a);
        """;

    /// <summary>Linking and curation: key trigrams, manual aliases, per-document salience, link decisions, merge redirects.</summary>
    private const string Version2 = """
        CREATE TABLE key_grams (
            type TEXT NOT NULL,
            gram TEXT NOT NULL,
            normalized_key TEXT NOT NULL,
            PRIMARY KEY (type, gram, normalized_key),
            FOREIGN KEY (type, normalized_key) REFERENCES entity_keys (type, normalized_key) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX ix_key_grams_key ON key_grams (type, normalized_key);

        CREATE TABLE manual_aliases (
            entity_id TEXT NOT NULL REFERENCES entities (id),
            name TEXT NOT NULL,
            language TEXT NOT NULL,
            source TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (entity_id, name, language)
        ) WITHOUT ROWID;

        CREATE TABLE manual_alias_terms (
            term TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            language TEXT NOT NULL,
            PRIMARY KEY (term, entity_id, name, language),
            FOREIGN KEY (entity_id, name, language) REFERENCES manual_aliases (entity_id, name, language) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX ix_manual_alias_terms_alias ON manual_alias_terms (entity_id, name, language);

        CREATE TABLE document_entities (
            document_id TEXT NOT NULL REFERENCES documents (id),
            entity_id TEXT NOT NULL REFERENCES entities (id),
            salience REAL NOT NULL CHECK (salience >= 0 AND salience <= 1),
            PRIMARY KEY (document_id, entity_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_document_entities_entity ON document_entities (entity_id, document_id);

        CREATE TABLE link_decisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            entity_id TEXT NOT NULL REFERENCES entities (id),
            document_id TEXT REFERENCES documents (id),
            surface TEXT NOT NULL,
            kind TEXT NOT NULL,
            score REAL NOT NULL CHECK (score >= 0 AND score <= 1),
            reason TEXT NOT NULL,
            candidate_entity_id TEXT,
            shared_entity_ids TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        CREATE INDEX ix_link_decisions_entity ON link_decisions (entity_id, id);
        CREATE INDEX ix_link_decisions_candidate ON link_decisions (candidate_entity_id, id);
        CREATE INDEX ix_link_decisions_document ON link_decisions (document_id);
        CREATE INDEX ix_link_decisions_kind ON link_decisions (kind, id);

        CREATE TABLE entity_redirects (
            from_id TEXT NOT NULL PRIMARY KEY,
            to_id TEXT NOT NULL REFERENCES entities (id),
            created_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX ix_entity_redirects_to ON entity_redirects (to_id);
        """;

    /// <summary>API keys: the public key id, the actor name, the role and the salted hash of the secret; one live key per name.</summary>
    private const string Version3 = """
        CREATE TABLE api_keys (
            key_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            salt BLOB NOT NULL,
            hash BLOB NOT NULL,
            created_at INTEGER NOT NULL,
            revoked_at INTEGER
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX ux_api_keys_live_name ON api_keys (name) WHERE revoked_at IS NULL;
        """;

    /// <summary>Link decisions name their actor: the API key that made the change (null for older rows and work without a key).</summary>
    private const string Version4 = """
        ALTER TABLE link_decisions ADD COLUMN actor TEXT;
        """;

    /// <summary>
    /// The review loop: every mention has a status (rejected ones are kept, unlinked, in mention_rows; the view
    /// <c>mentions</c> is the linked ones, which every count and query reads), the threshold it was routed against and who
    /// reviewed it; documents carry a domain and their review's completion; mention_reviews records every decision with
    /// the mention before and after.
    /// </summary>
    private const string Version5 = """
        CREATE TABLE mention_rows (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL REFERENCES documents (id),
            entity_id TEXT REFERENCES entities (id),
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            confidence REAL NOT NULL,
            model_id TEXT NOT NULL,
            language TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'ACCEPTED' CHECK (status IN ('ACCEPTED', 'IN_REVIEW', 'REJECTED', 'CORRECTED', 'ADDED')),
            accept_threshold REAL,
            reviewed_by TEXT,
            reviewed_at INTEGER,
            CHECK (start_offset >= 0 AND end_offset > start_offset),
            CHECK ((status = 'REJECTED') = (entity_id IS NULL)),
            UNIQUE (document_id, entity_id, start_offset, end_offset)
        );
        INSERT INTO mention_rows (id, document_id, entity_id, start_offset, end_offset, text, type, confidence, model_id, language)
        SELECT id, document_id, entity_id, start_offset, end_offset, text, type, confidence, model_id, language FROM mentions;
        DROP TABLE mentions;
        CREATE INDEX ix_mention_rows_document ON mention_rows (document_id, start_offset);
        CREATE INDEX ix_mention_rows_entity ON mention_rows (entity_id, document_id);
        CREATE INDEX ix_mention_rows_status ON mention_rows (status, id);
        CREATE VIEW mentions AS
            SELECT id, document_id, entity_id, start_offset, end_offset, text, type, confidence, model_id, language, status, accept_threshold, reviewed_by, reviewed_at
            FROM mention_rows WHERE status <> 'REJECTED';

        ALTER TABLE documents ADD COLUMN domain TEXT;
        ALTER TABLE documents ADD COLUMN reviewed_by TEXT;
        ALTER TABLE documents ADD COLUMN reviewed_at INTEGER;
        CREATE INDEX ix_documents_reviewed ON documents (reviewed_at) WHERE reviewed_at IS NOT NULL;

        CREATE TABLE mention_reviews (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            document_id TEXT NOT NULL REFERENCES documents (id),
            mention_id INTEGER,
            action TEXT NOT NULL,
            reviewer TEXT,
            created_at INTEGER NOT NULL,
            before TEXT,
            after TEXT
        );
        CREATE INDEX ix_mention_reviews_mention ON mention_reviews (mention_id, id);
        CREATE INDEX ix_mention_reviews_document ON mention_reviews (document_id, id);
        """;

    /// <summary>
    /// Document origins: the file a document was read from, its reader format, the part of the file (an attachment, a JSON
    /// item), the document it is attached to and the format's metadata (a JSON object of strings). Documents stored before
    /// have none until they are ingested again.
    /// </summary>
    private const string Version6 = """
        ALTER TABLE documents ADD COLUMN origin_path TEXT;
        ALTER TABLE documents ADD COLUMN origin_format TEXT;
        ALTER TABLE documents ADD COLUMN origin_part TEXT;
        ALTER TABLE documents ADD COLUMN origin_parent_id TEXT;
        ALTER TABLE documents ADD COLUMN origin_metadata TEXT;
        CREATE INDEX ix_documents_origin_parent ON documents (origin_parent_id) WHERE origin_parent_id IS NOT NULL;
        """;

    /// <summary>
    /// Batch jobs: a job with its state, options, timestamps and counts, and one row per item (a document to ingest, or a
    /// source that could not be read) with the item's input until it is done, so that a restarted silo resumes the job.
    /// </summary>
    private const string Version7 = """
        CREATE TABLE jobs (
            id TEXT NOT NULL PRIMARY KEY,
            kind TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED')),
            options TEXT NOT NULL,
            actor TEXT,
            error TEXT,
            items_complete INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            started_at INTEGER,
            finished_at INTEGER,
            heartbeat_at INTEGER,
            total INTEGER NOT NULL DEFAULT 0,
            processed INTEGER NOT NULL DEFAULT 0,
            created INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX ix_jobs_state ON jobs (state, created_at);
        CREATE TABLE job_items (
            job_id TEXT NOT NULL REFERENCES jobs (id),
            sequence INTEGER NOT NULL,
            origin TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('PENDING', 'DONE', 'FAILED', 'SKIPPED')),
            payload TEXT,
            document_id TEXT,
            outcome TEXT,
            code TEXT,
            message TEXT,
            PRIMARY KEY (job_id, sequence),
            UNIQUE (job_id, origin)
        );
        CREATE INDEX ix_job_items_state ON job_items (job_id, state, sequence);
        """;

    /// <summary>Keys by name alone, for linking one name across types (<c>FindEntityByNameKeyAsync</c>).</summary>
    private const string Version8 = """
        CREATE INDEX ix_entity_keys_name ON entity_keys (normalized_key);
        """;
}
