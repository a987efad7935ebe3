/**
 * `npm run db:seed`: the demo organisation. Idempotent: running it again adds nothing.
 * Every demo account signs in with the password DEMO_PASSWORD (printed in the README).
 */
import { databasePath, getDb } from "../app/db.server";
import { DEMO_PASSWORD, ensureTeam, ensureUser } from "./factories";

export async function seedDemo(): Promise<void> {
  getDb();
  await ensureUser({ email: "admin@callcraft.demo", name: "Анна Админова", roles: ["admin"] });
  await ensureUser({ email: "content@callcraft.demo", name: "Ольга Методистова", roles: ["content_lead"] });
  const svMoscow = await ensureUser({ email: "supervisor.moscow@callcraft.demo", name: "Игорь Руководителев", roles: ["supervisor"] });
  const svLondon = await ensureUser({ email: "supervisor.london@callcraft.demo", name: "Helen Carter", roles: ["supervisor"], locale: "en" });
  const moscow = [
    await ensureUser({ email: "manager1@callcraft.demo", name: "Дмитрий Соколов", roles: ["manager"] }),
    await ensureUser({ email: "manager2@callcraft.demo", name: "Екатерина Волкова", roles: ["manager"] }),
    await ensureUser({ email: "manager3@callcraft.demo", name: "Артём Лебедев", roles: ["manager"] }),
    await ensureUser({ email: "manager4@callcraft.demo", name: "Мария Козлова", roles: ["manager"] }),
  ];
  const london = [
    await ensureUser({ email: "manager5@callcraft.demo", name: "James Whitfield", roles: ["manager"], locale: "en" }),
    await ensureUser({ email: "manager6@callcraft.demo", name: "Priya Nair", roles: ["manager"], locale: "en" }),
    await ensureUser({ email: "manager7@callcraft.demo", name: "Tom Becker", roles: ["manager"], locale: "en" }),
  ];
  ensureTeam({ id: "team-moscow", name: "Москва — B2B продажи", supervisorIds: [svMoscow], memberIds: moscow });
  ensureTeam({ id: "team-london", name: "London — inside sales", supervisorIds: [svLondon], memberIds: london });
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/").split("/").pop() ?? "");
if (isMain) {
  await seedDemo();
  console.log(`Demo organisation ready in ${databasePath()} (password for every demo account: ${DEMO_PASSWORD})`);
}
