import type { TInstrumentContent } from '../schemas'
import { intro, item, t } from './text'

// Parents, teachers, school leaders and kindergarten staff and parents: written by us for the
// starter library after the indicator families of Kultur for læring (parents' support,
// collaboration between teachers, school leadership, collaboration between leaders and the owner).

const parentSupport = [
  item('ps-talk', t('Jeg snakker med barnet mitt om hva det lærer på skolen.', 'Eg snakkar med barnet mitt om kva det lærer på skulen.', 'I talk with my child about what they learn at school.')),
  item('ps-homework', t('Jeg hjelper barnet mitt med lekser når det trenger det.', 'Eg hjelper barnet mitt med lekser når det treng det.', 'I help my child with homework when they need it.')),
  item('ps-expect', t('Jeg viser barnet mitt at skolen er viktig.', 'Eg viser barnet mitt at skulen er viktig.', 'I show my child that school matters.')),
  item('ps-unsure', t('Jeg vet ikke hvordan jeg kan hjelpe barnet mitt med skolearbeidet.', 'Eg veit ikkje korleis eg kan hjelpe barnet mitt med skulearbeidet.', 'I do not know how to help my child with schoolwork.'), { reverse: true }),
]
const homeSchool = [
  item('hc-informed', t('Skolen holder meg orientert om hvordan barnet mitt har det.', 'Skulen held meg orientert om korleis barnet mitt har det.', 'The school keeps me informed about how my child is doing.')),
  item('hc-listen', t('Skolen lytter til det jeg sier.', 'Skulen lyttar til det eg seier.', 'The school listens to what I say.')),
  item('hc-welcome', t('Jeg føler meg velkommen på skolen.', 'Eg kjenner meg velkomen på skulen.', 'I feel welcome at the school.')),
]

const teacherCollaboration = [
  item('tc-plan', t('Vi lærere planlegger undervisningen sammen.', 'Vi lærarar planlegg undervisninga saman.', 'We teachers plan lessons together.')),
  item('tc-share', t('Vi deler erfaringer om hva som virker i undervisningen.', 'Vi deler erfaringar om kva som verkar i undervisninga.', 'We share experience of what works in teaching.')),
  item('tc-observe', t('Vi observerer hverandres undervisning og gir tilbakemelding.', 'Vi observerer undervisninga til kvarandre og gir tilbakemelding.', 'We observe each other’s lessons and give feedback.')),
  item('tc-alone', t('Jeg står alene med utfordringene i klassen min.', 'Eg står åleine med utfordringane i klassen min.', 'I am left alone with the challenges in my class.'), { reverse: true }),
]
const leadership = [
  item('sl-direction', t('Skoleledelsen gir en tydelig retning for utviklingsarbeidet.', 'Skuleleiinga gir ei tydeleg retning for utviklingsarbeidet.', 'The school leadership gives clear direction for development work.')),
  item('sl-follow', t('Skoleledelsen følger opp det vi blir enige om.', 'Skuleleiinga følgjer opp det vi blir einige om.', 'The school leadership follows up what we agree on.')),
  item('sl-support', t('Jeg får støtte fra ledelsen når jeg trenger det.', 'Eg får støtte frå leiinga når eg treng det.', 'I get support from the leadership when I need it.')),
  item('sl-data', t('Vi bruker resultater og data til å forbedre praksis.', 'Vi bruker resultat og data til å betre praksis.', 'We use results and data to improve practice.')),
]
const ownerCollaboration = [
  item('oc-dialogue', t('Skoleeier og skoleledere har en god dialog om skolens utvikling.', 'Skuleeigar og skuleleiarar har ein god dialog om utviklinga til skulen.', 'The owner and school leaders have a good dialogue about the school’s development.')),
  item('oc-expect', t('Skoleeier har tydelige forventninger til skolen.', 'Skuleeigar har tydelege forventningar til skulen.', 'The owner has clear expectations of the school.')),
  item('oc-resources', t('Skoleeier gir oss det vi trenger for å gjennomføre utviklingsarbeidet.', 'Skuleeigar gir oss det vi treng for å gjennomføre utviklingsarbeidet.', 'The owner gives us what we need to carry out development work.')),
  item('oc-distant', t('Skoleeier kjenner lite til hverdagen på skolen.', 'Skuleeigar kjenner lite til kvardagen på skulen.', 'The owner knows little of everyday life at the school.'), { reverse: true }),
]
const staffCollaboration = [
  item('kc-reflect', t('Vi reflekterer sammen over egen praksis i personalgruppen.', 'Vi reflekterer saman over eigen praksis i personalgruppa.', 'We reflect on our own practice together as a staff.')),
  item('kc-share', t('Vi deler kunnskap og erfaringer med hverandre.', 'Vi deler kunnskap og erfaringar med kvarandre.', 'We share knowledge and experience with each other.')),
  item('kc-lead', t('Styreren leder utviklingsarbeidet i barnehagen.', 'Styraren leier utviklingsarbeidet i barnehagen.', 'The head leads development work in the kindergarten.')),
]
const childWellbeing = [
  item('kw-happy', t('Barnet mitt trives i barnehagen.', 'Barnet mitt trivst i barnehagen.', 'My child is happy at kindergarten.')),
  item('kw-friends', t('Barnet mitt har noen å leke med.', 'Barnet mitt har nokon å leike med.', 'My child has someone to play with.')),
  item('kw-seen', t('De ansatte ser barnet mitt.', 'Dei tilsette ser barnet mitt.', 'The staff notice my child.')),
]
const kindergartenHome = [
  item('kh-informed', t('Jeg får god informasjon om hva barnet mitt opplever i barnehagen.', 'Eg får god informasjon om kva barnet mitt opplever i barnehagen.', 'I get good information about what my child experiences at kindergarten.')),
  item('kh-listen', t('Barnehagen lytter til det jeg sier.', 'Barnehagen lyttar til det eg seier.', 'The kindergarten listens to what I say.')),
]

