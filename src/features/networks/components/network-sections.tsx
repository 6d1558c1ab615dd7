import { getFormatter, getTranslations } from 'next-intl/server'
import { Textfield } from '@digdir/designsystemet-react'
import { Button, Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { OSLO } from '@/lib/oslo-time'
import { Section } from '@/components/ui/section'
import type { TNetworkDetail } from '../get-network'
import { AddMaterialForm, AddMemberForm, AddUnitForm, PlanGatheringForm, StrengthForm } from './forms'
import { PageHeader } from '@/components/ui/page-header'

/** The sections of a network's page (/nettverk/[networkId]), in the page's order. */
type TProps = { network: TNetworkDetail }

export async function NetworkHeader({ network }: TProps) {
  const t = await getTranslations('Networks')
  const coordinators = network.people.filter((p) => p.role === 'COORDINATOR')
  return (
    <PageHeader title={network.name} back={{ href: '/nettverk', label: t('back') }}>
      <Paragraph>
        {t(`types.${network.type}`)} · {network.partnershipName}
      </Paragraph>
      {network.description && <Paragraph>{network.description}</Paragraph>}
      <Paragraph>{coordinators.length ? t('coordinatedBy', { names: coordinators.map((c) => c.name).join(', ') }) : t('noCoordinator')}</Paragraph>
    </PageHeader>
  )
}

export async function GatheringsSection({ network }: TProps) {
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  return (
    <Section id="gatherings" heading={t('gatheringsHeading')} form={network.canCoordinate && { summary: t('planHeading'), initiallyOpen: network.gatherings.length === 0, node: <PlanGatheringForm networkId={network.id} /> }}>
      <DataTable
        caption={t('gatheringsCaption')}
        rows={network.gatherings}
        empty={t('noGatherings')}
        columns={[
          { header: t('gathering'), href: (g) => `/nettverk/${network.id}/samlinger/${g.id}`, cell: (g) => g.title },
          { header: t('when'), cell: (g) => format.dateTime(g.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO }) },
          { header: t('place'), cell: (g) => g.place ?? '–' },
          { header: t('seatsTaken'), numeric: true, cell: (g) => t('seatsOf', { taken: g.registered, limit: g.seatLimit }) },
          { header: t('waitingCount'), numeric: true, cell: (g) => format.number(g.waiting) },
        ]}
      />
    </Section>
  )
}

export async function UnitsSection({ network }: TProps) {
  const t = await getTranslations('Networks')
  return (
    <Section id="units" heading={t('unitsHeading')} form={network.canManage && network.unitOptions.length > 0 && { summary: t('addUnitHeading'), node: <AddUnitForm networkId={network.id} units={network.unitOptions} /> }}>
      <DataTable
        caption={t('unitsCaption')}
        rows={network.units}
        empty={t('noUnits')}
        columns={[
          { header: t('unit'), cell: (u) => u.name },
          { header: t('municipality'), cell: (u) => u.municipality },
        ]}
      />
    </Section>
  )
}

export async function StrengthsSection({ network }: TProps) {
  const t = await getTranslations('Networks')
  return (
    <Section id="strengths" heading={t('strengthsHeading')}>
      <Paragraph>{t('strengthsLead')}</Paragraph>
      {network.strengths.length === 0 ? (
        <Paragraph>{t('noStrengths')}</Paragraph>
      ) : (
        <dl className="flex flex-col gap-2">
          {network.strengths.map((st) => (
            <div key={st.unitId}>
              <dt className="font-semibold">{st.unitName}</dt>
              <dd className="ml-0 whitespace-pre-line">{st.text}</dd>
            </div>
          ))}
        </dl>
      )}
      {network.myUnits.map((u) => (
        <StrengthForm key={u.id} networkId={network.id} unitId={u.id} unitName={u.name} text={u.strength} />
      ))}
    </Section>
  )
}

export async function MaterialsSection({ network }: TProps) {
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  return (
    <Section id="materials" heading={t('materialsHeading')} form={network.canShare && { summary: t('shareHeading'), node: <AddMaterialForm networkId={network.id} /> }}>
      <form method="get" role="search" aria-label={t('searchLabel')} className="flex flex-wrap items-end gap-2">
        <Textfield label={t('searchLabel')} name="sok" type="search" defaultValue={network.search} />
        <Button type="submit" variant="secondary">
          {t('search')}
        </Button>
      </form>
      {network.materials.length === 0 ? (
        <Paragraph>{network.search ? t('noMaterialsFound', { search: network.search }) : t('noMaterials')}</Paragraph>
      ) : (
        <ul className="flex flex-col gap-3">
          {network.materials.map((m) => (
            <li key={m.id}>
              {m.url ? (
                <a href={m.url} className="ds-link" rel="noopener noreferrer">
                  {m.title}
                </a>
              ) : (
                <a href={`/nettverk/${network.id}/materiale/${m.id}`} className="ds-link">
                  {m.title}
                </a>
              )}
              {m.fileName && <span className="text-sm"> ({m.fileName})</span>}
              {m.description && <Paragraph data-size="sm">{m.description}</Paragraph>}
              <Paragraph data-size="sm">{t('sharedBy', { name: m.addedBy ?? '–', date: format.dateTime(m.createdAt, { dateStyle: 'medium', timeZone: OSLO }) })}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}

export async function PeopleSection({ network }: TProps) {
  const t = await getTranslations('Networks')
  return (
    <Section id="people" heading={t('peopleHeading')} form={network.canManage && { summary: t('addMemberHeading'), node: <AddMemberForm networkId={network.id} /> }}>
      <DataTable
        caption={t('peopleCaption')}
        rows={network.people}
        empty={t('noPeople')}
        columns={[
          { header: t('person'), cell: (p) => p.name },
          { header: t('role'), cell: (p) => t(`roles.${p.role}`) },
        ]}
      />
    </Section>
  )
}
