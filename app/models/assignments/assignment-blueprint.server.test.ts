import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const { parseScript } = await import("~/engine");
const { createUser } = await import("~/models/organisation/user.server");
const { publishVersion } = await import("~/models/content/content.server");
const { ensureTeam } = await import("../../../db/factories");
const { createAssignment } = await import("./assignment.server");
const { assignSchema } = await import("./assignment-form.server");
const { parseForm } = await import("~/utils/form.server");
const { translator } = await import("~/i18n/catalog.server");
const { assignedBlueprint, assignedBrief, blueprintForStart } = await import("./assignment-blueprint.server");
const { createAttempt, parseSnapshot, getOwnAttempt } = await import("~/models/rehearsal/attempt.server");

const source = fs.readFileSync(path.resolve(__dirname, "../../../scripts-content/scripts/cold-gatekeeper.en.mdx"), "utf8");
const definition = parseScript(source).definition;
if (!definition) throw new Error("the library script does not parse");

let boss = "";
let manager = "";
let itemId = "";
let versionId = "";

beforeAll(async () => {
  boss = await createUser({ email: "boss@test.callcraft", name: "Boss", roles: ["supervisor"] });
  manager = await createUser({ email: "m@test.callcraft", name: "Manager", roles: ["manager"] });
  ensureTeam({ id: "team-bp", name: "Blueprint team", supervisorIds: [boss], memberIds: [manager] });
  ({ itemId, versionId } = publishVersion({
    kind: "script",
    slug: definition.meta.id,
    lang: "en",
    title: definition.meta.title,
    source,
    compiledCode: "",
    definition,
    contentHash: "bp",
    compilerVersion: "x",
  }));
});

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(key, one);
  return data;
}

const base = { kind: "test", title: "Supplier exam", items: [] as string[] };
const en = translator("en").t;

/** The form as the page sends it, parsed by the action's schema: the new assignment or the errors per field. */
async function parseAssignForm(fields: Record<string, string | string[]>, supervisorId: string, locale: "en" | "ru" = "en") {
  const submission = await parseForm(form(fields), assignSchema(translator(locale), supervisorId));
  return submission.status === "success" ? { input: submission.value } : { errors: submission.error };
}

describe("the exam requirements of a test", () => {
  it("are validated on the server, each error on its own field, in the reader's language", async () => {
    const result = await parseAssignForm(
      { ...base, target: `user:${manager}`, items: [itemId], minTurns: "0", timeLimit: "abc", objection: `${itemId}|no-such` },
      boss,
    );
    expect(result).toEqual({ errors: { minTurns: [en("exam.error.minTurns")], timeLimit: [en("exam.error.timeLimit")] } });
    expect(await parseAssignForm({ ...base, target: `user:${manager}`, items: [itemId], objection: `${itemId}|no-such` }, boss)).toEqual({
      errors: { objection: [en("exam.error.objections")] },
    });
    expect(await parseAssignForm({ ...base, target: `user:${manager}`, items: [itemId], minTurns: "41" }, boss, "ru")).toEqual({
      errors: { minTurns: [translator("ru").t("exam.error.minTurns")] },
    });
    expect(await parseAssignForm({ ...base, target: `user:${manager}`, items: [itemId], timeLimit: "61" }, boss)).toEqual({
      errors: { timeLimit: [en("exam.error.timeLimit")] },
    });
  });

  it("the other fields are refused beside themselves: title, target, items, kind, pass mark, due date", async () => {
    expect(await parseAssignForm({ ...base, title: " ", target: "user:nobody", passMark: "101", due: "2020-01-01" }, boss)).toEqual({
      errors: {
        title: [en("supervise.error.title")],
        target: [en("supervise.error.target")],
        items: [en("supervise.error.items")],
        passMark: [en("supervise.error.passMark")],
        due: [en("supervise.error.due")],
      },
    });
    expect(await parseAssignForm({ ...base, kind: "exam", target: `user:${manager}`, items: [itemId] }, boss)).toEqual({
      errors: { kind: [en("supervise.error.kind")] },
    });
    expect(await parseAssignForm({ ...base, kind: "certification", target: `user:${manager}`, certificationId: "no-such" }, boss)).toEqual({
      errors: { certificationId: [en("supervise.error.certification")] },
    });
  });

  it("are stored per script and read back; objections of unchosen scripts are ignored", async () => {
    const parsed = await parseAssignForm(
      {
        ...base,
        target: `user:${manager}`,
        items: [itemId],
        minTurns: "9",
        timeLimit: "5",
        objection: [`${itemId}|have-supplier`, `other-item|price`],
      },
      boss,
    );
    if (!("input" in parsed) || !parsed.input) throw new Error(JSON.stringify(parsed));
    expect(parsed.input.blueprints).toEqual({ [itemId]: { objections: ["have-supplier"], minTurns: 9, timeLimit: 300 } });
    const id = createAssignment(parsed.input);
    expect(assignedBlueprint(id, itemId)).toEqual({ objections: ["have-supplier"], minTurns: 9, timeLimit: 300 });
    const brief = assignedBrief(id, itemId);
    expect(brief?.objections.map((objection) => objection.id)).toEqual([...definition.meta.blueprint.objections, "have-supplier"]);
    expect(brief).toMatchObject({ minTurns: 9, timeLimit: 300, lang: "en" });
  });

  it("a training stores none, even when the fields were sent (bad ones too: they are not its fields)", async () => {
    const parsed = await parseAssignForm(
      { ...base, kind: "training", target: `user:${manager}`, items: [itemId], minTurns: "abc", objection: `${itemId}|have-supplier` },
      boss,
    );
    if (!("input" in parsed) || !parsed.input) throw new Error(JSON.stringify(parsed));
    expect(parsed.input.blueprints ?? {}).toEqual({});
    expect(parsed.input).toMatchObject({ kind: "training", itemIds: [itemId], passMark: null, maxTries: null, createdBy: boss });
  });
});

