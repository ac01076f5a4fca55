/**
 * Texts of the open data (src/web/api, src/web/feeds) and of `cli updates import`: API errors, the
 * deadline calendars, the update feeds, and the import's problems (each names a row and a column).
 */
export const openData = {
  "open_data.error.invalid_parameter": "The parameter {parameter} is not valid: {detail}",
  "open_data.error.no_member": "No member has the slug or code {ref}.",
  "open_data.error.no_commitment": "No commitment has the identifier {code}.",
  "open_data.error.no_country": "No member is in the country {country}.",
  "open_data.error.bad_cursor": "This cursor was not given out by this API; start again without it.",
  "open_data.ics.summary": "{what} · {member}",
  "open_data.ics.summary_overdue": "Overdue: {what} · {member}",
  "open_data.ics.description": "{text}\n\nOGP Local Handbook rule {rule} ({section}).",
  "open_data.ics.member_calendar": "OGP Local deadlines: {member}",
  "open_data.ics.country_calendar": "OGP Local deadlines: {country}",
  "open_data.atom.author": "OGP Local hub",
  "open_data.atom.all_title": "OGP Local: progress updates and status changes",
  "open_data.atom.member_title": "{member}: progress updates and status changes",
  "open_data.atom.subtitle":
    "Progress updates of OGP Local members on their action-plan commitments, and the changes of their status under the handbook's rules.",
  "open_data.atom.update_title": "{members} — progress update on {commitment}: {title}",
  "open_data.atom.status_title": "{member} — status: {status}",
  "open_data.atom.status_reason_rule": "{reason} (handbook rule {rule})",
  "open_data.atom.delay_reasons": "Reasons for delay: {text}",
  "open_data.atom.next_steps": "Next steps: {text}",
  "open_data.atom.completion": "Completion: {level}",
  "open_data.atom.no_progress": "No progress this quarter.",
  "open_data.import.cannot_read": "Cannot import {file}: {reason}. Nothing was written.",
  "open_data.import.not_csv": "it is not valid CSV (line {line}: {detail})",
  "open_data.import.unreadable": "it cannot be read",
  "open_data.import.empty": "it is empty",
  "open_data.import.failed": "{file}: {count} problem(s); nothing was written.",
  "open_data.import.at": "row {row}, column {column}:",
  "open_data.import.done":
    "Imported {file}: {created} update(s) added, {revised} corrected, {unchanged} unchanged.",
  "open_data.import.unknown_column": "This column is not one of updates.csv's (see docs/open-data.md).",
  "open_data.import.repeated_column": "This column appears twice.",
  "open_data.import.missing_column": "This column is required.",
  "open_data.import.cell_count": "The row has {cells} cells; the header has {columns}.",
  "open_data.import.required": "This cell is required.",
  "open_data.import.too_long": "The text is longer than 10,000 characters.",
  "open_data.import.bad_id": "An Update ID has only letters, digits and dashes (64 at most).",
  "open_data.import.bad_instant": "Write the instant in ISO 8601 with its offset, e.g. 2026-03-27T17:00:00Z.",
  "open_data.import.bad_position": "Write the milestone's number (1, 2…).",
  "open_data.import.bad_milestone_change":
    "Write one change per line as NUMBER: FROM -> TO, with two different statuses among not_started, in_progress, blocked, complete and incomplete.",
  "open_data.import.bad_percent": "Write a whole number from 0 to 100, or leave the cell blank.",
  "open_data.import.bad_yes_no": "Write yes or no.",
  "open_data.import.bad_challenge":
    "Write one challenge per line as CODE or CODE: detail, with the codes funding_change, lack_of_resources, priority_shift, approval_delay, dependency and other.",
  "open_data.import.repeated_challenge": "A challenge is named twice.",
  "open_data.import.bad_link": "Write one web link (http or https) per line.",
  "open_data.import.too_many_links": "An update has at most 20 evidence links.",
  "open_data.import.no_commitment": "No commitment has the identifier {code}.",
  "open_data.import.repeated_id": "This Update ID is on an earlier row too.",
  "open_data.import.moved_update": "This update belongs to another commitment; an update cannot move.",
  "open_data.import.moved_posting": "This update was posted at another time; its posting time cannot change.",
  "open_data.import.future": "This instant is in the future.",
  "open_data.import.no_person":
    "No person has the email address or the name {person} (a name two people share does not count).",
  "open_data.import.no_milestone": "Commitment {code} has no milestone {position}.",
  "open_data.import.repeated_milestone": "A milestone is changed twice.",
  "open_data.import.not_updatable":
    "Commitment {code} does not take updates (its status is {status}); to restore earlier records, use --backfill.",
  "open_data.import.challenges_needed":
    "An update that shows no progress, or leaves the commitment not started or limited, names at least one challenge.",
};
