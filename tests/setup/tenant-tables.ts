/** Tables that hold a partnership's own data; each carries the tenant key and an RLS policy. */
export const tenantTables = [
  'Partnership', 'PartnershipOwner', 'PartnershipUniversity', 'Forum', 'ForumMember', 'Meeting', 'AgendaItem',
  'Decision', 'Network', 'NetworkUnit', 'NetworkMember', 'GrantYear', 'Allocation', 'Award', 'Measure', 'MeasureUnit', 'CoFinancing', 'Spending',
  'AgendaPaper', 'MeetingAttendance', 'ConflictOfInterest', 'DecisionVote', 'Minutes',
  'StatementSet', 'Statement', 'SelfAssessment', 'AssessmentRating', 'AssessmentPriority', 'NeedsReport', 'NeedsReportOwner', 'NeedsPriority', 'NeedsPriorityUnit',
  'UhOrder', 'UhOrderOwner', 'UhOrderUnit', 'UhOrderFacilitator', 'DevelopmentPlan', 'PlanLevel', 'PlanReview', 'UhVisit', 'MeasureFacilitator',
  'Gathering', 'GatheringRegistration', 'GatheringTask', 'TaskSubmission', 'NetworkMaterial', 'UnitStrength',
  'SurveyInstrument', 'SurveyInstrumentVersion', 'SurveyWave', 'SurveyWaveInstrument', 'SurveyWaveUnit', 'SurveyCode', 'SurveyAnswer',
  'Recommendation', 'RecommendationLine',
]
