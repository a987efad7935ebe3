import type { Permission, Role } from "~/auth/permissions";
import type { MessageKey } from "~/i18n";

export interface NavItem {
  to: string;
  label: MessageKey;
  permission?: Permission;
}

/** Navigation is derived from permissions, never from role names. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: "/", label: "nav.home" },
  { to: "/rehearse", label: "nav.rehearse", permission: "rehearse:attempt:own" },
  { to: "/lessons", label: "nav.learn", permission: "take:quiz:own" },
  { to: "/progress", label: "nav.progress", permission: "read:progress:own" },
  { to: "/certificates", label: "nav.certificates", permission: "read:progress:own" },
  { to: "/supervise", label: "nav.team", permission: "read:team:own" },
  { to: "/studio", label: "nav.studio", permission: "edit:content:any" },
  { to: "/admin/users", label: "nav.users", permission: "manage:user:any" },
  { to: "/admin/teams", label: "nav.teams", permission: "manage:team:any" },
  { to: "/admin/mail", label: "nav.mail", permission: "manage:user:any" },
  { to: "/admin/backup", label: "nav.backup", permission: "download:backup:any" },
];

export function navFor(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || permissions.includes(item.permission));
}

export const ROLE_LABEL: Record<Role, MessageKey> = {
  manager: "role.manager",
  supervisor: "role.supervisor",
  content_lead: "role.content_lead",
  admin: "role.admin",
};
