import { codeSheetResponse } from '@/features/surveys/code-sheet'
import { defineRoute } from '@/server/usecase/define-route'

// POST /kartlegging/[waveId]/koder - issue codes for a unit (and class) and group and download them as a PDF to print.
// A plain form post (works without JavaScript); the session cookie is same-site, so another site cannot post it.
export const POST = defineRoute<{ waveId: string }>({ route: '/kartlegging/[waveId]/koder', permission: 'issue:survey-codes' }, async ({ request, actor, db, params }) => {
  const form = request.method === 'POST' ? await request.formData() : new URL(request.url).searchParams
  return codeSheetResponse(db, actor, params.waveId, form, request.url)
})