describe("the blueprint an assigned exam starts with", () => {
  it("only tightens the script's: more objections, never fewer turns, the shorter time limit", () => {
    const own = definition.meta.blueprint;
    expect(blueprintForStart(definition, null)).toBeUndefined();
    const loose = blueprintForStart(definition, { minTurns: 1, objections: ["gone-since", "have-supplier"] });
    expect(loose).toEqual({ objections: [...own.objections, "have-supplier"], minTurns: own.minTurns });
    expect(blueprintForStart(definition, { objections: [...own.objections] })?.objections).toEqual(own.objections);
    expect(
      blueprintForStart({ ...definition, meta: { ...definition.meta, blueprint: { ...own, timeLimit: 600 } } }, { timeLimit: 300 })
        ?.timeLimit,
    ).toBe(300);
    expect(
      blueprintForStart({ ...definition, meta: { ...definition.meta, blueprint: { ...own, timeLimit: 200 } } }, { timeLimit: 300 })
        ?.timeLimit,
    ).toBe(200);
  });

  it("reaches the engine: the attempt's snapshot carries it", () => {
    const blueprint = blueprintForStart(definition, { objections: ["have-supplier"], minTurns: 9, timeLimit: 300 });
    const id = createAttempt({
      userId: manager,
      itemId,
      versionId,
      mode: "exam",
      answerMode: "choice",
      seed: 7,
      ...(blueprint && { blueprint }),
    });
    const row = getOwnAttempt(id, manager);
    if (!row) throw new Error("attempt missing");
    const snapshot = parseSnapshot(row);
    expect(snapshot.format === 2 && snapshot.blueprint).toEqual({
      ...definition.meta.blueprint,
      objections: [...definition.meta.blueprint.objections, "have-supplier"],
      minTurns: 9,
      timeLimit: 300,
    });
  });
});

describe("the number of tries", () => {
  // The page asks for it for a test and a certification (the counted, exam-mode kinds) and hides
  // it for a training, which is practice: what is stored must say the same.
  it("is kept for a test and a certification and dropped for a training, even when sent", async () => {
    const { createCertification } = await import("~/models/certification/certificate.server");
    const certificationId = createCertification({
      title: "Tries cert",
      validityDays: 365,
      renewBeforeDays: 30,
      items: [{ itemId, passMark: 70 }],
      createdBy: boss,
    });
    const sent = { title: "Tries", target: `user:${manager}`, maxTries: "3" };
    const stored = async (fields: Record<string, string | string[]>) => {
      const parsed = await parseAssignForm({ ...sent, ...fields }, boss);
      if (!("input" in parsed) || !parsed.input) throw new Error(JSON.stringify(parsed));
      return parsed.input.maxTries;
    };
    expect(await stored({ kind: "test", items: [itemId] })).toBe(3);
    expect(await stored({ kind: "certification", certificationId })).toBe(3);
    expect(await stored({ kind: "training", items: [itemId] })).toBeNull();
    expect(await stored({ kind: "test", items: [itemId], maxTries: "" })).toBeNull();
  });
});
