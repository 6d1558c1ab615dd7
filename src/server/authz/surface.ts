import type { Permission } from './permissions'

/**
 * Every page, server action and route handler, with what it requires. A test
 * (surface.test.ts) fails when a new one appears that is not listed here, so nothing reaches
 * users without someone deciding who may use it, and the role × tenant tests covering it.
 *
 * - 'public': anyone, with no tenant data (public aggregates and static text only);
 * - 'demo-mode': only when demo mode is on (src/server/demo.ts);
 * - a permission: the page or action calls requirePermission and reads through scope helpers.
 */
export type TAccess = 'public' | 'demo-mode' | Permission

export const surface: {
  pages: Record<string, TAccess>
  routes: Record<string, TAccess>
  actions: Record<string, TAccess>
} = {
  pages: {
    '/': 'public',
    '/tilgjengelighet': 'public',
    '/logg-inn': 'public',
    '/oversikt': 'read:dashboard',
    '/admin/medlemskap': 'manage:membership',
    '/admin/epost': 'manage:platform',
    '/okonomi': 'read:funding',
    '/okonomi/[grantYearId]': 'read:funding',
    '/forum': 'read:forum',
    '/forum/[forumId]': 'read:forum',
    '/forum/[forumId]/moter/[meetingId]': 'read:forum',
    '/vedtak/[slug]': 'public',

    // ── Self-assessments (features/assessment)
    '/egenvurdering': 'read:assessment',
    '/egenvurdering/[assessmentId]': 'read:assessment',
    '/egenvurdering/pastander': 'manage:development',

    // ── Needs reports and orders to UH (features/needs)
    '/behov': 'read:needs',
    '/behov/[reportId]': 'read:needs',
    '/bestillinger': 'read:orders',
    '/bestillinger/[orderId]': 'read:orders',

    // ── Measures, development plans and UH visits (features/measures)
    '/tiltak': 'read:partnership',
    '/tiltak/[measureId]': 'read:partnership',
    '/planer': 'read:partnership',
    '/planer/[planId]': 'read:partnership',
    '/besok': 'read:visits',

    // ── Learning networks and gatherings (features/networks)
    '/nettverk': 'read:partnership',
    '/nettverk/[networkId]': 'read:partnership',
    '/nettverk/[networkId]/samlinger/[gatheringId]': 'read:partnership',
  },
  routes: {
    // Auth.js's own endpoints: OpenID Connect callbacks, CSRF token, session, sign-out.
    '/api/auth/[...nextauth]': 'public',
    // The yearly financial report of a grant year (?mottaker=<organisation id> for one recipient).
    '/okonomi/[grantYearId]/rapport.xlsx': 'read:funding',
    '/okonomi/[grantYearId]/rapport.pdf': 'read:funding',
    // The approved minutes of a meeting (?versjon=N for an earlier version).
    '/forum/[forumId]/moter/[meetingId]/referat.pdf': 'read:forum',
    '/forum/[forumId]/moter/[meetingId]/papir/[paperId]': 'read:forum',
    // The forum's yearly recommendation (innstilling) to the county governor (?ar=YYYY).
    '/forum/[forumId]/innstilling.pdf': 'read:forum',
    '/forum/[forumId]/innstilling.xlsx': 'read:forum',

    // ── Learning networks and gatherings (features/networks)
    // The gathering as an iCalendar file, for a person who holds a seat.
    '/nettverk/[networkId]/samlinger/[gatheringId]/kalender.ics': 'join:gatherings',
    // A file shared in a network.
    '/nettverk/[networkId]/materiale/[materialId]': 'read:partnership',
  },
  actions: {
    setLocale: 'public',
    demoSignInAction: 'demo-mode',
    providerSignInAction: 'public',
    signOutAction: 'public',
    inviteMembershipAction: 'manage:membership',
    changeMembershipRoleAction: 'manage:membership',
    endMembershipAction: 'manage:membership',
    retryEmailAction: 'manage:platform',
    openGrantYearAction: 'manage:funding',
    runAllocationKeyAction: 'manage:funding',
    adjustAllocationsAction: 'manage:funding',
    createAwardAction: 'manage:funding',
    closeGrantYearAction: 'manage:funding',
    recordCoFinancingAction: 'report:funding',
    recordSpendingAction: 'report:funding',
    removeFundingEntryAction: 'report:funding',
    addForumMemberAction: 'manage:forum',
    endForumMemberAction: 'manage:forum',
    planMeetingAction: 'manage:forum',
    addAgendaItemAction: 'manage:forum',
    recordDecisionAction: 'manage:forum',
    draftMinutesAction: 'manage:forum',
    approveMinutesAction: 'manage:forum',
    addPaperAction: 'manage:forum',
    registerAttendanceAction: 'manage:forum',

    // ── Self-assessments (features/assessment)
    startAssessmentAction: 'assess:unit',
    saveAssessmentTextAction: 'assess:unit',
    saveRatingsAction: 'assess:unit',
    savePrioritiesAction: 'assess:unit',
    setAssessmentPhaseAction: 'assess:unit',
    shareAssessmentAction: 'assess:unit',
    revokeAssessmentShareAction: 'assess:unit',
    createStatementSetAction: 'manage:development',
    addStatementAction: 'manage:development',

    // ── Needs reports and orders to UH (features/needs)
    createNeedsReportAction: 'report:needs',
    addNeedsPriorityAction: 'report:needs',
    removeNeedsPriorityAction: 'report:needs',
    submitNeedsReportAction: 'report:needs',
    createOrderAction: 'report:needs',
    sendOrderAction: 'report:needs',
    acceptOfferAction: 'report:needs',
    declineOfferAction: 'report:needs',
    answerOrderAction: 'serve:units',

    // ── Measures, development plans and UH visits (features/measures)
    createMeasureAction: 'manage:development',
    updateMeasureAction: 'manage:development',
    createPlanAction: 'write:plan',
    savePlanLevelAction: 'write:plan',
    addPlanReviewAction: 'write:plan',
    logVisitAction: 'serve:units',

    // ── Learning networks and gatherings (features/networks)
    createNetworkAction: 'manage:development',
    addNetworkUnitAction: 'manage:development',
    addNetworkMemberAction: 'manage:development',
    planGatheringAction: 'coordinate:networks',
    addGatheringTaskAction: 'coordinate:networks',
    recordGatheringAttendanceAction: 'coordinate:networks',
    remindPreWorkAction: 'coordinate:networks',
    registerForGatheringAction: 'join:gatherings',
    cancelRegistrationAction: 'join:gatherings',
    submitTaskWorkAction: 'join:gatherings',
    addMaterialAction: 'join:gatherings',
    saveStrengthAction: 'join:gatherings',
  },
}
