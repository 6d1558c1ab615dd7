import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { pageDeclaration } from '@/server/authz/matrix/surface'
import { rolePermissions } from '@/server/authz/permissions'
import { NAVIGATION_AREAS, currentArea } from './areas'

/** The permission a page declares in its definePage call, read as the surface test reads it. */
function declaredPermission(href: string): string | undefined {
  return pageDeclaration(path.join(process.cwd(), 'src/app', href, 'page.tsx')).access
}

describe('main navigation areas', () => {
  it.each(NAVIGATION_AREAS.map((a) => [a.href, a.permission]))('%s asks for the permission its page declares', (href, permission) => {
    expect(declaredPermission(href)).toBe(permission)
  })

  it('offers every role at least its dashboard', () => {
    for (const [role, permissions] of Object.entries(rolePermissions)) {
      const areas = NAVIGATION_AREAS.filter((a) => (permissions as readonly string[]).includes(a.permission))
      expect(areas.map((a) => a.href), role).toContain('/oversikt')
    }
  })

  it('marks the deepest area a path is in', () => {
    expect(currentArea('/okonomi')).toBe('/okonomi')
    expect(currentArea('/okonomi/abc/rapport')).toBe('/okonomi')
    expect(currentArea('/admin/enheter')).toBe('/admin/enheter')
    expect(currentArea('/okonomiX')).toBeUndefined()
    expect(currentArea('/')).toBeUndefined()
  })
})
