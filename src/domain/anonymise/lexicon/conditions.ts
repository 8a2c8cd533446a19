/**
 * Named conditions, EN and IT: rare diseases and common chronic conditions. For rare diseases the name alone
 * can identify someone (DOMAIN §5.2). Generic words (cancer, illness, pain, depression, anxiety) are left out.
 */

/** Matched as whole words in any case, accents ignored. */
export const CONDITION_PHRASES: readonly string[] = [
  // English
  'achondroplasia', 'amyotrophic lateral sclerosis', 'ankylosing spondylitis', 'anorexia', 'asthma', 'autism',
  'bipolar disorder', 'bladder cancer', 'bowel cancer', 'brain tumour', 'brain tumor', 'breast cancer',
  'celiac disease', 'cerebral palsy', 'cervical cancer', 'chronic fatigue syndrome', 'coeliac disease',
  'cystic fibrosis', 'dementia', 'diabetes', 'endometriosis', 'epilepsy', 'fibromyalgia',
  'fragile x syndrome', 'glioblastoma', 'haemophilia', 'hemophilia', 'hepatitis b', 'hepatitis c',
  'idiopathic pulmonary fibrosis', 'inflammatory bowel disease', 'kidney failure', 'leukaemia', 'leukemia',
  'long covid', 'lung cancer', 'lupus', 'lymphoma', 'melanoma', 'mitochondrial disease', 'motor neurone disease',
  'motor neuron disease', 'multiple myeloma', 'multiple sclerosis', 'muscular dystrophy', 'myasthenia gravis',
  'myeloma', 'narcolepsy', 'neuroblastoma', 'neurofibromatosis', 'osteogenesis imperfecta', 'ovarian cancer',
  'pancreatic cancer', 'phenylketonuria', 'prostate cancer', 'pulmonary fibrosis', 'pulmonary hypertension',
  'retinitis pigmentosa', 'rheumatoid arthritis', 'sarcoidosis', 'sarcoma', 'schizophrenia', 'scleroderma',
  'sickle cell anaemia', 'sickle cell anemia', 'sickle cell disease', 'spina bifida', 'spinal muscular atrophy',
  'systemic lupus erythematosus', 'systemic sclerosis', 'thalassaemia', 'thalassemia', 'tuberous sclerosis',
  'type 1 diabetes', 'type 2 diabetes', 'ulcerative colitis',
  // Italiano
  'acondroplasia', 'anemia falciforme', 'anoressia', 'artrite reumatoide', 'asma', 'atrofia muscolare spinale',
  'autismo', 'bulimia', 'cancro al seno', 'celiachia', 'colite ulcerosa', 'demenza', 'diabete',
  'diabete di tipo 1', 'diabete di tipo 2', 'diabete mellito', 'diabete tipo 1', 'diabete tipo 2',
  'distrofia muscolare', 'disturbo bipolare', 'drepanocitosi', 'emofilia', 'endometriosi', 'epatite b',
  'epatite c', 'epilessia', 'fenilchetonuria', 'fibromialgia', 'fibrosi cistica', 'fibrosi polmonare',
  'fibrosi polmonare idiopatica', 'insufficienza renale', 'ipertensione polmonare', 'leucemia', 'linfoma',
  'lupus eritematoso sistemico', 'malattia mitocondriale', 'miastenia gravis', 'mieloma', 'mieloma multiplo',
  'narcolessia', 'neurofibromatosi', 'osteogenesi imperfetta', 'paralisi cerebrale', 'retinite pigmentosa',
  'sarcoidosi', 'schizofrenia', 'sclerodermia', 'sclerosi laterale amiotrofica', 'sclerosi multipla',
  'sclerosi sistemica', 'sclerosi tuberosa', 'scompenso cardiaco', 'sindrome da fatica cronica',
  "sindrome dell'x fragile", 'spina bifida', 'talassemia', 'tumore al cervello', 'tumore al pancreas',
  'tumore al polmone', 'tumore al seno', "tumore all'ovaio", 'tumore alla prostata',
];

/** Abbreviations, matched only in capitals ("MS", never "Ms"). */
export const CONDITION_ABBREVIATIONS: readonly string[] = [
  'ADHD', 'ALS', 'BPCO', 'COPD', 'DMD', 'EDS', 'HIV', 'AIDS', 'IPF', 'MICI', 'MND', 'MS', 'PKU', 'PTSD', 'SLA', 'SLE',
  'SMA',
];

/** Eponyms that name a condition on their own ("Huntington's", "Crohn"). */
export const EPONYMS: readonly string[] = [
  'Alzheimer', 'Asperger', 'Behçet', 'Charcot-Marie-Tooth', 'Creutzfeldt-Jakob', 'Crohn', 'Duchenne',
  'Ehlers-Danlos', 'Fabry', 'Gaucher', 'Guillain-Barré', 'Hashimoto', 'Hodgkin', 'Huntington', 'Marfan',
  'Niemann-Pick', 'Parkinson', 'Pompe', 'Prader-Willi', 'Sjögren', 'Tay-Sachs', 'Tourette', 'Wolf-Hirschhorn',
  // the same names as often typed without their accents
  'Behcet', 'Guillain-Barre', 'Sjogren',
];

/** Eponyms that are also surnames or words: a condition only with "syndrome", "malattia di"… */
export const EPONYMS_WITH_NOUN_ONLY: readonly string[] = [
  'Addison', 'Alport', 'Angelman', 'Apert', 'Batten', 'Cushing', 'Down', 'Dravet', 'Fanconi', 'Graves',
  'Kawasaki', 'Lennox-Gastaut', 'Lyme', 'Menière', 'Meniere', 'Moebius', 'Noonan', 'Raynaud', 'Rett', 'Stargardt',
  'Still', 'Turner', 'Usher', 'West', 'Williams', 'Wilson',
];

/** Nouns after an eponym: "Huntington's disease", "Duchenne muscular dystrophy". Regular-expression source. */
export const EPONYM_NOUNS_AFTER: readonly string[] = [
  'disease', 'syndrome', 'chorea', 'disorder', 'ataxia', 'muscular dystrophy', 'dystrophy', 'lymphoma', 'palsy',
  'anaemia', 'anemia',
];

/** Nouns before an eponym: "malattia di Huntington", "sindrome di Rett". Regular-expression source. */
export const EPONYM_NOUNS_BEFORE: readonly string[] = [
  'malattia', 'morbo', 'sindrome', 'corea', 'atassia', 'distrofia muscolare', 'distrofia', 'linfoma', 'anemia',
];
