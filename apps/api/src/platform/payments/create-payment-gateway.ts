import { IyzicoPaymentGateway } from './iyzico-payment-gateway.adapter.js';
import type { PaymentGateway } from './payments.port.js';

export interface CreatePaymentGatewayOptions {
  /** iyzico's API, or the local sandbox (`pnpm --filter @tarodan/iyzico-sandbox start`, port 4010). */
  baseUrl: string;
  apiKey: string;
  secretKey: string;
  /** Per call, default 15 000 ms. */
  timeoutMs?: number;
}

/** iyzico is the only provider; in development and tests its base URL points at tools/iyzico-sandbox. */
export function createPaymentGateway(config: CreatePaymentGatewayOptions): PaymentGateway {
  return new IyzicoPaymentGateway(config);
}
