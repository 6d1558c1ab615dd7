// The browser entry of form-feedback.test.ts: a form in the shared frame, as an area's form is
// written (a text field named by hand, one through field(), one with a description, a select, a
// group of checkboxes), with an action that refuses an empty title as the server would.
import { createRoot } from 'react-dom/client'
import { IntlProvider } from 'use-intl'
import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react'
import { Alert } from './ds-static'
import type { TFormResult } from '@/lib/form-input'
import { ResultForm } from './result-form'
import { SelectField } from './select-field'

const messages = { Harness: { done: { saved: 'Lagret.' }, errors: { invalid: 'Ugyldig.' } } }

async function save(_previous: TFormResult | null, formData: FormData): Promise<TFormResult> {
  await new Promise((resolve) => setTimeout(resolve, 10))
  if (formData.get('title')) return { ok: true, done: 'saved' }
  const fieldErrors = { title: 'Fyll ut feltet.', level: 'Velg et av alternativene i listen.', themes: 'Velg minst ett alternativ.', priority: 'Skriv et tall fra og med 1 til og med 999.', budget: 'Skriv beløpet i kroner.', votes: 'Velg minst én stemme.' }
  // In the schema's order, not the form's: the summary puts them in the form's.
  return { ok: false, error: 'invalid', fields: ['themes', 'votes', 'title', 'level', 'priority', 'budget', 'budget'], fieldErrors, summary: 'Rett opp disse 6 feilene:', input: {} }
}

function Harness() {
  return (
    <IntlProvider locale="nb" messages={messages}>
      <ResultForm namespace="Harness" action={save} submit="Lagre">
        {({ input, error, field }) => (
          <>
            <Textfield label="Tittel" name="title" defaultValue={input('title')} error={error('title')} />
            <SelectField label="Nivå" name="level" placeholder="Velg nivå" options={[{ value: 'UNIT', label: 'Enhet' }]} defaultValue={input('level') ?? ''} error={error('level')} />
            <Fieldset>
              <Fieldset.Legend>Temaer</Fieldset.Legend>
              <Checkbox label="Lesing" name="themes" value="READING" />
              <Checkbox label="Regning" name="themes" value="MATH" />
              {error('themes') && <ValidationMessage>{error('themes')}</ValidationMessage>}
            </Fieldset>
            <Textfield label="Budsjett (kr)" description="Hele kroner" name="budget" defaultValue={input('budget')} error={error('budget')} />
            <Textfield label="Prioritet" type="number" {...field('priority')} />
            {/* A group's own message, as the forum's votes: no control has the field's name. */}
            <Fieldset>
              <Fieldset.Legend>Stemmer</Fieldset.Legend>
              {error('votes') && <Alert data-color="danger">{error('votes')}</Alert>}
              <SelectField label="Stemme for Kari" name="vote.kari" options={[{ value: 'FOR', label: 'For' }]} />
            </Fieldset>
          </>
        )}
      </ResultForm>
    </IntlProvider>
  )
}

createRoot(document.getElementById('root')!).render(<Harness />)
