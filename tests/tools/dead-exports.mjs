#!/usr/bin/env node
/**
 * Lists exports that nothing imports: every `export` in app/ and db/ that no other file of app/,
 * db/ or tests/ names in an import or a re-export (Remix's route exports and `export *` barrels
 * are counted as used). It asks the TypeScript compiler for each exported symbol's references,
 * so a name used only inside its own file is reported too ("only its own file uses it": drop the
 * `export`). Slow-ish (a minute); run it by hand before a clean-up:
 *
 *   node tests/tools/dead-exports.mjs [--json]
 */
import path from "node:path";
import ts from "typescript";

const ROOT = process.cwd();
const config = ts.getParsedCommandLineOfConfigFile(
  path.join(ROOT, "tsconfig.json"),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
if (!config) throw new Error("tsconfig.json does not parse");
const files = config.fileNames.filter((file) => !file.includes("/node_modules/"));
const versions = new Map(files.map((file) => [file, "1"]));
const host = {
  getScriptFileNames: () => files,
  getScriptVersion: (file) => versions.get(file) ?? "1",
  getScriptSnapshot: (file) => (ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(file) ?? "") : undefined),
  getCurrentDirectory: () => ROOT,
  getCompilationSettings: () => config.options,
  getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
  fileExists: ts.sys.fileExists,
  readFile: ts.sys.readFile,
  readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists,
  getDirectories: ts.sys.getDirectories,
};
const service = ts.createLanguageService(host, ts.createDocumentRegistry());
const program = service.getProgram();
if (!program) throw new Error("no program");

/** Exports the framework calls by name in a route module (app/routes) and in app/root.tsx or the entries. */
const FRAMEWORK = new Set([
  "default",
  "handleError",
  "streamTimeout",
  "loader",
  "action",
  "meta",
  "links",
  "handle",
  "headers",
  "ErrorBoundary",
  "shouldRevalidate",
  "HydrateFallback",
  "clientLoader",
  "clientAction",
  "Layout",
  "config",
]);
const frameworkFile = (rel) => rel.startsWith("app/routes/") || rel === "app/root.tsx" || rel.startsWith("app/entry.");
const scanned = (rel) =>
  (rel.startsWith("app/") || rel.startsWith("db/")) && !/\.(test|spec|bench)\.tsx?$/.test(rel) && !rel.includes("__fixtures__");

const results = [];
for (const source of program.getSourceFiles()) {
  const rel = path.relative(ROOT, source.fileName);
  if (rel.startsWith("..") || rel.includes("node_modules") || !scanned(rel)) continue;
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) continue;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const name = exported.getName();
    if (frameworkFile(rel) && FRAMEWORK.has(name)) continue;
    const declaration = exported.declarations?.[0];
    if (!declaration || declaration.getSourceFile() !== source) continue; // re-exported from elsewhere: judged there
    const nameNode = ts.getNameOfDeclaration(declaration) ?? declaration;
    const references = service.findReferences(source.fileName, nameNode.getStart()) ?? [];
    const elsewhere = new Set();
    let inFile = 0;
    for (const group of references)
      for (const reference of group.references) {
        if (reference.isDefinition) continue;
        if (reference.fileName === source.fileName) inFile += 1;
        else elsewhere.add(path.relative(ROOT, reference.fileName));
      }
    // a re-export in a barrel (export { x } from "./file") counts as a use only if the barrel's name is used
    if (elsewhere.size === 0)
      results.push({ file: rel, name, line: source.getLineAndCharacterOfPosition(nameNode.getStart()).line + 1, usedInFile: inFile > 0 });
  }
}

if (process.argv.includes("--json")) console.log(JSON.stringify(results, null, 2));
else {
  for (const r of results)
    console.log(`${r.file}:${r.line}  ${r.name}${r.usedInFile ? "  (only its own file uses it: drop the export)" : "  (unused)"}`);
  console.log(`${results.length} export(s) nothing else imports (${results.filter((r) => !r.usedInFile).length} unused anywhere)`);
}
