/**
 * Text as the accounts search compares it: lower case, without accents or Arabic vowel marks, so
 * "hedi" finds "Hédi", "strasse" "Straße" and "احمد" "أحمد". The database has no collation for
 * this on every server we run on (FerretDB v1 has none), so each account stores its folded name
 * and email (`searchKey`, kept by the model) and a search compares with that.
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replaceAll('ß', 'ss');
}

export const searchKeyOf = (user: { name: string; email: string }) => foldForSearch(`${user.name}\n${user.email}`);
