/**
 * Round 7 (issue 15, label agreement): rubric rules for replies a trainer marks bad or partial,
 * checked with sentences written for this file (none is taken from the evaluation corpus).
 */
import { describe, expect, it } from "vitest";
import type { TurnInput, TurnScore } from "./index";
import { scoreTurn, turnPercent } from "./index";

const keys = (s: TurnScore): string[] => s.items.map((i) => i.key ?? "");

function turn(lang: "ru" | "en", text: string, over: Partial<TurnInput> = {}): TurnScore {
  return scoreTurn({ lang, leadType: "warm", text, leadLine: "", objectionType: null, history: [], turnIndex: 4, ...over });
}

describe("pushing the lead: a made-up fear of changing their mind, the dearest option at once, the sums skipped", () => {
  it.each([
    ["ru", "Записывайтесь прямо на понедельник, а то потом не соберётесь."],
    ["ru", "Оплачивайте сегодня, а то настрой остынет."],
    ["ru", "Берите сразу годовой, он самый выгодный."],
    ["ru", "Советую сразу максимальный пакет, там всё включено."],
    ["ru", "Оформляю заказ, цифры подождут."],
    ["ru", "А без неё никак? Давайте решим сами."],
    ["en", "Book Monday now, or you'll never get round to it."],
    ["en", "Pay today, before you lose the momentum."],
    ["en", "Go straight for the premium plan, it has everything."],
    ["en", "I'll just put the order through, the numbers can wait."],
    ["en", "Do you really need to ask her? It's a small order."],
  ] as const)("%s: %s", (lang, text) => {
    const s = turn(lang, text, { stepSkill: "close" });
    expect(keys(s)).toContain("anti.pressure");
    expect(turnPercent(s, "warm")).toBeLessThan(40);
  });

  it.each([
    ["ru", "Давайте запишу вас на понедельник, чтобы место не заняли. Удобно в десять?"],
    ["ru", "Сразу скажу цену: от трёх тысяч в месяц. Какой график вам удобен?"],
    ["ru", "А без него вам удобно встретиться в четверг?"],
    ["en", "Shall I book Monday at ten, so the slot is yours?"],
    ["en", "Let me go straight to the price: from thirty a month. What schedule suits you?"],
    ["en", "Do you need anything else from me before Thursday?"],
  ] as const)("a step or a question is not pressure: %s: %s", (lang, text) => {
    expect(keys(turn(lang, text, { stepSkill: "close" }))).not.toContain("anti.pressure");
  });
});

describe("brushing the lead off: defending the company, waving away the channel, stonewalling the gatekeeper", () => {
  it.each([
    ["ru", "У нас всё в порядке, это у курьера был плохой день."],
    ["ru", "Да у нас всё чётко, не переживайте."],
    ["ru", "Странно, мы же хорошо работали все эти годы."],
    ["ru", "Ну кто вашу почту читает, давайте я лучше перезвоню директору."],
    ["ru", "Это не ваше дело, просто передайте трубку."],
    ["en", "We always did a good job, so I don't see the problem."],
    ["en", "Honestly, nobody reads the info@ inbox."],
    ["en", "I'd rather not go into it with you, just put me through."],
    ["en", "That's not your concern, is he in?"],
  ] as const)("%s: %s", (lang, text) => {
    expect(keys(turn(lang, text, { stepSkill: "discovery" }))).toContain("anti.contradict");
  });

  it.each([
    ["ru", "У вас всё в порядке с поставками сейчас?"],
    ["ru", "Письмо пришлю, а кто у вас читает почту по закупкам?"],
    ["en", "Who reads the purchasing inbox, so I address it properly?"],
    ["en", "Is that your concern too, or mostly your boss's?"],
  ] as const)("a question about it is not: %s: %s", (lang, text) => {
    expect(keys(turn(lang, text, { stepSkill: "discovery" }))).not.toContain("anti.contradict");
  });
});
