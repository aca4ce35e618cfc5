DROP INDEX "seller_profiles_identity_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "seller_profiles_identity_unique" ON "seller_profiles" USING btree ("identity_number_index");