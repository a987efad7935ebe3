import { describe, expect, it } from "vitest";
import type { Lang } from "../../vocabulary";
import { tokenize } from "../text/tokenize";
import { compileSynonyms, conceptId, phraseHits, synonymsFor, wordConcepts } from "./synonyms";
import { SYNONYMS_EN } from "./synonyms.en";
import { SYNONYMS_RU } from "./synonyms.ru";

/** The concepts a text carries, word by word and by phrase. */
function concepts(text: string, lang: Lang): Set<number> {
  const syn = synonymsFor(lang);
  const { tokens } = tokenize(text);
  const out = new Set<number>();
  for (const t of tokens) wordConcepts(syn, t).forEach((c) => out.add(c));
  for (const [, , c] of phraseHits(syn, tokens)) out.add(c);
  return out;
}

const TABLES: [Lang, Record<string, readonly string[]>][] = [
  ["ru", SYNONYMS_RU],
  ["en", SYNONYMS_EN],
];

describe("the paraphrase lexicon (reviewed data)", () => {
  it.each(TABLES)("%s: every entry compiles and carries its own group's concept", (lang, table) => {
    for (const [name, entries] of Object.entries(table)) {
      expect(entries.length, name).toBeGreaterThan(1);
      for (const entry of entries) expect(concepts(entry, lang).has(conceptId(name)), `${name}: ${entry}`).toBe(true);
    }
  });

  it.each(TABLES)("%s: no entry is listed twice, in one group or across groups", (lang, table) => {
    const seen = new Map<string, string>();
    for (const [name, entries] of Object.entries(table)) {
      for (const entry of entries) {
        const key = entry.toLowerCase().replace(/ё/g, "е");
        expect(seen.get(key), `${lang}: "${entry}" in ${name} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });

  it.each([
    ["шефу", "руководителя", "boss"],
    ["директором", "начальник", "boss"],
    ["скину", "пришлю", "send"],
    ["отправлю", "вышлем", "send"],
    ["согласовал", "одобрил", "approve"],
    ["дороговато", "недешево", "expensive"],
    ["сомнения", "смущает", "worry"],
    ["останавливает", "смущает", "worry"],
    ["стартуем", "начнём", "start"],
    ["экселе", "таблицах", "spreadsheet"],
    ["материалы", "информацию", "info"],
    ["гляньте", "посмотрите", "look"],
    ["на досуге", "когда будет время", "leisure"],
    ["графику", "расписанию", "schedule"],
    ["не устраивает", "недовольны", "dissatisfied"],
    ["всего хорошего", "до свидания", "farewell"],
    ["в другой раз", "попозже", "later"],
    ["платить частями", "в рассрочку", "installment"],
    ["как вы там", "как поживаете", "how_are_you"],
    ["всё в порядке", "всё нормально", "all_well"],
    ["что случилось", "что пошло не так", "went_wrong"],
    ["демо", "покажу систему", "demo"],
    ["прямо сейчас", "немедленно", "immediately"],
    ["хозяину", "владельца", "boss"],
    ["тот, кто подписывает", "руководитель", "boss"],
    ["кто принимает решение по закупкам", "начальство", "boss"],
    ["когда лучше", "удобнее", "convenient"],
    // round 6: everyday forms of words every call uses
    ["сколько это стоит", "какая цена", "price"],
    ["что напрягает", "что смущает", "worry"],
    ["в чём загвоздка", "в чём проблема", "problem"],
    ["машины запаздывают", "задержки", "delay"],
    ["звякну вам", "перезвоню", "call"],
    ["закину на почту", "пришлю", "send"],
    ["я прикину", "подумаю", "think"],
    ["зашиваемся", "заняты", "busy"],
    ["пересечёмся", "встретимся", "meet"],
    ["это ключевое", "это важно", "important"],
    ["подскажите", "расскажите", "tell"],
    ["гендиру", "директору", "boss"],
    // round 7
    ["когда внедрять", "когда запуск", "start"],
    ["что зашло", "что понравилось", "like"],
    ["ради чего", "с какой целью", "purpose"],
    ["бюджет на перевозки", "расходы на доставку", "delivery"],
    ["мы возим назавтра", "доставим завтра", "delivery"],
    ["везём сами", "доставка наша", "delivery"],
    ["цены ниже", "дешевле", "cheap"],
    ["назавтра", "на следующий день", "next_day"],
    ["пришлём смс", "придёт уведомление", "notify"],
    ["при сбое", "о поломке", "breakdown"],
    ["с какого числа начинаем", "когда начинаем", "when"],
  ])("ru: «%s» and «%s» mean %s, in any form", (x, y, name) => {
    expect(concepts(x, "ru").has(conceptId(name))).toBe(true);
    expect(concepts(y, "ru").has(conceptId(name))).toBe(true);
  });

  it.each([
    ["OK'd", "approved", "approve"],
    ["signed off", "approval", "approve"],
    ["boss", "manager", "boss"],
    ["pricey", "expensive", "expensive"],
    ["give you a ring", "call", "call"],
    ["snowed under", "busy", "busy"],
    ["holding you back", "putting you off", "worry"],
    ["kick off", "get started", "start"],
    ["not happy with", "isn't working", "dissatisfied"],
    ["have a look", "glance over", "look"],
    ["in your own time", "when you get a moment", "leisure"],
    ["not a sales call", "calling to sell", "sell"],
    ["bye now", "goodbye", "farewell"],
    ["some other time", "later", "later"],
    ["straight away", "right now", "immediately"],
    ["how's it going", "how are things", "how_are_you"],
    ["all OK your end", "is everything all right", "all_well"],
    ["what happened", "what went wrong", "went_wrong"],
    ["we've got it covered", "we'll take care of everything", "take_care"],
    ["a demo", "show you the system", "demo"],
    ["we set it up", "we install it", "setup"],
    ["let's go over the figures", "we review the figures", "review"],
    ["I'll book a slot", "pencil in a slot", "arrange"],
    ["I'll follow up", "I'll check in", "follow_up"],
    ["to find out", "to work out", "find_out"],
    ["the person who signs", "your boss", "boss"],
    ["our FD", "the CFO", "boss"],
    ["the decision-maker", "whoever signs off", "boss"],
    ["is Monday better for you", "what time works", "convenient"],
    // round 6: everyday forms of words every call uses
    ["I'll give you a buzz", "I'll ring you", "call"],
    ["I'll give you a bell", "call you back", "call"],
    ["I'll ping it over", "I'll send it", "send"],
    ["we're rushed off our feet", "we're busy", "busy"],
    ["it's a lot of money", "pricy", "expensive"],
    ["still on the fence", "what's the concern", "worry"],
    ["any snags", "any hiccups", "problem"],
    ["deliveries held up", "running late", "delay"],
    ["I'll swing by", "come by on Friday", "meet"],
    ["have a think", "chew it over", "think"],
    ["in no time", "promptly", "fast"],
    ["ask the gaffer", "ask your boss", "boss"],
    ["roll it out", "go live", "start"],
    // round 7
    ["size of the team", "how big is the team", "size"],
    ["would you like to start", "do you want to start", "want"],
    ["fancy a trial", "want a trial", "want"],
    ["put me through", "connect me", "put_through"],
    ["three quid", "three pounds", "pound"],
    ["it's your call", "you decide", "decide"],
    ["it's down to you", "your decision", "decide"],
    ["our prices are lower", "cheaper", "cheap"],
    ["next-day delivery", "the following day", "next_day"],
    ["you get a text message", "an alert", "notify"],
    ["if a fridge dies", "a breakdown", "breakdown"],
    ["the most trouble", "the biggest headache", "problem"],
    ["what does your FD care about", "what matters to him", "important"],
    ["I'll get back to you on Friday", "I'll call you back", "call"],
    ["got a start date yet", "when do you start", "when"],
  ])('en: "%s" and "%s" mean %s', (x, y, name) => {
    expect(concepts(x, "en").has(conceptId(name))).toBe(true);
    expect(concepts(y, "en").has(conceptId(name))).toBe(true);
  });

  it("a negated phrase keeps its words negated: «не устраивает» contradicts a plain «устраивает»", async () => {
    const { buildProfile } = await import("./profile");
    const { similarity } = await import("../matchReply");
    expect(similarity(buildProfile("Вас всё устраивает?", "ru"), buildProfile("Что вас не устраивает?", "ru")).similarity).toBeLessThan(
      0.2,
    );
    expect(
      similarity(buildProfile("Что не устраивает в доставке?", "ru"), buildProfile("Чем вы недовольны в доставке?", "ru")).similarity,
    ).toBeGreaterThan(0.5);
  });

  it("keeps different things apart: a supplier is not a client, a discount is not a price", () => {
    expect(concepts("поставщик", "ru").has(conceptId("client"))).toBe(false);
    expect(concepts("скидка", "ru").has(conceptId("price"))).toBe(false);
    expect(concepts("vendor", "en").has(conceptId("client"))).toBe(false);
  });

  it("a phrase needs its words in order, at most one word apart, in one sentence", () => {
    const syn = compileSynonyms({ go: ["green light"] });
    expect(phraseHits(syn, tokenize("we got the green light").tokens)).toHaveLength(1);
    expect(phraseHits(syn, tokenize("green, really bright light").tokens)).toHaveLength(0);
    expect(phraseHits(syn, tokenize("green. light").tokens)).toHaveLength(0);
  });
});
