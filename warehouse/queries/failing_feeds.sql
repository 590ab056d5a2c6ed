-- Feeds that are failing now, with how long since they last worked.
SELECT feed, outlet, consecutive_failures, last_error, last_success_at, next_poll_at
FROM feed_health
WHERE consecutive_failures > 0 OR last_status IN ('failed', 'not_a_feed', 'parse_error', 'empty')
ORDER BY consecutive_failures DESC, feed;
