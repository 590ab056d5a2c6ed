-- Articles on which the two newest detector versions disagree: verdict added or dropped, or other
-- country pairs. Run `bamboo reprocess --what detect` after a detector upgrade to get both versions.
-- To compare two other versions, replace the `versions` CTE with their names and ranks 1 (new), 2 (old).
WITH versions AS (
    SELECT detector_version, row_number() OVER (ORDER BY max(detected_at) DESC, detector_version DESC) AS rank
    FROM detections
    GROUP BY detector_version
),
new AS (SELECT d.* FROM detections d JOIN versions v USING (detector_version) WHERE v.rank = 1),
old AS (SELECT d.* FROM detections d JOIN versions v USING (detector_version) WHERE v.rank = 2)
SELECT CASE WHEN new.relevant AND NOT old.relevant THEN 'added'
            WHEN old.relevant AND NOT new.relevant THEN 'dropped'
            ELSE 'pairs changed' END AS change,
       old.detector_version AS old_version, new.detector_version AS new_version,
       array_to_string(list_sort(old.pairs), ' ') AS old_pairs,
       array_to_string(list_sort(new.pairs), ' ') AS new_pairs,
       round(old.score, 2) AS old_score, round(new.score, 2) AS new_score,
       strftime(a.published_at, '%Y-%m-%d') AS day, a.outlet, a.title, a.url
FROM old
JOIN new USING (article_id, body_sha256)
JOIN article_view a USING (article_id)
WHERE old.relevant <> new.relevant OR list_sort(old.pairs) <> list_sort(new.pairs)
ORDER BY change, a.published_at DESC NULLS LAST;
