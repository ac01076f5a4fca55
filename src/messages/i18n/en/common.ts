/** Texts shared by every surface (server pages, CLI, chat). */
export const common = {
  "status.active": "Active",
  "status.inactive": "Inactive",
  "status.voluntarily_inactive": "Voluntarily inactive",
  "status.probation": "On probation",
  "status.revoked": "Revoked",
  "home.title": "OGP Local members",
  "home.intro":
    "Every OGP Local member, its status under the handbook's rules and its progress. Statuses and progress updates are public.",
  "home.empty": "No members are registered yet.",
  "home.col.member": "Member",
  "home.col.country": "Country",
  "home.col.status": "Status",
  "member.plan": "Action plan",
  "member.no_plan": "No action plan is recorded yet.",
  "member.commitments": "Commitments",
  "member.completion": "Completion",
  "member.back": "All members",
  "page.not_found": "Not found",
  "page.no_member": "No member has the address {slug}.",
  "page.no_commitment": "{slug} has no commitment {code}.",
};
