/** Accounts: people, sessions, roles and permissions, one-time links, sign-in limits. */
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { now, createdAt } from "./time";

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  /** null until an invited user sets a password */
  passwordHash: text("password_hash"),
  /** the interface language the user chose; null means follow Accept-Language */
  locale: text("locale", { enum: ["ru", "en"] }),
  /** how replies address the person grammatically: m, f or n (neutral); null means not chosen (neutral) */
  addressForm: text("address_form", { enum: ["m", "f", "n"] }),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  createdAt: createdAt(),
  updatedAt: integer("updated_at").notNull().default(now),
});

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** seconds since the epoch (lucia's drizzle adapter) */
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Reference data, filled by a migration. */
export const roles = sqliteTable("roles", {
  id: text("id").primaryKey(),
  sort: integer("sort").notNull(),
});

/** Reference data, filled by a migration: `action:entity:scope` strings. */
export const permissions = sqliteTable("permissions", {
  id: text("id").primaryKey(),
});

export const rolePermissions = sqliteTable(
  "role_permissions",
  {
    roleId: text("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
    permissionId: text("permission_id")
      .notNull()
      .references(() => permissions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.permissionId] })],
);

export const userRoles = sqliteTable(
  "user_roles",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    roleId: text("role_id")
      .notNull()
      .references(() => roles.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.roleId] })],
);

/** One-time links: invitations and password resets. Only the SHA-256 of the token is stored. */
export const authTokens = sqliteTable(
  "auth_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["invite", "reset"] }).notNull(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
  },
  (t) => [index("auth_tokens_user_idx").on(t.userId)],
);

/** Failed sign-in attempts, kept in the database so a restart does not reset the limit. */
export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** `email:<address>` or `ip:<address>` */
    key: text("key").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [index("sign_in_failures_key_idx").on(t.key, t.at)],
);
