import net from 'node:net'

/** A port nothing listens on now, chosen by the system (the e2e server, its login provider, the two-instance proxy). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * Fails when something already listens on the port. Note: without this check, waitFor is answered
 * by whatever holds the port (another checkout's server, say), and the run measures that server:
 * seen here as every dashboard answering 307 from a server on another database.
 */
export async function requireFreePort(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', () => reject(new Error(`Port ${port} is in use (ss -ltnp | grep ${port}): stop that server or pass --port N.`)))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })
}
