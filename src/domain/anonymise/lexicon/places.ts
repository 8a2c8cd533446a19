/**
 * A small gazetteer: cities, regions and counties in Italy, the UK, Ireland and the US, and hospitals known by
 * name alone. Town names that are everyday words (Reading, Bath, Nice, Prato as "prato") are left out or only
 * match capitalised (every entry here must be capitalised in the text to count).
 */
export const PLACES: readonly string[] = [
  // Italia: città
  'Agrigento', 'Alessandria', 'Ancona', 'Aosta', 'Arezzo', 'Ascoli Piceno', 'Asti', 'Avellino', 'Bari',
  'Barletta', 'Belluno', 'Benevento', 'Bergamo', 'Biella', 'Bologna', 'Bolzano', 'Brescia', 'Brindisi',
  'Cagliari', 'Caltanissetta', 'Campobasso', 'Caserta', 'Catania', 'Catanzaro', 'Chieti', 'Como', 'Cosenza',
  'Cremona', 'Crotone', 'Cuneo', 'Enna', 'Ferrara', 'Firenze', 'Foggia', 'Forlì', 'Frosinone', 'Genova',
  'Gorizia', 'Grosseto', 'Imperia', 'Isernia', "L'Aquila", 'La Spezia', 'Latina', 'Lecce', 'Lecco', 'Livorno',
  'Lodi', 'Lucca', 'Macerata', 'Mantova', 'Massa', 'Matera', 'Messina', 'Milano', 'Modena', 'Monza', 'Napoli',
  'Novara', 'Nuoro', 'Olbia', 'Oristano', 'Padova', 'Palermo', 'Parma', 'Pavia', 'Perugia', 'Pesaro',
  'Pescara', 'Piacenza', 'Pisa', 'Pistoia', 'Pordenone', 'Potenza', 'Prato', 'Ragusa', 'Ravenna',
  'Reggio Calabria', 'Reggio Emilia', 'Rieti', 'Rimini', 'Roma', 'Rovigo', 'Salerno', 'Sassari', 'Savona',
  'Siena', 'Siracusa', 'Sondrio', 'Taranto', 'Teramo', 'Terni', 'Torino', 'Trapani', 'Trento', 'Treviso',
  'Trieste', 'Udine', 'Varese', 'Venezia', 'Verbania', 'Vercelli', 'Verona', 'Vicenza', 'Viterbo',
  // Italia: altri comuni
  'Acerra', 'Afragola', 'Alghero', 'Altamura', 'Casoria', 'Andria', 'Anzio', 'Aprilia', 'Aversa', 'Bassano del Grappa', 'Bitonto',
  'Busto Arsizio', 'Carpi', 'Cefalù', 'Cesena', 'Chiavari', 'Chioggia', 'Cinisello Balsamo', 'Civitavecchia',
  'Conegliano', 'Ercolano', 'Faenza', 'Fano', 'Fiumicino', 'Gallarate', 'Gela', 'Imola', 'Lamezia Terme',
  'Legnano', 'Merano', 'Mestre', 'Molfetta', 'Monfalcone', 'Monopoli', 'Nola', 'Ostia', 'Pomezia',
  'Pozzuoli', 'Rapallo', 'Rovereto', 'Sanremo', 'Sassuolo', 'Senigallia', 'Sesto San Giovanni', 'Tivoli',
  'Torre del Greco', 'Trani', 'Velletri', 'Vibo Valentia',
  // Italian cities in English, foreign cities in Italian
  'Florence', 'Genoa', 'Milan', 'Naples', 'Padua', 'Rome', 'Turin', 'Venice', 'Londra', 'Parigi', 'Berlino',
  'Monaco di Baviera', 'Edimburgo',
  // Italia: regioni
  'Abruzzo', 'Basilicata', 'Calabria', 'Campania', 'Emilia-Romagna', 'Friuli', 'Lazio', 'Liguria',
  'Lombardia', 'Lombardy', 'Marche', 'Molise', 'Piemonte', 'Piedmont', 'Puglia', 'Sardegna', 'Sardinia',
  'Sicilia', 'Sicily', 'Toscana', 'Tuscany', 'Trentino', 'Umbria', "Valle d'Aosta", 'Veneto',
  // UK and Ireland: cities and towns
  'Aberdeen', 'Belfast', 'Birmingham', 'Blackpool', 'Bolton', 'Bournemouth', 'Bradford', 'Brighton', 'Bristol',
  'Cambridge', 'Canterbury', 'Cardiff', 'Carlisle', 'Cork', 'Coventry', 'Derby', 'Derry', 'Dublin', 'Dundee',
  'Edinburgh', 'Exeter', 'Galway', 'Glasgow', 'Gloucester', 'Hull', 'Inverness', 'Ipswich', 'Leeds',
  'Leicester', 'Limerick', 'Liverpool', 'London', 'Luton', 'Manchester', 'Middlesbrough', 'Milton Keynes',
  'Newcastle', 'Norwich', 'Nottingham', 'Oldham', 'Oxford', 'Plymouth', 'Portsmouth', 'Sheffield',
  'Southampton', 'Stockport', 'Stoke-on-Trent', 'Sunderland', 'Swansea', 'Swindon', 'Wakefield', 'Wigan',
  'Wolverhampton', 'Worcester', 'York', 'Barnsley', 'Blackburn', 'Brixton', 'Burnley', 'Camden', 'Chelmsford',
  'Colchester', 'Croydon', 'Darlington', 'Doncaster', 'Durham', 'Gateshead', 'Hackney', 'Halifax', 'Harrogate',
  'Huddersfield', 'Islington', 'Kilkenny', 'Lewisham', 'Northampton', 'Peterborough', 'Rochdale', 'Rotherham',
  'Salford', 'Slough', 'St Helens', 'Stirling', 'Tottenham', 'Warrington', 'Waterford', 'Watford', 'Wembley',
  'Wirral',
  // UK counties and areas
  'Cornwall', 'Cumbria', 'Devon', 'Dorset', 'Essex', 'Hampshire', 'Kent', 'Lancashire', 'Merseyside',
  'Norfolk', 'Somerset', 'Suffolk', 'Surrey', 'Sussex', 'Yorkshire', 'Highlands',
  // US cities
  'Atlanta', 'Austin', 'Baltimore', 'Boston', 'Chicago', 'Cincinnati', 'Cleveland', 'Dallas', 'Denver',
  'Detroit', 'Houston', 'Las Vegas', 'Los Angeles', 'Miami', 'Minneapolis', 'Nashville', 'New Orleans',
  'New York', 'Philadelphia', 'Phoenix', 'Pittsburgh', 'Portland', 'San Antonio', 'San Diego', 'San Francisco',
  'San Jose', 'Seattle', 'St Louis',
];

