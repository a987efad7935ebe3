import { defineMessages } from "../define";

export const admin = defineMessages({
  en: {
    "admin.title": "Administration",
  },
  ru: {
    "admin.title": "Администрирование",
  },
});
