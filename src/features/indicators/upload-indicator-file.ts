import { defineUseCase } from '@/server/usecase/define-use-case'
import { planIndicatorFile, writeIndicatorPlan } from './import-indicators'
import { ZIndicatorUpload, type TIndicatorImportResult } from './schemas'

/**
 * The import page's one step: the file read and every cell checked; a bad file answers with each
 * problem by line or cell and writes nothing; a good one replaces the same indicators' values for
 * its levels and years, with its import row and audit row, in this one transaction.
 * Note: indicators are national open data, not a tenant's; import:indicators is the whole check.
 */
export const uploadIndicatorFile = defineUseCase(
  { name: 'indicators.upload-indicator-file', permission: 'import:indicators', input: ZIndicatorUpload, audit: 'indicator.import', revalidate: () => ['/indikatorer', '/indikatorer/import'] },
  async ({ tx, actor, input, audit }): Promise<TIndicatorImportResult> => {
    const text = new TextDecoder('utf-8').decode(await input.file.arrayBuffer())
    const planned = planIndicatorFile(input.file.name, text)
    if (!planned.ok) return { ok: false, error: 'fileErrors', lineErrors: planned.errors }
    const { importId, ...values } = await writeIndicatorPlan(tx, planned.plan, actor.userId)
    await audit({ entity: 'IndicatorImport', entityId: importId, data: { ...values, file: input.file.name, source: planned.plan.source, table: planned.plan.tableId } })
    return { ok: true, done: 'imported', values }
  },
)
