import { defineMessages } from "../define";

export const supervise = defineMessages({
  en: {
    "supervise.title": "My teams",
    "supervise.caption": "Teams you supervise",
    "supervise.empty": "You do not supervise a team yet. An admin can make you a team's supervisor.",
    "supervise.col.team": "Team",
    "supervise.col.members": "Members",
    "supervise.col.name": "Name",
    "supervise.col.email": "E-mail",
    "supervise.col.status": "Status",
    "supervise.back": "My teams",
    "supervise.team.caption": "Members of {name}",
    "supervise.team.noMembers": "The team has no members yet. An admin adds them.",
    "supervise.status.active": "Active",
    "supervise.status.deactivated": "Deactivated",
  },
  ru: {
    "supervise.title": "Мои команды",
    "supervise.caption": "Команды, которыми вы руководите",
    "supervise.empty": "Вы пока не руководите ни одной командой. Назначить вас руководителем может администратор.",
    "supervise.col.team": "Команда",
    "supervise.col.members": "Участники",
    "supervise.col.name": "Имя",
    "supervise.col.email": "E-mail",
    "supervise.col.status": "Статус",
    "supervise.back": "Мои команды",
    "supervise.team.caption": "Участники команды {name}",
    "supervise.team.noMembers": "В команде пока никого нет. Участников добавляет администратор.",
    "supervise.status.active": "Активен",
    "supervise.status.deactivated": "Отключён",
  },
});
