-- isnad's schema in one place: every table, type and index. It folds the migrations of 2026-11-25 to
-- 2026-12-04 into one (a database built from it equals one built by them); the functions and triggers
-- that keep the counts are in prisma/triggers.sql. prisma/schema.prisma describes the same tables for
-- Prisma's client, and test/schema.test.ts checks that the two agree.

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

CREATE TYPE "AliasReason" AS ENUM (
    'name',
    'mention',
    'exact',
    'spelling',
    'surname',
    'full_name',
    'typed',
    'look_alike'
);

CREATE TYPE "Role" AS ENUM (
    'admin',
    'editor',
    'checker',
    'viewer'
);

CREATE TYPE "SpeakerKind" AS ENUM (
    'person',
    'organization',
    'group',
    'anonymous',
    'unnamed'
);

CREATE TYPE "SpeakerMoveKind" AS ENUM (
    'merge',
    'detach'
);

CREATE TYPE "StatementStatus" AS ENUM (
    'pending',
    'verified',
    'disputed'
);

CREATE TYPE "StatementType" AS ENUM (
    'direct',
    'indirect',
    'mixed'
);

CREATE TYPE statement_count_delta AS (
	article_id integer,
	speaker_id integer,
	assignee_id integer,
	reviewer_id integer,
	status "StatementStatus",
	created_at timestamp with time zone,
	n integer,
	language character varying(16)
);

CREATE TABLE users (
    id SERIAL,
    email text NOT NULL,
    name text NOT NULL,
    role "Role" DEFAULT 'viewer'::"Role" NOT NULL,
    password_hash text NOT NULL,
    disabled_at timestamp(3) with time zone,
    last_login_at timestamp(3) with time zone,
    created_at timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp(3) with time zone NOT NULL,
    totp_secret text,
    totp_last_step bigint,
    CONSTRAINT users_pkey PRIMARY KEY (id)
);

CREATE UNIQUE INDEX users_email_key ON users USING btree (email);

CREATE TABLE session (
    sid character varying NOT NULL,
    sess jsonb NOT NULL,
    expire timestamp(6) without time zone NOT NULL,
    CONSTRAINT session_pkey PRIMARY KEY (sid)
);

CREATE INDEX "IDX_session_expire" ON session USING btree (expire);

CREATE TABLE login_failures (
    id BIGSERIAL,
    email text,
    ip text NOT NULL,
    created_at timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT login_failures_pkey PRIMARY KEY (id)
);

CREATE INDEX login_failures_email_created_at_idx ON login_failures USING btree (email, created_at);

CREATE INDEX login_failures_ip_created_at_idx ON login_failures USING btree (ip, created_at);

CREATE TABLE api_tokens (
    id SERIAL,
    user_id integer NOT NULL,
    name text NOT NULL,
    token_hash character(64) NOT NULL,
    prefix character varying(16) NOT NULL,
    last_used_at timestamp(3) with time zone,
    expires_at timestamp(3) with time zone,
    revoked_at timestamp(3) with time zone,
    created_at timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT api_tokens_pkey PRIMARY KEY (id)
);

CREATE UNIQUE INDEX api_tokens_token_hash_key ON api_tokens USING btree (token_hash);

CREATE INDEX api_tokens_user_id_idx ON api_tokens USING btree (user_id);

CREATE TABLE articles (
    id SERIAL,
    title text NOT NULL,
    body text NOT NULL,
    language character varying(16) NOT NULL,
    source text,
    url text,
    published_at timestamp(3) with time zone,
    content_hash character(64) NOT NULL,
    created_by_id integer,
    created_at timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    pending_count integer DEFAULT 0 NOT NULL,
    verified_count integer DEFAULT 0 NOT NULL,
    disputed_count integer DEFAULT 0 NOT NULL,
    CONSTRAINT articles_pkey PRIMARY KEY (id)
);

CREATE UNIQUE INDEX articles_content_hash_key ON articles USING btree (content_hash);

CREATE INDEX articles_created_at_id_idx ON articles USING btree (created_at DESC, id DESC);

CREATE INDEX articles_pending_count_idx ON articles USING btree (pending_count DESC);

CREATE TABLE speakers (
    id SERIAL,
    name text NOT NULL,
    kind "SpeakerKind" NOT NULL,
    normalized_name text NOT NULL,
    roles text[] DEFAULT ARRAY[]::text[],
    created_at timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp(3) with time zone NOT NULL,
    merged_into_id integer,
    pending_count integer DEFAULT 0 NOT NULL,
    verified_count integer DEFAULT 0 NOT NULL,
    disputed_count integer DEFAULT 0 NOT NULL,
    CONSTRAINT speakers_pkey PRIMARY KEY (id)
);

