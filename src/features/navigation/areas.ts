import type { Permission } from '@/server/authz/permissions'

/**
 * The work areas of the yearly cycle, in the order the cycle runs (issue 21): the main navigation
 * shows the ones the person may open. `permission` is the one the area's page declares with
 * definePage; areas.test.ts fails when the two drift apart, so the menu never offers a page that
 * answers "no access".
 */
export const NAVIGATION_AREAS = [
  { href: '/oversikt', label: 'dashboard', permission: 'read:dashboard' },
  { href: '/frister', label: 'deadlines', permission: 'read:partnership' },
  { href: '/egenvurdering', label: 'assessment', permission: 'read:assessment' },
  { href: '/behov', label: 'needs', permission: 'read:needs' },
  { href: '/bestillinger', label: 'orders', permission: 'read:orders' },
  { href: '/forum', label: 'forum', permission: 'read:forum' },
  { href: '/okonomi', label: 'funding', permission: 'read:funding' },
  { href: '/tiltak', label: 'measures', permission: 'read:partnership' },
  { href: '/planer', label: 'plans', permission: 'read:partnership' },
  { href: '/besok', label: 'visits', permission: 'read:visits' },
  { href: '/nettverk', label: 'networks', permission: 'read:partnership' },
  { href: '/ressurser', label: 'resources', permission: 'read:partnership' },
  { href: '/kartlegging', label: 'surveys', permission: 'read:survey-results' },
  { href: '/indikatorer', label: 'indicators', permission: 'read:indicators' },
  { href: '/personale', label: 'staff', permission: 'manage:staff' },
  { href: '/admin/medlemskap', label: 'memberships', permission: 'manage:membership' },
  { href: '/admin/enheter', label: 'units', permission: 'import:units' },
  { href: '/admin/organisasjoner', label: 'organisations', permission: 'manage:organisations' },
  { href: '/admin/epost', label: 'email', permission: 'manage:platform' },
] as const satisfies readonly { href: string; label: string; permission: Permission }[]

/** The area a path belongs to: the longest area href that is the path or a parent of it. */
export function currentArea(pathname: string): string | undefined {
  return NAVIGATION_AREAS.map((a) => a.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0]
}
