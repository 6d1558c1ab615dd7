import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@digdir/designsystemet-react'

/** An import page's frame: its title and lead from the area's messages (`title`, `lead`), then the import's own steps. */
export async function ImportPage({ namespace, children }: { namespace: string; children: ReactNode }) {
  const t = await getTranslations(namespace)
  return (
    <div className="flex flex-col gap-6">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
      </div>
      {children}
    </div>
  )
}