CREATE INDEX speakers_merged_into_id_idx ON speakers USING btree (merged_into_id);

CREATE INDEX speakers_normalized_name_idx ON speakers USING btree (normalized_name);

CREATE INDEX speakers_pending_count_idx ON speakers USING btree (pending_count DESC);

CREATE TABLE speaker_aliases (
    id SERIAL,
    speaker_id integer NOT NULL,
    text text NOT NULL,
    normalized_text text NOT NULL,
    created_at timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    surname_key text DEFAULT ''::text NOT NULL,
    reason "AliasReason" DEFAULT 'mention'::"AliasReason" NOT NULL,
    matched_text text,
    article_id integer,
    speaker_statement_count integer,
    words text[] GENERATED ALWAYS AS (string_to_array(normalized_text, ' '::text)) STORED,
    CONSTRAINT speaker_aliases_pkey PRIMARY KEY (id)
) WITH (fillfactor='70');

CREATE INDEX speaker_aliases_article_id_idx ON speaker_aliases USING btree (article_id);

CREATE INDEX speaker_aliases_normalized_text_idx ON speaker_aliases USING btree (normalized_text);

CREATE INDEX speaker_aliases_normalized_text_trgm_idx ON speaker_aliases USING gin (normalized_text gin_trgm_ops) WITH (fastupdate=off);

CREATE UNIQUE INDEX speaker_aliases_speaker_id_normalized_text_key ON speaker_aliases USING btree (speaker_id, normalized_text);

CREATE INDEX speaker_aliases_surname_key_idx ON speaker_aliases USING btree (surname_key);

CREATE INDEX speaker_aliases_words_idx ON speaker_aliases USING gin (words) WITH (fastupdate=off);

CREATE TABLE speaker_alias_words (
    word text NOT NULL,
    CONSTRAINT speaker_alias_words_pkey PRIMARY KEY (word)
);

CREATE INDEX speaker_alias_words_word_trgm_idx ON speaker_alias_words USING gin (word gin_trgm_ops) WITH (fastupdate=off);

CREATE TABLE speaker_word_ranks (
    word text NOT NULL,
    place smallint NOT NULL,
    alias_id integer NOT NULL,
    speaker_id integer NOT NULL,
    statements integer,
    alias_length integer NOT NULL,
    CONSTRAINT speaker_word_ranks_pkey PRIMARY KEY (alias_id, word, place)
);

CREATE INDEX speaker_word_ranks_ranked_idx ON speaker_word_ranks USING btree (word, place, statements DESC, speaker_id, alias_length) WHERE (statements IS NOT NULL);

CREATE TABLE speaker_moves (
    id SERIAL,
    kind "SpeakerMoveKind" NOT NULL,
    from_speaker_id integer NOT NULL,
    to_speaker_id integer NOT NULL,
    statement_ids integer[] DEFAULT ARRAY[]::integer[],
    alias_ids integer[] DEFAULT ARRAY[]::integer[],
    to_roles_before text[] DEFAULT ARRAY[]::text[],
    created_by_id integer,
    created_at timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    undone_at timestamp(3) with time zone,
    CONSTRAINT speaker_moves_pkey PRIMARY KEY (id)
);

CREATE INDEX speaker_moves_from_speaker_id_idx ON speaker_moves USING btree (from_speaker_id);

CREATE INDEX speaker_moves_to_speaker_id_idx ON speaker_moves USING btree (to_speaker_id);

CREATE TABLE statements (
    id SERIAL,
    article_id integer NOT NULL,
    text text NOT NULL,
    start_offset integer NOT NULL,
    end_offset integer NOT NULL,
    type "StatementType" NOT NULL,
    cue text,
    speaker_id integer,
    speaker_mention text,
    speaker_start integer,
    speaker_end integer,
    confidence double precision,
    status "StatementStatus" DEFAULT 'pending'::"StatementStatus" NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    updated_at timestamp(3) with time zone NOT NULL,
    note text,
    evidence text[] DEFAULT ARRAY[]::text[],
    assignee_id integer,
    reviewed_by_id integer,
    reviewed_at timestamp(3) with time zone,
    search_text text DEFAULT ''::text NOT NULL,
    removed_at timestamp(3) with time zone,
    speaker_alias_id integer,
    search_vector tsvector GENERATED ALWAYS AS (to_tsvector(
CASE
    WHEN (text ~ '[\u0600-\u06FF]'::text) THEN 'arabic'::regconfig
    ELSE 'english'::regconfig
END, text)) STORED,
    language character varying(16),
    public_withdrawn_at timestamp(3) with time zone,
    CONSTRAINT statements_pkey PRIMARY KEY (id)
);

CREATE INDEX statements_article_id_start_offset_idx ON statements USING btree (article_id, start_offset);

