export type {
  Content,
  EmailAddress,
  MailSendBody,
  Personalization,
  ReceivedMessage,
  SendgridError,
} from './mail-send.types.js';
export { type SendgridSandbox, type SendgridSandboxOptions, startSendgridSandbox } from './sandbox-server.js';
export { isValidEmail, validateMailSend } from './validate-mail-send.js';
