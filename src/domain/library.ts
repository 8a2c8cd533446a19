import { newId } from './ids';
import { PROMPTS } from './prompts';
import type { AgendaBlock, BlockKind, Lang, LibraryBlock, LocalText, ThemeZoneId, ZoneId } from './types';

/**
 * The method library: the built-in activities of the Tree of Life method (DOMAIN.md §1–§2), in English and
 * Italian. Templates are built from these, and the planner can insert a copy of any of them.
 */
export interface BuiltinActivity {
  id: string;
  title: LocalText;
  kind: BlockKind;
  /** Suggested length; templates may override it. */
  minutes: number;
  zone?: ThemeZoneId;
  prompts: readonly LocalText[];
  materials: LocalText;
  notes: LocalText;
}

const NO_MATERIALS: LocalText = { en: '', it: '' };
const DRAWING_MATERIALS: LocalText = {
  en: 'Large paper, felt pens, sticky notes; the tree canvas on the tablet.',
  it: 'Fogli grandi, pennarelli, foglietti adesivi; la tela dell’albero sul tablet.',
};

const ZONE_TITLES: Record<ZoneId, LocalText> = {
  roots: { en: 'Roots: where I come from', it: 'Radici: da dove vengo' },
  ground: { en: 'Ground: my life now', it: 'Terreno: la mia vita oggi' },
  trunk: { en: 'Trunk: skills and values', it: 'Tronco: capacità e valori' },
  branches: { en: 'Branches: hopes and dreams', it: 'Rami: speranze e sogni' },
  leaves: { en: 'Leaves: people who matter', it: 'Foglie: le persone importanti' },
  fruits: { en: 'Fruits: gifts received', it: 'Frutti: i doni ricevuti' },
  flowers: { en: 'Flowers & seeds: what I give', it: 'Fiori e semi: ciò che dono' },
  compost: { en: 'Compost heap (optional)', it: 'Compostiera (facoltativa)' },
};

const ZONE_NOTES: Record<ZoneId, LocalText> = {
  roots: {
    en: 'Drawing starts at the bottom of the page. Not an art test: words and symbols are fine.',
    it: 'Si comincia a disegnare dal basso. Non è una prova di disegno: vanno bene parole e simboli.',
  },
  ground: {
    en: 'Both where people live now and what they choose to do each week, not what they are forced to do.',
    it: 'Sia dove si vive oggi sia ciò che si sceglie di fare ogni settimana, non ciò che si è costretti a fare.',
  },
  trunk: {
    en: 'Move around the room and ask history questions: who taught you this skill, when did it matter?',
    it: 'Girate per la stanza e fate domande sulla storia: chi ti ha insegnato questa capacità, quando è stata importante?',
  },
  branches: {
    en: 'Short- and long-term hopes, for themselves, for others and for their community.',
    it: 'Speranze a breve e lungo termine, per sé, per gli altri e per la propria comunità.',
  },
  leaves: {
    en: 'Private by default: third-party names never leave this device. People who have died still belong on the tree.',
    it: 'Privato per impostazione: i nomi di altre persone non lasciano mai questo dispositivo. Anche chi non c’è più appartiene all’albero.',
  },
  fruits: {
    en: 'Gifts received from the people on the leaves: care, love, kindness, not objects.',
    it: 'Doni ricevuti dalle persone delle foglie: cura, affetto, gentilezza, non oggetti.',
  },
  flowers: {
    en: 'Gifts people give, and the legacy they would like to pass on.',
    it: 'I doni che si fanno agli altri e ciò che si vorrebbe lasciare.',
  },
  compost: {
    en: 'Optional and private. Put aside, not erased, so it can turn into soil.',
    it: 'Facoltativa e privata. Messo da parte, non cancellato, perché possa diventare terra.',
  },
};

const PROMPT_ZONES: readonly ZoneId[] = ['roots', 'ground', 'trunk', 'branches', 'leaves', 'fruits', 'flowers', 'compost'];

function zoneActivity(zone: ZoneId): BuiltinActivity {
  return {
    id: `zone-${zone}`,
    title: ZONE_TITLES[zone],
    kind: 'zone',
    minutes: 7,
    zone,
    prompts: PROMPTS[zone],
    materials: DRAWING_MATERIALS,
    notes: ZONE_NOTES[zone],
  };
}