const mean = (key: string, name: ReturnType<typeof t>, items: { key: string }[]) => ({ kind: 'mean' as const, key, name, items: items.map((i) => i.key) })
const names = {
  parentSupport: t('Foreldrenes støtte', 'Støtta frå foreldra', 'Parents’ support'),
  homeSchool: t('Samarbeid hjem–skole', 'Samarbeid heim–skule', 'Home–school collaboration'),
  teacherCollaboration: t('Samarbeid mellom lærere', 'Samarbeid mellom lærarar', 'Collaboration between teachers'),
  leadership: t('Skoleledelse', 'Skuleleiing', 'School leadership'),
  ownerCollaboration: t('Samarbeid mellom skoleledere og skoleeier', 'Samarbeid mellom skuleleiarar og skuleeigar', 'Collaboration between leaders and the owner'),
}

export const adultInstruments: TInstrumentContent[] = [
  {
    group: 'PARENTS',
    title: t('Kartlegging for foreldre', 'Kartlegging for foreldre', 'Survey for parents'),
    intro,
    pages: [
      { title: t('Støtte hjemme', 'Støtte heime', 'Support at home'), items: parentSupport },
      { title: t('Samarbeidet med skolen', 'Samarbeidet med skulen', 'Working with the school'), items: homeSchool },
    ],
    indicators: [mean('parent-support', names.parentSupport, parentSupport), mean('home-school', names.homeSchool, homeSchool)],
  },
  {
    group: 'TEACHERS',
    title: t('Kartlegging for lærere', 'Kartlegging for lærarar', 'Survey for teachers'),
    intro,
    pages: [
      { title: names.teacherCollaboration, items: teacherCollaboration },
      { title: names.leadership, items: leadership },
    ],
    indicators: [mean('teacher-collaboration', names.teacherCollaboration, teacherCollaboration), mean('school-leadership', names.leadership, leadership)],
  },
  {
    group: 'SCHOOL_LEADERS',
    title: t('Kartlegging for skoleledere', 'Kartlegging for skuleleiarar', 'Survey for school leaders'),
    intro,
    pages: [
      { title: names.leadership, items: leadership },
      { title: names.ownerCollaboration, items: ownerCollaboration },
    ],
    indicators: [mean('school-leadership', names.leadership, leadership), mean('owner-collaboration', names.ownerCollaboration, ownerCollaboration)],
  },
  {
    group: 'KINDERGARTEN_STAFF',
    title: t('Kartlegging for ansatte i barnehagen', 'Kartlegging for tilsette i barnehagen', 'Survey for kindergarten staff'),
    intro,
    pages: [{ title: t('Samarbeid og ledelse', 'Samarbeid og leiing', 'Collaboration and leadership'), items: staffCollaboration }],
    indicators: [mean('staff-collaboration', t('Samarbeid i personalgruppen', 'Samarbeid i personalgruppa', 'Collaboration among staff'), staffCollaboration)],
  },
  {
    group: 'KINDERGARTEN_PARENTS',
    title: t('Kartlegging for foreldre i barnehagen', 'Kartlegging for foreldre i barnehagen', 'Survey for kindergarten parents'),
    intro,
    pages: [
      { title: t('Barnet ditt', 'Barnet ditt', 'Your child'), items: childWellbeing },
      { title: t('Samarbeidet med barnehagen', 'Samarbeidet med barnehagen', 'Working with the kindergarten'), items: kindergartenHome },
    ],
    indicators: [
      mean('child-wellbeing', t('Barnets trivsel', 'Trivselen til barnet', 'The child’s well-being'), childWellbeing),
      mean('home-kindergarten', t('Samarbeid hjem–barnehage', 'Samarbeid heim–barnehage', 'Home–kindergarten collaboration'), kindergartenHome),
    ],
  },
]
