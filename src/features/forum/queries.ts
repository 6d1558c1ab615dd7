// The forum's reads live one per page or download (get-forums.ts, get-forum.ts, get-meeting.ts,
// get-public-journal.ts, get-approved-minutes.ts, get-paper.ts); this module only keeps the old
// import path for readers outside the area (the dashboard).
export { getForums, type TForumRow } from './get-forums'
