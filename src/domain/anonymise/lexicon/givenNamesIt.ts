/**
 * Common Italian given names, with the short forms people use in the room (Beppe, Gigi, Pina) and names
 * common among families who settled in Italy. Names that are also Italian words (Serena, Gioia, Rosa…) are
 * listed here too; `wordLookalikes.ts` says which ones need a name-like context.
 */
export const GIVEN_NAMES_IT: readonly string[] = [
  // donne
  'Ada', 'Adele', 'Agata', 'Agnese', 'Alba', 'Alessandra', 'Alessia', 'Alice', 'Amalia', 'Anastasia', 'Angela',
  'Angelica', 'Anita', 'Anna', 'Annalisa', 'Annamaria', 'Annunziata', 'Antonella', 'Antonia', 'Antonietta',
  'Arianna', 'Assunta', 'Aurora', 'Barbara', 'Beatrice', 'Bella', 'Benedetta', 'Bianca', 'Bruna', 'Camilla',
  'Carla', 'Carlotta', 'Carmela', 'Carmelina', 'Carmen', 'Carolina', 'Caterina', 'Cecilia', 'Celeste', 'Chiara',
  'Cinzia', 'Clara', 'Claudia', 'Concetta', 'Cristina', 'Daniela', 'Debora', 'Diana', 'Domenica', 'Donatella',
  'Dora', 'Elena', 'Eleonora', 'Elisa', 'Elisabetta', 'Elvira', 'Emanuela', 'Emma', 'Enrica', 'Erica', 'Ester',
  'Eugenia', 'Eva', 'Fabiana', 'Federica', 'Filomena', 'Fiorella', 'Flavia', 'Fortunata', 'Franca',
  'Francesca', 'Gabriella', 'Gaia', 'Gemma', 'Giada', 'Gianna', 'Gilda', 'Gina', 'Ginevra', 'Gioia', 'Giorgia',
  'Giovanna', 'Gisella', 'Giulia', 'Giuliana', 'Giuseppina', 'Grazia', 'Graziella', 'Ida', 'Ilaria', 'Ines',
  'Iolanda', 'Irene', 'Isabella', 'Ivana', 'Katia', 'Lara', 'Laura', 'Lea', 'Letizia', 'Lidia', 'Liliana',
  'Lina', 'Livia', 'Lorena', 'Loredana', 'Lorenza', 'Luana', 'Luce', 'Lucia', 'Luciana', 'Lucrezia', 'Luigia',
  'Luisa', 'Maddalena', 'Manuela', 'Mara', 'Marcella', 'Margherita', 'Maria', 'Mariangela', 'Marianna',
  'Marilena', 'Marina', 'Marisa', 'Marta', 'Martina', 'Matilde', 'Melissa', 'Michela', 'Milena', 'Mina',
  'Mirella', 'Miriam', 'Monica', 'Nadia', 'Natascia', 'Nicoletta', 'Nina', 'Noemi', 'Norma', 'Nunzia',
  'Ornella', 'Ottavia', 'Pamela', 'Paola', 'Patrizia', 'Pia', 'Piera', 'Pina', 'Rachele', 'Raffaella',
  'Rebecca', 'Renata', 'Rina', 'Rita', 'Roberta', 'Romina', 'Rosa', 'Rosalba', 'Rosanna', 'Rosaria', 'Rosetta',
  'Rossana', 'Sabrina', 'Samanta', 'Sandra', 'Santina', 'Sara', 'Serena', 'Silvana', 'Silvia', 'Simona',
  'Sofia', 'Sonia', 'Speranza', 'Stefania', 'Stella', 'Susanna', 'Sveva', 'Tamara', 'Teresa', 'Tiziana',
  'Valentina', 'Valeria', 'Vanessa', 'Vera', 'Veronica', 'Vincenza', 'Viola', 'Virginia', 'Vittoria', 'Wanda',
  'Ylenia', 'Zaira',
  // uomini
  'Achille', 'Adriano', 'Agostino', 'Alberto', 'Aldo', 'Alessandro', 'Alessio', 'Alfonso', 'Alfredo', 'Amedeo',
  'Andrea', 'Angelo', 'Antonio', 'Armando', 'Arturo', 'Attilio', 'Augusto', 'Aurelio', 'Bartolomeo', 'Beppe',
  'Bernardo', 'Biagio', 'Bruno', 'Carlo', 'Carmine', 'Cesare', 'Ciro', 'Claudio', 'Corrado', 'Cosimo',
  'Cristian', 'Cristiano', 'Damiano', 'Daniele', 'Dante', 'Dario', 'Davide', 'Domenico', 'Donato', 'Edoardo',
  'Elia', 'Elio', 'Emanuele', 'Emilio', 'Enrico', 'Enzo', 'Ernesto', 'Ettore', 'Eugenio', 'Ezio', 'Fabio',
  'Fabrizio', 'Federico', 'Felice', 'Fortunato', 'Ferdinando', 'Filippo', 'Flavio', 'Francesco', 'Franco', 'Gabriele',
  'Gaetano', 'Giacomo', 'Giancarlo', 'Gianluca', 'Gianni', 'Gigi', 'Gino', 'Gioele', 'Giorgio', 'Giovanni',
  'Girolamo', 'Giulio', 'Giuseppe', 'Guido', 'Ignazio', 'Italo', 'Ivan', 'Ivo', 'Jacopo', 'Lamberto',
  'Leonardo', 'Leone', 'Lino', 'Lorenzo', 'Luca', 'Luciano', 'Lucio', 'Luigi', 'Manuel', 'Marcello', 'Marco',
  'Mario', 'Massimo', 'Matteo', 'Mattia', 'Maurizio', 'Michele', 'Mirko', 'Nando', 'Nanni', 'Niccolò',
  'Nicola', 'Nicolò', 'Nino', 'Orazio', 'Oreste', 'Osvaldo', 'Ottavio', 'Paolo', 'Pasquale', 'Patrizio',
  'Peppe', 'Peppino', 'Pietro', 'Pino', 'Primo', 'Raffaele', 'Renato', 'Renzo', 'Riccardo', 'Rino', 'Roberto',
  'Rocco', 'Rosario', 'Ruggero', 'Salvatore', 'Samuele', 'Sandro', 'Santo', 'Saverio', 'Sergio', 'Silvio',
  'Simone', 'Stefano', 'Tiziano', 'Tommaso', 'Tonino', 'Totò', 'Ugo', 'Umberto', 'Valerio', 'Vincenzo', 'Vito',
  'Vittorio', 'Walter',
  // nomi di una volta, e i diminutivi che si usano in sala
  'Adelina', 'Albina', 'Alda', 'Amelia', 'Amilcare', 'Annetta', 'Armida', 'Arnaldo', 'Battista', 'Betta',
  'Bice', 'Clelia', 'Cristoforo', 'Dina', 'Dino', 'Duilio', 'Edda', 'Egidio', 'Elda', 'Elsa', 'Elvio',
  'Emilia', 'Enea', 'Ennio', 'Enza', 'Ermanno', 'Erminio', 'Evelina', 'Fernanda', 'Fulvio', 'Gastone',
  'Gerardo', 'Giacinta', 'Giampiero', 'Gianfranco', 'Gianpaolo', 'Gigliola', 'Gilberto', 'Giusi', 'Graziano',
  'Irma', 'Lele', 'Lella', 'Livio', 'Loris', 'Luigino', 'Nives', 'Mariella', 'Marinella', 'Maura', 'Mauro', 'Mirco',
  'Nazzareno', 'Nello', 'Nerina', 'Nevio', 'Olga', 'Ombretta', 'Palmira', 'Pasqualina', 'Pierluigi',
  'Pierpaolo', 'Piero', 'Pippo', 'Remo', 'Rinaldo', 'Rolando', 'Romeo', 'Rosina', 'Salvo', 'Sauro', 'Settimio',
  'Silvestro', 'Tecla', 'Titti', 'Tosca', 'Tullio', 'Valter', 'Vanda', 'Vilma', 'Vinicio', 'Virgilio',
  // nomi diffusi tra le famiglie arrivate in Italia
  'Ahmed', 'Amina', 'Fatima', 'Karim', 'Leila', 'Mohamed', 'Omar', 'Samira', 'Yasmine', 'Youssef',
];
