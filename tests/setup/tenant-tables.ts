/** Tables that hold a partnership's own data; each carries the tenant key and an RLS policy. */
export const tenantTables = [
  'Partnership', 'PartnershipOwner', 'PartnershipUniversity', 'Forum', 'ForumMember', 'Meeting', 'AgendaItem',
  'Decision', 'Network', 'NetworkUnit', 'NetworkMember', 'GrantYear', 'Allocation', 'Award', 'Measure', 'MeasureUnit', 'CoFinancing', 'Spending',
  'AgendaPaper', 'MeetingAttendance', 'ConflictOfInterest', 'DecisionVote', 'Minutes',
  'StatementSet', 'Statement', 'SelfAssessment', 'AssessmentRating', 'AssessmentPriority', 'NeedsReport', 'NeedsReportOwner', 'NeedsPriority', 'NeedsPriorityUnit',
  'UhOrder', 'UhOrderOwner', 'UhOrderUnit', 'UhOrderFacilitator', 'DevelopmentPlan', 'PlanLevel', 'PlanReview', 'UhVisit', 'MeasureFacilitator',
  'Gathering', 'GatheringRegistration', 'GatheringTask', 'TaskSubmission', 'NetworkMaterial', 'UnitStrength',
  'SurveyInstrument', 'SurveyInstrumentVersion', 'SurveyWave', 'SurveyWaveInstrument', 'SurveyWaveUnit', 'SurveyCode', 'SurveyAnswer', 'SurveyWaveResult',
  'Recommendation', 'RecommendationLine', 'UnitTrackChange', 'LeaderProgramme', 'Reallocation', 'YearEndEvent', 'DecisionCorrection',
  'ResourceUse', 'ResourceUseModule', 'MeasureResource', 'AwardLetter', 'OwnerReport', 'OwnerReportMeasure',
]

/**
 * Tables whose partnershipId is optional: a row with one is that partnership's data and walled
 * like a tenant table; a row without one (a membership at a unit or the platform, the audit row
 * of a login) belongs to no tenant and is visible in any context (ADR 034).
 */
export const partlyTenantTables = ['Membership', 'AuditLog', 'Resource', 'ResourceModule']
