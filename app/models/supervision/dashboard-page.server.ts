/** Everything the /supervise dashboard shows for one scope, gathered in one call for the loader. */
import { SKILLS } from "~/engine/vocabulary";
import { ASSIGNMENT_SHOWS, type AssignmentShow } from "~/utils/closed-sets";
import { listSupervisorAssignments } from "~/models/assignments/assignment.server";
import { leaderboard, parsePeriod, personSkillMap, recentAttempts, scopeFor, teamSkillMap, worstObjections } from "./dashboard.server";
import { peopleOf } from "./people.server";
import { queueCounts } from "~/models/review/review-queue.server";
import { openDisputes } from "~/models/review/review.server";
import { listTeams } from "~/models/organisation/team.server";

/** The people table lists the least ready first; the rest are on their teams' pages. */
export const PEOPLE_SHOWN = 50;

export function superviseDashboard(supervisorId: string, search: URLSearchParams, now = Date.now()) {
  const teams = listTeams({ supervisorId }).map(({ id, name, members }) => ({ id, name, members }));
  const requested = search.get("team");
  const teamId = teams.some((team) => team.id === requested) ? requested : null;
  const period = parsePeriod(search.get("period"));
  const show: AssignmentShow = ASSIGNMENT_SHOWS.find((s) => s === search.get("assignments")) ?? "open";
  const scope = scopeFor(supervisorId, teamId, period, now);
  // Readiness for every team in the table, whichever one the filter shows; people of the shown scope.
  const everyone = peopleOf(teamId ? scopeFor(supervisorId, null, period, now) : scope, now);
  const readiness = everyone.teams;
  const people = teamId ? everyone.people.filter((p) => p.teamIds.includes(teamId)) : everyone.people;
  return {
    teams: teams.map((team) => ({ ...team, readiness: readiness.get(team.id) ?? null })),
    people: { shown: people.slice(0, PEOPLE_SHOWN), total: people.length },
    queue: queueCounts(supervisorId, now),
    teamId,
    period,
    show,
    byPerson: teamId !== null,
    heat: teamId ? personSkillMap(scope) : teamSkillMap(scope),
    skills: SKILLS,
    objections: worstObjections(scope),
    recent: recentAttempts(scope),
    leaders: leaderboard(scope),
    assignments: listSupervisorAssignments(supervisorId, teamId ?? undefined, show).slice(0, 10),
    disputes: openDisputes(supervisorId),
  };
}
