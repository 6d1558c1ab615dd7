import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import type { getForums } from '@/features/forum/get-forums'
import { OSLO } from '@/lib/oslo-time'
import { Section } from '@/components/ui/section'

type TForum = Awaited<ReturnType<typeof getForums>>[number]

/** The forums this person reads: the next meeting with its papers, open items, and for the secretariat what is left to write. */
export async function ForumDashboardSection({ forums }: { forums: TForum[] }) {
  if (forums.length === 0) return null
  const tForum = await getTranslations('Forum')
  return (
    <Section id="forum" heading={tForum('dashboardLink')} href="/forum" className="flex flex-col gap-2">
      <ul className="list-disc pl-6">
        {forums.map((f) => (
          <ForumItem key={f.id} forum={f} />
        ))}
      </ul>
    </Section>
  )
}

async function ForumItem({ forum: f }: { forum: TForum }) {
  const tForum = await getTranslations('Forum')
  const format = await getFormatter()
  return (
    <li>
      <Link href={`/forum/${f.id}`} className="ds-link">
        {f.name}
      </Link>
      {f.nextMeeting && (
        <>
          {` – ${tForum('dashboardNext', { forum: f.name, title: f.nextMeeting.title, when: format.dateTime(f.nextMeeting.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: OSLO }) })} `}
          (
          <Link href={`/forum/${f.id}/moter/${f.nextMeeting.id}`} className="ds-link">
            {tForum('dashboardPapers', { count: f.nextMeeting.papers })}
          </Link>
          )
        </>
      )}
      {` – ${tForum('dashboardOpen', { count: f.openItems })}`}
      {f.toWrite.length > 0 && (
        <ul className="list-[circle] pl-6" aria-label={tForum('dashboardToWrite', { forum: f.name })}>
          {f.toWrite.map((m) => (
            <li key={m.meetingId}>
              <Link href={`/forum/${f.id}/moter/${m.meetingId}`} className="ds-link">
                {m.meetingTitle}
              </Link>
              {`: ${[m.decisions > 0 ? tForum('dashboardDecisionsToWrite', { count: m.decisions }) : null, m.minutes ? tForum('dashboardMinutesToWrite') : null].filter(Boolean).join(', ')}`}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}
