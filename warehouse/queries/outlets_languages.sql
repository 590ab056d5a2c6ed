-- Coverage: articles and diplomacy stories per outlet and language.
SELECT v.outlet, v.language, count(*) AS articles, count(s.article_id) AS diplomacy_stories
FROM article_view v LEFT JOIN diplomacy_stories s USING (article_id)
GROUP BY ALL
ORDER BY articles DESC;
