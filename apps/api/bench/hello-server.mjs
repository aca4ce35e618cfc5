// The baseline for bench:api: a bare Fastify (the same version the API runs on) answering a small JSON body, in its
// own process so it does not share an event loop with autocannon. Prints `listening <port>` once it is up.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
const port = Number(process.argv[2] ?? 0);
await app.listen({ port, host: '127.0.0.1' });
console.log(`listening ${app.server.address().port}`);
process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
