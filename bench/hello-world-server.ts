/**
 * The yardstick: graphql-yoga with one field and nothing else (no plugins, no context, no
 * database), on the same Node and the same kind of http.Server as the real API. The benchmark
 * drives both with the same autocannon settings; our throughput is reported as a ratio to this.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSchema, createYoga } from 'graphql-yoga';

const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'Hej' } } }),
  graphqlEndpoint: '/graphql',
  graphiql: false,
  landingPage: false,
  logging: false,
});

const server = http.createServer(yoga);
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`hello-world ready on http://${process.env.HOST ?? '127.0.0.1'}:${port}/`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
