import { getTranslations } from 'next-intl/server'
import type { IndicatorSource } from '@/generated/prisma/client'

/** The credit each source's licence asks for (SSB: CC BY 4.0; Udir: NLOD), under every view. */
export async function IndicatorCredits({ sources }: { sources: IndicatorSource[] }) {
  const t = await getTranslations('Indicators')
  const shown = [...new Set(sources.length ? sources : (['SSB', 'UDIR'] as const))]
  return (
    // A plain block: a footer inside the main content is no landmark, and a label on it would be refused (axe).
    <div className="text-sm">
      <p className="m-0">{t('creditsHeading')}</p>
      <ul className="m-0 pl-5">
        {shown.map((s) => (
          <li key={s}>{t(`credit.${s}`)}</li>
        ))}
      </ul>
    </div>
  )
}

/** The same credits as lines of text, for exports. */
export const creditLines: Record<IndicatorSource, string> = {
  SSB: 'Kilde: Statistisk sentralbyrå (SSB), lisens CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)',
  UDIR: 'Inneholder data under NLOD, tilgjengeliggjort på data.udir.no',
}
