/**
 * How many rows a list of work on the dashboard shows at most (reports, orders, measures, plans,
 * visits, assessments, tasks); the section's heading links to the area's own page, which lists
 * them all, paged. Why ten: a dashboard must not grow with the country (issue 14: the owner's, UH
 * partner's and county governor's dashboards were 1.8–2× as big on national data as on the
 * demo's) and is a summary, not the list (issue 21). The partnerships and units a person answers
 * for (get-dashboard.ts) stay at twenty: no other page lists them.
 */
export const DASHBOARD_ROWS = 10
