/**
 * lucia v3 lives only here: the rest of the app talks to app/auth/session.server.ts, so lucia
 * (deprecated upstream) can be swapped for hand-written session code without touching routes.
 */
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { Lucia, TimeSpan } from "lucia";
import { getDb, schema } from "~/db.server";
import { serverEnv } from "~/env.server";

function createLucia() {
  const adapter = new DrizzleSQLiteAdapter(getDb(), schema.sessions, schema.users);
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
