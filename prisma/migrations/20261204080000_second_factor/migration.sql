-- An optional second factor for admins and editors: a TOTP secret (RFC 6238, base32), and the last
-- time step a code was accepted for, so a code seen over someone's shoulder cannot be used twice.
ALTER TABLE "users" ADD COLUMN "totp_secret" TEXT;
ALTER TABLE "users" ADD COLUMN "totp_last_step" BIGINT;
