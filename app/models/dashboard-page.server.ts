/** Everything the /supervise dashboard shows for one scope, gathered in one call for the loader. */
import { SKILLS } from "~/engine/vocabulary";
import { ASSIGNMENT_SHOWS, type AssignmentShow } from "~/components/learning/constants";
import { listSupervisorAssignments } from "./assignment.server";
import { leaderboard, parsePeriod, personSkillMap, recentAttempts, scopeFor, teamSkillMap, worstObjections } from "./dashboard.server";
import { openDisputes } from "./review.server";
import { listTeams } from "./team.server";

export function superviseDashboard(supervisorId: string, search: URLSearchParams, now = Date.now()) {
  const teams = listTeams({ supervisorId }).map(({ id, name, members }) => ({ id, name, members }));
  const requested = search.get("team");
  const teamId = teams.some((team) => team.id === requested) ? requested : null;
  const period = parsePeriod(search.get("period"));
  const show: AssignmentShow = ASSIGNMENT_SHOWS.find((s) => s === search.get("assignments")) ?? "open";
  const scope = scopeFor(supervisorId, teamId, period, now);
  return {
    teams,
    teamId,
    period,
    show,
    byPerson: teamId !== null,
    heat: teamId ? personSkillMap(scope) : teamSkillMap(scope),
    skills: SKILLS,
    objections: worstObjections(scope),
    recent: recentAttempts(scope),
    leaders: teamId ? leaderboard(scope) : null,
    assignments: listSupervisorAssignments(supervisorId, teamId ?? undefined, show).slice(0, 10),
    disputes: openDisputes(supervisorId),
  };
}
