// A small bundled gazetteer: places by level, UN bodies and nationalities. Used to type the names a
// briefing mentions and to find distractors of the same level when the material has too few.

/** How a place compares with others: towns are asked with towns, countries with countries. */
export type PlaceLevel = 'country' | 'capital' | 'town' | 'region' | 'continent';

const COUNTRIES =
  'Afghanistan|Algeria|Angola|Argentina|Australia|Austria|Bangladesh|Belgium|Benin|Bolivia|Bosnia and Herzegovina|Brazil|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|Colombia|Côte d’Ivoire|Cyprus|Democratic Republic of the Congo|Denmark|Djibouti|Egypt|Eritrea|Estonia|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Germany|Ghana|Guatemala|Guinea|Guinea-Bissau|Haiti|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Japan|Jordan|Kenya|Kosovo|Lebanon|Liberia|Libya|Madagascar|Malawi|Malaysia|Mali|Mauritania|Mexico|Mongolia|Morocco|Mozambique|Namibia|Nepal|Netherlands|Niger|Nigeria|Norway|Pakistan|Peru|Poland|Portugal|Russia|Rwanda|Senegal|Serbia|Sierra Leone|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Tanzania|Togo|Tunisia|Türkiye|Turkey|Uganda|Ukraine|United Kingdom|United States|Uruguay|Western Sahara|Yemen|Zambia|Zimbabwe';
const CAPITALS =
  'Abidjan|Abuja|Accra|Addis Ababa|Algiers|Bamako|Bangui|Beirut|Bujumbura|Cairo|Conakry|Dakar|Damascus|Freetown|Juba|Kabul|Kampala|Khartoum|Kigali|Kinshasa|Lomé|Luanda|Monrovia|Mogadishu|Nairobi|Niamey|Nouakchott|Ouagadougou|Paris|Beijing|London|Washington|Moscow|Port-au-Prince|Rabat|Tripoli|Tunis|Yaoundé|N’Djamena|Nicosia|Pristina|Porto-Novo';
const TOWNS =
  'Gao|Sévaré|Mopti|Timbuktu|Tombouctou|Kidal|Ménaka|Tessalit|Aguelhok|Ségou|Goma|Bunia|Beni|Bukavu|Uvira|Bentiu|Malakal|Bor|Wau|El Fasher|Nyala|El Geneina|Zalingei|Naqoura|Tyre|Laayoune|Tindouf|Bria|Bambari|Kaga-Bandoro|Buchanan|Gbarnga|New York|Geneva|Brindisi|Entebbe';
const REGIONS =
  'West Africa|East Africa|Central Africa|North Africa|Southern Africa|the Sahel|Sahel|the Middle East|Middle East|Darfur|North Kivu|South Kivu|Ituri|Kivu|Azawad|the Great Lakes|Great Lakes|Unity State|Upper Nile|Jonglei|South Lebanon|the Blue Line|Blue Line|Abyei|Horn of Africa|the Balkans';
const CONTINENTS = 'Africa|Asia|Europe|Latin America|North America|South America|Oceania';

/** UN organs, offices and posts: organisations, never places. */
export const UN_BODIES: readonly string[] = [
  'Security Council',
  'General Assembly',
  'Secretary-General',
  'Secretariat',
  'Economic and Social Council',
  'International Court of Justice',
  'Human Rights Council',
  'Peacebuilding Commission',
  'Department of Peace Operations',
  'Department of Peacekeeping Operations',
  'UNHCR',
  'UNICEF',
  'UNDP',
  'World Food Programme',
  'African Union',
  'European Union',
  'ECOWAS',
];

/** Nationality adjectives; `French forces` is an organisation, `Chinese` alone a nationality. */
export const NATIONALITIES: readonly string[] = (
  'African|Algerian|American|Bangladeshi|Beninese|Brazilian|British|Burkinabe|Burundian|Cambodian|Cameroonian|Canadian|Chadian|Chinese|Congolese|Danish|Dutch|Egyptian|Ethiopian|French|German|Ghanaian|Guinean|Indian|Indonesian|Irish|Italian|Ivorian|Japanese|Jordanian|Kenyan|Lebanese|Liberian|Malian|Mauritanian|Moroccan|Nepalese|Nepali|Nigerian|Nigerien|Norwegian|Pakistani|Portuguese|Russian|Rwandan|Senegalese|Sierra Leonean|Somali|South Sudanese|Spanish|Sudanese|Swedish|Syrian|Tanzanian|Togolese|Tunisian|Turkish|Ugandan|Ukrainian|Uruguayan|Zambian|Israeli|Sahrawi|Western|European|Asian'
).split('|');

