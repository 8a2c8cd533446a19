import type { LocalText } from './types';

/** Facilitation prompts per part of the method, EN and IT, from DOMAIN.md §1.2 (the project's own wording). */
export const PROMPTS = {
  "roots": [
    {
      "en": "Where does your story start: a place, a town, a family, a community?",
      "it": "Da dove comincia la tua storia: un luogo, un paese, una famiglia, una comunità?"
    },
    {
      "en": "Who taught you the most about life, and what did you learn from them?",
      "it": "Chi ti ha insegnato di più nella vita, e che cosa hai imparato da queste persone?"
    },
    {
      "en": "Is there a song, a dish, a saying or a tradition that reminds you where you come from?",
      "it": "C'è una canzone, un piatto, un modo di dire o una tradizione che ti ricorda da dove vieni?"
    },
    {
      "en": "What gives you strength and keeps you steady?",
      "it": "Che cosa ti dà forza e ti tiene saldo/a?"
    }
  ],
  "ground": [
    {
      "en": "What does an ordinary week look like for you at the moment?",
      "it": "Com'è, in questo periodo, una tua settimana normale?"
    },
    {
      "en": "Which things do you choose to do, because you enjoy them or they matter to you?",
      "it": "Quali cose scegli di fare, perché ti piacciono o sono importanti per te?"
    },
    {
      "en": "Where do you feel at ease these days?",
      "it": "In quali luoghi ti senti a tuo agio in questo periodo?"
    },
    {
      "en": "Apart from appointments and treatments, what else fills your days?",
      "it": "Oltre a visite e terapie, che cos'altro riempie le tue giornate?"
    }
  ],
  "trunk": [
    {
      "en": "What are you good at? Think of practical things and of how you are with people.",
      "it": "In che cosa sei bravo/a? Pensa a cose pratiche e al tuo modo di stare con gli altri."
    },
    {
      "en": "What would a friend say they appreciate about you?",
      "it": "Che cosa direbbe di apprezzare in te un/un'amico/a?"
    },
    {
      "en": "Which values guide your choices?",
      "it": "Quali valori guidano le tue scelte?"
    },
    {
      "en": "Where or from whom did you learn this? Tell us about a time it made a difference.",
      "it": "Dove o da chi l'hai imparato? Racconta una volta in cui ha fatto la differenza."
    }
  ],
  "branches": [
    {
      "en": "What do you hope for in the coming months, and in the years ahead?",
      "it": "Che cosa speri per i prossimi mesi e per gli anni a venire?"
    },
    {
      "en": "What do you wish for the people you care about, or for your community?",
      "it": "Che cosa desideri per le persone a cui tieni, o per la tua comunità?"
    },
    {
      "en": "How long have you carried this hope, and what has kept it alive?",
      "it": "Da quanto tempo porti con te questa speranza, e che cosa l'ha tenuta viva?"
    },
    {
      "en": "What small step would bring one of these hopes a little closer?",
      "it": "Quale piccolo passo potrebbe avvicinare un po' una di queste speranze?"
    }
  ],
  "leaves": [
    {
      "en": "Who are the people who matter to you? They can be close, far away, or no longer alive.",
      "it": "Chi sono le persone importanti per te? Possono essere vicine, lontane o non più in vita."
    },
    {
      "en": "Who has been on your side: family, a friend, a neighbour, a teacher, someone who cares for you, even a pet?",
      "it": "Chi è stato dalla tua parte: familiari, amici, vicini, insegnanti, chi si prende cura di te, anche un animale?"
    },
    {
      "en": "Who would not be surprised to hear you talk about your strengths today?",
      "it": "Chi non si stupirebbe di sentirti parlare oggi dei tuoi punti di forza?"
    }
  ],
  "fruits": [
    {
      "en": "What have the people on your leaves given you: time, care, encouragement, kindness?",
      "it": "Che cosa ti hanno donato le persone delle tue foglie: tempo, cura, incoraggiamento, gentilezza?"
    },
    {
      "en": "Why do you think they chose to give you that?",
      "it": "Perché pensi che abbiano scelto di darti proprio questo?"
    },
    {
      "en": "What would it mean to them to know it mattered to you?",
      "it": "Che cosa significherebbe per loro sapere che è stato importante per te?"
    }
  ],
  "flowers": [
    {
      "en": "What do you give to others, or hope to pass on?",
      "it": "Che cosa doni agli altri, o speri di trasmettere?"
    },
    {
      "en": "How would you like people to remember the way you treated them?",
      "it": "Come vorresti che le persone ricordassero il modo in cui le hai trattate?"
    },
    {
      "en": "Is there something you have learned, for example from living with your condition, that could help someone else?",
      "it": "C'è qualcosa che hai imparato, per esempio convivendo con la tua condizione, che potrebbe aiutare qualcun altro?"
    }
  ],
  "compost": [
    {
      "en": "Is there a label or a judgement about you that you don't want to carry any more?",
      "it": "C'è un'etichetta o un giudizio su di te che non vuoi più portarti dietro?"
    },
    {
      "en": "What would you like to set aside so it stops taking up room on your tree?",
      "it": "Che cosa vorresti mettere da parte perché smetta di occupare spazio sul tuo albero?"
    },
    {
      "en": "If it turned into compost, what might grow from it?",
      "it": "Se diventasse compost, che cosa potrebbe nascerne?"
    }
  ],
  "forest": [
    {
      "en": "Looking at the whole forest, what do our trees have in common? What is different?",
      "it": "Guardando tutto il bosco, che cosa hanno in comune i nostri alberi? Che cosa è diverso?"
    },
    {
      "en": "Which word or image from someone else's tree stayed with you?",
      "it": "Quale parola o immagine dell'albero di un'altra persona ti è rimasta impressa?"
    },
    {
      "en": "What did it bring to mind from your own life, and where has listening taken you?",
      "it": "Che cosa ti ha fatto tornare in mente della tua vita, e dove ti ha portato questo ascolto?"
    }
  ],
  "storms": [
    {
      "en": "What kinds of storms can hit trees and forests like ours?",
      "it": "Quali tempeste possono colpire alberi e boschi come i nostri?"
    },
    {
      "en": "Is a storm ever the tree's fault?",
      "it": "Una tempesta è mai colpa dell'albero?"
    },
    {
      "en": "When storms come, what do trees, animals and people do to shelter themselves and each other?",
      "it": "Quando arriva la tempesta, che cosa fanno alberi, animali e persone per ripararsi e proteggersi a vicenda?"
    },
    {
      "en": "What has helped you, or someone you know, get through a storm, and how do you notice when it has passed?",
      "it": "Che cosa ha aiutato te, o qualcuno che conosci, ad attraversare una tempesta, e come ti accorgi che è passata?"
    }
  ],
  "retelling": [
    {
      "en": "(expression) What did you hear that caught your attention?",
      "it": "(espressione) Che cosa hai sentito che ha catturato la tua attenzione?"
    },
    {
      "en": "(image) What picture did it give you of this person's values or hopes?",
      "it": "(immagine) Che immagine ti sei fatto/a dei valori o delle speranze di questa persona?"
    },
    {
      "en": "(resonance) What in your own life does it connect with? Speak only as much as you want.",
      "it": "(risonanza) Con che cosa della tua vita si collega? Condividi solo quanto desideri."
    },
    {
      "en": "(transport) Where has listening to this taken you? What might you think or do differently?",
      "it": "(trasporto) Dove ti ha portato questo ascolto? Che cosa potresti pensare o fare in modo diverso?"
    }
  ],
  "celebration": [
    {
      "en": "What would you like your certificate to say about your skills, knowledge and hopes?",
      "it": "Che cosa vorresti che dicesse il tuo attestato delle tue capacità, conoscenze e speranze?"
    },
    {
      "en": "Who would you like to be there, in person or in your thoughts, when you receive it?",
      "it": "Chi vorresti presente, di persona o nei tuoi pensieri, quando lo riceverai?"
    },
    {
      "en": "What message would our forest like to send to other people facing similar storms?",
      "it": "Quale messaggio vorrebbe mandare il nostro bosco ad altre persone che affrontano tempeste simili?"
    }
  ]
} as const satisfies Record<string, readonly LocalText[]>;

export type PromptSet = keyof typeof PROMPTS;
