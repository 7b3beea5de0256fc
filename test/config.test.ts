import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { ConfigError, loadConfig, redactUrl } from "../src/config.ts";

describe("configuration", () => {
  it("has working defaults with an empty environment", () => {
    const config = loadConfig({}, "/srv/isnad");
    assert.equal(config.port, 3000);
    assert.equal(config.host, "127.0.0.1");
    assert.equal(config.databaseUrl, null);
    assert.equal(config.dataDir, path.resolve("/srv/isnad/.data"));
    assert.equal(config.logLevel, "info");
    assert.equal(config.maxArticleBytes, 1024 * 1024);
    assert.equal(config.sessionIdleMinutes, 120);
    assert.equal(config.sessionMaxHours, 12);
    assert.equal(config.trustProxy, false);
  });

  it("reads every setting from the environment", () => {
    const config = loadConfig(
      {
        PORT: "8080",
        HOST: "0.0.0.0",
        DATABASE_URL: "postgresql://u:p@db.internal:5432/isnad",
        DATA_DIR: "var/isnad",
        SESSION_SECRET: "x".repeat(40),
        LOG_LEVEL: "WARN",
        MAX_ARTICLE_BYTES: "2048",
        SESSION_IDLE_MINUTES: "30",
        SESSION_MAX_HOURS: "8",
        TRUST_PROXY: "1",
      },
      "/srv",
    );
    assert.equal(config.port, 8080);
    assert.equal(config.host, "0.0.0.0");
    assert.equal(config.databaseUrl, "postgresql://u:p@db.internal:5432/isnad");
    assert.equal(config.dataDir, "/srv/var/isnad");
    assert.equal(config.sessionSecret, "x".repeat(40));
    assert.equal(config.logLevel, "warn");
    assert.equal(config.maxArticleBytes, 2048);
    assert.equal(config.sessionIdleMinutes, 30);
    assert.equal(config.sessionMaxHours, 8);
    assert.equal(config.trustProxy, 1);
    assert.equal(loadConfig({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).trustProxy, "loopback, 10.0.0.0/8");
  });

  const bad: [Record<string, string>, RegExp][] = [
    [{ PORT: "abc" }, /PORT must be a whole number from 0 to 65535, not "abc"/],
    [{ PORT: "3000.5" }, /PORT must be a whole number/],
    [{ PORT: "70000" }, /PORT must be a whole number from 0 to 65535/],
    [{ PORT: "-1" }, /PORT must be a whole number/],
    [{ MAX_ARTICLE_BYTES: "1MB" }, /MAX_ARTICLE_BYTES must be a whole number/],
    [{ DATABASE_URL: "not a url" }, /DATABASE_URL is not a URL/],
    [{ DATABASE_URL: "mysql://localhost/x" }, /DATABASE_URL must start with postgresql:\/\//],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
    [{ SESSION_SECRET: "short" }, /SESSION_SECRET must be at least 32 characters/],
    [{ SESSION_IDLE_MINUTES: "0" }, /SESSION_IDLE_MINUTES must be a whole number from 1/],
    [{ TRUST_PROXY: "yes please!" }, /TRUST_PROXY must be true, false, a number/],
    [{ ORGANIZATION_URL: "desk.example" }, /ORGANIZATION_URL must be an http:\/\/ or https:\/\/ address/],
  ];
  for (const [env, message] of bad) {
    it(`rejects ${JSON.stringify(env)} with a message naming the setting`, () => {
      assert.throws(
        () => loadConfig(env),
        (error: unknown) => error instanceof ConfigError && message.test(error.message),
      );
    });
  }

  it("never shows a database password in messages", () => {
    assert.equal(redactUrl("postgresql://isnad:s3cret@db:5432/isnad"), "postgresql://isnad:***@db:5432/isnad");
  });
});
