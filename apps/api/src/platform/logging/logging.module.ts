import type { IncomingMessage } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import { AppConfig } from '../../config/app-config.js';
import { requestIdOf } from '../http/request-id.js';
import { LOG_REDACT_PATHS } from './log-redaction.js';
import { requestLogFields } from './request-log-fields.js';

/**
 * Structured JSON logs (pino): every request line carries the request id, the route pattern and the signed-in
 * user's id (never their name or e-mail); secrets are redacted by path. Pretty in development.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        const options = {
          level: config.log.level,
          genReqId: (req: IncomingMessage) => requestIdOf(req),
          customProps: (req: IncomingMessage) => ({ service: 'api', ...requestLogFields(req) }),
          redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
          autoLogging: {
            ignore: (req: IncomingMessage) => req.url === '/health/live' || req.url === '/metrics',
          },
          transport: config.log.pretty
            ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'HH:MM:ss.l' } }
            : undefined,
        };
        return {
          forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
          pinoHttp: config.log.file
            ? [options, pino.destination({ dest: config.log.file, sync: true, mkdir: true })]
            : options,
        };
      },
    }),
  ],
})
export class LoggingModule {}
