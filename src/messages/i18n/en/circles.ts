/**
 * Peer-learning circles (handbook §2.4): the `circle` and `peers` commands, their refusals, the
 * weekly circle digest and the public site's circles.
 */
export const circles = {
  "cmd.circle_create.summary":
    "create a peer-learning circle on a policy area or a free theme (Support Unit; §2.4)",
  "cmd.circle_join.summary":
    "add a member to a circle (the member's point of contact or civil society; §2.4)",
  "cmd.circle_leave.summary":
    "take a member out of a circle (the member's point of contact or civil society; §2.4)",
  "cmd.circle_list.summary": "list the circles, their themes, members and linked channels",
  "cmd.circle_link.summary":
    "link this channel to a circle: messages are relayed between its channels (Support Unit, or a circle member's point of contact or civil society)",
  "cmd.circle_unlink.summary": "unlink this channel from a circle: relaying stops at once",
  "cmd.peers.summary":
    "members with active commitments in a policy area, and their circles (§2.4 peer exchange)",
  "discord.option.circle": "a circle (its short name)",
  "discord.option.circle_name": "the circle's name",
  "discord.option.theme": "a policy area, or a theme in a few words",
  "discord.option.policy_area": "a policy area (Annex 2 §11)",
  "cmd.circle.usage":
    'Type /ogp circle list, circle create NAME THEME ("quote" a name or theme of several words), circle join CIRCLE [MEMBER], circle leave CIRCLE [MEMBER], circle link CIRCLE or circle unlink CIRCLE.',
  "cmd.circle.support_unit_only":
    "Only the Support Unit creates peer-learning circles (handbook §2.4; role support_unit).",
  "cmd.circle.created":
    "Circle {name} created ({slug}), theme: {theme}. Members join with /ogp circle join {slug}.",
  "cmd.circle.joined": "{member} joined the circle {circle}.",
  "cmd.circle.already_member": "{member} is already in the circle {circle}.",
  "cmd.circle.left": "{member} left the circle {circle}.",
  "cmd.circle.not_member": "{member} is not in the circle {circle}.",
  "cmd.circle.no_member":
    "You speak for no member: a circle's members join through their point of contact or civil society (handbook §2.4). Name the member: /ogp {command} MEMBER.",
  "cmd.circle.needs_channel":
    "Run /ogp circle link or unlink in the channel to attach, not in a direct message or a thread: a circle discusses in shared channels (§2.4).",
  "cmd.circle.linked":
    "This channel is now linked to the circle {circle}: messages posted here appear in its {count} other linked channel(s), and theirs here. Unlink it any time with /ogp circle unlink {slug}.",
  "cmd.circle.already_linked": "This channel is already linked to the circle {circle}.",
  "cmd.circle.unlinked":
    "This channel is no longer linked to the circle {circle}: nothing is relayed to or from it any more.",
  "cmd.circle.not_linked": "This channel is not linked to the circle {circle}.",
  "cmd.circle.list_title": "Peer-learning circles",
  "cmd.circle.list_empty":
    "There is no circle yet. The Support Unit creates them with /ogp circle create NAME THEME.",
  "cmd.circle.list_line": "{name} ({slug}) · {theme} · members: {members} · linked channels: {channels}",
  "cmd.circle.no_members": "none yet",
  "circle.name_required": "A circle needs a name (handbook §2.4).",
  "circle.name_too_long": "A circle's name is at most {max} characters.",
  "circle.name_without_letters": "“{name}” has no letter or digit to make the circle's short name from.",
  "circle.theme_required":
    "A circle needs a theme: a policy area (e.g. fiscal_openness) or a few words (handbook §2.4).",
  "circle.theme_too_long": "A circle's theme is at most {max} characters.",
  "circle.exists": "There is already a circle {name} ({slug}): circles' short names are unique.",
  "circle.not_found": "No circle “{circle}”. /ogp circle list shows them.",
  "circle.membership_not_allowed":
    "Only {member}'s point of contact, its civil society or the Support Unit may add it to a circle or take it out (handbook §2.4).",
  "circle.channel_not_allowed":
    "Only the Support Unit, or the point of contact or civil society of a member of the circle {circle}, may link or unlink its channels (handbook §2.4).",
  "circle.channel_taken":
    "This channel is already linked to the circle {circle}: a channel belongs to one circle at most. Unlink it from there first.",
  "cmd.peers.title": "Peers in {area}",
  "cmd.peers.none": "No other member has active commitments in {area}.",
  "cmd.peers.line": "{member} ({country}): {commitments}",
  "cmd.peers.circles": "circles: {circles}",
  "cmd.peers.hint": "Peer exchange (handbook §2.4): join a circle on the theme with /ogp circle join CIRCLE.",
  "peers.area_unknown": "“{area}” is not a policy area. Policy areas: {areas}.",
  "peers.area_needed": "Name a policy area: /ogp peers POLICY_AREA (e.g. fiscal_openness).",
  "peers.no_areas":
    "Your members have no active commitment with a policy area. Name one: /ogp peers POLICY_AREA (e.g. fiscal_openness).",
  "scheduler.circle_digest.title": "Circle {circle}: week {week}",
  "scheduler.circle_digest.intro": "What the circle's members did this week on {theme}:",
  "scheduler.circle_digest.updates": "Progress updates",
  "scheduler.circle_digest.update": "{member}, {code} {title}: {narrative}",
  "scheduler.circle_digest.update_pct": "{member}, {code} {title} ({pct}%): {narrative}",
  "scheduler.circle_digest.update_no_progress":
    "{member}, {code} {title}: no progress this time. {narrative}",
  "scheduler.circle_digest.statuses": "Status changes",
  "scheduler.circle_digest.status": "{member} is {status} from {since}",
  "scheduler.circle_digest.more": "…and {count} more.",
  "scheduler.circle_digest.footer":
    "Weekly digest of a peer-learning circle (handbook §2.4), posted to each of its linked channels.",
  "site.circles.title": "Peer-learning circles",
  "site.circles.intro":
    "Members learn from each other in thematic circles (handbook §2.4), discussing in shared Slack and Discord channels. Their conversations are not published here.",
  "site.circles.theme": "Theme",
  "site.circles.members": "Members",
  "site.circles.channels": "Linked chat channels",
  "site.circles.none": "There is no circle yet.",
  "site.circles.no_members": "No member yet.",
  "site.member.circles": "Peer-learning circles",
  "site.member.circles_none": "Not in a circle yet.",
  "site.nav.circles": "Circles",
};