CREATE INDEX statements_assignee_id_status_idx ON statements USING btree (assignee_id, status);

CREATE INDEX statements_created_at_id_idx ON statements USING btree (created_at DESC, id DESC);

CREATE INDEX statements_search_text_idx ON statements USING gin (search_text gin_trgm_ops);

CREATE INDEX statements_search_vector_idx ON statements USING gin (search_vector);

CREATE INDEX statements_speaker_alias_id_idx ON statements USING btree (speaker_alias_id);

CREATE INDEX statements_speaker_id_created_at_id_idx ON statements USING btree (speaker_id, created_at DESC, id DESC);

CREATE INDEX statements_status_created_at_id_idx ON statements USING btree (status, created_at DESC, id DESC);

CREATE TABLE audit_events (
    id SERIAL,
    actor_id integer,
    action text NOT NULL,
    subject_type text NOT NULL,
    subject_id integer,
    before jsonb,
    after jsonb,
    note text,
    created_at timestamp(3) with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    ip text,
    CONSTRAINT audit_events_pkey PRIMARY KEY (id)
);

CREATE INDEX audit_events_actor_id_created_at_idx ON audit_events USING btree (actor_id, created_at);

CREATE INDEX audit_events_created_at_idx ON audit_events USING btree (created_at);

CREATE INDEX audit_events_subject_type_subject_id_created_at_idx ON audit_events USING btree (subject_type, subject_id, created_at);

CREATE TABLE status_tallies (
    scope character varying(32) NOT NULL,
    subject_id integer DEFAULT 0 NOT NULL,
    status "StatementStatus" NOT NULL,
    count integer DEFAULT 0 NOT NULL,
    slot smallint DEFAULT 0 NOT NULL,
    CONSTRAINT status_tallies_pkey PRIMARY KEY (scope, subject_id, status, slot)
);

CREATE TABLE pending_hours (
    hour timestamp(0) with time zone NOT NULL,
    count integer DEFAULT 0 NOT NULL,
    slot smallint DEFAULT 0 NOT NULL,
    CONSTRAINT pending_hours_pkey PRIMARY KEY (hour, slot)
);

CREATE TABLE verdict_days (
    day date NOT NULL,
    status "StatementStatus" NOT NULL,
    count integer DEFAULT 0 NOT NULL,
    slot smallint DEFAULT 0 NOT NULL,
    CONSTRAINT verdict_days_pkey PRIMARY KEY (day, status, slot)
);

ALTER TABLE api_tokens ADD CONSTRAINT api_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE articles ADD CONSTRAINT articles_created_by_id_fkey FOREIGN KEY (created_by_id) REFERENCES users(id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE audit_events ADD CONSTRAINT audit_events_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES users(id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE speaker_aliases ADD CONSTRAINT speaker_aliases_article_id_fkey FOREIGN KEY (article_id) REFERENCES articles(id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE speaker_aliases ADD CONSTRAINT speaker_aliases_speaker_id_fkey FOREIGN KEY (speaker_id) REFERENCES speakers(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE speaker_moves ADD CONSTRAINT speaker_moves_created_by_id_fkey FOREIGN KEY (created_by_id) REFERENCES users(id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE speaker_moves ADD CONSTRAINT speaker_moves_from_speaker_id_fkey FOREIGN KEY (from_speaker_id) REFERENCES speakers(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE speaker_moves ADD CONSTRAINT speaker_moves_to_speaker_id_fkey FOREIGN KEY (to_speaker_id) REFERENCES speakers(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE speaker_word_ranks ADD CONSTRAINT speaker_word_ranks_alias_id_fkey FOREIGN KEY (alias_id) REFERENCES speaker_aliases(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE speakers ADD CONSTRAINT speakers_merged_into_id_fkey FOREIGN KEY (merged_into_id) REFERENCES speakers(id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE statements ADD CONSTRAINT statements_article_id_fkey FOREIGN KEY (article_id) REFERENCES articles(id) ON UPDATE CASCADE ON DELETE CASCADE;
ALTER TABLE statements ADD CONSTRAINT statements_assignee_id_fkey FOREIGN KEY (assignee_id) REFERENCES users(id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE statements ADD CONSTRAINT statements_reviewed_by_id_fkey FOREIGN KEY (reviewed_by_id) REFERENCES users(id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE statements ADD CONSTRAINT statements_speaker_alias_id_fkey FOREIGN KEY (speaker_alias_id) REFERENCES speaker_aliases(id) ON UPDATE CASCADE ON DELETE SET NULL;
ALTER TABLE statements ADD CONSTRAINT statements_speaker_id_fkey FOREIGN KEY (speaker_id) REFERENCES speakers(id) ON UPDATE CASCADE ON DELETE SET NULL;
