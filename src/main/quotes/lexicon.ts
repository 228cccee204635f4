/**
 * The words attribution turns on: verbs of speaking, pronouns, titles and
 * roles, and the capitalised words that are never a person. Lists, not a
 * tagger, because a list is fast, predictable and can be read and extended
 * by a researcher who finds a word missing.
 */

const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Verbs that attribute a direct quotation ("…," she said / added / told reporters). */
export const CUE_VERBS = words(`
  said says say added adds told tells asked asks explained explains noted notes insisted insists warned warns
  argued argues stated states wrote writes continued continues recalled recalls replied replies responded responds
  declared declares announced announces conceded concedes admitted admits acknowledged acknowledges claimed claims
  suggested suggests observed observes remarked remarks commented comments exclaimed shouted whispered joked
  cautioned cautions urged urges stressed stresses emphasised emphasized maintained maintains predicted predicts
  concluded concludes countered counters tweeted posted recounted recounts lamented laments complained complains
  boasted boasts promised promises vowed vows pledged pledges agreed agrees confirmed confirms reiterated reiterates
  sighed mused pleaded begged demanded demands sagte sagt erklärte betonte meinte déclaré affirmé dit ajouté
  expliqué estimé déclare affirme
`);

/** Verbs that report speech without quoting it ("The UN says nearly …", "Kerry told Russia … to respect …"). */
export const REPORT_VERBS = words(`
  said says told tells warned warns added adds stated states claimed claims argued argues insisted insists
  announced announces noted notes explained explains acknowledged acknowledges admitted admits reported reports
  estimated estimates predicted predicts urged urges denied denies suggested suggests believes believed
  maintained maintains confirmed confirms replied replies sagte sagt erklärte
`);

/** Report verbs that need an object before what was said ("told Russia … to", "urged the council to"). */
export const OBJECT_VERBS = words('told tells urged urges');

/** Words that may stand between a speaker and the verb ("Kerry also said", "the UN has said"). */
export const VERB_FILLERS = words('also later previously repeatedly then again has had have would will had earlier recently once');

export const MALE_PRONOUNS = words('he He');
export const FEMALE_PRONOUNS = words('she She');
/** Pronouns for a group or an organisation: they resolve only to one that spoke before. */
export const GROUP_PRONOUNS = words('they They it It');

/** Courtesy titles, with what they say about the person. */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ...['Mr', 'Mr.', 'Sir', 'Lord', 'Herr', 'M.', 'Monsieur', 'Señor', 'Sr.'].map((t) => [t, 'm'] as const),
  ...['Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dame', 'Lady', 'Frau', 'Mme', 'Mme.', 'Madame', 'Señora', 'Sra.'].map((t) => [t, 'f'] as const),
  ...['Dr', 'Dr.', 'Prof', 'Prof.', 'Professor', 'Rev', 'Rev.', 'Sen.', 'Rep.', 'Gov.', 'Gen.', 'Lt.', 'Col.', 'Sgt.', 'Capt.', 'Insp.', 'Det.'].map(
    (t) => [t, null] as const,
  ),
]);

/** The head word of a role a person can be introduced with and later called by ("the minister said"). */
export const ROLE_HEADS = words(`
  president vice-president minister secretary senator governor mayor chancellor spokesman spokeswoman spokesperson
  director chief executive chairman chairwoman chair ambassador envoy commissioner coach manager captain judge
  prosecutor attorney lawyer professor economist analyst officer official inspector superintendent general colonel
  commander leader premier representative congressman congresswoman mp councillor councilor founder ceo head editor
  researcher scientist doctor surgeon nurse teacher principal headteacher headmaster striker midfielder defender
  goalkeeper player priest bishop archbishop king queen prince princess pope sheriff detective sergeant dean
  treasurer owner chairperson negotiator administrator curator diplomat campaigner organiser organizer activist
  librarian partner engineer wife husband son daughter brother sister friend colleague neighbour neighbor
  pilot farmer driver fisherman author novelist actor actress singer president-elect premier spokesman-elect
`);

/** Capitalised words that start a role title before a name ("Foreign Minister", "Secretary of State"). */
export const TITLE_WORDS = words(`
  President Vice Prime Minister Secretary Senator Governor Mayor Chancellor Foreign Defence Defense Finance Interior
  Health Home Justice Education Trade Energy Environment Culture Transport Labour Labor Economy State General Attorney
  Chief Executive Commissioner Ambassador Envoy Judge Justice Professor Coach Manager Captain Director Chairman
  Chairwoman Spokesman Spokeswoman Representative Congressman Congresswoman Councillor Councilor Inspector
  Superintendent Detective Sergeant Colonel Commander Admiral Lieutenant Major Pope King Queen Prince Princess
  Bishop Archbishop Cardinal Rabbi Imam Sheikh Deputy Acting Former Opposition Party Leader Premier Sheriff Treasurer
  Dean Chair Councilwoman Councilman Assemblyman Assemblywoman Regional Lead Head Vorständin Vorstand Sprecher
  Sprecherin Bürgermeister Bürgermeisterin Bundeskanzler Kanzler Ministerin Minister Präsident Präsidentin Ministre Président Présidente Maire
`);

