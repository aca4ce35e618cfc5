-- Search (docs/search.md). pg_trgm and unaccent are trusted extensions (PostgreSQL 13+): the database owner may
-- create them. PGlite loads both from @electric-sql/pglite/contrib (create-database.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;--> statement-breakpoint
CREATE TABLE "search_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"brand_slug" text,
	"brand_name" text,
	"series" text,
	"model" text,
	"category_ids" uuid[] NOT NULL,
	"scale" text,
	"condition" text NOT NULL,
	"packaging" text NOT NULL,
	"flags" text[] NOT NULL,
	"year" smallint,
	"price_kurus" bigint NOT NULL,
	"city" text,
	"free_shipping" boolean NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"tsv" "tsvector" NOT NULL,
	"folded" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_indexer_lease" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"listing_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"op" text NOT NULL,
	"stage" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_vocabulary" (
	"word" text PRIMARY KEY NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_zero_results" (
	"query" text PRIMARY KEY NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_documents_tsv_idx" ON "search_documents" USING gin ("tsv");--> statement-breakpoint
CREATE INDEX "search_documents_folded_trgm_idx" ON "search_documents" USING gin ("folded" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_documents_category_ids_idx" ON "search_documents" USING gin ("category_ids");--> statement-breakpoint
CREATE INDEX "search_documents_flags_idx" ON "search_documents" USING gin ("flags");--> statement-breakpoint
CREATE INDEX "search_documents_published_idx" ON "search_documents" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX "search_documents_price_idx" ON "search_documents" USING btree ("price_kurus");--> statement-breakpoint
CREATE INDEX "search_documents_brand_idx" ON "search_documents" USING btree ("brand_slug");--> statement-breakpoint
CREATE INDEX "search_outbox_stage_idx" ON "search_outbox" USING btree ("stage","id");--> statement-breakpoint
CREATE INDEX "search_vocabulary_trgm_idx" ON "search_vocabulary" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_zero_results_last_seen_idx" ON "search_zero_results" USING btree ("last_seen_at");--> statement-breakpoint
-- unaccent() is STABLE (its dictionary could change); the two-argument form with a fixed dictionary is the usual
-- IMMUTABLE wrapper, so it may be used wherever the same text must always fold the same way.
CREATE OR REPLACE FUNCTION search_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, input)) $$;--> statement-breakpoint
-- Every listing change that search cares about records an outbox row in the listing's own transaction. Edits of
-- drafts, favorite counters (no version change) and other columns are skipped.
CREATE OR REPLACE FUNCTION listings_search_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO search_outbox (listing_id, version, op) VALUES (OLD.id, OLD.version + 1, 'delete');
    RETURN OLD;
  END IF;
  IF TG_OP = 'INSERT' AND NEW.status <> 'active' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NEW.version = OLD.version AND NEW.status = OLD.status THEN
      RETURN NEW;
    END IF;
    IF OLD.status <> 'active' AND NEW.status <> 'active' THEN
      RETURN NEW;
    END IF;
  END IF;
  INSERT INTO search_outbox (listing_id, version, op)
    VALUES (NEW.id, NEW.version, CASE WHEN NEW.status = 'active' THEN 'upsert' ELSE 'remove' END);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER listings_search_outbox AFTER INSERT OR UPDATE OR DELETE ON listings
  FOR EACH ROW EXECUTE FUNCTION listings_search_outbox();--> statement-breakpoint
-- A renamed brand and a seller's new city change the documents of their active listings (same version: refresh).
CREATE OR REPLACE FUNCTION brands_search_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_outbox (listing_id, version, op)
    SELECT id, version, 'upsert' FROM listings WHERE brand_id = NEW.id AND status = 'active';
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER brands_search_outbox AFTER UPDATE ON brands FOR EACH ROW
  WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.slug IS DISTINCT FROM NEW.slug)
  EXECUTE FUNCTION brands_search_outbox();--> statement-breakpoint
CREATE OR REPLACE FUNCTION users_search_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_outbox (listing_id, version, op)
    SELECT id, version, 'upsert' FROM listings WHERE seller_id = NEW.id AND status = 'active';
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER users_search_outbox AFTER UPDATE ON users FOR EACH ROW
  WHEN (OLD.city IS DISTINCT FROM NEW.city)
  EXECUTE FUNCTION users_search_outbox();--> statement-breakpoint
-- Listings that were live before this migration are indexed by the first drain.
INSERT INTO search_outbox (listing_id, version, op) SELECT id, version, 'upsert' FROM listings WHERE status = 'active';
