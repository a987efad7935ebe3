/** Times are integers: epoch milliseconds, filled by SQLite when a row is written. */
import { sql } from "drizzle-orm";
import { integer } from "drizzle-orm/sqlite-core";

export const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;
export const createdAt = () => integer("created_at").notNull().default(now);
