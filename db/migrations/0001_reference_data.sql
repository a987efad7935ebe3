-- Reference data: roles, permissions (app/auth/permissions.ts) and rubric skills (app/engine/vocabulary.ts).
INSERT INTO roles (id, sort) VALUES ('manager', 0);
--> statement-breakpoint
INSERT INTO roles (id, sort) VALUES ('supervisor', 1);
--> statement-breakpoint
INSERT INTO roles (id, sort) VALUES ('content_lead', 2);
--> statement-breakpoint
INSERT INTO roles (id, sort) VALUES ('admin', 3);
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('rehearse:attempt:own');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('read:progress:own');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('take:quiz:own');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('dispute:attempt:own');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('read:team:own');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('assign:work:team');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('review:attempt:team');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('override:score:team');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('read:progress:team');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('export:results:team');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('manage:certification:any');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('edit:content:any');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('publish:content:any');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('read:unmatched:any');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('manage:user:any');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('manage:team:any');
--> statement-breakpoint
INSERT INTO permissions (id) VALUES ('download:backup:any');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('manager', 'rehearse:attempt:own');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('manager', 'read:progress:own');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('manager', 'take:quiz:own');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('manager', 'dispute:attempt:own');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('supervisor', 'read:team:own');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('supervisor', 'assign:work:team');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('supervisor', 'review:attempt:team');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('supervisor', 'override:score:team');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('supervisor', 'read:progress:team');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('supervisor', 'export:results:team');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('supervisor', 'manage:certification:any');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('content_lead', 'edit:content:any');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('content_lead', 'publish:content:any');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('content_lead', 'read:unmatched:any');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('admin', 'manage:user:any');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('admin', 'manage:team:any');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('admin', 'download:backup:any');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('admin', 'edit:content:any');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('admin', 'publish:content:any');
--> statement-breakpoint
INSERT INTO role_permissions (role_id, permission_id) VALUES ('admin', 'read:unmatched:any');
--> statement-breakpoint
INSERT INTO skills (id, sort, name_ru, name_en) VALUES ('contact', 0, 'Установление контакта', 'Opening the call');
--> statement-breakpoint
INSERT INTO skills (id, sort, name_ru, name_en) VALUES ('discovery', 1, 'Выявление потребностей и квалификация', 'Discovery and qualification');
--> statement-breakpoint
INSERT INTO skills (id, sort, name_ru, name_en) VALUES ('presentation', 2, 'Презентация', 'Presentation');
--> statement-breakpoint
INSERT INTO skills (id, sort, name_ru, name_en) VALUES ('objection_acknowledge', 3, 'Возражение: присоединение', 'Objection: acknowledge');
--> statement-breakpoint
INSERT INTO skills (id, sort, name_ru, name_en) VALUES ('objection_clarify', 4, 'Возражение: уточнение', 'Objection: clarify');
--> statement-breakpoint
INSERT INTO skills (id, sort, name_ru, name_en) VALUES ('objection_argue', 5, 'Возражение: аргументация', 'Objection: argue');
--> statement-breakpoint
INSERT INTO skills (id, sort, name_ru, name_en) VALUES ('objection_confirm', 6, 'Возражение: завершение', 'Objection: confirm');
--> statement-breakpoint
INSERT INTO skills (id, sort, name_ru, name_en) VALUES ('close', 7, 'Следующий шаг', 'Close and next step');
--> statement-breakpoint
INSERT INTO skills (id, sort, name_ru, name_en) VALUES ('hygiene', 8, 'Гигиена речи', 'Speech hygiene');
--> statement-breakpoint
INSERT INTO skills (id, sort, name_ru, name_en) VALUES ('winback', 9, 'Возврат клиента', 'Winning a customer back');
