-- Speaker search reads the trigram index on aliases on every keystroke. With GIN's fast update, new
-- aliases (every article saved adds some) wait in a pending list that each search reads in full until
-- a vacuum merges it: after 5,000 articles were ingested into a desk of a million statements the list
-- held 9,074 entries on 351 pages and speaker search answered at half its rate. Aliases are few per
-- article, so they now go straight into the index.
ALTER INDEX "speaker_aliases_normalized_text_trgm_idx" SET (fastupdate = off);
SELECT gin_clean_pending_list('speaker_aliases_normalized_text_trgm_idx'::regclass);
