import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface TReceivedEmail {
  /** The SMTP envelope: what the client said in MAIL FROM and RCPT TO. */
  envelope: { from: string | null; to: string[] }
  /** The message as mailparser reads it: headers decoded, text as UTF-8. */
  parsed: ParsedMail
}

/**
 * A real SMTP server on 127.0.0.1 and a free port, for tests of code that sends email: it accepts
 * (or, after `refuse()`, rejects at RCPT TO) and keeps every message it received, parsed.
 * Requires the given user and password when they are set, over plain text (no TLS in tests).
 */
export async function startSmtpServer(options: { user?: string; password?: string; delayMs?: number; onReceived?: (email: TReceivedEmail) => void } = {}) {
  const received: TReceivedEmail[] = []
  let refusal: { message: string; responseCode: number } | null = null

  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: !options.user,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password) return callback(null, { user: auth.username })
      callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }))
    },
    onRcptTo(_address, _session, callback) {
      if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.responseCode }))
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        // Parsed and stored before the reply, so a send that resolved is already in `received`.
        simpleParser(Buffer.concat(chunks))
          .then(async (parsed) => {
            if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs))
            const email = {
              envelope: {
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
                to: session.envelope.rcptTo.map((r) => r.address),
              },
              parsed,
            }
            received.push(email)
            options.onReceived?.(email)
            callback()
          })
          .catch((error: Error) => callback(error))
      })
    },
  })

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject)
    const listener = server.listen(0, '127.0.0.1', () => resolve((listener.address() as AddressInfo).port))
  })
  const credentials = options.user ? `${encodeURIComponent(options.user)}:${encodeURIComponent(options.password ?? '')}@` : ''

  return {
    port,
    /** For SMTP_URL. */
    url: `smtp://${credentials}127.0.0.1:${port}`,
    received,
    /** From now on, reject every recipient with this reply (550: permanent, 450: try later). */
    refuse(message = 'Mailbox unavailable', responseCode = 550) {
      refusal = { message, responseCode }
    },
    accept() {
      refusal = null
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type TSmtpServer = Awaited<ReturnType<typeof startSmtpServer>>
