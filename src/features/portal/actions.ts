'use server'

import { formAction } from '@/server/usecase/form-action'
import { addModule } from './add-module'
import { approveSharing } from './approve-sharing'
import { createResource } from './create-resource'
import { linkMeasure } from './link-measure'
import { markModule } from './mark-module'
import { startPackage } from './start-package'

// Each action is a public POST endpoint: the adapter finds the actor, and the use case checks the
// permission and the scope (src/server/authz/scopes/resources.ts).
const LISTS = ['themes', 'audiences', 'levels', 'grades'] as const

/** POST (server action) - add a resource (a package, file, link or teaching plan). */
export const createResourceAction = formAction(createResource, {
  toInput: (f) => ({ ...Object.fromEntries(f), ...Object.fromEntries(LISTS.map((k) => [k, f.getAll(k)])) }),
  redirectTo: (r) => `/ressurser/${r.id}`,
})

/** POST (server action) - add the next module to a package. */
export const addModuleAction = formAction(addModule)

/** POST (server action) - approve or refuse a teacher's wish to share wider than the unit. */
export const approveSharingAction = formAction(approveSharing)

/** POST (server action) - start a package for the unit or a team in it. */
export const startPackageAction = formAction(startPackage)

/** POST (server action) - mark the module a use is on, or a module done. */
export const markModuleAction = formAction(markModule)

/** POST (server action) - name a resource a measure uses. */
export const linkMeasureAction = formAction(linkMeasure)
