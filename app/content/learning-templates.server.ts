/**
 * Starting points for a new quiz or lesson: every component the kind allows, once, in a file that
 * passes its checker as it is (app/engine/quiz, app/engine/lesson). Kept apart from the script
 * templates so each file stays readable.
 */
import type { Lang } from "~/engine/vocabulary";

const QUIZ_EN = `---
id: {{id}}
title: "New quiz"
lang: en
passMark: 70
summary: One sentence for the list of quizzes.
---

What this quiz checks, in a sentence or two.

<Question id="first-step" kind="single">
The lead says: "It's too expensive." What do you do first?

<Choice correct>Acknowledge the concern</Choice>
<Choice>Offer a discount</Choice>

<Explain>Acknowledgement comes first; a discount before any question says the price was inflated.</Explain>
</Question>

<Question id="clarify" kind="multiple">
Which of these are clarifying questions? Tick all that apply.

<Choice correct>"What are you comparing the price with?"</Choice>
<Choice correct>"Is that the only thing that holds you back?"</Choice>
<Choice>"Don't you think quality is worth paying for?"</Choice>

<Explain>A clarifying question opens up what stands behind the objection.</Explain>
</Question>

<Question id="steps" kind="order" points="2">
Put the steps of handling an objection in order.

<Item>Acknowledge</Item>
<Item>Clarify</Item>
<Item>Argue</Item>
<Item>Confirm</Item>

<Explain>Acknowledge → clarify → argue → confirm.</Explain>
</Question>

<Question id="match" kind="match">
Match each objection with the move that handles it.

<Pair left="«Send me an offer by email»">Ask two questions so it fits, and fix a call to discuss it</Pair>
<Pair left="«We already have a supplier»">Ask what they would improve in the current supply</Pair>

<Explain>Each objection hides a different question; the right move finds it.</Explain>
</Question>
`;

const QUIZ_RU = `---
id: {{id}}
title: "Новый тест"
lang: ru
passMark: 70
summary: Одно предложение для списка тестов.
---

Что проверяет этот тест, в одном-двух предложениях.

<Question id="first-step" kind="single">
Клиент говорит: «Дорого». Что вы делаете первым делом?

<Choice correct>Присоединяюсь к опасению</Choice>
<Choice>Предлагаю скидку</Choice>

<Explain>Сначала присоединение; скидка до всяких вопросов говорит, что цена была завышена.</Explain>
</Question>

<Question id="clarify" kind="multiple">
Какие из этих вопросов уточняющие? Отметьте все подходящие.

<Choice correct>«С чем вы сравниваете цену?»</Choice>
<Choice correct>«Это единственное, что вас останавливает?»</Choice>
<Choice>«Разве качество не стоит своих денег?»</Choice>

<Explain>Уточняющий вопрос открывает то, что стоит за возражением.</Explain>
</Question>

<Question id="steps" kind="order" points="2">
Расставьте шаги работы с возражением по порядку.

<Item>Присоединение</Item>
<Item>Уточнение</Item>
<Item>Аргументация</Item>
<Item>Завершение</Item>

<Explain>Присоединение → уточнение → аргументация → завершение.</Explain>
</Question>

<Question id="match" kind="match">
Сопоставьте возражение и ход, который с ним работает.

<Pair left="«Пришлите предложение на почту»">Задать два вопроса, чтобы предложение подошло, и договориться о звонке</Pair>
<Pair left="«У нас уже есть поставщик»">Спросить, что они улучшили бы в нынешних поставках</Pair>

<Explain>За каждым возражением свой вопрос; правильный ход его находит.</Explain>
</Question>
`;

const LESSON_EN = `---
id: {{id}}
title: "New lesson"
lang: en
summary: One sentence for the list of lessons.
minutes: 5
---

## The idea

Say in a few plain sentences what the manager should understand after reading, and why it matters
on a real call. Keep paragraphs short: people read this between calls.

<Callout tone="tip">
One idea worth remembering, in a sentence or two.
</Callout>

## What it sounds like

<Example>
<Say who="lead">It's too expensive for us.</Say>
<Say who="manager">I understand, nobody wants to overpay. What are you comparing it with?</Say>
</Example>

<Callout tone="warning">
The mistake people make most often, and what it costs them.
</Callout>

## Practise it

<Practice slug="objection-drill-en">Handle the seven objections</Practice>
`;

const LESSON_RU = `---
id: {{id}}
title: "Новый урок"
lang: ru
summary: Одно предложение для списка уроков.
minutes: 5
---

## Идея

Несколькими простыми предложениями скажите, что менеджер должен понять после чтения и почему это
важно в настоящем звонке. Абзацы держите короткими: урок читают между звонками.

<Callout tone="tip">
Одна мысль, которую стоит запомнить, в одном-двух предложениях.
</Callout>

## Как это звучит

<Example>
<Say who="lead">Для нас это дорого.</Say>
<Say who="manager">Понимаю, переплачивать никто не хочет. С чем вы сравниваете цену?</Say>
</Example>

<Callout tone="warning">
Ошибка, которую делают чаще всего, и чего она стоит.
</Callout>

## Потренируйтесь

<Practice slug="objection-drill-ru">Отработайте семь возражений</Practice>
`;

export const QUIZ_TEMPLATES: Record<Lang, { title: string; source: string }> = {
  en: { title: "New quiz", source: QUIZ_EN },
  ru: { title: "Новый тест", source: QUIZ_RU },
};

export const LESSON_TEMPLATES: Record<Lang, { title: string; source: string }> = {
  en: { title: "New lesson", source: LESSON_EN },
  ru: { title: "Новый урок", source: LESSON_RU },
};
