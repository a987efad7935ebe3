import { describe, expect, it } from "vitest";
import { detectObjection } from "./index";

describe("detectObjection", () => {
  it.each([
    ["Ой, это дороговато для нас", "price"],
    ["У конкурентов дешевле", "price"],
    ["Мне некогда, я за рулём", "time"],
    ["Перезвоните через неделю", "time"],
    ["Скиньте КП на почту", "send_email"],
    ["Мы уже работаем с другой компанией", "have_supplier"],
    ["Нам это не интересно", "no_need"],
    ["Надо подумать", "think_about_it"],
    ["Это решает директор", "ask_boss"],
    ["Добрый день, слушаю", null],
  ] as const)("ru: %s → %s", (text, type) => expect(detectObjection(text, "ru")).toBe(type));

  it.each([
    ["That's way too expensive for us", "price"],
    ["Sorry, I'm in a meeting", "time"],
    ["Can you just email me the details?", "send_email"],
    ["We already work with another vendor", "have_supplier"],
    ["We're not interested", "no_need"],
    ["I need to think it over", "think_about_it"],
    ["I have to run it by my boss", "ask_boss"],
    ["Hi, who is this?", null],
  ] as const)("en: %s → %s", (text, type) => expect(detectObjection(text, "en")).toBe(type));
});
