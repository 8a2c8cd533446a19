/**
 * Name patterns of Italian and British hospitals, wards, health services, associations and schools: the words
 * that end or start such a name, and the few well-known ones named without any of those words. Regular-
 * expression source where said; other entries are matched as written (capitalised).
 */

/** Words that end an English organisation name: "Rotherham Carers Network", "Oakfield Academy". */
export const ORGANISATION_ENDS_EN: readonly string[] = [
  'Association', 'Society', 'Network', 'Trust', 'Foundation', 'Club', 'Academy', 'College', 'University',
  'School', 'Service', 'Services', 'Charity', 'Church', 'Chapel', 'Mosque', 'Temple', 'Gurdwara', 'Synagogue',
  'Meeting House', 'Partnership', 'Alliance', 'Federation', 'Institute', 'Ward', 'Wing', 'Unit', 'Practice',
  'Surgery', 'Clinic', 'Hospice', 'Infirmary', 'Hospital', 'Hospitals', 'Centre', 'Center', 'Project', 'Forum',
];

/** Words that start an English organisation name before "of"/"for": "Hospice of St Francis", "University of Leeds". */
export const ORGANISATION_STARTS_EN: readonly string[] = ['Hospice', 'Hospital', 'University', 'Church', 'Society', 'Friends', 'Ysgol'];

/** Words that start an Italian organisation name: "Associazione Genitori Insieme", "Liceo Scientifico …". */
export const ORGANISATION_STARTS_IT: readonly string[] = [
  'Associazione', 'Fondazione', 'Istituto', 'Scuola', 'Liceo', 'Università', 'Parrocchia', 'Comunità', 'Centro',
  'Cooperativa', 'Lega', 'Unione', 'Federazione', 'Caritas', 'Croce Rossa', 'Croce Verde', 'Casa', 'Hospice',
  'Policlinico', 'Ospedale', 'Clinica', 'Ambulatorio', 'Consultorio', 'Circolo', 'Oratorio', 'Convitto',
  'Politecnico', 'Istituto Comprensivo', 'Azienda Ospedaliera', 'Casa di Cura', 'Misericordia',
];

/** Lower-case Italian starts that need a capitalised name after them: "scuola primaria Gianni Rodari". */
export const ORGANISATION_STARTS_IT_LOWER: readonly string[] = [
  'scuola primaria', 'scuola elementare', 'scuola media', 'scuola dell\'infanzia', 'scuola materna', 'asilo',
  'liceo', 'istituto', 'parrocchia', 'reparto', 'reparto di', 'ospedale', 'policlinico', 'clinica',
  'associazione', 'fondazione', 'hospice', 'università', 'università di',
];

/** Hospital wards and services by specialty, capitalised ("in Neurologia", "the Oncology Unit"). */
export const WARD_SPECIALTIES: readonly string[] = [
  'Neurologia', 'Cardiologia', 'Oncologia', 'Ematologia', 'Pediatria', 'Ortopedia', 'Rianimazione',
  'Psichiatria', 'Geriatria', 'Chirurgia', 'Nefrologia', 'Pneumologia', 'Oncoematologia', 'Neonatologia',
  'Ginecologia', 'Ostetricia', 'Gastroenterologia', 'Reumatologia', 'Dermatologia', 'Endocrinologia',
  'Urologia', 'Medicina Interna', 'Terapia Intensiva', 'Neuropsichiatria Infantile', 'Oncoematologia Pediatrica',
  'Oncologia Pediatrica', 'Cure Palliative',
];

/** Health-service and hospital names used alone ("at Addenbrooke's", "al Niguarda", "AVIS"). */
export const KNOWN_ORGANISATIONS: readonly string[] = [
  // hospitals, UK
  "Addenbrooke's", 'Royal Marsden', 'Whipps Cross', 'Evelina', 'Great Ormond Street', 'Alder Hey', 'The Christie',
  'Royal Free', 'Papworth', 'Moorfields', "Guy's", "St Thomas'", 'Royal Brompton', 'Hallamshire', 'Jessop Wing',
  'John Radcliffe', 'Royal Victoria', 'Ninewells', 'Walsgrave', 'Wythenshawe',
  'Southmead', 'Frimley Park', 'Royal Derby', 'Maudsley', 'Bethlem', 'Broadmoor', 'Johns Hopkins',
  'Mayo Clinic',
  // ospedali, Italia
  'Bambino Gesù', 'Besta', 'Careggi', 'Cardarelli', 'Gaslini', 'Gemelli', 'Humanitas', 'Mangiagalli', 'Molinette',
  'Niguarda', 'Rizzoli', 'San Raffaele', "Sant'Orsola", 'Mondino', 'Meyer', 'Santobono', 'Burlo Garofolo',
  'Stella Maris', 'Don Gnocchi', 'Regina Elena', 'Spallanzani', 'Fatebenefratelli', 'Cotugno', 'Pascale',
  'Regina Margherita', 'Sant\'Anna', 'Mauriziano', 'Galliera', 'Le Scotte', 'Cisanello', 'Borgo Trento',
  'Pausilipon', 'Monaldi', 'Ca\' Granda', 'Ospedale dei Bambini', 'Buzzi', 'NeMO', 'Centro NeMO',
  // health and community services
  'Macmillan', 'Marie Curie', 'Age UK', 'Carers UK', 'Citizens Advice', 'Samaritans', "Barnardo's",
  "Maggie's", 'Sue Ryder', 'Caritas', 'AVIS', 'AIL', 'AISM', 'UILDM', 'ANFFAS', 'Telethon', 'Croce Rossa',
  'Sant\'Egidio', 'Comunità di Sant\'Egidio', 'Telefono Azzurro', 'Lega del Filo d\'Oro',
];

/** Italian local health authorities and hospital trusts followed by a place or number: "ASL Roma 2". */
export const HEALTH_AUTHORITIES_IT: readonly string[] = ['ASL', 'ASP', 'AUSL', 'ULSS', 'ATS', 'ASST', 'AOU', 'IRCCS', 'ASUR', 'ASUFC'];
