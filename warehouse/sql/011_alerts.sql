-- Schema version 11: alerts. `alerts` holds every alert a run raised, with how it was delivered;
-- `alert_articles` the relevant articles the alert rules have already looked at, so a story, a pair
-- or a tier is news once. A warehouse made before this version starts with every story it holds
-- already seen: the first run after the upgrade alerts on what it brings, not on the whole history.

CREATE TABLE alerts (
    alert_id       VARCHAR PRIMARY KEY,   -- kind:... stable for what it reports (never sent twice)
    kind           VARCHAR NOT NULL,      -- stories | pair | tier | event | run_failed
    subject        VARCHAR NOT NULL,
    text           VARCHAR NOT NULL,
    details        JSON,                  -- what the rule found (ids, counts, urls)
    run_id         VARCHAR,               -- the run that raised it
    created_at     TIMESTAMPTZ NOT NULL,
    delivered_via  VARCHAR,               -- prefect-event | webhook | NULL (nothing configured)
    delivered_at   TIMESTAMPTZ,
    delivery_error VARCHAR                -- why the webhook POST failed, one line
);

CREATE TABLE alert_articles (
    article_id VARCHAR PRIMARY KEY,
    run_id     VARCHAR,                   -- the run whose alert check saw it (NULL: before version 11)
    seen_at    TIMESTAMPTZ NOT NULL
);

INSERT INTO alert_articles SELECT article_id, NULL, now() FROM article_current WHERE relevant;
