import type { TInformantGroup, TInstrumentContent } from '../schemas'
import { intro, item, t } from './text'

// Written by us for the starter library (issue 16), after the indicator families of Kultur for
// læring and the kinds of index in Udir's pupil survey; not Udir's own wording. The three level
// bands share the items so that a school with both can compare; each band is its own instrument
// and version, so a band's wording can change without touching the others.

const learningEnvironment = [
  item('le-thrive', t('Jeg trives på skolen.', 'Eg trivst på skulen.', 'I enjoy being at school.')),
  item('le-safe', t('Jeg føler meg trygg på skolen.', 'Eg kjenner meg trygg på skulen.', 'I feel safe at school.')),
  item('le-belong', t('Jeg har noen å være sammen med i friminuttene.', 'Eg har nokon å vere saman med i friminutta.', 'I have someone to be with during breaks.')),
  item('le-rules', t('Reglene i klassen blir fulgt.', 'Reglane i klassen blir følgde.', 'The rules in my class are followed.')),
  item('le-noise', t('Det er så mye uro i timene at det er vanskelig å arbeide.', 'Det er så mykje uro i timane at det er vanskeleg å arbeide.', 'There is so much disturbance in lessons that it is hard to work.'), { reverse: true }),
]

const academicWellbeing = [
  item('aw-master', t('Jeg får til oppgavene vi jobber med.', 'Eg får til oppgåvene vi jobbar med.', 'I manage the tasks we work on.')),
  item('aw-interest', t('Jeg synes det er interessant å lære.', 'Eg synest det er interessant å lære.', 'I find learning interesting.')),
  item('aw-effort', t('Jeg gir opp når oppgavene blir vanskelige.', 'Eg gir opp når oppgåvene blir vanskelege.', 'I give up when the tasks get difficult.'), { reverse: true }),
  item('aw-proud', t('Jeg er fornøyd med det jeg lærer på skolen.', 'Eg er nøgd med det eg lærer på skulen.', 'I am pleased with what I learn at school.')),
]

const teacherSupport = [
  item('ts-care', t('Lærerne bryr seg om meg.', 'Lærarane bryr seg om meg.', 'My teachers care about me.')),
  item('ts-help', t('Jeg får hjelp av lærerne når jeg trenger det.', 'Eg får hjelp av lærarane når eg treng det.', 'I get help from my teachers when I need it.')),
  item('ts-explain', t('Lærerne forklarer slik at jeg forstår.', 'Lærarane forklarer slik at eg forstår.', 'My teachers explain so that I understand.')),
  item('ts-feedback', t('Lærerne forteller meg hva jeg kan gjøre for å bli bedre.', 'Lærarane fortel meg kva eg kan gjere for å bli betre.', 'My teachers tell me what I can do to improve.')),
]

const homeSupport = [
  item('hs-interest', t('Hjemme er de interessert i hvordan jeg har det på skolen.', 'Heime er dei interesserte i korleis eg har det på skulen.', 'At home they are interested in how I am doing at school.')),
  item('hs-homework', t('Jeg får hjelp med lekser hjemme hvis jeg trenger det.', 'Eg får hjelp med lekser heime om eg treng det.', 'I get help with homework at home if I need it.')),
  item('hs-encourage', t('Hjemme blir jeg oppmuntret til å gjøre mitt beste på skolen.', 'Heime blir eg oppmuntra til å gjere mitt beste på skulen.', 'At home I am encouraged to do my best at school.')),
]

const bullying = item(
  'bu-bullied',
  t('Har du blitt mobbet på skolen de siste månedene?', 'Har du vorte mobba på skulen dei siste månadene?', 'Have you been bullied at school in the last few months?'),
  { scale: 'frequency' },
)

const title: Record<string, ReturnType<typeof t>> = {
  PUPILS_5_7: t('Kartlegging for elever, 5.–7. trinn', 'Kartlegging for elevar, 5.–7. trinn', 'Survey for pupils, years 5–7'),
  PUPILS_8_10: t('Kartlegging for elever, 8.–10. trinn', 'Kartlegging for elevar, 8.–10. trinn', 'Survey for pupils, years 8–10'),
  UPPER_SECONDARY: t('Kartlegging for elever i videregående', 'Kartlegging for elevar i vidaregåande', 'Survey for upper secondary pupils'),
}

export function pupilInstrument(group: 'PUPILS_5_7' | 'PUPILS_8_10' | 'UPPER_SECONDARY'): TInstrumentContent {
  return {
    group: group satisfies TInformantGroup,
    title: title[group]!,
    intro,
    pages: [
      { title: t('Læringsmiljøet', 'Læringsmiljøet', 'The learning environment'), items: learningEnvironment },
      { title: t('Å lære', 'Å lære', 'Learning'), items: academicWellbeing },
      { title: t('Lærerne', 'Lærarane', 'Your teachers'), items: teacherSupport },
      { title: t('Hjemme og mobbing', 'Heime og mobbing', 'Home and bullying'), items: [...homeSupport, bullying] },
    ],
    indicators: [
      { kind: 'mean', key: 'learning-environment', name: t('Læringsmiljø', 'Læringsmiljø', 'Learning environment'), items: learningEnvironment.map((i) => i.key) },
      { kind: 'mean', key: 'academic-wellbeing', name: t('Faglig trivsel og mestring', 'Fagleg trivsel og meistring', 'Academic well-being'), items: academicWellbeing.map((i) => i.key) },
      { kind: 'mean', key: 'teacher-support', name: t('Støtte fra lærerne', 'Støtte frå lærarane', 'Teacher support'), items: teacherSupport.map((i) => i.key) },
      { kind: 'mean', key: 'home-support', name: t('Støtte hjemmefra', 'Støtte heimanfrå', 'Support from home'), items: homeSupport.map((i) => i.key) },
      // "2–3 times a month or more": answers 3 (2–3 times a month), 4 and 5 on the frequency scale.
      { kind: 'share', key: 'bullying', name: t('Andel mobbet 2–3 ganger i måneden eller oftere', 'Del mobba 2–3 gonger i månaden eller oftare', 'Share bullied 2–3 times a month or more'), item: bullying.key, atLeast: 3 },
    ],
  }
}
