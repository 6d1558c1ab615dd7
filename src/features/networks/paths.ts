/** The area's pages as route patterns: a success refreshes every page of the route (form-action.ts). */
export const NETWORKS_PAGE = '/nettverk'
export const NETWORK_PAGE = '/nettverk/[networkId]'
export const GATHERING_PAGE = '/nettverk/[networkId]/samlinger/[gatheringId]'

/** A gathering's own page, for links in email. */
export const gatheringPath = (networkId: string, gatheringId: string) => `/nettverk/${networkId}/samlinger/${gatheringId}`
