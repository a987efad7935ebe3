import type { LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import fs from "node:fs";
import path from "node:path";
import { requirePermission } from "~/auth/session.server";
import { getDb } from "~/db.server";
import { recordAudit } from "~/models/organisation/admin.server";
import { backupToTemp } from "~/models/organisation/backup.server";

/**
 * A resource route: streams a consistent copy of the live database as an attachment. The copy
 * is made in a private temporary folder, which is removed once the stream closes (finished or
 * aborted by the client).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const auth = requirePermission(request, context, "download:backup:any");
  const { file, dispose } = await backupToTemp(getDb().$client);
  try {
    const size = fs.statSync(file).size;
    const stream = fs.createReadStream(file);
    stream.once("close", dispose);
    recordAudit({ actorId: auth.user.id, action: "backup.download", entityType: "database", entityId: path.basename(file) });
    return new Response(createReadableStreamFromReadable(stream), {
      headers: {
        "Content-Type": "application/vnd.sqlite3",
        "Content-Disposition": `attachment; filename="${path.basename(file)}"`,
        "Content-Length": String(size),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    dispose();
    throw error;
  }
}
