// Turns the JSON of @etalab/decoupage-administratif (installed by `npm ci` in platform/kernel) into the one
// compact resource that fr.passerelle.kernel.geography.OfficialGeography reads: geography/geography.tsv.gz.
// Run by the kernel's build (exec-maven-plugin, generate-resources): node src/build/geography.mjs <output dir>
//
// What is kept, and why (the Java side documents the same choices):
// - régions and départements of metropolitan France and of the five DROM (971 to 974, 976); the overseas
//   collectivities (975, 977, 978, 984, 986 to 989), which the package lists as pseudo-départements and
//   pseudo-régions, are left out: they are neither in the COG's list of régions nor of départements;
// - current communes only (INSEE type COM, "commune-actuelle") of those départements, with their population;
// - arrondissements municipaux (Paris, Lyon, Marseille) and communes déléguées or associées as aliases that
//   lead to the current commune they belong to (never as communes);
// - EPCI à fiscalité propre (DGCL) with the INSEE codes of their member communes.
// The build fails on anything inconsistent, so that a new package version cannot slip bad data in silently.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const PACKAGE = 'node_modules/@etalab/decoupage-administratif';
const out = process.argv[2];
if (!out) {
  fail('usage: node src/build/geography.mjs <output directory>');
}

const read = (file) => JSON.parse(readFileSync(join(PACKAGE, file), 'utf8'));
const version = read('package.json').version;
const regions = read('data/regions.json').filter((r) => r.zone !== 'com');
const departements = read('data/departements.json').filter((d) => d.zone !== 'com');
const communes = read('data/communes.json');
const epcis = read('data/epci.json');

const regionCodes = new Set(regions.map((r) => r.code));
const departementCodes = new Set(departements.map((d) => d.code));
const current = communes.filter((c) => c.type === 'commune-actuelle' && departementCodes.has(c.departement));
const currentByCode = new Map(current.map((c) => [c.code, c]));

const lines = [['V', version]];
for (const r of sorted(regions)) {
  lines.push(['R', r.code, r.nom]);
}
for (const d of sorted(departements)) {
  check(regionCodes.has(d.region), `département ${d.code}: unknown région ${d.region}`);
  lines.push(['D', d.code, d.nom, d.region]);
}
for (const c of sorted(current)) {
  check(/^(\d\d|2A|2B)\d{3}$/.test(c.code), `commune code ${c.code}`);
  const departement = departements.find((d) => d.code === c.departement);
  check(departement.region === c.region, `commune ${c.code}: région ${c.region}, its département says ${departement.region}`);
  check(Number.isInteger(c.population) && c.population >= 0, `commune ${c.code}: population ${c.population}`);
  lines.push(['C', c.code, c.nom, c.departement, String(c.population)]);
}

// An alias is another code that designates (part of) a current commune. A code that is itself a current
// commune (a commune nouvelle keeps its chef-lieu's code) is that commune, never an alias.
const aliases = new Map();
for (const c of communes) {
  const target = c.type === 'arrondissement-municipal' ? c.commune
    : c.type === 'commune-deleguee' || c.type === 'commune-associee' ? c.chefLieu : null;
  if (target === null || currentByCode.has(c.code) || !departementCodes.has(c.departement)) {
    continue;
  }
  check(currentByCode.has(target), `${c.type} ${c.code}: its commune ${target} is not a current commune`);
  check(!aliases.has(c.code) || aliases.get(c.code).target === target, `${c.code} belongs to two communes`);
  aliases.set(c.code, { code: c.code, target, type: c.type });
}
for (const a of sorted([...aliases.values()])) {
  lines.push(['A', a.code, a.target, a.type]);
}

const members = new Set();
for (const e of [...epcis].sort((a, b) => compare(a.code, b.code))) {
  check(/^\d{9}$/.test(e.code), `EPCI SIREN ${e.code}`);
  const codes = e.membres.map((m) => m.code).sort(compare);
  for (const code of codes) {
    check(currentByCode.has(code), `EPCI ${e.code}: member ${code} is not a current commune`);
    check(!members.has(code), `commune ${code} is in two EPCI`);
    members.add(code);
  }
  check(codes.length > 0, `EPCI ${e.code} has no member`);
  lines.push(['E', e.code, e.type, e.nom, codes.join(',')]);
}

for (const line of lines) {
  for (const field of line) {
    check(typeof field === 'string' && field.length > 0 && !/[\t\r\n]/.test(field), `bad field ${JSON.stringify(field)} in ${line}`);
  }
}
const text = lines.map((line) => line.join('\t')).join('\n') + '\n';
mkdirSync(join(out, 'geography'), { recursive: true });
const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
writeFileSync(join(out, 'geography', 'geography.tsv.gz'), gz);
console.log(`geography ${version}: ${regions.length} régions, ${departements.length} départements, `
  + `${current.length} communes, ${aliases.size} aliases, ${epcis.length} EPCI; `
  + `${text.length} characters, ${gz.length} bytes gzipped`);

function sorted(items) {
  return [...items].sort((a, b) => compare(a.code, b.code));
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function check(condition, message) {
  if (!condition) {
    fail(`decoupage-administratif ${version}: ${message}`);
  }
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
