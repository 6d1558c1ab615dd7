-- The session read in one statement again (issue 14), with the wall on Membership kept (issue 22).
--
-- A request's first read is its session, its person and the person's memberships: the memberships
-- decide the tenant context, so they are read before one exists, and since
-- 20261203170000_membership_audit_log_rls the wall hides those bound to a partnership from a query
-- without context. The adapter read them in a transaction with every tenant visible: BEGIN, the
-- setting, the read, COMMIT, four statements on every request. This function reads exactly one
-- session's person and memberships with every tenant visible for its own duration only (a SET
-- clause is restored when the function returns, also inside a caller's transaction), so the rest
-- of the wall is as it was: a query outside any context still sees no tenant's memberships.
CREATE FUNCTION "samkomp_session"(token_hash text) RETURNS jsonb
LANGUAGE sql STABLE
SET app.all_tenants = 'on'
AS $$
  SELECT jsonb_build_object(
    'session', jsonb_build_object('userId', s."userId", 'expires', s."expires", 'createdAt', s."createdAt"),
    'user', jsonb_build_object('id', u.id, 'name', u.name, 'email', u.email, 'emailVerified', u."emailVerified", 'image', u.image, 'locale', u.locale, 'disabledAt', u."disabledAt"),
    'memberships', coalesce((
      SELECT jsonb_agg(jsonb_build_object(
        'id', m.id, 'role', m.role, 'organisationId', m."organisationId", 'unitId', m."unitId", 'partnershipId', m."partnershipId",
        'organisation', CASE WHEN o.id IS NULL THEN NULL ELSE jsonb_build_object('kind', o.kind, 'name', o.name, 'governorOfficeId', o."governorOfficeId") END,
        'unit', CASE WHEN n.id IS NULL THEN NULL ELSE jsonb_build_object('name', n.name) END
      ) ORDER BY m."createdAt")
      FROM "Membership" m
      LEFT JOIN "Organisation" o ON o.id = m."organisationId"
      LEFT JOIN "Unit" n ON n.id = m."unitId"
      WHERE m."userId" = u.id AND m."endedAt" IS NULL
    ), '[]'::jsonb)
  )
  FROM "Session" s JOIN "User" u ON u.id = s."userId"
  WHERE s."sessionToken" = token_hash
$$;

GRANT EXECUTE ON FUNCTION "samkomp_session"(text) TO samkomp_app;
