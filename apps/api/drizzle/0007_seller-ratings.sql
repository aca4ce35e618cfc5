-- Seller ratings (docs/search.md): the aggregate the reviews feature will maintain, and the search documents' copy of
-- it for the rating filter and facet.
CREATE TABLE "seller_ratings" (
	"seller_id" uuid PRIMARY KEY NOT NULL,
	"average" numeric(3, 2) NOT NULL,
	"count" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seller_ratings_average_range" CHECK ("seller_ratings"."average" >= 0 and "seller_ratings"."average" <= 5),
	CONSTRAINT "seller_ratings_count_nonnegative" CHECK ("seller_ratings"."count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "search_documents" ADD COLUMN "seller_rating" numeric(3, 2);--> statement-breakpoint
ALTER TABLE "seller_ratings" ADD CONSTRAINT "seller_ratings_seller_id_users_id_fk" FOREIGN KEY ("seller_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- A seller's new average changes the documents of their active listings (same version: refresh), like a new city.
CREATE OR REPLACE FUNCTION seller_ratings_search_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  seller uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.seller_id ELSE NEW.seller_id END;
BEGIN
  INSERT INTO search_outbox (listing_id, version, op)
    SELECT id, version, 'upsert' FROM listings WHERE seller_id = seller AND status = 'active';
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER seller_ratings_search_outbox AFTER INSERT OR DELETE ON seller_ratings
  FOR EACH ROW EXECUTE FUNCTION seller_ratings_search_outbox();--> statement-breakpoint
CREATE TRIGGER seller_ratings_search_outbox_update AFTER UPDATE ON seller_ratings FOR EACH ROW
  WHEN (OLD.average IS DISTINCT FROM NEW.average OR OLD.count IS DISTINCT FROM NEW.count)
  EXECUTE FUNCTION seller_ratings_search_outbox();
