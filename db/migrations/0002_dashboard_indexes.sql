CREATE INDEX `attempt_objection_scores_cover_idx` ON `attempt_objection_scores` (`user_id`,`finished_at`,`objection_type`,`score`);--> statement-breakpoint
CREATE INDEX `attempt_skill_scores_cover_idx` ON `attempt_skill_scores` (`user_id`,`finished_at`,`skill`,`score`);--> statement-breakpoint
CREATE INDEX `attempts_user_finished_idx` ON `attempts` (`user_id`,`finished_at`,`status`,`final_score`);--> statement-breakpoint
CREATE INDEX `attempts_finished_id_idx` ON `attempts` (`finished_at`,`id`);