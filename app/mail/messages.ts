/**
 * The words of every e-mail, in both languages. Server-only (the browser never sees a message's
 * text from here), kept apart from the page messages because a mail is rendered for its
 * recipient's language, not the reader's. `defineMessages` makes both locales carry the same keys.
 */
import { defineMessages } from "~/i18n/define";

export const mailMessages = defineMessages({
  en: {
    "mail.greeting": "Hello, {name}!",
    "mail.footer": "You get this e-mail because you have an account at Callcraft.",
    "mail.footerOptOut": "You can turn off e-mails of this kind on your account page: {url}",
    "mail.linkFallback": "If the button does not work, open this address: {url}",
    "mail.invite.subject": "Your Callcraft account is ready",
    "mail.invite.body":
      "An account at Callcraft, where you rehearse sales calls and get scored, has been created for you. Set your password to sign in. The link works once and expires on {expires}.",
    "mail.invite.action": "Set my password",
    "mail.reset.subject": "Reset your Callcraft password",
    "mail.reset.body":
      "Someone (we hope you) asked to reset the password of your Callcraft account. The link works once and expires on {expires}. If it was not you, ignore this e-mail: your password stays as it is.",
    "mail.reset.action": "Choose a new password",
    "mail.assignment_new.subject": "New assignment: {title}",
    "mail.assignment_new.body": "You have a new assignment: «{title}».",
    "mail.assignment_new.due": "Due on {due}.",
    "mail.assignment_new.action": "Open the assignment",
    "mail.assignment_due_soon.subject": "Due soon: {title}",
    "mail.assignment_due_soon.body": "The assignment «{title}» is due on {due} and is not finished yet.",
    "mail.assignment_due_soon.action": "Open the assignment",
    "mail.assignment_overdue.subject": "Overdue: {title}",
    "mail.assignment_overdue.body": "The assignment «{title}» was due on {due} and is not finished yet. Finish it as soon as you can.",
    "mail.assignment_overdue.action": "Open the assignment",
    "mail.review_done.subject": "Your supervisor reviewed your call «{title}»",
    "mail.review_done.comment": "{author} commented on your call «{title}»:",
    "mail.review_done.override": "{author} changed the score of your call «{title}» to {score}.",
    "mail.review_done.skill": "{author} changed the «{skill}» score of your call «{title}» to {score}.",
    "mail.review_done.reason": "Reason: {reason}",
    "mail.review_done.action": "Read it on the result page",
    "mail.dispute_answered.subject": "Your dispute was answered: {title}",
    "mail.dispute_answered.accepted": "Your supervisor accepted your dispute about the call «{title}».",
    "mail.dispute_answered.rejected": "Your supervisor rejected your dispute about the call «{title}».",
    "mail.dispute_answered.answer": "Their answer: {answer}",
    "mail.dispute_answered.action": "Read the answer",
    "mail.certificate_issued.subject": "Certificate issued: {title}",
    "mail.certificate_issued.body": "Congratulations: you passed «{title}». Your certificate is valid until {expires}.",
    "mail.certificate_issued.action": "Open the certificate",
    "mail.certificate_expiring.subject": "Certificate expiring: {title}",
    "mail.certificate_expiring.body":
      "Your certificate «{title}» expires on {expires}. A re-certification has been assigned to you: pass it before then to keep it.",
    "mail.certificate_expiring.action": "Open my certificates",
  },
  ru: {
    "mail.greeting": "Здравствуйте, {name}!",
    "mail.footer": "Это письмо пришло, потому что у вас есть учётная запись в Callcraft.",
    "mail.footerOptOut": "Письма такого рода можно отключить в профиле: {url}",
    "mail.linkFallback": "Если кнопка не работает, откройте этот адрес: {url}",
    "mail.invite.subject": "Ваша учётная запись в Callcraft готова",
    "mail.invite.body":
      "Для вас создана учётная запись в Callcraft — там вы репетируете звонки клиентам и получаете оценку. Задайте пароль, чтобы войти. Ссылка одноразовая и действует до {expires}.",
    "mail.invite.action": "Задать пароль",
    "mail.reset.subject": "Сброс пароля в Callcraft",
    "mail.reset.body":
      "Кто-то (надеемся, вы) попросил сбросить пароль вашей учётной записи в Callcraft. Ссылка одноразовая и действует до {expires}. Если это были не вы, просто не обращайте внимания на письмо: пароль останется прежним.",
    "mail.reset.action": "Задать новый пароль",
    "mail.assignment_new.subject": "Новое задание: {title}",
    "mail.assignment_new.body": "Вам назначено новое задание: «{title}».",
    "mail.assignment_new.due": "Срок — {due}.",
    "mail.assignment_new.action": "Открыть задание",
    "mail.assignment_due_soon.subject": "Скоро срок: {title}",
    "mail.assignment_due_soon.body": "Срок задания «{title}» — {due}, а оно ещё не выполнено.",
    "mail.assignment_due_soon.action": "Открыть задание",
    "mail.assignment_overdue.subject": "Просрочено: {title}",
    "mail.assignment_overdue.body": "Срок задания «{title}» истёк {due}, а оно ещё не выполнено. Выполните его как можно скорее.",
    "mail.assignment_overdue.action": "Открыть задание",
    "mail.review_done.subject": "Руководитель разобрал ваш звонок «{title}»",
    "mail.review_done.comment": "{author} оставил(а) комментарий к вашему звонку «{title}»:",
    "mail.review_done.override": "{author} изменил(а) оценку вашего звонка «{title}» на {score}.",
    "mail.review_done.skill": "{author} изменил(а) оценку навыка «{skill}» в вашем звонке «{title}» на {score}.",
    "mail.review_done.reason": "Причина: {reason}",
    "mail.review_done.action": "Прочитать на странице результата",
    "mail.dispute_answered.subject": "Ответ на ваше возражение: {title}",
    "mail.dispute_answered.accepted": "Руководитель принял ваше возражение по звонку «{title}».",
    "mail.dispute_answered.rejected": "Руководитель отклонил ваше возражение по звонку «{title}».",
    "mail.dispute_answered.answer": "Ответ: {answer}",
    "mail.dispute_answered.action": "Прочитать ответ",
    "mail.certificate_issued.subject": "Выдан сертификат «{title}»",
    "mail.certificate_issued.body": "Поздравляем: вы прошли «{title}». Сертификат действует до {expires}.",
    "mail.certificate_issued.action": "Открыть сертификат",
    "mail.certificate_expiring.subject": "Сертификат скоро истечёт: {title}",
    "mail.certificate_expiring.body":
      "Срок вашего сертификата «{title}» истекает {expires}. Вам назначена повторная сертификация: пройдите её до этой даты, чтобы сохранить сертификат.",
    "mail.certificate_expiring.action": "Мои сертификаты",
  },
});

export type MailKey = keyof (typeof mailMessages)["en"];