const table = new Map<string, PlaceLevel>();
const add = (names: string, level: PlaceLevel): void => {
  for (const n of names.split('|')) table.set(n.toLowerCase(), level);
};
add(COUNTRIES, 'country');
add(CAPITALS, 'capital');
add(TOWNS, 'town');
add(REGIONS, 'region');
add(CONTINENTS, 'continent');

const unBodies = new Set(UN_BODIES.map((b) => b.toLowerCase()));
const nationalities = new Set(NATIONALITIES.map((n) => n.toLowerCase()));

/** The level of a known place, or undefined. Case-insensitive; a leading `the` is optional. */
export function placeLevel(name: string): PlaceLevel | undefined {
  const key = name.toLowerCase();
  return table.get(key) ?? table.get(key.replace(/^the /, ''));
}

export const isUnBody = (name: string): boolean => unBodies.has(name.toLowerCase().replace(/^the /, ''));
export const isNationality = (word: string): boolean => nationalities.has(word.toLowerCase());

/**
 * Capitals and towns are asked together (both are settlements), as are regions and continents;
 * countries stand alone.
 */
export function sameLevel(a: PlaceLevel, b: PlaceLevel): boolean {
  const group = (l: PlaceLevel): number => (l === 'capital' || l === 'town' ? 0 : l === 'country' ? 1 : 2);
  return group(a) === group(b);
}

const AFRICA = new Set(
  'Algeria|Angola|Benin|Burkina Faso|Burundi|Cameroon|Central African Republic|Chad|Côte d’Ivoire|Democratic Republic of the Congo|Djibouti|Egypt|Eritrea|Ethiopia|Gabon|Gambia|Ghana|Guinea|Guinea-Bissau|Kenya|Liberia|Libya|Madagascar|Malawi|Mali|Mauritania|Morocco|Mozambique|Namibia|Niger|Nigeria|Rwanda|Senegal|Sierra Leone|Somalia|South Africa|South Sudan|Sudan|Tanzania|Togo|Tunisia|Uganda|Western Sahara|Zambia|Zimbabwe'.split('|'),
);

/** Whether a country is in Africa: an African country is asked among African countries. */
export const isAfrican = (country: string): boolean => AFRICA.has(country);

// The gazetteer's towns and capitals outside Africa; all the others are African.
const ELSEWHERE = new Set('Paris|Beijing|London|Washington|Moscow|Port-au-Prince|Beirut|Damascus|Kabul|Nicosia|Pristina|New York|Geneva|Brindisi|Naqoura|Tyre'.split('|'));

/** Whether a known town or capital is in Africa: a Malian town is asked among African towns, never beside London. */
export function isAfricanSettlement(name: string): boolean {
  const level = placeLevel(name);
  return (level === 'town' || level === 'capital') && !ELSEWHERE.has(name);
}

/** Known places at a level, in the gazetteer's order (for deterministic distractors). */
export function placesAt(level: PlaceLevel): string[] {
  const src = { country: COUNTRIES, capital: CAPITALS, town: TOWNS, region: REGIONS, continent: CONTINENTS }[level];
  return src.split('|').filter((n) => !n.startsWith('the '));
}

/** UN and regional peace operations with their long forms: distractors for acronyms and missions. */
export const MISSIONS: readonly { acronym: string; expansion: string }[] = [
  { acronym: 'MINUSCA', expansion: 'United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic' },
  { acronym: 'MONUSCO', expansion: 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo' },
  { acronym: 'UNMISS', expansion: 'United Nations Mission in South Sudan' },
  { acronym: 'UNIFIL', expansion: 'United Nations Interim Force in Lebanon' },
  { acronym: 'UNAMID', expansion: 'African Union-United Nations Hybrid Operation in Darfur' },
  { acronym: 'MINURSO', expansion: 'United Nations Mission for the Referendum in Western Sahara' },
  { acronym: 'UNMIL', expansion: 'United Nations Mission in Liberia' },
  { acronym: 'UNOCI', expansion: 'United Nations Operation in Côte d’Ivoire' },
  { acronym: 'MINUSTAH', expansion: 'United Nations Stabilization Mission in Haiti' },
  { acronym: 'AMISOM', expansion: 'African Union Mission in Somalia' },
  { acronym: 'UNMIK', expansion: 'United Nations Interim Administration Mission in Kosovo' },
  { acronym: 'UNFICYP', expansion: 'United Nations Peacekeeping Force in Cyprus' },
];
