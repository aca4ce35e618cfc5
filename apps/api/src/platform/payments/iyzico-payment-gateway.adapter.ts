import { randomUUID } from 'node:crypto';
import Iyzipay from 'iyzipay';
import {
  maskPersonalData,
  PaymentGateway,
  PaymentProviderError,
  parseSubMerchantInput,
  type SubMerchantInput,
} from './payments.port.js';

export interface IyzicoPaymentGatewayOptions {
  /** `https://api.iyzipay.com`, `https://sandbox-api.iyzipay.com`, or the local sandbox (tools/iyzico-sandbox). */
  baseUrl: string;
  apiKey: string;
  secretKey: string;
  /** Per call, default 15 000 ms. iyzipay has no timeout of its own. */
  timeoutMs?: number;
}

type IyzicoResult = Record<string, unknown>;
type Invoke = (request: Record<string, unknown>, callback: Iyzipay.Callback) => void;

/** iyzico's "System error occurred": the same call may succeed later. */
const SYSTEM_ERROR_CODES = new Set(['1', '2']);
/** Signature, unknown API key, missing random key: the configuration is wrong, looking further cannot help. */
const AUTH_ERROR_CODES = new Set(['1000', '1001', '1004']);

/**
 * iyzico's marketplace onboarding through the official iyzipay client (callback API, wrapped in promises). Each
 * call carries a fresh conversationId, which iyzico echoes. Errors: no answer, a timeout, a non-JSON answer or
 * iyzico's system error → retryable `PaymentProviderError`; any other `status: "failure"` → not retryable,
 * with iyzico's errorCode and (masked) errorMessage.
 */
export class IyzicoPaymentGateway extends PaymentGateway {
  readonly name = 'iyzico' as const;
  private readonly client: Iyzipay;
  private readonly timeoutMs: number;

