/**
 * Starting points for "new" in the studio: small format-2 files that pass the checker as they are
 * (no blind policy passes, no quality stands out by length), so an author begins from something
 * playable and changes it, rather than from an empty page. Quiz and
 * lesson texts live in learning-templates.server.ts.
 */
import crypto from "node:crypto";
import type { ContentKind } from "~/content/kinds.server";
import type { Lang } from "~/engine/vocabulary";
import { LESSON_TEMPLATES, QUIZ_TEMPLATES } from "./learning-templates.server";

export const TEMPLATE_KINDS: readonly ContentKind[] = ["script", "quiz", "lesson"];

const EN = `---
id: {{id}}
title: "New script"
lang: en
format: 2
leadType: cold
difficulty: 1
passMark: 92
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
  <Option to="discovery" quality="best">Hi Sam, Alex from PrintCare. We look after printers for clinics nearby. Have you got two minutes?</Option>
  <Option to="discovery" quality="ok">Good afternoon, I'm calling from PrintCare, a company that rents out office printers with full service included.</Option>
  <Option to="hangup" quality="bad" feedback="No name, no reason: people hang up on that.">Do you need a printer?</Option>
  <Option to="discovery" quality="ok">Hi! We have a special offer on office printers this month.</Option>
  <Hint>Name, company, the reason for the call, then ask for permission.</Hint>
</Step>

<Step id="discovery" skill="discovery">
  <Lead>Two minutes, go ahead.</Lead>
  <Option to="offer" quality="best" reveals="need">How do you print now, and what bothers you about it?</Option>
  <Option to="offer" quality="ok">We rent printers with full service, a replacement within a day and no payment up front. Would that interest you?</Option>
  <Option to="lost" quality="bad">Our prices are the lowest in town. Shall I send them over?</Option>
  <Option to="offer" quality="ok">Do you print a lot at the clinic, and is it mostly forms and invoices, or letters to patients as well?</Option>
</Step>

<Reveal fact="need"><Ask>how do you print</Ask><Lead>Our old one jams every week, to be honest.</Lead></Reveal>

<Step id="offer" skill="presentation">
  <Lead>So what would you offer us?</Lead>
  <Option to="technician" quality="best">If a printer jams, we swap it within 24 hours, so the front desk is never stuck. Worth a try?</Option>
  <Option to="technician" quality="ok">A printer on rent with service: if it breaks, we replace it the next day.</Option>
  <Option to="technician" quality="ok">We have lots of printer models.</Option>
  <Option to="lost" quality="bad">Everyone buys from us. You will too.</Option>
</Step>

<Step id="technician" skill="objection_clarify">
  <Lead>We already have a technician who comes round, though.</Lead>
  <Option to="close" quality="best">Good that someone comes. How long do you wait when it jams on a busy morning?</Option>
  <Option to="close" quality="ok">Ours are better than any technician, honestly.</Option>
  <Option to="lost" quality="bad">Then I won't take up any more of your time.</Option>
  <Option to="close" quality="ok">I see. But our service is faster, and you get a spare printer.</Option>
</Step>

<Step id="close" skill="close">
  <Lead>Maybe. How would that work?</Lead>
  <Option to="won" quality="best">I'll bring one on Thursday at ten for a free week. Does that suit you?</Option>
  <Option to="lost" quality="ok">I'll e-mail you our brochure.</Option>
  <Option to="hangup" quality="bad">Look, just sign the contract today and I'll give you ten per cent off the first year, but only if you decide right now.</Option>
  <Option to="lost" quality="ok">I'll send the price list, you can look it over.</Option>
</Step>

<End id="won" outcome="won"><Lead>Thursday at ten, then. See you.</Lead></End>
<End id="lost" outcome="lost"><Lead>Fine, send it over. Bye.</Lead></End>
<End id="hangup" outcome="hung_up"><Lead>Not interested. (hangs up)</Lead></End>
`;

const RU = `---
id: {{id}}
title: "Новый скрипт"
lang: ru
format: 2
leadType: cold
difficulty: 1
passMark: 92
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
  <Option to="discovery" quality="best">Светлана, добрый день, это Алексей, компания «Печатник». Обслуживаем принтеры клиник по соседству. Удобно две минуты?</Option>
  <Option to="discovery" quality="ok">Добрый день, вас беспокоит компания «Печатник», мы сдаём в аренду офисные принтеры с полным сервисным обслуживанием и гарантией.</Option>
  <Option to="hangup" quality="bad" feedback="Ни имени, ни причины звонка: на такое кладут трубку.">Вам принтер нужен?</Option>
  <Option to="discovery" quality="ok">Здравствуйте! У нас в этом месяце акция на офисные принтеры.</Option>
  <Hint>Имя, компания, причина звонка, затем спросите разрешения.</Hint>
</Step>

<Step id="discovery" skill="discovery">
  <Lead>Две минуты есть, говорите.</Lead>
  <Option to="offer" quality="best" reveals="need">Как вы сейчас печатаете и что в этом мешает?</Option>
  <Option to="offer" quality="ok">Мы сдаём принтеры в аренду с обслуживанием, подменный за сутки и без предоплаты. Вам это интересно?</Option>
  <Option to="lost" quality="bad">У нас самые низкие цены в городе. Прислать прайс?</Option>
  <Option to="offer" quality="ok">Много печатаете в клинике? В основном бланки и счета или ещё и письма пациентам?</Option>
</Step>

<Reveal fact="need"><Ask>как вы печатаете</Ask><Lead>Честно говоря, старый принтер зажёвывает бумагу каждую неделю.</Lead></Reveal>

<Step id="offer" skill="presentation">
  <Lead>И что вы можете предложить?</Lead>
  <Option to="technician" quality="best">Если принтер зажуёт, мы за сутки привезём замену, и регистратура не встанет. Попробуем?</Option>
  <Option to="technician" quality="ok">Принтер в аренду с обслуживанием: сломается — заменим.</Option>
  <Option to="technician" quality="ok">У нас много моделей принтеров.</Option>
  <Option to="lost" quality="bad">У нас все покупают, и вы купите.</Option>
</Step>

<Step id="technician" skill="objection_clarify">
  <Lead>Вообще-то у нас есть мастер, он приходит.</Lead>
  <Option to="close" quality="best">Хорошо, что есть. А сколько вы ждёте мастера, когда принтер встаёт в разгар приёма?</Option>
  <Option to="close" quality="ok">Мы лучше любого мастера, честное слово.</Option>
  <Option to="lost" quality="bad">Тогда не буду больше отнимать у вас время.</Option>
  <Option to="close" quality="ok">Понимаю. Но мы быстрее, и у вас будет запасной принтер.</Option>
</Step>

<Step id="close" skill="close">
  <Lead>Может быть. А как это будет?</Lead>
  <Option to="won" quality="best">Привезу принтер в четверг к десяти на неделю бесплатно. Вам так удобно?</Option>
  <Option to="lost" quality="ok">Я пришлю вам буклет на почту.</Option>
  <Option to="hangup" quality="bad">Слушайте, подпишите договор сегодня, и я дам скидку десять процентов на первый год, но только если решите прямо сейчас.</Option>
  <Option to="lost" quality="ok">Пришлю прайс, посмотрите на досуге.</Option>
</Step>

<End id="won" outcome="won"><Lead>Тогда в четверг в десять. Ждём.</Lead></End>
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
