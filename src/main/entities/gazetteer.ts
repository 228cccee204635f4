/**
 * What Scholia knows about names before reading a word of the notebook:
 * countries, world cities, common organisations and their abbreviations,
 * the titles that stand before a person's name, and the capitalised words
 * that are never entities. compromise misses or mislabels many of these
 * ("Aleppo", "Norway", "UN"); the list is modest on purpose, the tagger
 * and the capitalisation rules find the rest.
 */
import type { EntityKind } from '../../shared/entities';

const COUNTRIES =
  'Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belarus|Belgium|Bolivia|Bosnia|Brazil|Bulgaria|Burma|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Djibouti|Ecuador|Egypt|Eritrea|Estonia|Ethiopia|Finland|France|Gaza|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Malaysia|Mali|Malta|Mexico|Moldova|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|West Bank|Yemen|Zambia|Zimbabwe|Europe|Africa|Asia|Middle East|Latin America|Crimea|Kurdistan|Scotland|Wales|England';

const CITIES =
  'Abu Dhabi|Addis Ababa|Aleppo|Algiers|Amman|Amsterdam|Ankara|Athens|Baghdad|Baku|Bangkok|Barcelona|Basra|Beijing|Beirut|Belgrade|Berlin|Bern|Bogota|Boston|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Cape Town|Caracas|Chicago|Copenhagen|Damascus|Delhi|Deir ez-Zor|Doha|Donetsk|Dubai|Dublin|Edinburgh|Erbil|Fallujah|Frankfurt|Geneva|Hama|Hanoi|Havana|Helsinki|Homs|Hong Kong|Houston|Idlib|Islamabad|Istanbul|Jakarta|Jerusalem|Johannesburg|Kabul|Karachi|Kharkiv|Khartoum|Kiev|Kyiv|Kinshasa|Lagos|Latakia|Lima|Lisbon|London|Los Angeles|Madrid|Manila|Mariupol|Marseille|Mecca|Melbourne|Mexico City|Miami|Milan|Minsk|Mogadishu|Mosul|Moscow|Mumbai|Munich|Nairobi|New Delhi|New York|Odesa|Oslo|Ottawa|Palmyra|Paris|Prague|Pyongyang|Raqqa|Ramallah|Riyadh|Rome|San Francisco|Sanaa|Santiago|Sao Paulo|Seoul|Shanghai|Singapore|Sofia|Stockholm|Sydney|Tehran|Tel Aviv|Tokyo|Toronto|Tripoli|Tunis|Vienna|Vilnius|Warsaw|Washington|Zurich';

const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington State|West Virginia|Wisconsin|Wyoming';

const ORGANISATIONS =
  'United Nations|European Union|NATO|World Health Organization|World Bank|International Monetary Fund|Red Cross|Red Crescent|Islamic State|Al Qaeda|Hezbollah|Hamas|Taliban|Kremlin|White House|Pentagon|State Department|Congress|Senate|Security Council|General Assembly|Amnesty International|Human Rights Watch|Reuters|Associated Press|Agence France-Presse|BBC|CNN|Al Jazeera|Supreme Court|Federal Reserve|European Commission|European Parliament|African Union|Arab League|OPEC|UNICEF|UNHCR|Doctors Without Borders|Free Syrian Army|Syrian Observatory for Human Rights|Nusra Front|FBI|CIA|Google|Apple|Microsoft|Amazon|Facebook|Twitter|Gazprom|Interpol|Europol|World Trade Organization|Organisation for the Prohibition of Chemical Weapons';

/** Abbreviations and other forms of the names above: the form as written → the name it stands for. */
export const BUILT_IN_ALIASES: Readonly<Record<string, string>> = {
  UN: 'United Nations',
  'U.N.': 'United Nations',
  US: 'United States',
  'U.S.': 'United States',
  USA: 'United States',
  'U.S.A.': 'United States',
  America: 'United States',
  UK: 'United Kingdom',
  'U.K.': 'United Kingdom',
  Britain: 'United Kingdom',
  'Great Britain': 'United Kingdom',
  EU: 'European Union',
  'E.U.': 'European Union',
  UAE: 'United Arab Emirates',
  WHO: 'World Health Organization',
  IMF: 'International Monetary Fund',
  ISIS: 'Islamic State',
  ISIL: 'Islamic State',
  IS: 'Islamic State',
  Daesh: 'Islamic State',
  'al-Qaeda': 'Al Qaeda',
  'Al-Qaeda': 'Al Qaeda',
  AFP: 'Agence France-Presse',
  AP: 'Associated Press',
  MSF: 'Doctors Without Borders',
  FSA: 'Free Syrian Army',
  Kiev: 'Kyiv',
  Burma: 'Myanmar',
  OPCW: 'Organisation for the Prohibition of Chemical Weapons',
  WTO: 'World Trade Organization',
  // The AP's state abbreviations that are not also English words, as datelines write them ("SANTA LUCIA, Calif.").
  Ala: 'Alabama',
  Ariz: 'Arizona',
  Ark: 'Arkansas',
  Calif: 'California',
  Colo: 'Colorado',
  Conn: 'Connecticut',
  Fla: 'Florida',
  Ky: 'Kentucky',
  Md: 'Maryland',
  Mich: 'Michigan',
  Minn: 'Minnesota',
  Neb: 'Nebraska',
  Nev: 'Nevada',
  Okla: 'Oklahoma',
  Ore: 'Oregon',
  Tenn: 'Tennessee',
  Tex: 'Texas',
  Vt: 'Vermont',
  Wis: 'Wisconsin',
  Wyo: 'Wyoming',
};

