import type { FlagBand, Lang, MethodPart, SafetyFlag, SettingType, SizeBand, SupportType } from '../types';

/**
 * Every word the summary prints, in English and Italian. A pure module (no i18next) so the PDF can be made
 * and checked in Node tests, and so the summary is always in the group's language whatever the UI language.
 * Templates use {{name}} placeholders, filled by `fill`.
 */

export interface SummaryLabels {
  title: string;
  header: {
    groupCode: string;
    setting: string;
    session: string;
    sessionValue: string;
    date: string;
    week: string;
    noDate: string;
    duration: string;
    durationValue: string;
    durationPlannedOnly: string;
    facilitatorRoles: string;
  };
  sections: {
    attendance: string;
    delivery: string;
    themes: string;
    collective: string;
    supportMap: string;
    groupProcess: string;
    safety: string;
    reflection: string;
    feedback: string;
    nextSteps: string;
    privacy: string;
  };
  attendance: {
    planned: string;
    attended: string;
    onTime: string;
    late: string;
    leftEarly: string;
    returning: string;
    isNew: string;
    guests: string;
    rate: string;
    withheld: string;
    timing: string;
    continuity: string;
    notRecorded: string;
  };
  delivery: {
    activity: string;
    planned: string;
    actual: string;
    delivered: string;
    reason: string;
    yes: string;
    no: string;
    notRun: string;
    notes: string;
    noActivities: string;
    /** "+5 min while running": minutes given (+) or taken (−) on a block while the session ran. */
    changedWhileRunning: string;
    /** A block the facilitator skipped while the session ran (an accepted re-plan). */
    skippedWhileRunning: string;
    zonesCovered: string;
  };
  themes: {
    chartTitle: string;
    none: string;
    bands: Record<SizeBand, string>;
  };
  collective: {
    document: string;
    message: string;
  };
  supportMap: {
    types: Record<SupportType, string>;
    total: string;
    signposted: string;
  };
  safety: {
    flags: Record<SafetyFlag, string>;
    noneObserved: string;
    bands: Record<FlagBand, string>;
  };
  feedback: {
    reported: string;
    notReported: string;
  };
  settings: Record<SettingType, string>;
  parts: Record<MethodPart, string>;
  nothingRecorded: string;
  minutes: string;
  suppressionKey: string;
  secondaryKey: string;
  footer: string;
  /** The footer when the group dates by ISO week: the review "date" is then a week too. */
  footerWeek: string;
  page: string;
}

