import { getLocale, getTranslations } from 'next-intl/server'
import { getApprovedMinutes } from '@/features/forum/get-approved-minutes'
import { renderMinutesPdf } from '@/features/forum/minutes-pdf'
import { formatOslo } from '@/lib/oslo-time'
import { CONTENT_TYPES, downloadResponse, fileSlug } from '@/server/http/download'
import { defineRoute } from '@/server/usecase/define-route'

/** GET - the approved minutes as PDF (`?versjon=N` for an earlier version). The forum scope in the read, as the meeting page. */
export const GET = defineRoute<{ forumId: string; meetingId: string }>(
  { route: '/forum/[forumId]/moter/[meetingId]/referat.pdf', permission: 'read:forum' },
  async ({ request, db, actor, params: { forumId, meetingId } }) => {
    const asked = new URL(request.url).searchParams.get('versjon')
    const version = asked && /^\d{1,4}$/.test(asked) ? Number(asked) : null
    const minutes = await getApprovedMinutes(db, actor, meetingId, version)
    if (!minutes || minutes.forumId !== forumId) return null

    const locale = await getLocale()
    const t = await getTranslations({ locale, namespace: 'Forum' })
    const body = await renderMinutesPdf(
      {
        ...minutes,
        decisions: minutes.decisions.map((d) => {
          const count = (c: string) => d.votes.filter((v) => v.choice === c).length
          return { reference: d.reference, outcome: t(`outcomes.${d.outcome}`), text: d.text, tally: d.outcome === 'VOTE' ? t('tally', { for: count('FOR'), against: count('AGAINST'), abstain: count('ABSTAIN') }) : null }
        }),
      },
      {
        title: t('minutesPdfTitle', { title: minutes.meetingTitle }),
        facts: [
          [t('forum'), minutes.forumName],
          [t('when'), formatOslo(minutes.startsAt, locale, { dateStyle: 'long', timeStyle: 'short' })],
          ...(minutes.place ? [[t('place'), minutes.place] as [string, string]] : []),
          [t('minutesVersionLabel'), String(minutes.version)],
          [t('approvedOn'), formatOslo(minutes.approvedAt, locale, { dateStyle: 'long' })],
        ],
        decisionsHeading: t('decisions'),
        pageOf: (page, pages) => t('pageOf', { page, pages }),
      },
      locale,
    )
    return downloadResponse(body, CONTENT_TYPES.pdf, `referat-${fileSlug(minutes.meetingTitle)}-v${minutes.version}.pdf`)
  },
)
