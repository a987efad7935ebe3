/**
 * Roles and the permissions they grant: the one place where role names turn into permissions.
 * Pages and routes ask for a permission (`action:entity:scope`), never for a role.
 * The same table is written into the database by a migration (reference data); a unit test keeps
 * the two equal.
 */

export const ROLES = ["manager", "supervisor", "content_lead", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "rehearse:attempt:own",
  "read:progress:own",
  "take:quiz:own",
  "dispute:attempt:own",
  "read:team:own",
  "assign:work:team",
  "review:attempt:team",
  "override:score:team",
  "read:progress:team",
  "export:results:team",
  "manage:certification:any",
  "edit:content:any",
  "publish:content:any",
  "read:unmatched:any",
  "manage:user:any",
  "manage:team:any",
  "download:backup:any",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  manager: ["rehearse:attempt:own", "read:progress:own", "take:quiz:own", "dispute:attempt:own"],
  supervisor: [
    "read:team:own",
    "assign:work:team",
    "review:attempt:team",
    "override:score:team",
    "read:progress:team",
    "export:results:team",
    "manage:certification:any",
  ],
  content_lead: ["edit:content:any", "publish:content:any", "read:unmatched:any"],
  admin: ["manage:user:any", "manage:team:any", "download:backup:any", "edit:content:any", "publish:content:any", "read:unmatched:any"],
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}
