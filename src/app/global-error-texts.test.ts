import { describe, expect, it } from 'vitest'
import nb from '../../messages/nb.json'
import nn from '../../messages/nn.json'
import en from '../../messages/en.json'
import { errorLanguage, errorTextsByLanguage } from './global-error-texts'

describe('the built-in error texts of global-error.tsx', () => {
  it.each([
    ['nb', nb],
    ['nn', nn],
    ['en', en],
  ] as const)('say in %s what Errors.* in the message file says', (language, messages) => {
    const e = messages.Errors
    expect(errorTextsByLanguage[language]).toEqual({ title: e.errorTitle, text: e.errorText, reference: e.reference, tryAgain: e.tryAgain, backHome: e.backHome })
  })

  it('take the language from the cookie first, then the browser, else bokmål', () => {
    expect(errorLanguage('a=1; NEXT_LOCALE=nn; b=2', ['en-GB'])).toBe('nn')
    expect(errorLanguage('NEXT_LOCALE=en', ['nb-NO'])).toBe('en')
    expect(errorLanguage('NEXT_LOCALE=de', ['de-DE', 'nn-NO', 'en'])).toBe('nn')
    expect(errorLanguage('', ['no'])).toBe('nb')
    expect(errorLanguage('', ['en-US', 'nb'])).toBe('en')
    expect(errorLanguage('XNEXT_LOCALE=en', ['fr'])).toBe('nb')
  })
})
