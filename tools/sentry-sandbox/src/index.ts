export { type Envelope, type EnvelopeItem, EnvelopeParseError, parseEnvelope } from './envelope.js';
export {
  type ReceivedEvent,
  type SentrySandbox,
  type SentrySandboxOptions,
  sentryKeyFromAuthHeader,
  startSentrySandbox,
} from './sandbox-server.js';
