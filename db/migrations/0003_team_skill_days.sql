-- Skill totals per team, UTC day and skill, for the all-teams heat map (see db/schema.ts).
-- Triggers keep it equal to "sum and count of the skill rows of the team's current members".
CREATE TABLE `team_skill_days` (
	`team_id` text NOT NULL,
	`day` integer NOT NULL,
	`skill` text NOT NULL,
	`total` real NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`team_id`, `day`, `skill`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `team_skill_days` (`team_id`, `day`, `skill`, `total`, `n`)
	SELECT m.team_id, s.finished_at / 86400000, s.skill, sum(s.score), count(*)
	FROM `attempt_skill_scores` s JOIN `team_members` m ON m.user_id = s.user_id
	GROUP BY 1, 2, 3;
--> statement-breakpoint
CREATE TRIGGER `team_skill_days_score_insert` AFTER INSERT ON `attempt_skill_scores` BEGIN
	INSERT INTO `team_skill_days` (`team_id`, `day`, `skill`, `total`, `n`)
		SELECT team_id, NEW.finished_at / 86400000, NEW.skill, NEW.score, 1 FROM `team_members` WHERE user_id = NEW.user_id
		ON CONFLICT (`team_id`, `day`, `skill`) DO UPDATE SET total = total + excluded.total, n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER `team_skill_days_score_delete` AFTER DELETE ON `attempt_skill_scores` BEGIN
	UPDATE `team_skill_days` SET total = total - OLD.score, n = n - 1
		WHERE day = OLD.finished_at / 86400000 AND skill = OLD.skill
			AND team_id IN (SELECT team_id FROM `team_members` WHERE user_id = OLD.user_id);
END;
--> statement-breakpoint
CREATE TRIGGER `team_skill_days_score_update` AFTER UPDATE OF `user_id`, `skill`, `score`, `finished_at` ON `attempt_skill_scores` BEGIN
	UPDATE `team_skill_days` SET total = total - OLD.score, n = n - 1
		WHERE day = OLD.finished_at / 86400000 AND skill = OLD.skill
			AND team_id IN (SELECT team_id FROM `team_members` WHERE user_id = OLD.user_id);
	INSERT INTO `team_skill_days` (`team_id`, `day`, `skill`, `total`, `n`)
		SELECT team_id, NEW.finished_at / 86400000, NEW.skill, NEW.score, 1 FROM `team_members` WHERE user_id = NEW.user_id
		ON CONFLICT (`team_id`, `day`, `skill`) DO UPDATE SET total = total + excluded.total, n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER `team_skill_days_member_insert` AFTER INSERT ON `team_members` BEGIN
	INSERT INTO `team_skill_days` (`team_id`, `day`, `skill`, `total`, `n`)
		SELECT NEW.team_id, finished_at / 86400000, skill, sum(score), count(*) FROM `attempt_skill_scores` WHERE user_id = NEW.user_id
		GROUP BY 2, 3
		ON CONFLICT (`team_id`, `day`, `skill`) DO UPDATE SET total = total + excluded.total, n = n + excluded.n;
END;
--> statement-breakpoint
CREATE TRIGGER `team_skill_days_member_delete` AFTER DELETE ON `team_members` BEGIN
	UPDATE `team_skill_days` SET total = team_skill_days.total - x.total, n = team_skill_days.n - x.n
		FROM (SELECT finished_at / 86400000 AS day, skill, sum(score) AS total, count(*) AS n
			FROM `attempt_skill_scores` WHERE user_id = OLD.user_id GROUP BY 1, 2) AS x
		WHERE team_skill_days.team_id = OLD.team_id AND team_skill_days.day = x.day AND team_skill_days.skill = x.skill;
END;
