import { create as contentDisposition } from 'content-disposition';
import type { Response } from 'express';

/**
 * Names a download. Browsers read the UTF-8 name (`filename*`); older clients read the plain
 * `filename`, which Express fills with "?" for each character outside Latin-1, and "?" is not
 * allowed in a Windows file name. Here that fallback is the name in ASCII: accents dropped, any
 * dash a hyphen, curly apostrophes straight, any other character an underscore ("Jendouba -
 * Wolfsburg.html", "Gestion de l'eau.ics", not "Jendouba ? Wolfsburg.html").
 */
export function nameAttachment(res: Response, fileName: string): void {
  const fallback = fileName
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^\x20-\x7e]|["\\?*:<>|/]/g, '_');
  res.setHeader('Content-Disposition', contentDisposition(fileName, { fallback }));
}
