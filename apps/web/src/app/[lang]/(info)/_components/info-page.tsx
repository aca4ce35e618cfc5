import type { Locale } from '@tarodan/contracts';
import { formatDate } from '@tarodan/contracts';
import type { Metadata } from 'next';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Container } from '@/components/ui/container';
import { getDictionary } from '@/lib/i18n/dictionaries';
import { localePath } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/seo';

export type InfoSection = {
  heading?: string;
  paragraphs?: string[];
  list?: string[];
  faq?: [string, string][];
};
export type InfoContent = { title: string; description: string; sections: InfoSection[] };
export type InfoPageSource = { path: string; updated: string; content: Record<Locale, InfoContent> };

export function infoMetadata(source: InfoPageSource, locale: Locale): Metadata {
  const { title, description } = source.content[locale];
  return pageMetadata({ locale, path: source.path, title, description });
}

/** A calm, readable text page (about, help, legal). */
export function InfoPage({ source, locale }: { source: InfoPageSource; locale: Locale }) {
  const content = source.content[locale];
  const t = getDictionary(locale);
  return (
    <Container className="pt-6 sm:pt-8">
      <Breadcrumb
        label={t.category.breadcrumb}
        items={[
          { label: t.category.home, href: localePath(locale) },
          { label: content.title, href: localePath(locale, source.path) },
        ]}
      />
      <article className="mt-6 max-w-3xl rounded-lg border border-line bg-surface px-5 py-8 sm:px-10 sm:py-10">
        <h1 className="text-3xl font-extrabold tracking-[-0.03em] text-ink sm:text-4xl">{content.title}</h1>
        <p className="mt-2 text-sm text-ink-subtle">
          {locale === 'tr' ? 'Son güncelleme: ' : 'Last updated: '}
          {formatDate(source.updated, locale)}
        </p>
        <p className="mt-6 text-lg leading-8 text-ink-muted">{content.description}</p>
        {content.sections.map((section, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: sections are static and never reorder
          <section key={index} className="mt-8">
            {section.heading ? <h2 className="text-lg font-semibold text-ink">{section.heading}</h2> : null}
            {section.paragraphs?.map((text) => (
              <p key={text} className="mt-3 leading-7 text-ink-muted">
                {text}
              </p>
            ))}
            {section.list ? (
              <ul className="mt-3 list-disc space-y-1.5 pl-5 leading-7 text-ink-muted marker:text-ink-subtle">
                {section.list.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : null}
            {section.faq ? (
              <div className="mt-3 divide-y divide-line rounded-md border border-line">
                {section.faq.map(([question, answer]) => (
                  <details
                    key={question}
                    className="group px-4 py-3 [&_summary::-webkit-details-marker]:hidden"
                  >
                    <summary className="flex cursor-pointer list-none items-center justify-between gap-4 font-medium text-ink">
                      {question}
                      <span className="text-xl leading-none text-ink-subtle transition-transform group-open:rotate-45">
                        +
                      </span>
                    </summary>
                    <p className="mt-2 leading-7 text-ink-muted">{answer}</p>
                  </details>
                ))}
              </div>
            ) : null}
          </section>
        ))}
      </article>
    </Container>
  );
}
