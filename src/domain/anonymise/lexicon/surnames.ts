/**
 * Common surnames that are not also ordinary words, so a capitalised one can be taken as a name on its own.
 * Surnames that are words (Costa, Gallo, Brown, Green…) are left out: they are found after a first name or a
 * title instead.
 */
export const SURNAMES: readonly string[] = [
  // English-speaking countries
  'Adeyemi', 'Ahmed', 'Allen', 'Anderson', 'Bennett', 'Campbell', 'Carter', 'Chen', 'Clarke', 'Collins',
  'Davies', 'Davis', 'Doherty', 'Edwards', 'Evans', 'Fitzgerald', 'Gallagher', 'Garcia', 'Harris', 'Hughes',
  'Hussain', 'Jackson', 'Johnson', 'Johnston', 'Jones', 'Kaur', 'Kelly', 'Kennedy', 'Khan', 'Lewis',
  'MacDonald', 'Martinez', 'McDonald', 'Miller', 'Mitchell', 'Morgan', 'Morris', 'Murphy', 'Murray', 'Nguyen',
  "O'Brien", "O'Connor", "O'Neill", 'Okafor', 'Patel', 'Phillips', 'Roberts', 'Robinson', 'Rodriguez', 'Rogers',
  'Shah', 'Singh', 'Smith', 'Stewart', 'Sullivan', 'Taylor', 'Thompson', 'Thomson', 'Wang', 'Watson',
  'Williams', 'Wilson', 'Wright',
  // Italia
  'Barbieri', 'Basile', 'Bellini', 'Benedetti', 'Bernardi', 'Bertolini', 'Bianchi', 'Bonomi', 'Brambilla',
  'Caputo', 'Caruso', 'Cattaneo', 'Cirillo', 'Coppola', 'Costantini', "D'Agostino", "D'Amico", "D'Angelo",
  'Donati', 'Esposito', 'Fabbri', 'Ferrante', 'Ferraro', 'Ferrero', 'Ferretti', 'Ferri', 'Fumagalli',
  'Galbiati', 'Galli', 'Gentili', 'Giordano', 'Giuliani', 'Grassi', 'Guidi', 'Lombardi', 'Lombardo',
  'Mancini', 'Marchetti', 'Marchi', 'Mariani', 'Marini', 'Martinelli', 'Mazzoni', 'Milani', 'Montanari',
  'Morelli', 'Moretti', 'Orlandi', 'Pagano', 'Palmieri', 'Palumbo', 'Parisi', 'Pellegrini', 'Pellegrino',
  'Piras', 'Pozzi', 'Ricci', 'Rinaldi', 'Rizzi', 'Rizzo', 'Rossetti', 'Rossi', 'Ruggiero', 'Russo', 'Sanna',
  'Santoro', 'Sartori', 'Silvestri', 'Sorrentino', 'Valentini', 'Vitali', 'Zanetti',
];
