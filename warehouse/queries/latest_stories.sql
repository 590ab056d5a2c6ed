-- The 20 most recent diplomacy stories, with the sentence that decided each.
SELECT strftime(published_at, '%Y-%m-%d') AS day, outlet, language,
       array_to_string(pairs, ' ') AS pairs, round(score, 2) AS score, title,
       json_extract_string(evidence, '$[0]') AS evidence, url
FROM diplomacy_stories
ORDER BY published_at DESC NULLS LAST
LIMIT 20;
