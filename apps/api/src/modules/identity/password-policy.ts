import { Injectable } from '@nestjs/common';
import { ErrorCode } from '@tarodan/contracts';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { AppError } from '../../platform/errors/app-error.js';

/** zxcvbn score 0–4: 3 is "safely unguessable" (10^8 guesses and up). */
const MIN_SCORE = 3;

/**
 * Strength and breach checks for new passwords (OWASP ASVS 2.1.7): the password must not be one of the leaked
 * passwords in zxcvbn's list (built from public breach corpora), must not be built from the member's own name or
 * e-mail, and must score at least 3. Runs offline, so no password ever leaves the process.
 */
@Injectable()
export class PasswordPolicy {
  private readonly zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary },
    graphs: common.adjacencyGraphs,
  });

  /** Throws a 400 naming `field` and why, or returns when the password is acceptable. */
  assertAcceptable(password: string, field: string, personal: (string | null | undefined)[] = []): void {
    const inputs = personal.filter((v): v is string => Boolean(v)).flatMap(splitPersonal);
    const result = this.zxcvbn.check(password, inputs);
    const leaked = result.sequence.some(
      (part) =>
        part.pattern === 'dictionary' &&
        part.dictionaryName === 'passwords-common' &&
        part.token.length >= password.length - 2,
    );
    const lower = password.toLocaleLowerCase('tr');
    if (inputs.some((part) => part.length >= 4 && lower.includes(part.toLocaleLowerCase('tr')))) {
      throw invalid(field, 'must not contain your name or e-mail address');
    }
    if (leaked) {
      throw invalid(field, 'appears in lists of leaked passwords; choose another');
    }
    if (result.score < MIN_SCORE) {
      throw invalid(field, 'is too easy to guess; use a longer phrase of unrelated words');
    }
  }
}

function splitPersonal(value: string): string[] {
  return [value, ...value.split(/[@.\s_-]+/)].filter((part) => part.length >= 3);
}

function invalid(field: string, reason: string): AppError {
  return new AppError(ErrorCode.ValidationFailed, `${field} ${reason}`, [{ field, reason }]);
}
