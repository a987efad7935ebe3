/**
 * What a manager might naturally say at each step or objection of two library scripts, meaning the
 * best option without using its words. Written for the browser test of free-text calls; keyed by
 * the step or objection id the lead is at (`id@fact`: once the lead has revealed that fact, a
 * manager who listened no longer asks for it). Never added to the library as examples: the point is
 * that the matcher generalises.
 */
export const NATURAL: Record<string, { slug: string; manager: string; replies: Record<string, string> }> = {
  en: {
    slug: "warm-inbound-en",
    manager: "Sam Carter",
    replies: {
      greeting: "Hello Megan, it's Sam from LunchDrop, you asked us yesterday about lunches for your office. Can you talk for a moment?",
      "request-price":
        "Lunches start from around six pounds fifty, I'll give you the exact figure in a moment. How does your team usually eat at lunchtime now?",
      needs: "So the idea is a hot meal without losing an hour. How many of your people would be ordering, and does the company pay?",
      present:
        "We fit that well: every day there's a veggie option and a lighter dish, the menu never repeats, and you can taste it all on a free day first. What do you think?",
      "timing-dm": "Great, thanks. When were you hoping to start, and is anyone else deciding with you?",
      "timing-dm@decisionMaker": "Thanks. So what date would you like the lunches to begin?",
      close: "Let's set up a tasting day, Wednesday or Thursday? We'll feed the whole office for free so your director can try it too.",
      confirm:
        "Thanks! One more thing, how many people and any allergies? I'll email you a form today and call on Tuesday to confirm the numbers.",
      price:
        "I get it, the budget counts. Who are you comparing us with, do they deliver hot food on time with a new menu every day? Try us on the free tasting day and judge. Okay?",
      "ask-boss":
        "Sure, that makes sense. What will he care about most, the price, the food or how easy ordering is? Shall we hold a tasting day for when he's around?",
      think:
        "Of course, it's a big decision. What do you want to weigh up, the price, the menu or the terms? A tasting day lets you compare properly, how about Wednesday?",
      "send-email":
        "Sure, I'll email it today. Just so it's made for you rather than a standard price list, can I ask two quick questions? One minute.",
    },
  },
  ru: {
    slug: "warm-inbound-ru",
    manager: "Сергей Иванов",
    replies: {
      greeting:
        "Марина, здравствуйте! Это Сергей из «ОбедПро», вы вчера оставляли у нас заявку на обеды в офис. Можете сейчас пару минут поговорить?",
      "request-price":
        "Обед у нас стоит примерно от трёхсот двадцати рублей, точную цифру назову чуть позже. А как ваши сотрудники сейчас обедают?",
      needs: "То есть нужен горячий обед, чтобы люди не теряли на это час? А сколько человек будет заказывать и кто платит за обеды?",
      present:
        "Это ровно то, что мы делаем: каждый день есть вегетарианское и что-то лёгкое, блюда не повторяются, а на бесплатном пробном дне всё попробуете сами. Что скажете?",
      "timing-dm": "Отлично, спасибо. С какой даты хотели бы начать и кто ещё принимает решение вместе с вами?",
      // the lead has already said the director decides: a manager who listened asks only the date
      "timing-dm@decisionMaker": "Спасибо. А с какого числа вам удобно было бы начать?",
      close: "Давайте устроим пробный день в среду или в четверг? Накормим весь офис бесплатно, пусть и директор попробует.",
      confirm:
        "Спасибо! И последнее: сколько будет человек и есть ли аллергии? Сегодня пришлю анкету, а во вторник позвоню уточнить количество.",
      price:
        "Понимаю, деньги важны. А с кем сравниваете, у них тоже горячее ровно к обеду и каждый день новое меню? Приходите на бесплатный пробный день и сравните сами, хорошо?",
      "ask-boss":
        "Конечно, это правильно. Что для него важнее всего: цена, качество еды или удобство заказа? Давайте назначим пробный день, когда он будет на месте?",
      think:
        "Конечно, решение серьёзное. Что хотите сравнить: цену, меню или условия? На пробном дне как раз всё сравните вживую, может, в среду?",
      "send-email":
        "Конечно, сегодня же пришлю. Чтобы это было предложение именно для вас, а не общий прайс, можно два коротких вопроса? Это минута.",
    },
  },
};

/** The reply for where the call is, given the facts the lead has revealed so far. */
export function naturalReply(replies: Record<string, string>, owner: string, revealed: readonly string[]): string | undefined {
  for (const fact of revealed) {
    const known = replies[`${owner}@${fact}`];
    if (known) return known;
  }
  return replies[owner];
}
