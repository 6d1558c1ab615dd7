import type { Permission } from '@/server/authz/permissions'

/**
 * Who may use a page, action or route handler:
 * - 'public': anyone, with no tenant data (public aggregates and static text only);
 * - 'demo-mode': only when demo mode is on (src/server/demo.ts);
 * - a permission: the adapter checks it, and the use case or read behind it filters by scope.
 */
export type TAccess = 'public' | 'demo-mode' | Permission

/** What every adapter carries, so the surface test and the matrix can list them from the code itself. */
export interface TEntryDeclaration {
  /** The route as in src/app ('/okonomi/[grantYearId]'), or the action's use-case name. */
  name: string
  access: TAccess
}
