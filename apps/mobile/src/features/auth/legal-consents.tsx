import type { Locale } from '@tarodan/contracts';
import * as Linking from 'expo-linking';
import { StyleSheet, View } from 'react-native';
import { getWebUrl } from '@/config/app-config';
import { useI18n } from '@/i18n/i18n-provider';
import { spacing } from '@/theme/tokens';
import { Checkbox } from '@/ui/checkbox';
import { LinkButton } from '@/ui/link-button';
import type { RegisterField, RegisterValues } from './use-register';

type Props = {
  values: Pick<RegisterValues, 'acceptTerms' | 'acceptPrivacyNotice' | 'marketingOptIn'>;
  errors: Partial<Record<RegisterField, string>>;
  onChange: (field: 'acceptTerms' | 'acceptPrivacyNotice' | 'marketingOptIn', checked: boolean) => void;
};

/** The storefront's pages: Turkish at the root, English under /en. */
export function legalUrl(locale: Locale, page: 'terms' | 'privacy'): string {
  const path = page === 'terms' ? '/kullanim-kosullari' : '/kvkk';
  return `${getWebUrl()}${locale === 'tr' ? '' : `/${locale}`}${path}`;
}

/** Terms of use and the KVKK aydınlatma metni (both required, each with its text), and the optional marketing box. */
export function LegalConsents({ values, errors, onChange }: Props) {
  const { t, locale } = useI18n();
  const open = (page: 'terms' | 'privacy') => () => void Linking.openURL(legalUrl(locale, page));
  return (
    <View style={styles.container}>
      <Checkbox
        label={t('register.acceptTerms')}
        checked={values.acceptTerms}
        onChange={(checked) => onChange('acceptTerms', checked)}
        error={errors.acceptTerms}
        testID="accept-terms"
      >
        <LinkButton label={t('register.readTerms')} hint={t('register.readHint')} onPress={open('terms')} />
      </Checkbox>
      <Checkbox
        label={t('register.acceptPrivacy')}
        checked={values.acceptPrivacyNotice}
        onChange={(checked) => onChange('acceptPrivacyNotice', checked)}
        error={errors.acceptPrivacyNotice}
        testID="accept-privacy"
      >
        <LinkButton
          label={t('register.readPrivacy')}
          hint={t('register.readHint')}
          onPress={open('privacy')}
        />
      </Checkbox>
      <Checkbox
        label={t('register.marketing')}
        checked={values.marketingOptIn}
        onChange={(checked) => onChange('marketingOptIn', checked)}
        testID="marketing-opt-in"
      />
    </View>
  );
}

const styles = StyleSheet.create({ container: { gap: spacing.md } });
