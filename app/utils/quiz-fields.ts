/**
 * The quiz form's field names, shared by the form and its schema (app/models/learning/quiz-form.server.ts).
 * Question and part ids are the author's words, and conform reads dots and brackets in a name as
 * a path (`a.b`, `a[0]`) and refuses `__proto__` or `constructor` in it, so no id is ever part of a
 * name: question `i` (in the quiz's order) answers as `q<i>`, and its part `j` (in the order the
 * page shows the parts) as `q<i>.p<j>`.
 */
export const questionField = (index: number) => `q${index}`;

/** The key of part `index` inside its question's fieldset. */
export const partKey = (index: number) => `p${index}`;