/** Plural or anonymous sources: their words are quoted, but no one can be named. */
export const ANONYMOUS_HEADS = words(`
  officials official sources source analysts analyst experts expert witnesses witness residents resident critics
  campaigners activists diplomats diplomat observers observer people spokesperson spokesman spokeswoman police
  authorities officers investigators lawyers doctors scientists researchers economists aides aide insiders insider
  insider reader readers viewer neighbours neighbors protesters organisers organizers parents students teachers workers staff
  statement report reports survey study studies poll polls figures data government ministry council company
  department agency committee group organisation organization army military board union unions firm
`);

/** Capitalised words that end an organisation's name: its speaker is the organisation, never a person. */
export const ORGANISATION_WORDS = words(`
  Nations Union Council Committee Ministry Department Office Agency Bank Party Group Organisation Organization
  Association Institute University College School Court Police Service Services Company Corporation Corp Inc Ltd
  Fund Commission Parliament Assembly Congress Senate Government Authority Board Trust Foundation Federation
  Army Navy Force Forces Guard Times Post News Press Network Club Society Centre Center Alliance Coalition Front
  Movement League Church Hospital Council Airport Railways Airlines Motors Labs Reuters AFP Bundestag Kremlin
  Pentagon Commons Lords Ministerium Regierung Gouvernement Élysée State Nations
`);

/** Places (countries, capitals, regions) that speech verbs often follow ("Russia said"). */
export const PLACES = words(`
  Afghanistan Albania Algeria America Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus
  Belgium Bolivia Bosnia Brazil Britain Bulgaria Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba
  Cyprus Czechia Denmark Ecuador Egypt England Estonia Ethiopia Europe Finland France Georgia Germany Ghana Greece
  Haiti Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Korea Kosovo
  Kuwait Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali Malta Mexico Moldova Morocco Myanmar Nepal
  Netherlands Nigeria Norway Oman Pakistan Palestine Peru Philippines Poland Portugal Qatar Romania Russia Rwanda
  Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Thailand
  Tunisia Turkey Uganda Ukraine Uruguay Venezuela Vietnam Wales Yemen Zambia Zimbabwe Washington Moscow London Paris
  Berlin Beijing Tokyo Damascus Aleppo Tehran Kyiv Kiev Brussels Geneva Oslo Rome Madrid Ankara Cairo Baghdad Beirut
  Jerusalem Gaza Delhi Mumbai Sydney Toronto Ottawa Vienna Warsaw Prague Athens Lisbon Dublin Edinburgh Manchester
  Hamburg Munich Frankfurt Lyon Marseille Westminster Whitehall Brussels Africa Asia
`);

/** Capitalised words that begin sentences or dates but never names. */
export const NOT_NAMES = words(`
  The A An In On At For From By With And But Or If When While After Before As It Its This That These Those There
  Their They He She We I You Our His Her Earlier Later Meanwhile However Yet Still Also Since Until Then Now Today
  Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December Speaking Asked According Some Many Most Several Both All Each
  Last Next Under Over About Among Despite During Without Within Although Though Because Where Why How What Who Q
  One Two Three Four Five Ten No Not So Such Mr Mrs Ms Dr Der Die Das Le La Les Un Une Ein Eine Am Im Es Sie Er
`);

/** Given names common enough to tell a person's gender when no title does. */
export const MALE_NAMES = words(`
  John James Michael David Robert William Richard Thomas Mark Paul Peter George Daniel Andrew Joseph Charles Tom
  Ahmed Mohammed Mohammad Muhammad Ali Omar Hassan Sergei Sergey Vladimir Dmitry Ivan Hans Klaus Jürgen Stefan Jean
  Pierre François Luc Marco Giuseppe Carlos José Juan Luis Miguel Raj Arjun Wei Hiroshi Kenji Kwame Olu Ben Sam Jack
  Harry Oliver Luke Matthew Simon Martin Frank Henry Edward Bashar Javad Rahul Tariq Emmanuel Feargal Olaf Boris Keir Rishi
`);

export const FEMALE_NAMES = words(`
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Margaret Sandra Emily Anna
  Maria Fatima Aisha Layla Olga Natalia Elena Angela Ursula Sabine Marie Sophie Claire Camille Isabelle Giulia Lucia
  Carmen Ana Priya Mei Yuki Amara Grace Helen Rachel Rebecca Laura Emma Olivia Charlotte Amelia Jane Kate Catherine
  Nicola Ruth Niamh Teresa Theresa Hillary Kamala Jacinda Annalena Marine Ségolène Amina Nadia Leila Ingrid Astrid
`);

/** Lower-case name particles that stay inside a name ("Bashar al-Assad", "Ursula von der Leyen"). */
export const NAME_PARTICLES = words('al al- bin ibn van von der den de da du le la del della di dos das ter el abu');

/** A title word in any of the forms news writes it: listed, or a compound ending in one ("Verkehrsminister", "Bahn-Vorständin"). */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word) || /(?:minister|ministerin|vorständin|sprecherin|meisterin|-\p{Lu}\p{L}*(?:in|er))$/u.test(word);
}
