import ar from '../../web/src/locales/ar/common.json' with { type: 'json' };
import de from '../../web/src/locales/de/common.json' with { type: 'json' };
import en from '../../web/src/locales/en/common.json' with { type: 'json' };
import fr from '../../web/src/locales/fr/common.json' with { type: 'json' };

/** The texts users see, so tests find controls by their visible, translated labels. */
export const texts = { ar, de, en, fr };
