import { ZInstrumentContent, type TInformantGroup, type TInstrumentContent } from '../schemas'
import { adultInstruments } from './adults'
import { pupilInstrument } from './pupils'

/** The starter library: one instrument per informant group, checked by its own schema at load. */
export const starterLibrary: Record<TInformantGroup, TInstrumentContent> = Object.fromEntries(
  [pupilInstrument('PUPILS_5_7'), pupilInstrument('PUPILS_8_10'), pupilInstrument('UPPER_SECONDARY'), ...adultInstruments].map((c) => [c.group, ZInstrumentContent.parse(c)]),
) as Record<TInformantGroup, TInstrumentContent>
