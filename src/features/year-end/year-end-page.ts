/** The year-end page of a grant year and the grant year's own page, refreshed after a change. */
export const yearEndPage = (result: { id?: string }) => (result.id ? [`/okonomi/${result.id}/arsavslutning`, `/okonomi/${result.id}`] : [])

/** The year-end page's address. */
export const yearEndHref = (grantYearId: string) => `/okonomi/${grantYearId}/arsavslutning`