/** Every built-in activity, in the order of the method. */
export const BUILTIN_ACTIVITIES: readonly BuiltinActivity[] = [
  {
    id: 'welcome-agreement',
    title: { en: 'Welcome and group agreement', it: 'Accoglienza e patto di gruppo' },
    kind: 'agreement',
    minutes: 15,
    prompts: [],
    materials: { en: 'Flip chart for the agreement; consent forms.', it: 'Lavagna a fogli per il patto; moduli di consenso.' },
    notes: {
      en:
        'Purpose of the group. Co-create the agreement: confidentiality and its limits (risk to self or others, ' +
        'protection of children and vulnerable adults), the right to pass, no advice unless asked, phones off, ' +
        'anyone may step out. Explain the riverbank stance. Collect consent choices: projector display, ' +
        'inclusion in the anonymised summary. Say that strong feelings are normal.',
      it:
        'Scopo del gruppo. Costruire insieme il patto: riservatezza e i suoi limiti (rischio per sé o per altri, ' +
        'tutela di minori e adulti vulnerabili), diritto di passare, nessun consiglio se non richiesto, telefoni ' +
        'spenti, ci si può allontanare. Spiegare la posizione sulla riva del fiume. Raccogliere le scelte di ' +
        'consenso: proiezione, inclusione nella sintesi anonimizzata. Dire che le emozioni forti sono normali.',
    },
  },
  {
    id: 'checkin',
    title: { en: 'Check-in and agreement reminder', it: 'Giro di apertura e richiamo al patto' },
    kind: 'checkin',
    minutes: 10,
    prompts: [],
    materials: NO_MATERIALS,
    notes: {
      en: 'A short round. Remind everyone of the agreement and the right to pass.',
      it: 'Un breve giro. Ricordare a tutti il patto e il diritto di passare.',
    },
  },
  {
    id: 'warmup',
    title: { en: 'Warm-up: a tree that has mattered to me', it: 'Riscaldamento: un albero importante per me' },
    kind: 'warmup',
    minutes: 10,
    prompts: [
      {
        en: 'Think of a tree that has mattered in your life. Where was it, and what did it mean to you?',
        it: 'Pensa a un albero che è stato importante nella tua vita. Dov’era, e che cosa ha significato per te?',
      },
    ],
    materials: NO_MATERIALS,
    notes: { en: 'Reassure everyone: this is not an art test.', it: 'Rassicurare tutti: non è una prova di disegno.' },
  },
  ...PROMPT_ZONES.map(zoneActivity),
  {
    id: 'break',
    title: { en: 'Break', it: 'Pausa' },
    kind: 'break',
    minutes: 10,
    prompts: [],
    materials: { en: 'Water and refreshments.', it: 'Acqua e qualcosa da bere e mangiare.' },
    notes: {
      en: 'Check in quietly with anyone who seems affected.',
      it: 'Verificare con discrezione come sta chi sembra toccato.',
    },
  },
  {
    id: 'sharing',
    title: { en: 'Sharing in pairs or trios', it: 'Condivisione in coppie o terzetti' },
    kind: 'sharing',
    minutes: 20,
    prompts: [],
    materials: NO_MATERIALS,
    notes: {
      en: 'Each person shares as much or as little as they want. Optional whole-group share at the end.',
      it: 'Ognuno condivide quanto desidera. Alla fine, se si vuole, un giro con tutto il gruppo.',
    },
  },
  {
    id: 'forest',
    title: { en: 'Forming the forest', it: 'Formare il bosco' },
    kind: 'forest',
    minutes: 10,
    zone: 'forest',
    prompts: [PROMPTS.forest[0]],
    materials: { en: 'Wall space or the forest canvas.', it: 'Spazio a parete o la tela del bosco.' },
    notes: {
      en: 'Trees are placed side by side. Participants may change shared items back to private first.',
      it: 'Gli alberi vengono messi uno accanto all’altro. Prima si possono riportare a privati gli elementi condivisi.',
    },
  },
  {
    id: 'retelling',
    title: { en: 'Telling and re-telling (outsider witnesses)', it: 'Racconto e rinarrazione (testimoni esterni)' },
    kind: 'retelling',
    minutes: 80,
    zone: 'forest',
    prompts: PROMPTS.retelling,
    materials: NO_MATERIALS,
    notes: {
      en:
        'Each willing participant tells their tree (about 5 min); 2–3 witnesses respond with the four categories ' +
        '(about 4 min); 1 min handover. About 10 min per participant: 80 min fits 8. Witnesses give no advice, ' +
        'applause or analysis. Above 8, split into two sub-forests, one per facilitator, or use trios.',
      it:
        'Chi lo desidera racconta il proprio albero (circa 5 min); 2–3 testimoni rispondono con le quattro categorie ' +
        '(circa 4 min); 1 min per il cambio. Circa 10 min a partecipante: 80 min bastano per 8. I testimoni non ' +
        'danno consigli, applausi o analisi. Oltre 8, dividere in due boschi, uno per facilitatore, o usare terzetti.',
    },
  },
  {
    id: 'collective-document',
    title: { en: 'Common values and collective document', it: 'Valori comuni e documento collettivo' },
    kind: 'collective',
    minutes: 12,
    zone: 'forest',
    prompts: PROMPTS.forest,
    materials: { en: 'Flip chart.', it: 'Lavagna a fogli.' },
    notes: {
      en: 'Build a document of the group’s skills and knowledge, with no names.',
      it: 'Costruire un documento delle capacità e conoscenze del gruppo, senza nomi.',
    },
  },
  {
    id: 'storms',
    title: { en: 'Storms in general', it: 'Le tempeste in generale' },
    kind: 'storms',
    minutes: 25,
    zone: 'storms',
    prompts: [PROMPTS.storms[0]],
    materials: { en: 'Storm notes around the forest.', it: 'Foglietti delle tempeste intorno al bosco.' },
    notes: {
      en:
        'Restate the riverbank stance: we talk about storms from the bank, not from inside the river. List hazards ' +
        'in general (diagnosis, hospital stays, pain, isolation, stigma, bureaucracy, loss) as group-level notes. ' +
        'No one is asked for their personal story. Never compare severity.',
      it:
        'Ricordare la posizione sulla riva: parliamo delle tempeste dalla riva, non da dentro il fiume. Elencare i ' +
        'pericoli in generale (diagnosi, ricoveri, dolore, isolamento, stigma, burocrazia, perdite) come note di ' +
        'gruppo. A nessuno si chiede la propria storia. Mai confrontare la gravità.',
    },
  },
  {
    id: 'storm-fault',
    title: { en: 'Is a storm ever the tree’s fault?', it: 'Una tempesta è mai colpa dell’albero?' },
    kind: 'storms',
    minutes: 10,
    zone: 'storms',
    prompts: [PROMPTS.storms[1]],
    materials: NO_MATERIALS,
    notes: { en: 'Work on self-blame, at group level.', it: 'Lavorare sul senso di colpa, a livello di gruppo.' },
  },
  {
    id: 'support-map',
    title: { en: 'Responses and support map', it: 'Risposte e mappa del sostegno' },
    kind: 'supportMap',
    minutes: 35,
    zone: 'storms',
    prompts: [PROMPTS.storms[2], PROMPTS.storms[3]],
    materials: { en: 'Support map with the five support types.', it: 'Mappa del sostegno con i cinque tipi di sostegno.' },
    notes: {
      en:
        'How trees and animals shelter; which trunk skills help in storms; what the forest can do. Map resources ' +
        'by type: emotional, esteem, network, informational, tangible.',
      it:
        'Come si riparano alberi e animali; quali capacità del tronco aiutano nelle tempeste; che cosa può fare il ' +
        'bosco. Mappare le risorse per tipo: emotivo, di stima, di rete, informativo, materiale.',
    },
  },
  {
    id: 'signposting',
    title: { en: 'Times without storms and signposting', it: 'Tempi senza tempeste e orientamento ai servizi' },
    kind: 'storms',
    minutes: 15,
    zone: 'storms',
    prompts: [PROMPTS.storms[3]],
    materials: { en: 'Local services leaflet.', it: 'Volantino dei servizi del territorio.' },
    notes: {
      en: 'Noticing when a storm passes. Point to services; peer support complements clinical care.',
      it: 'Accorgersi di quando una tempesta passa. Indicare i servizi; il sostegno tra pari affianca la cura clinica.',
    },
  },
  {
    id: 'certificates',
    title: { en: 'Writing certificates', it: 'Scrivere gli attestati' },
    kind: 'certificates',
    minutes: 25,
    prompts: [PROMPTS.celebration[0]],
    materials: { en: 'Certificate blanks, pens.', it: 'Attestati in bianco, penne.' },
    notes: {
      en: 'Each person chooses wording about their skills, knowledge and hopes. Peers add one acknowledgement each.',
      it: 'Ognuno sceglie le parole sulle proprie capacità, conoscenze e speranze. I pari aggiungono un riconoscimento a testa.',
    },
  },
  {
    id: 'collective-message',
    title: { en: 'Collective message from our forest', it: 'Messaggio collettivo del nostro bosco' },
    kind: 'collective',
    minutes: 20,
    zone: 'forest',
    prompts: [PROMPTS.celebration[2]],
    materials: { en: 'Flip chart.', it: 'Lavagna a fogli.' },
    notes: {
      en: 'A message, song or poem from our forest to others facing similar storms, without attribution.',
      it: 'Un messaggio, una canzone o una poesia dal nostro bosco ad altri che affrontano tempeste simili, senza attribuzioni.',
    },
  },
  {
    id: 'celebration',
    title: { en: 'Celebration with invited witnesses', it: 'Festa con i testimoni invitati' },
    kind: 'celebration',
    minutes: 45,
    prompts: [PROMPTS.celebration[1]],
    materials: { en: 'Printed trees and certificates; refreshments.', it: 'Alberi stampati e attestati; rinfresco.' },
    notes: {
      en: 'Optional guests (family, staff): record a count only, never names. Trees and certificates are handed over; guests respond.',
      it: 'Ospiti facoltativi (familiari, personale): si registra solo il numero, mai i nomi. Si consegnano alberi e attestati; gli ospiti rispondono.',
    },
  },
  {
    id: 'feedback',
    title: { en: 'Anonymous feedback and next steps', it: 'Riscontro anonimo e prossimi passi' },
    kind: 'feedback',
    minutes: 15,
    prompts: [],
    materials: { en: 'Feedback cards.', it: 'Schede di riscontro.' },
    notes: {
      en: 'Anonymous ratings only; next steps and signposting.',
      it: 'Solo valutazioni anonime; prossimi passi e orientamento ai servizi.',
    },
  },
  {
    id: 'closing',
    title: { en: 'Closing round and grounding', it: 'Giro di chiusura e radicamento' },
    kind: 'closing',
    minutes: 10,
    prompts: [{ en: 'One word to take home.', it: 'Una parola da portare a casa.' }],
    materials: NO_MATERIALS,
    notes: {
      en: 'Grounding, and where to get support. Facilitators debrief afterwards (not in the timer).',
      it: 'Radicamento e dove trovare sostegno. I facilitatori fanno il punto dopo (fuori dal timer).',
    },
  },
  {
    id: 'grounding-close',
    title: { en: 'Grounding close', it: 'Chiusura con radicamento' },
    kind: 'closing',
    minutes: 10,
    prompts: [{ en: 'What will you do for yourself this evening?', it: 'Che cosa farai per te stasera?' }],
    materials: NO_MATERIALS,
    notes: {
      en: 'A calm grounding exercise. Check in individually with anyone who seemed affected.',
      it: 'Un esercizio calmo di radicamento. Parlare individualmente con chi sembrava toccato.',
    },
  },
  {
    id: 'closing-ritual',
    title: { en: 'Closing ritual and refreshments', it: 'Rito di chiusura e rinfresco' },
    kind: 'closing',
    minutes: 15,
    prompts: [],
    materials: { en: 'Refreshments.', it: 'Rinfresco.' },
    notes: { en: 'Mark the end of the programme together.', it: 'Segnare insieme la fine del percorso.' },
  },
];

