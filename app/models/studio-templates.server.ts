/**
 * Starting points for "new" in the studio: small files that pass the checker as they are, so an
 * author begins from something playable and changes it, rather than from an empty page. Quiz and
 * lesson texts live in studio-learning-templates.server.ts.
 */
import crypto from "node:crypto";
import type { ContentKind } from "~/content/kinds.server";
import { LESSON_TEMPLATES, QUIZ_TEMPLATES } from "./studio-learning-templates.server";

export type Lang = "ru" | "en";

export const TEMPLATE_KINDS: readonly ContentKind[] = ["script", "quiz", "lesson"];

const EN = `---
id: {{id}}
title: "New script"
lang: en
leadType: cold
difficulty: 1
passMark: 50
blueprint: { minTurns: 2 }    # a two-step starter; a real call asks for more turns (the default is 4)
summary: One sentence for the catalogue.
leadCard: { company: Brightline Dental, contact: front office }
product: { name: PrintCare rental, usp: a replacement printer within 24 hours }
persona:
  name: Sam Ortiz
  role: office manager
  temperament: busy
  mood: { interest: 30, trust: 30, patience: 2 }
  facts:
    need: { value: the old printer jams every week, kind: free }
---

Coaching for the manager: what this call trains and what a good call sounds like.

<Step id="opening" skill="contact">
  <Lead>Brightline Dental, Sam speaking.</Lead>
  <Option to="discovery" quality="best">Hi Sam, this is Alex from PrintCare. We look after printers for clinics nearby — do you have two minutes?</Option>
  <Option to="hangup" quality="bad" feedback="No name, no reason: people hang up on that.">Do you need a printer?</Option>
  <Hint>Name, company, the reason for the call, then ask for permission.</Hint>
</Step>

<Step id="discovery" skill="discovery">
  <Lead>Two minutes, go ahead.</Lead>
  <Option to="won" quality="best" reveals="need">How do you print now, and what bothers you about it?</Option>
  <Option to="lost" quality="ok">We rent printers with full service.</Option>
</Step>

<Reveal fact="need"><Ask>how do you print now</Ask><Lead>Our old one jams every week.</Lead></Reveal>

<End id="won" outcome="won"><Lead>Come by on Thursday, then.</Lead></End>
<End id="lost" outcome="lost"><Lead>Fine, send it. Bye.</Lead></End>
<End id="hangup" outcome="hung_up"><Lead>Not interested. (hangs up)</Lead></End>
`;

const RU = `---
id: {{id}}
title: "Новый скрипт"
lang: ru
leadType: cold
difficulty: 1
passMark: 50
blueprint: { minTurns: 2 }    # заготовка из двух шагов; в настоящем звонке ходов больше (по умолчанию 4)
summary: Одно предложение для каталога.
leadCard: { company: Стоматология «Улыбка», contact: администратор }
product: { name: Аренда принтеров «Печатник», usp: подменный принтер за сутки }
persona:
  name: Светлана
  role: администратор
  temperament: busy
  mood: { interest: 30, trust: 30, patience: 2 }
  facts:
    need: { value: старый принтер зажёвывает бумагу каждую неделю, kind: free }
---

Подсказка менеджеру: чему учит этот звонок и как звучит хороший разговор.

<Step id="opening" skill="contact">
  <Lead>Стоматология «Улыбка», Светлана, слушаю.</Lead>
  <Option to="discovery" quality="best">Светлана, добрый день, это Алексей из компании «Печатник». Мы обслуживаем принтеры клиник рядом с вами — удобно две минуты?</Option>
  <Option to="hangup" quality="bad" feedback="Ни имени, ни причины звонка: на такое кладут трубку.">Вам принтер нужен?</Option>
  <Hint>Имя, компания, причина звонка, затем спросите разрешения.</Hint>
</Step>

<Step id="discovery" skill="discovery">
  <Lead>Две минуты есть, говорите.</Lead>
  <Option to="won" quality="best" reveals="need">Как вы сейчас печатаете и что в этом мешает?</Option>
  <Option to="lost" quality="ok">Мы сдаём принтеры в аренду с полным обслуживанием.</Option>
</Step>

<Reveal fact="need"><Ask>как вы сейчас печатаете</Ask><Lead>Старый принтер зажёвывает бумагу каждую неделю.</Lead></Reveal>

<End id="won" outcome="won"><Lead>Приезжайте в четверг, посмотрим.</Lead></End>
<End id="lost" outcome="lost"><Lead>Хорошо, присылайте. До свидания.</Lead></End>
<End id="hangup" outcome="hung_up"><Lead>Нам не интересно. (кладёт трубку)</Lead></End>
`;

const SCRIPT_TEMPLATES: Record<Lang, { title: string; source: string }> = {
  en: { title: "New script", source: EN },
  ru: { title: "Новый скрипт", source: RU },
};

const TEMPLATES: Record<ContentKind, Record<Lang, { title: string; source: string }>> = {
  script: SCRIPT_TEMPLATES,
  quiz: QUIZ_TEMPLATES,
  lesson: LESSON_TEMPLATES,
};

/** A fresh template of `kind` with an id nobody has: `new-<kind>-<6 hex>-<lang>`. */
export function templateFor(kind: ContentKind, lang: Lang): { slug: string; title: string; source: string } {
  const slug = `new-${kind}-${crypto.randomBytes(3).toString("hex")}-${lang}`;
  const { title, source } = TEMPLATES[kind][lang];
  return { slug, title, source: source.replace("{{id}}", slug) };
}

export function scriptTemplate(lang: Lang): { slug: string; title: string; source: string } {
  return templateFor("script", lang);
}
