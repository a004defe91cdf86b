import type { Locale, PartnershipStatus, Theme } from '@jumelage/contracts/constants';

// Names for exports made on the server (the overview's CSV). The web shows the same names from
// its `common.json` bundles; `overview.test.ts` checks the two agree.

/** The partnerships' statuses. */
export const statusLabels: Record<Locale, Record<PartnershipStatus, string>> = {
  de: { active: 'Aktiv', paused: 'Pausiert', completed: 'Abgeschlossen' },
  fr: { active: 'Actif', paused: 'En pause', completed: 'Terminé' },
  ar: { active: 'نشطة', paused: 'متوقفة مؤقتًا', completed: 'مكتملة' },
  en: { active: 'Active', paused: 'Paused', completed: 'Completed' },
};

/** The themes. */
export const themeLabels: Record<Locale, Record<Theme, string>> = {
  de: {
    waste_management: 'Abfallwirtschaft',
    water_sanitation: 'Wasser und Abwasser',
    digital_administration: 'Digitale Verwaltung',
    energy_efficiency: 'Energieeffizienz',
    green_spaces: 'Grünflächen',
    urban_development: 'Stadtentwicklung',
    mobility: 'Mobilität',
    local_governance: 'Lokale Regierungsführung',
    citizen_participation: 'Bürgerbeteiligung',
    crisis_management: 'Krisenmanagement',
    economic_development: 'Wirtschaftsförderung',
    culture_youth: 'Kultur und Jugend',
  },
  fr: {
    waste_management: 'Gestion des déchets',
    water_sanitation: 'Eau et assainissement',
    digital_administration: 'Administration numérique',
    energy_efficiency: 'Efficacité énergétique',
    green_spaces: 'Espaces verts',
    urban_development: 'Développement urbain',
    mobility: 'Mobilité',
    local_governance: 'Gouvernance locale',
    citizen_participation: 'Participation citoyenne',
    crisis_management: 'Gestion de crise',
    economic_development: 'Développement économique',
    culture_youth: 'Culture et jeunesse',
  },
  ar: {
    waste_management: 'تدبير النفايات',
    water_sanitation: 'المياه والصرف الصحي',
    digital_administration: 'الإدارة الرقمية',
    energy_efficiency: 'كفاءة الطاقة',
    green_spaces: 'المساحات الخضراء',
    urban_development: 'التنمية الحضرية',
    mobility: 'التنقل',
    local_governance: 'الحوكمة المحلية',
    citizen_participation: 'المشاركة المواطنية',
    crisis_management: 'إدارة الأزمات',
    economic_development: 'التنمية الاقتصادية',
    culture_youth: 'الثقافة والشباب',
  },
  en: {
    waste_management: 'Waste management',
    water_sanitation: 'Water and sanitation',
    digital_administration: 'Digital administration',
    energy_efficiency: 'Energy efficiency',
    green_spaces: 'Green spaces',
    urban_development: 'Urban development',
    mobility: 'Mobility',
    local_governance: 'Local governance',
    citizen_participation: 'Citizen participation',
    crisis_management: 'Crisis management',
    economic_development: 'Economic development',
    culture_youth: 'Culture and youth',
  },
};
