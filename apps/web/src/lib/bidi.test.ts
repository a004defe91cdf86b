import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import arPlans from '../locales/ar/plans.json';
import dePlans from '../locales/de/plans.json';
import { bidiIsolation, isolateForeign, nameList } from './bidi.ts';

const fsi = '\u2068';
const pdi = '\u2069';

/** The real plans bundles, with the formatter set up as the app does. */
async function translator(lng: 'de' | 'ar') {
  const instance = i18next.createInstance();
  await instance.use(bidiIsolation).init({
    lng,
    ns: ['plans'],
    defaultNS: 'plans',
    resources: { de: { plans: dePlans }, ar: { plans: arPlans } },
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
  return instance.getFixedT(lng, 'plans');
}

describe('bidi isolation of interpolated values', () => {
  it('isolates an Arabic title in a German sentence, so the closing quote stays after it', async () => {
    const t = await translator('de');
    expect(t('list.deleteLabel', { title: 'خطة الحديقة 2027' })).toBe(
      `„${fsi}خطة الحديقة 2027${pdi}“ löschen`,
    );
    expect(t('list.deleteLabel', { title: 'Stadtteilpark' })).toBe('„Stadtteilpark“ löschen');
  });

  it('isolates a Latin title in an Arabic sentence and leaves an Arabic one as translated', async () => {
    const t = await translator('ar');
    expect(t('list.deleteLabel', { title: 'Anna Becker' })).toBe(`حذف «${fsi}Anna Becker${pdi}»`);
    expect(t('list.deleteLabel', { title: 'كريم بن صالح' })).toBe('حذف «كريم بن صالح»');
  });

  it('leaves numbers, digits and punctuation alone', async () => {
    const t = await translator('de');
    expect(t('list.label', { count: 3 })).toBe('3 Pläne');
    expect(isolateForeign('2027 – 12.', 'ar')).toBe('2027 – 12.');
    expect(isolateForeign('٢٠٢٧', 'de')).toBe('٢٠٢٧');
  });

  it('treats mixed text as foreign when any letter is', () => {
    expect(isolateForeign('Jendouba جندوبة', 'de')).toBe(`${fsi}Jendouba جندوبة${pdi}`);
    expect(isolateForeign('Jendouba جندوبة', 'ar')).toBe(`${fsi}Jendouba جندوبة${pdi}`);
  });
});

describe('lists of names', () => {
  it('isolates each German name in an Arabic list, so "و" stays before the second one', () => {
    const list = nameList(['Wolfsburg', 'Jendouba'], 'ar');
    expect(list.startsWith(`${fsi}Wolfsburg${pdi}`)).toBe(true);
    expect(list.endsWith(`و${fsi}Jendouba${pdi}`)).toBe(true);
    // Without isolated names, the sentence's own isolation saw a Latin first letter and ran the
    // whole list left to right.
    expect(list.split(fsi)).toHaveLength(3);
  });

  it("leaves names in the interface's own direction as they are", () => {
    expect(nameList(['Wolfsburg', 'Jendouba'], 'de')).toBe('Wolfsburg und Jendouba');
    expect(nameList(['Wolfsburg', 'جندوبة'], 'fr')).toBe(`Wolfsburg et ${fsi}جندوبة${pdi}`);
  });
});
