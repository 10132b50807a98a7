// Prints a TCP port on 127.0.0.1 that nothing listens on: the one asked for (argv[2]) when it is
// free, otherwise one the system picks. playwright.config.ts runs it once, so the e2e run always
// starts its own server and never tests whatever else already answers on its default port.
import net from 'node:net'

const wanted = Number(process.argv[2] ?? 0)
const listen = (port) =>
  new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const { port: got } = /** @type {net.AddressInfo} */ (server.address())
      server.close(() => resolve(got))
    })
  })

const port = await listen(wanted).catch(() => listen(0))
process.stdout.write(String(port))
