import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Button, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Textfield } from '@digdir/designsystemet-react'
import { AddMaterialForm, AddMemberForm, AddUnitForm, PlanGatheringForm, StrengthForm } from '@/features/networks/components/forms'
import { getNetwork } from '@/features/networks/queries'
import { Disclosure } from '@/components/ui/disclosure'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { OSLO } from '@/lib/oslo-time'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Networks')
  return { title: t('title') }
}

export default async function NetworkPage({ params, searchParams }: { params: Promise<{ networkId: string }>; searchParams: Promise<{ sok?: string | string[] }> }) {
  // Note: checked here and again in getNetwork (scope) and in every action's use case.
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  if (!can(actor, 'read:partnership')) redirect('/nettverk')
  const asked = (await searchParams).sok
  const network = await getNetwork(await getDb(), actor, (await params).networkId, typeof asked === 'string' ? asked : '')
  // Another tenant's network looks exactly like one that does not exist.
  if (!network) notFound()
  const t = await getTranslations('Networks')
  const format = await getFormatter()
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO })
  const coordinators = network.people.filter((p) => p.role === 'COORDINATOR')

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Paragraph data-size="sm">
          <Link href="/nettverk" className="ds-link">
            {t('back')}
          </Link>
        </Paragraph>
        <Heading level={1} data-size="lg">
          {network.name}
        </Heading>
        <Paragraph>
          {t(`types.${network.type}`)} · {network.partnershipName}
        </Paragraph>
        {network.description && <Paragraph>{network.description}</Paragraph>}
        <Paragraph>{coordinators.length ? t('coordinatedBy', { names: coordinators.map((c) => c.name).join(', ') }) : t('noCoordinator')}</Paragraph>
      </div>

      <section aria-labelledby="gatherings" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="gatherings">
          {t('gatheringsHeading')}
        </Heading>
        {network.gatherings.length === 0 ? (
          <Paragraph>{t('noGatherings')}</Paragraph>
        ) : (
          <ScrollRegion label={t('gatheringsCaption')}>
            <Table zebra className="w-full">
              <caption className="text-left">{t('gatheringsCaption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('gathering')}</TableHeaderCell>
                  <TableHeaderCell>{t('when')}</TableHeaderCell>
                  <TableHeaderCell>{t('place')}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t('seatsTaken')}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t('waitingCount')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {network.gatherings.map((g) => (
                  <TableRow key={g.id}>
                    <TableCell>
                      <Link href={`/nettverk/${network.id}/samlinger/${g.id}`} className="ds-link">
                        {g.title}
                      </Link>
                    </TableCell>
                    <TableCell>{when(g.startsAt)}</TableCell>
                    <TableCell>{g.place ?? '–'}</TableCell>
                    <TableCell className="text-right">{t('seatsOf', { taken: g.registered, limit: g.seatLimit })}</TableCell>
                    <TableCell className="text-right">{format.number(g.waiting)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        )}
        {network.canCoordinate && (
          <Disclosure summary={t('planHeading')} initiallyOpen={network.gatherings.length === 0}>
            <PlanGatheringForm networkId={network.id} />
          </Disclosure>
        )}
      </section>

      <section aria-labelledby="units" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="units">
          {t('unitsHeading')}
        </Heading>
        {network.units.length === 0 ? (
          <Paragraph>{t('noUnits')}</Paragraph>
        ) : (
          <ScrollRegion label={t('unitsCaption')}>
            <Table zebra className="w-full">
              <caption className="text-left">{t('unitsCaption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('unit')}</TableHeaderCell>
                  <TableHeaderCell>{t('municipality')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {network.units.map((u) => (
                  <TableRow key={u.id}>
                    <TableCell>{u.name}</TableCell>
                    <TableCell>{u.municipality}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        )}
        {network.canManage && network.unitOptions.length > 0 && (
          <Disclosure summary={t('addUnitHeading')}>
            <AddUnitForm networkId={network.id} units={network.unitOptions} />
          </Disclosure>
        )}
      </section>

      <section aria-labelledby="strengths" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="strengths">
          {t('strengthsHeading')}
        </Heading>
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
      </section>

      <section aria-labelledby="materials" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="materials">
          {t('materialsHeading')}
        </Heading>
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
        {network.canShare && (
          <Disclosure summary={t('shareHeading')}>
            <AddMaterialForm networkId={network.id} />
          </Disclosure>
        )}
      </section>

      <section aria-labelledby="people" className="flex flex-col gap-3">
        <Heading level={2} data-size="sm" id="people">
          {t('peopleHeading')}
        </Heading>
        {network.people.length === 0 ? (
          <Paragraph>{t('noPeople')}</Paragraph>
        ) : (
          <ScrollRegion label={t('peopleCaption')}>
            <Table zebra className="w-full">
              <caption className="text-left">{t('peopleCaption')}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t('person')}</TableHeaderCell>
                  <TableHeaderCell>{t('role')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {network.people.map((p) => (
                  <TableRow key={p.id}>
                    <TableCell>{p.name}</TableCell>
                    <TableCell>{t(`roles.${p.role}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
        )}
        {network.canManage && (
          <Disclosure summary={t('addMemberHeading')}>
            <AddMemberForm networkId={network.id} />
          </Disclosure>
        )}
      </section>
    </div>
  )
}