  constructor(options: IyzicoPaymentGatewayOptions) {
    super();
    for (const key of ['baseUrl', 'apiKey', 'secretKey'] as const) {
      if (!options[key]) throw new Error(`IyzicoPaymentGateway needs a ${key}`);
    }
    if (!URL.canParse(options.baseUrl))
      throw new Error(`IyzicoPaymentGateway needs a URL, got "${options.baseUrl}"`);
    this.client = new Iyzipay({
      uri: options.baseUrl.replace(/\/+$/, ''),
      apiKey: options.apiKey,
      secretKey: options.secretKey,
    });
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  async createSubMerchant(input: SubMerchantInput): Promise<{ subMerchantKey: string }> {
    const seller = parseSubMerchantInput(input);
    try {
      const result = await this.call(
        'register the seller',
        (request, done) => this.client.subMerchant.create(request, done),
        {
          ...subMerchantFields(seller),
          subMerchantExternalId: seller.externalId,
          subMerchantType: seller.type,
        },
      );
      const { subMerchantKey } = result;
      if (typeof subMerchantKey !== 'string' || subMerchantKey === '') {
        throw new PaymentProviderError('iyzico registered the seller but sent no subMerchantKey', true);
      }
      return { subMerchantKey };
    } catch (error) {
      if (
        !(error instanceof PaymentProviderError) ||
        error.retryable ||
        AUTH_ERROR_CODES.has(error.providerCode ?? '')
      ) {
        throw error;
      }
      // iyzico refuses a second registration of the same external id (e.g. after a timed-out first attempt):
      // take over that registration instead.
      const existing = await this.findSubMerchantKey(seller.externalId);
      if (existing === undefined) throw error;
      await this.update(existing, seller);
      return { subMerchantKey: existing };
    }
  }

  async updateSubMerchant(subMerchantKey: string, input: SubMerchantInput): Promise<void> {
    if (!subMerchantKey) throw new PaymentProviderError('updateSubMerchant needs a subMerchantKey', false);
    await this.update(subMerchantKey, parseSubMerchantInput(input));
  }

  async ping(): Promise<void> {
    await this.call(
      'answer the API test call',
      (request, done) => this.client.apiTest.retrieve(request, done),
      {},
    );
  }

  private async update(subMerchantKey: string, seller: SubMerchantInput): Promise<void> {
    await this.call('update the seller', (request, done) => this.client.subMerchant.update(request, done), {
      ...subMerchantFields(seller),
      subMerchantKey,
    });
  }

  /** The key iyzico holds for an external id, or undefined when it has none. */
  private async findSubMerchantKey(externalId: string): Promise<string | undefined> {
    try {
      const result = await this.call(
        'look the seller up',
        (request, done) => this.client.subMerchant.retrieve(request, done),
        {
          subMerchantExternalId: externalId,
        },
      );
      return typeof result.subMerchantKey === 'string' && result.subMerchantKey !== ''
        ? result.subMerchantKey
        : undefined;
    } catch (error) {
      if (error instanceof PaymentProviderError && !error.retryable) return undefined;
      throw error;
    }
  }

  private call(what: string, invoke: Invoke, fields: Record<string, unknown>): Promise<IyzicoResult> {
    const conversationId = randomUUID();
    return new Promise<IyzicoResult>((resolve, reject) => {
      let settled = false;
      const settle = (outcome: () => IyzicoResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        try {
          resolve(outcome());
        } catch (error) {
          reject(error);
        }
      };
      const timer = setTimeout(
        () =>
          settle(() => {
            throw new PaymentProviderError(`iyzico did not ${what} within ${this.timeoutMs} ms`, true);
          }),
        this.timeoutMs,
      );
      try {
        invoke({ locale: 'tr', conversationId, ...fields }, (error, result) =>
          settle(() => (error ? unreachable(error, what) : checkResult(result, conversationId, what))),
        );
      } catch (error) {
        settle(() => unreachable(error, what));
      }
    });
  }
}

/** The request fields for a seller; company fields only for companies. */
function subMerchantFields(seller: SubMerchantInput): Record<string, string | undefined> {
  const company = seller.type !== 'PERSONAL';
  return {
    name: seller.name,
    email: seller.email,
    gsmNumber: seller.gsmNumber,
    address: seller.address,
    iban: seller.iban,
    contactName: seller.contactName,
    contactSurname: seller.contactSurname,
    identityNumber: seller.identityNumber,
    taxOffice: company ? seller.taxOffice : undefined,
    legalCompanyTitle: company ? seller.legalCompanyTitle : undefined,
    taxNumber: seller.type === 'LIMITED_OR_JOINT_STOCK_COMPANY' ? seller.taxNumber : undefined,
    currency: 'TRY',
  };
}

function unreachable(error: unknown, what: string): never {
  const reason = error instanceof Error ? error.message : String(error);
  throw new PaymentProviderError(
    `iyzico could not be reached to ${what}: ${maskPersonalData(reason)}`,
    true,
    undefined,
    undefined,
    {
      cause: error,
    },
  );
}

function checkResult(result: unknown, conversationId: string, what: string): IyzicoResult {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) {
    throw new PaymentProviderError(`iyzico did not answer with JSON when asked to ${what}`, true);
  }
  const answer = result as IyzicoResult;
  if (answer.status === 'success') {
    if (answer.conversationId !== undefined && answer.conversationId !== conversationId) {
      throw new PaymentProviderError(`iyzico answered another conversation when asked to ${what}`, true);
    }
    return answer;
  }
  const code =
    answer.errorCode === undefined || answer.errorCode === null ? undefined : String(answer.errorCode);
  const message =
    typeof answer.errorMessage === 'string' ? maskPersonalData(answer.errorMessage) : 'no error message';
  throw new PaymentProviderError(
    `iyzico refused to ${what}: ${code ? `[${code}] ` : ''}${message}`,
    code !== undefined && SYSTEM_ERROR_CODES.has(code),
    code,
    message,
  );
}