/** Hospitals and care centres known by a name alone ("al Gaslini", "at Addenbrooke's"). */
export const HOSPITAL_NAMES: readonly string[] = [
  "Addenbrooke's", 'Bambino Gesù', 'Besta', 'Careggi', 'Cardarelli', 'Gaslini', 'Gemelli', 'Humanitas',
  'Johns Hopkins', 'John Radcliffe', 'Mangiagalli', 'Mayo Clinic', 'Molinette', 'Niguarda', 'Rizzoli',
  'Royal Marsden', 'San Raffaele', "Sant'Orsola",
];

/** Words that start an Italian institution name: "Ospedale San Raffaele", "Clinica Mangiagalli". */
export const INSTITUTIONS_IT: readonly string[] = [
  'ospedale', 'policlinico', 'clinica', 'istituto', 'hospice', 'presidio ospedaliero', 'azienda ospedaliera',
  'casa di cura',
];

/** Words that end an English institution name: "St Thomas' Hospital", "Manchester Royal Infirmary". */
export const INSTITUTIONS_EN: readonly string[] = [
  'Hospitals', 'Hospital', 'Infirmary', 'Hospice', 'Clinic', 'Medical Centre', 'Medical Center', 'Health Centre',
];

/** Words that on their own do not name an institution ("the Day Hospital", "Community Hospital"). */
export const GENERIC_INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'at', 'in', 'our', 'my', 'day', 'general', 'community', 'district', 'university', 'children',
  "children's", 'city', 'county', 'local', 'new', 'main', 'national', 'regional', 'private', 'cancer', 'eye',
  'dental', 'mental', 'health', 'royal',
]);

/** Street types, English, as regular-expression source; abbreviations may carry a dot. */
export const STREET_TYPES_EN: readonly string[] = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Lane', 'Ln', 'Drive', 'Dr', 'Close', 'Court', 'Ct',
  'Crescent', 'Way', 'Place', 'Square', 'Sq', 'Gardens', 'Terrace', 'Grove', 'Row', 'Hill', 'Boulevard',
  'Blvd', 'Parkway', 'Walk', 'Mews',
];

/** Street types that name a place even without a house number ("Hope Street"). */
export const STREET_TYPES_EN_NAMED: readonly string[] = [
  'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Lane', 'Drive', 'Crescent', 'Terrace', 'Boulevard', 'Square',
];

/** Street types, Italian, as regular-expression source (case handled by the caller). */
export const STREET_TYPES_IT: readonly string[] = [
  'via', 'viale', 'v\\.le', 'piazza', 'p\\.zza', 'p\\.za', 'piazzale', 'piazzetta', 'corso', 'c\\.so', 'largo',
  'vicolo', 'strada', 'lungomare', 'lungotevere', 'contrada', 'località', 'borgo',
];

/** Two-letter US state codes, for "Springfield, IL 62704". */
export const US_STATES: ReadonlySet<string> = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH',
  'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
]);
