import type { TItem, TText } from '../schemas'

export const t = (nb: string, nn: string, en: string): TText => ({ nb, nn, en })

export const item = (key: string, text: TText, options: Partial<Pick<TItem, 'reverse' | 'scale'>> = {}): TItem => ({
  key,
  text,
  scale: options.scale ?? 'agree',
  reverse: options.reverse ?? false,
})

export const intro = t(
  'Svarene dine er anonyme. Koden kan bare brukes én gang, og ingen kan se hva akkurat du har svart. Svar ut fra hvordan du opplever det.',
  'Svara dine er anonyme. Koden kan berre brukast éin gong, og ingen kan sjå kva akkurat du har svart. Svar ut frå korleis du opplever det.',
  'Your answers are anonymous. The code can be used only once, and no one can see what you in particular answered. Answer as you experience it.',
)
