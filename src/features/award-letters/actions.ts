'use server'

import { formAction } from '@/server/usecase/form-action'
import { acceptAwardLetter } from './accept-award-letter'
import { sendAwardLetters } from './send-award-letters'

export const sendAwardLettersAction = formAction(sendAwardLetters)
export const acceptAwardLetterAction = formAction(acceptAwardLetter)