/** A built-in activity by id; throws on an unknown id (a programming error, not user input). */
export function builtinActivity(id: string): BuiltinActivity {
  const activity = BUILTIN_ACTIVITIES.find((candidate) => candidate.id === id);
  if (!activity) throw new Error(`Unknown built-in activity: ${id}`);
  return activity;
}

/** Overrides a template may apply to a built-in activity. */
export interface ActivityOverrides {
  minutes?: number;
  title?: LocalText;
  prompts?: readonly LocalText[];
  notes?: LocalText;
}

/** A fresh agenda block (new id) copied from a built-in activity, in the given language. */
export function activityToBlock(activity: BuiltinActivity, lang: Lang, overrides: ActivityOverrides = {}): AgendaBlock {
  const block: AgendaBlock = {
    id: newId(),
    title: (overrides.title ?? activity.title)[lang],
    kind: activity.kind,
    minutes: overrides.minutes ?? activity.minutes,
    prompts: (overrides.prompts ?? activity.prompts).map((prompt) => ({ en: prompt.en, it: prompt.it })),
    materials: activity.materials[lang],
    notes: (overrides.notes ?? activity.notes)[lang],
    actualStartedAt: null,
    actualMinutes: null,
  };
  if (activity.zone) block.zone = activity.zone;
  return block;
}

/** A fresh agenda block (new id) copied from one of the facilitator's own library blocks. */
export function libraryBlockToAgenda(saved: LibraryBlock): AgendaBlock {
  const block: AgendaBlock = {
    id: newId(),
    title: saved.title,
    kind: saved.kind,
    minutes: saved.minutes,
    prompts: saved.prompts.map((prompt) => ({ ...prompt })),
    materials: saved.materials,
    notes: saved.notes,
    actualStartedAt: null,
    actualMinutes: null,
  };
  if (saved.zone) block.zone = saved.zone;
  return block;
}

/** A library entry (new id) made from an agenda block, for "Save to my library". Run data is dropped. */
export function agendaToLibraryBlock(block: AgendaBlock, now: number): LibraryBlock {
  const saved: LibraryBlock = {
    id: newId(),
    title: block.title,
    kind: block.kind,
    minutes: block.minutes,
    prompts: block.prompts.map((prompt) => ({ ...prompt })),
    materials: block.materials,
    notes: block.notes,
    createdAt: now,
  };
  if (block.zone) saved.zone = block.zone;
  return saved;
}
