CREATE TABLE `inbox_rechecks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` text NOT NULL,
	`version_id` text NOT NULL,
	`held` integer NOT NULL,
	`matched` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `content_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `content_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inbox_rechecks_item_idx` ON `inbox_rechecks` (`item_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `unmatched_replies` ADD `resolution` text;--> statement-breakpoint
ALTER TABLE `unmatched_replies` ADD `resolved_version_id` text REFERENCES content_versions(id);--> statement-breakpoint
ALTER TABLE `unmatched_replies` ADD `resolved_option_id` text;--> statement-breakpoint
ALTER TABLE `unmatched_replies` ADD `drafted_at` integer;--> statement-breakpoint
ALTER TABLE `unmatched_replies` ADD `drafted_as` text;