const en: SummaryLabels = {
  title: 'Anonymised session summary',
  header: {
    groupCode: 'Group code',
    setting: 'Setting',
    session: 'Session',
    sessionValue: 'Session {{number}} – {{part}}',
    date: 'Date',
    week: 'Week',
    noDate: 'not dated',
    duration: 'Duration',
    durationValue: 'planned {{planned}}, actual {{actual}}',
    durationPlannedOnly: 'planned {{planned}} (not run in the app)',
    facilitatorRoles: 'Facilitator roles',
  },
  sections: {
    attendance: 'Attendance',
    delivery: 'Delivery versus plan',
    themes: 'Group themes',
    collective: 'Collective strengths document',
    supportMap: 'Support map',
    groupProcess: 'Group process',
    safety: 'Safety flags',
    reflection: 'Facilitator reflection',
    feedback: 'Anonymous feedback',
    nextSteps: 'Next steps',
    privacy: 'Privacy',
  },
  attendance: {
    planned: 'Planned',
    attended: 'Attended',
    onTime: 'On time',
    late: 'Arrived late',
    leftEarly: 'Left early',
    returning: 'Returning',
    isNew: 'New',
    guests: 'Guests',
    rate: 'Attendance rate',
    withheld: 'breakdown not shown (small numbers)',
    timing: 'Of those attending',
    continuity: 'Returning or new',
    notRecorded: 'Attendance was not taken for this session.',
  },
  delivery: {
    activity: 'Activity',
    planned: 'Planned',
    actual: 'Actual',
    delivered: 'Delivered',
    reason: 'Change',
    yes: 'yes',
    no: 'no',
    notRun: '–',
    notes: 'Notes on changes',
    noActivities: 'No agenda was planned for this session.',
    changedWhileRunning: 'min while running',
    skippedWhileRunning: 'skipped while running',
    zonesCovered: 'Zones covered',
  },
  themes: {
    chartTitle: 'How widely themes were shared, by zone',
    none: 'No themes recorded.',
    bands: { one: 'one person', several: 'several', most: 'most' },
  },
  collective: {
    document: "The group's skills and knowledge",
    message: 'Message to others facing similar storms',
  },
  supportMap: {
    types: {
      emotional: 'Emotional',
      esteem: 'Esteem',
      network: 'Network (belonging)',
      informational: 'Informational',
      tangible: 'Tangible (practical)',
    },
    total: 'All support types',
    signposted: 'Kinds of resources signposted',
  },
  safety: {
    flags: {
      distressSettled: 'Distress, settled in session',
      followUpOffered: 'Follow-up offered',
      safeguarding: 'Safeguarding procedure activated (details in the separate official record, not here)',
      groupConflict: 'Group-conflict concern',
      accessibility: 'Accessibility issue',
    },
    noneObserved: 'None observed.',
    bands: { '0': '0', '1': '1', '2+': '2+' },
  },
  feedback: {
    reported: 'Average rating {{mean}} out of {{scale}} ({{n}} forms).',
    notReported: 'Not reported (small group).',
  },
  settings: {
    'peer-community': 'Peer support in the community',
    'patient-association': 'Patient association',
    'hospital-outpatient': 'Hospital outpatient service',
    'hospital-day-unit': 'Hospital day unit',
    'hospital-inpatient': 'Hospital inpatient ward',
    other: 'Other setting',
  },
  parts: {
    tree: 'Tree of Life',
    forest: 'Forest of Life',
    storms: 'When the storms come',
    celebration: 'Certificates and celebration',
    dropIn: 'Single-session workshop',
    other: 'Other',
  },
  nothingRecorded: 'Nothing recorded.',
  minutes: '{{count}} min',
  suppressionKey: '<{{k}} means fewer than {{k}}; counts under {{k}} are not shown.',
  secondaryKey: '* hidden so that a small number cannot be worked out from the total.',
  footer: 'Contains no participant personal data. Suppression threshold k = {{k}} applied. Free text reviewed by facilitator on {{date}}.',
  footerWeek:
    'Contains no participant personal data. Suppression threshold k = {{k}} applied. Free text reviewed by facilitator in week {{date}}.',
  page: 'Page {{n}} of {{m}}',
};

