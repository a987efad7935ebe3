// Worker entry for content:check on several cores (checkParallel.ts): TypeScript through tsx.
import { register } from "tsx/esm/api";

register();
await import("./checkWorker.ts");
