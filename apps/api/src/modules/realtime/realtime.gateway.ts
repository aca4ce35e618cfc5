import { MessageBody, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { Public } from '../../platform/auth/access-policy.js';

/** socket.io entry point at /ws. Live features (messages, offers, order updates) attach their events here. */
@WebSocketGateway({ path: '/ws', cors: { origin: true, credentials: true } })
export class RealtimeGateway {
  @SubscribeMessage('ping')
  @Public()
  ping(@MessageBody() body: unknown) {
    return {
      pong: true,
      at: new Date().toISOString(),
      echo: typeof body === 'string' ? body.slice(0, 100) : null,
    };
  }
}
