-- A name from an article that mixes alphabets inside a word («Jоhn Smith» with a Cyrillic о) and looks
-- like a known speaker's: kept as that speaker's alias, marked, never a second speaker of its own.
ALTER TYPE "AliasReason" ADD VALUE IF NOT EXISTS 'look_alike';