const it: SummaryLabels = {
  title: 'Sintesi anonimizzata della sessione',
  header: {
    groupCode: 'Codice del gruppo',
    setting: 'Contesto',
    session: 'Sessione',
    sessionValue: 'Sessione {{number}} – {{part}}',
    date: 'Data',
    week: 'Settimana',
    noDate: 'senza data',
    duration: 'Durata',
    durationValue: 'prevista {{planned}}, effettiva {{actual}}',
    durationPlannedOnly: "prevista {{planned}} (non condotta nell'app)",
    facilitatorRoles: 'Ruoli dei facilitatori',
  },
  sections: {
    attendance: 'Presenze',
    delivery: 'Svolgimento rispetto al programma',
    themes: 'Temi del gruppo',
    collective: 'Documento collettivo delle risorse',
    supportMap: 'Mappa del supporto',
    groupProcess: 'Processo di gruppo',
    safety: 'Segnalazioni di sicurezza',
    reflection: 'Riflessione del facilitatore',
    feedback: 'Valutazioni anonime',
    nextSteps: 'Prossimi passi',
    privacy: 'Privacy',
  },
  attendance: {
    planned: 'Previste',
    attended: 'Presenti',
    onTime: 'Puntuali',
    late: 'Arrivate in ritardo',
    leftEarly: 'Uscite in anticipo',
    returning: 'Già presenti in precedenza',
    isNew: 'Nuove',
    guests: 'Ospiti',
    rate: 'Tasso di presenza',
    withheld: 'dettaglio non mostrato (numeri piccoli)',
    timing: 'Tra le persone presenti',
    continuity: 'Già presenti o nuove',
    notRecorded: 'Per questa sessione non sono state registrate le presenze.',
  },
  delivery: {
    activity: 'Attività',
    planned: 'Prevista',
    actual: 'Effettiva',
    delivered: 'Svolta',
    reason: 'Modifica',
    yes: 'sì',
    no: 'no',
    notRun: '–',
    notes: 'Note sulle modifiche',
    noActivities: 'Per questa sessione non era previsto un programma.',
    changedWhileRunning: 'min durante l’incontro',
    skippedWhileRunning: 'saltata durante l’incontro',
    zonesCovered: 'Zone trattate',
  },
  themes: {
    chartTitle: 'Quanto erano condivisi i temi, per zona',
    none: 'Nessun tema registrato.',
    bands: { one: 'una persona', several: 'diverse persone', most: 'la maggior parte' },
  },
  collective: {
    document: 'Capacità e conoscenze del gruppo',
    message: 'Messaggio a chi affronta tempeste simili',
  },
  supportMap: {
    types: {
      emotional: 'Emotivo',
      esteem: 'Di stima',
      network: 'Di rete (appartenenza)',
      informational: 'Informativo',
      tangible: 'Materiale (pratico)',
    },
    total: 'Tutti i tipi di supporto',
    signposted: 'Tipi di risorse indicate',
  },
  safety: {
    flags: {
      distressSettled: 'Disagio, rientrato durante la sessione',
      followUpOffered: 'Offerto un contatto successivo',
      safeguarding: 'Attivata la procedura di tutela (dettagli nel registro ufficiale separato, non qui)',
      groupConflict: 'Preoccupazione per conflitti nel gruppo',
      accessibility: 'Problema di accessibilità',
    },
    noneObserved: 'Nessuna osservata.',
    bands: { '0': '0', '1': '1', '2+': '2+' },
  },
  feedback: {
    reported: 'Valutazione media {{mean}} su {{scale}} ({{n}} schede).',
    notReported: 'Non riportate (gruppo piccolo).',
  },
  settings: {
    'peer-community': 'Supporto tra pari sul territorio',
    'patient-association': 'Associazione di pazienti',
    'hospital-outpatient': 'Ambulatorio ospedaliero',
    'hospital-day-unit': 'Day hospital',
    'hospital-inpatient': 'Reparto di degenza',
    other: 'Altro contesto',
  },
  parts: {
    tree: 'Albero della Vita',
    forest: 'Bosco della Vita',
    storms: 'Quando arrivano le tempeste',
    celebration: 'Attestati e festa',
    dropIn: 'Laboratorio in una sola sessione',
    other: 'Altro',
  },
  nothingRecorded: 'Nessuna annotazione.',
  minutes: '{{count}} min',
  suppressionKey: '<{{k}} significa meno di {{k}}; i conteggi inferiori a {{k}} non sono mostrati.',
  secondaryKey: '* nascosto perché un numero piccolo non si possa ricavare dal totale.',
  footer:
    'Non contiene dati personali dei partecipanti. Applicata la soglia di soppressione k = {{k}}. Testo libero rivisto dal facilitatore il {{date}}.',
  footerWeek:
    'Non contiene dati personali dei partecipanti. Applicata la soglia di soppressione k = {{k}}. Testo libero rivisto dal facilitatore nella settimana {{date}}.',
  page: 'Pagina {{n}} di {{m}}',
};

export const SUMMARY_LABELS: Record<Lang, SummaryLabels> = { en, it };

/** The summary's words in a language. */
export function summaryLabels(lang: Lang): SummaryLabels {
  return SUMMARY_LABELS[lang];
}

/** Fill {{name}} placeholders; unknown names are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "90 min" in the summary's language. */
export function formatMinutes(lang: Lang, minutes: number): string {
  return fill(SUMMARY_LABELS[lang].minutes, { count: Math.round(minutes) });
}

/** A one-decimal average in the summary's language ("4.2" / "4,2"). */
export function formatMean(lang: Lang, mean: number): string {
  const text = mean.toFixed(1);
  return lang === 'it' ? text.replace('.', ',') : text;
}