/** Titles and roles that stand before a name and are not part of it; a name after one is a person. */
export const TITLES = new Set(
  'Secretary of State|Secretary-General|Secretary General|Secretary|President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|Defence Minister|Defense Minister|Minister|Chancellor|Senator|Sen.|Rep.|Representative|Governor|Gov.|Mayor|Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Prof.|Professor|General|Gen.|Colonel|Col.|Lieutenant|Lt.|Captain|Capt.|Admiral|King|Queen|Prince|Princess|Sheikh|Pope|Ambassador|Envoy|Special Envoy|Spokesman|Spokeswoman|Judge|Justice|Chief|Commander|Ayatollah|Emir|Sultan|Lord|Lady|Sir|Dame|Leader|Chairman|Chairwoman|Director'.split('|'),
);

/** Words that name the nationality of what follows ("Syrian President", "Iranian counterpart"): never an entity on their own. */
export const DEMONYMS = new Set(
  'American|Afghan|Arab|Australian|Austrian|Belgian|Brazilian|British|Canadian|Chinese|Cuban|Danish|Dutch|Egyptian|English|European|French|German|Greek|Indian|Iranian|Iraqi|Irish|Israeli|Italian|Japanese|Jordanian|Kurdish|Lebanese|Libyan|Mexican|Norwegian|Pakistani|Palestinian|Polish|Russian|Saudi|Scottish|Spanish|Swedish|Swiss|Syrian|Syrians|Turkish|Ukrainian|Western|Yemeni|Sunni|Shia|Shiite|Muslim|Christian|Jewish|Islamist|Soviet'.split('|'),
);

/** Capitalised words that never name an entity: days, months, and words that open sentences or headlines. */
export const NEVER_ENTITIES = new Set(
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Earlier|Later|Today|Yesterday|Tomorrow|Meanwhile|However|But|And|The|A|An|In|On|At|Of|For|With|By|From|This|That|These|Those|It|Its|He|She|They|We|I|You|His|Her|Their|Our|My|Mr|Mrs|Ms|World|Government|State|Minister|President|Secretary|Statement|Reporting|Editing|Photo|Read|More|Related|Share|Updated|Published|End|Document|Copyright|Page|Section|Length|Byline|Body|Staff|Correspondent|Editor|Opinion|Analysis|News|Breaking|Live|Video|Exclusive|Update|Advertisement|Click|Subscribe|Sign|Last|Next|Previous|First|After|Before|When|While|If|As|Some|Many|Most|All|No|Not|Yes|Still|Also|Now|Then|There|Here|What|Who|Why|How|Where|Which|Such|Despite|Although|Since|Until|Under|Over|Among|Between|Against|Without|Within|During|According|Asked|Speaking|Officials|Sources|Police|Army|Rebels|Forces|Troops|People|Men|Women'.split('|'),
);

/** Last words that make an unknown capitalised name an organisation. */
export const ORGANISATION_ENDINGS = new Set(
  'Group|Party|Ministry|Council|Agency|Bank|Company|Corporation|Corp|Corp.|Inc|Inc.|Ltd|Ltd.|University|Committee|Organization|Organisation|Association|Army|Front|Union|Institute|Foundation|Commission|Court|Times|Post|Journal|Network|Authority|Department|Office|Fund|Federation|Movement|Coalition|Alliance|Brigade|Brigades|Club|Parliament|Assembly|Service|Services|Airlines|Press|Tribune|Guardian|Herald|Telegraph|Gazette|Forces|Police|Programme|Program|Research|Brewing|Brewery|Semiconductor|Semiconductors|Technologies|Systems|Labs|Laboratories|Pharmaceuticals|Motors|Holdings|Partners|Railways|Airways|Rovers|Athletic|United|Wanderers|Rangers'.split('|'),
);

/** Every name the gazetteer knows, as written, with its kind. */
export const KNOWN_NAMES: ReadonlyMap<string, EntityKind> = new Map<string, EntityKind>([
  ...COUNTRIES.split('|').map((name) => [name, 'place'] as const),
  ...CITIES.split('|').map((name) => [name, 'place'] as const),
  ...US_STATES.split('|').map((name) => [name, 'place'] as const),
  ...ORGANISATIONS.split('|').map((name) => [name, 'organisation'] as const),
]);

/** The kind of a known name or abbreviation, and the name it stands for; undefined when unknown. */
export function lookUpName(written: string): { kind: EntityKind; name: string } | undefined {
  const name = BUILT_IN_ALIASES[written] ?? written;
  const kind = KNOWN_NAMES.get(name);
  return kind ? { kind, name } : undefined;
}

/** The longest a known name or title runs, in words. */
export const LONGEST_KNOWN = 6;
