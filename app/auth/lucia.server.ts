/**
 * lucia v3 lives only here: the rest of the app talks to app/auth/session.server.ts, so lucia
 * (deprecated upstream) can be swapped for hand-written session code without touching routes.
 */
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { eq, getTableColumns, sql } from "drizzle-orm";
import { Lucia, TimeSpan, type DatabaseSession, type DatabaseUser } from "lucia";
import { getDb, schema, type Db } from "~/db.server";
import { serverEnv } from "~/env.server";

function prepareSessionAndUser(db: Db) {
  return db
    .select({ session: getTableColumns(schema.sessions), user: getTableColumns(schema.users) })
    .from(schema.sessions)
    .leftJoin(schema.users, eq(schema.users.id, schema.sessions.userId))
    .where(eq(schema.sessions.id, sql.placeholder("sessionId")))
    .prepare();
}

/**
 * The drizzle adapter, except for the read every request makes: the adapter built two queries
 * (the session, then its user) and compiled both on each call; here it is one statement, prepared
 * once. Same answer: the session and its user, the session alone if the user is gone, or neither.
 */
class SessionAdapter extends DrizzleSQLiteAdapter {
  readonly #sessionAndUser: ReturnType<typeof prepareSessionAndUser>;

  constructor(db: Db) {
    super(db, schema.sessions, schema.users);
    this.#sessionAndUser = prepareSessionAndUser(db);
  }

  override getSessionAndUser(sessionId: string): Promise<[session: DatabaseSession | null, user: DatabaseUser | null]> {
    const row = this.#sessionAndUser.get({ sessionId });
    if (!row) return Promise.resolve([null, null]);
    const { id, userId, expiresAt, ...sessionAttributes } = row.session;
    const session: DatabaseSession = { id, userId, expiresAt: new Date(expiresAt * 1000), attributes: sessionAttributes };
    if (!row.user) return Promise.resolve([session, null]);
    const { id: userKey, ...userAttributes } = row.user;
    return Promise.resolve([session, { id: userKey, attributes: userAttributes }]);
  }
}

function createLucia() {
  const adapter = new SessionAdapter(getDb());
  return new Lucia(adapter, {
    sessionExpiresIn: new TimeSpan(14, "d"),
    sessionCookie: {
      name: "callcraft_session",
      attributes: { secure: serverEnv().NODE_ENV === "production", sameSite: "lax" },
    },
    getUserAttributes: (attributes) => ({
      email: attributes.email,
      name: attributes.name,
      locale: attributes.locale,
      active: attributes.active,
    }),
  });
}

let instance: ReturnType<typeof createLucia> | undefined;
export function getLucia() {
  instance ??= createLucia();
  return instance;
}

declare module "lucia" {
  interface Register {
    Lucia: ReturnType<typeof createLucia>;
    DatabaseUserAttributes: {
      email: string;
      name: string;
      locale: "ru" | "en" | null;
      active: boolean;
    };
  }
}
