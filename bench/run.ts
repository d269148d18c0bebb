/**
 * `npm run bench [-- --quick] [-- --only bulk,latency]`: this package against n8n's built-in ActiveCampaign node,
 * in-process, against the sandbox with its 5 requests/second limit on. Writes bench/RESULTS.md (RESULTS.quick.md with
 * --quick; RESULTS.<names>.md with --only). Scenarios are listed in SCENARIOS below: add one there.
 *
 * Not a test: it measures. Wall time, requests the sandbox received, 429s it answered, items out (and how many
 * are error items, and how many of those are 429s), and the peak RSS of this process (sandbox included).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { IDataObject, INodeExecutionData, INodeParameters, INodeType, INode } from 'n8n-workflow';

import { ActiveCampaignTokenApi } from '../credentials/ActiveCampaignTokenApi.credentials';
import { startSandbox, type Sandbox } from '../sandbox';
import { BUILTIN_VERSION, loadBuiltin } from './builtin';
import { runBenchNode, type BenchRunResult } from './runner';

const QUICK = process.argv.includes('--quick');
const ONLY = (() => {
	const at = process.argv.indexOf('--only');
	return at >= 0 ? (process.argv[at + 1] ?? '').split(',').filter(Boolean) : undefined;
})();
const SIZES = QUICK
	? { contacts: 1000, upserts: 100, tagItems: 40 }
	: { contacts: 10_000, upserts: 1000, tagItems: 200 };
const RATE_LIMIT = 5;
const LATENCY_MS = 20;
/** Pacing a workflow can add around the built-in node (Loop Over Items of 5 + Wait): one chunk per 1.1 s. */
const PACED_CHUNK = 5;
const PACED_INTERVAL_MS = 1100;

interface Measurement {
	scenario: string;
	variant: string;
	wallMs: number;
	requests: number;
	tooMany: number;
	itemsOut: number;
	errorItems: number;
	errorItems429: number;
	peakRssMb: number;
	note?: string;
	/** What the run's output was checked against (e.g. the sandbox's records), when the scenario checks it. */
	check?: string;
}

let sandbox: Sandbox;
let ourNode: INodeType;
/** Loaded on first use: only the scenarios that compare with the built-in node need it. */
let builtin: ReturnType<typeof loadBuiltin> | undefined;
const results: Measurement[] = [];

const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

async function ours(parameters: INodeParameters, input: INodeExecutionData[], settings?: Partial<INode>) {
	return await runBenchNode({
		nodeType: ourNode,
		packageName: 'n8n-nodes-activecampaign',
		credentialType: new ActiveCampaignTokenApi(),
		credentials: { url: sandbox.url, apiToken: sandbox.token },
		parameters,
		input,
		settings,
	});
}

async function theirs(parameters: INodeParameters, input: INodeExecutionData[], settings?: Partial<INode>) {
	builtin ??= loadBuiltin();
	return await runBenchNode({
		nodeType: builtin.nodeType,
		packageName: 'n8n-nodes-base',
		credentialType: builtin.credentialType,
		credentials: { apiUrl: sandbox.url, apiKey: sandbox.token },
		parameters,
		input,
		settings,
	});
}

/** The built-in node fed 5 items at a time, 1.1 s apart: what a workflow must do to stay under 5 req/s. */
async function theirsPaced(parameters: INodeParameters, input: INodeExecutionData[]): Promise<BenchRunResult> {
	const items: INodeExecutionData[] = [];
	for (let start = 0; start < input.length; start += PACED_CHUNK) {
		const began = Date.now();
		const chunk = await theirs(parameters, input.slice(start, start + PACED_CHUNK), { onError: 'continueRegularOutput' });
		items.push(...chunk.items);
		const wait = PACED_INTERVAL_MS - (Date.now() - began);
		if (wait > 0 && start + PACED_CHUNK < input.length) await sleep(wait);
	}
	return { items };
}

function errorText(item: INodeExecutionData): string | undefined {
	const error = item.json.error ?? item.error;
	if (error === undefined) return undefined;
	if (typeof error === 'string') return error;
	const record = error as IDataObject;
	return `${String(record.httpCode ?? '')} ${String(record.message ?? '')} ${String(record.description ?? '')}`;
}

async function measure(
	scenario: string,
	variant: string,
	prepare: () => void,
	execute: () => Promise<BenchRunResult>,
	check?: (result: BenchRunResult) => string,
): Promise<Measurement> {
	prepare();
	(global as { gc?: () => void }).gc?.();
	sandbox.requests.length = 0;
	let peak = process.memoryUsage.rss();
	const sampler = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage.rss());
	}, 20);
	const started = Date.now();
	let result: BenchRunResult;
	try {
		result = await execute();
	} finally {
		clearInterval(sampler);
	}
	const wallMs = Date.now() - started;
	peak = Math.max(peak, process.memoryUsage.rss());
	const errors = result.items.map(errorText).filter((text): text is string => text !== undefined);
	const nodeError = result.error ? `${String(result.error.httpCode ?? '')} ${String(result.error.message ?? '')}` : undefined;
	const measurement: Measurement = {
		scenario,
		variant,
		wallMs,
		requests: sandbox.requests.length,
		tooMany: sandbox.requests.filter((request) => request.status === 429).length,
		itemsOut: result.items.length,
		errorItems: errors.length,
		errorItems429: errors.filter((text) => /429|too many requests/i.test(text)).length,
		peakRssMb: Math.round(peak / 1024 / 1024),
		note: nodeError ? `node failed: ${nodeError.trim()}` : undefined,
		check: check?.(result),
	};
	results.push(measurement);
	process.stdout.write(`${JSON.stringify(measurement)}\n`);
	await sleep(1500); // let the sandbox's one-second window empty between runs
	return measurement;
}

function people(count: number, prefix: string): INodeExecutionData[] {
	return Array.from({ length: count }, (_, i) => ({
		json: { email: `${prefix}.${i}@bench.example.com`, firstName: `First${i}`, lastName: `Last${i}` },
	}));
}

function freshAccount(contacts?: number): () => void {
	return () => {
		sandbox.reset({ seed: true });
		if (contacts !== undefined) sandbox.addContacts(contacts - sandbox.store.table('contacts').size);
	};
}

async function scenarioReadAll() {
	const name = `1. Return All of ${SIZES.contacts.toLocaleString('en-US')} contacts`;
	await measure(name, 'this package: Contact > Get Many, Return All', freshAccount(SIZES.contacts), async () =>
		await ours({ resource: 'contact', operation: 'getAll', returnAll: true }, [{ json: {} }]),
	);
	await measure(name, 'built-in: Contact > Get All, Return All', freshAccount(SIZES.contacts), async () =>
		await theirs({ resource: 'contact', operation: 'getAll', returnAll: true }, [{ json: {} }], {
			onError: 'continueRegularOutput',
		}),
	);
}

async function scenarioUpsert() {
	const name = `2. Create or update ${SIZES.upserts.toLocaleString('en-US')} contacts from ${SIZES.upserts.toLocaleString('en-US')} items`;
	const input = people(SIZES.upserts, 'upsert');
	const ourFields = { firstName: '={{ $json.firstName }}', lastName: '={{ $json.lastName }}' };
	await measure(name, 'this package: Contact > Create or Update Many (bulk import)', freshAccount(), async () =>
		await ours(
			{ resource: 'contact', operation: 'importMany', importEmail: '={{ $json.email }}', importFields: ourFields },
			input,
			{ onError: 'continueRegularOutput' },
		),
	);
	await measure(name, 'this package: Contact > Create or Update, per item', freshAccount(), async () =>
		await ours(
			{ resource: 'contact', operation: 'upsert', contactUpsertEmail: '={{ $json.email }}', contactAdditionalFields: ourFields },
			input,
			{ onError: 'continueRegularOutput' },
		),
	);
	const theirParameters = {
		resource: 'contact',
		operation: 'create',
		email: '={{ $json.email }}',
		updateIfExists: true,
		additionalFields: ourFields,
	};
	await measure(name, 'built-in: Contact > Create (Update If Exists), as is', freshAccount(), async () =>
		await theirs(theirParameters, input, { onError: 'continueRegularOutput' }),
	);
	await measure(name, `built-in, paced by the workflow (${PACED_CHUNK} items / ${PACED_INTERVAL_MS / 1000} s)`, freshAccount(), async () =>
		await theirsPaced(theirParameters, input),
	);
}

const TWO_DAYS_MS = 2 * 24 * 3600_000;

/**
 * Create or Update Many where half the contacts already exist: ActiveCampaign's importer names only the contacts it
 * created (FACTS §1), so the IDs of the updated ones are found by the node itself. Run twice: with a server that
 * honours the time of day in `filters[updated_after]`, and with one that reads only the date.
 */
async function scenarioBulkUpdates() {
	const total = QUICK ? 200 : 1000;
	const existing = total / 2;
	const name = `4. Create or Update Many: ${total.toLocaleString('en-US')} contacts, ${existing.toLocaleString('en-US')} of them already in the account`;
	let input: INodeExecutionData[] = [];
	let existingEmails = new Set<string>();
	const prepare = (precision: 'time' | 'day') => () => {
		sandbox.reset({ seed: true });
		sandbox.setDateFilterPrecision(precision);
		sandbox.addContacts(existing);
		const rows = sandbox.store.table('contacts').all().slice(-existing);
		for (const row of rows) row._u = Date.now() - TWO_DAYS_MS;
		existingEmails = new Set(rows.map((row) => String(row.email).toLowerCase()));
		const known = rows.map((row, i) => ({ json: { email: i % 2 ? String(row.email).toUpperCase() : String(row.email), firstName: `Again${i}` } }));
		const fresh = people(total - existing, 'bulk-new');
		input = known.flatMap((item, i) => [item, fresh[i]]);
	};
	/** Every item: the ID of the contact with its email, and `created` true exactly for the new ones. */
	const check = (result: BenchRunResult) => {
		let right = 0;
		result.items.forEach((item, index) => {
			const email = String(input[index].json.email).toLowerCase();
			const row = sandbox.store.table('contacts').find((contact) => String(contact.email).toLowerCase() === email);
			if (row && item.json.id === row.id && item.json.created === !existingEmails.has(email)) right++;
		});
		const byPath = new Map<string, number>();
		for (const request of sandbox.requests) {
			const key = `${request.method} ${request.path.replace(/^\/api\/3/, '')}`;
			byPath.set(key, (byPath.get(key) ?? 0) + 1);
		}
		const requests = [...byPath].map(([key, count]) => `${count} ${key}`).join(', ');
		return `${right} of ${input.length} items with the right ID and created flag (requests: ${requests})`;
	};
	const parameters = {
		resource: 'contact',
		operation: 'importMany',
		importEmail: '={{ $json.email }}',
		importFields: { firstName: '={{ $json.firstName }}' },
	};
	for (const precision of ['time', 'day'] as const) {
		const server = precision === 'time' ? 'server honours the time of day' : 'server reads only the date';
		await measure(name, `this package: Create or Update Many (${server})`, prepare(precision), async () =>
			await ours(parameters, input, { onError: 'continueRegularOutput' }),
		check);
	}
}

/** Pages of 100 a Return All of `count` contacts needs at the least: its rate-limit floor is pages / 5 seconds. */
const pagesFor = (count: number) => Math.ceil(count / 100);

/** Every contact of the account exactly once, in ID order. */
function everyContactOnce(result: BenchRunResult): string {
	const ids = result.items.map((item) => Number(item.json.id));
	const expected = sandbox.store.table('contacts').all().map((row) => Number(row.id)).sort((a, b) => a - b);
	const same = ids.length === expected.length && ids.every((id, index) => id === expected[index]);
	return same ? `every contact once, in ID order (${ids.length})` : `WRONG: ${ids.length} items for ${expected.length} contacts`;
}

/**
 * 5. Real accounts answer in 200-800 ms. Return All and per-item Create or Update at several latencies, against
 * the strict limiter (arrivals in a sliding second); the floor is what 5 requests a second allow. And the memory
 * of a Return All of 100,000 contacts.
 */
async function scenarioLatency() {
	const latencies: Array<{ label: string; latency: number | { min: number; max: number } }> = [
		{ label: '0 ms', latency: 0 },
		{ label: '300 ms', latency: 300 },
		{ label: '200-800 ms random', latency: { min: 200, max: 800 } },
	];
	const reads = QUICK ? [3000] : [3000, 10_000];
	try {
		for (const count of reads) {
			const name = `5. Return All of ${count.toLocaleString('en-US')} contacts (${pagesFor(count)} pages: floor ${seconds((pagesFor(count) / RATE_LIMIT) * 1000)} s)`;
			for (const { label, latency } of latencies) {
				if (count > 3000 && latency === 0) continue;
				await measure(name, `this package, latency ${label}`, () => {
					freshAccount(count)();
					sandbox.setLatency(latency);
				}, async () => await ours({ resource: 'contact', operation: 'getAll', returnAll: true }, [{ json: {} }]), everyContactOnce);
			}
		}
		const upserts = 100;
		const upsertName = `5. Create or Update ${upserts} contacts, per item (floor ${seconds((upserts / RATE_LIMIT) * 1000)} s)`;
		for (const { label, latency } of [latencies[0], { label: '200-400 ms random', latency: { min: 200, max: 400 } }]) {
			await measure(upsertName, `this package, latency ${label}`, () => {
				freshAccount()();
				sandbox.setLatency(latency);
			}, async () =>
				await ours(
					{ resource: 'contact', operation: 'upsert', contactUpsertEmail: '={{ $json.email }}', contactAdditionalFields: { firstName: '={{ $json.firstName }}' } },
					people(upserts, 'latency'),
					{ onError: 'continueRegularOutput' },
				),
			);
		}
		if (!QUICK) {
			const count = 100_000;
			await measure(`5. Return All of ${count.toLocaleString('en-US')} contacts (memory; floor ${seconds((pagesFor(count) / RATE_LIMIT) * 1000)} s)`, `this package, latency ${LATENCY_MS} ms`, () => {
				freshAccount(count)();
				sandbox.setLatency(LATENCY_MS);
			}, async () => await ours({ resource: 'contact', operation: 'getAll', returnAll: true }, [{ json: {} }]), everyContactOnce);
		}
	} finally {
		sandbox.setLatency(LATENCY_MS);
	}
}

async function scenarioTag() {
	const name = `3. Add a tag to ${SIZES.tagItems} contacts (${SIZES.tagItems} items)`;
	let input: INodeExecutionData[] = [];
	let tagId = '';
	const prepare = () => {
		sandbox.reset({ seed: true });
		sandbox.addContacts(SIZES.tagItems);
		const contacts = sandbox.store.table('contacts').all().slice(-SIZES.tagItems);
		input = contacts.map((row) => ({ json: { contactId: row.id } }));
		const now = Date.now();
		tagId = sandbox.store.table('tags').insert({ _c: now, _u: now, tag: 'Bench Tag', tagType: 'contact', description: '' }).id;
	};
	await measure(name, 'this package: Contact Tag > Add, tag by name', prepare, async () =>
		await ours(
			{
				resource: 'contactTag',
				operation: 'add',
				contactTagContact: { __rl: true, mode: 'id', value: '={{ $json.contactId }}' },
				contactTagTag: { __rl: true, mode: 'name', value: 'Bench Tag' },
			},
			input,
			{ onError: 'continueRegularOutput' },
		),
	);
	const theirParameters = () => ({ resource: 'contactTag', operation: 'add', contactId: '={{ $json.contactId }}', tagId });
	await measure(name, 'built-in: Contact Tag > Add, tag by ID, as is', prepare, async () =>
		await theirs(theirParameters(), input, { onError: 'continueRegularOutput' }),
	);
	await measure(name, `built-in, paced by the workflow (${PACED_CHUNK} items / ${PACED_INTERVAL_MS / 1000} s)`, prepare, async () =>
		await theirsPaced(theirParameters(), input),
	);
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

function table(): string {
	const lines = [
		'| Scenario | Variant | Wall time (s) | Requests sent | 429s met | Items out | Error items (of which 429) | Peak RSS (MB) | Note |',
		'|---|---|---:|---:|---:|---:|---:|---:|---|',
	];
	for (const r of results) {
		const note = [r.note, r.check].filter(Boolean).join('; ');
		lines.push(
			`| ${r.scenario} | ${r.variant} | ${seconds(r.wallMs)} | ${r.requests} | ${r.tooMany} | ${r.itemsOut} | ${r.errorItems} (${r.errorItems429}) | ${r.peakRssMb} | ${note} |`,
		);
	}
	return lines.join('\n');
}

function find(scenarioPrefix: string, variantPrefix: string): Measurement | undefined {
	return results.find((r) => r.scenario.startsWith(scenarioPrefix) && r.variant.startsWith(variantPrefix));
}

function headlines(): string[] {
	const lines: string[] = [];
	const read = find('1.', 'this package');
	if (read) {
		const floorMs = (read.requests / RATE_LIMIT) * 1000;
		lines.push(
			`- Scenario 1: ${read.requests} requests in ${seconds(read.wallMs)} s = ${(read.wallMs / floorMs).toFixed(2)}x the rate-limit floor (${read.requests} / ${RATE_LIMIT} per second = ${seconds(floorMs)} s); 429s met: ${read.tooMany}, 429s reaching the user: ${read.errorItems429}, items out: ${read.itemsOut}.`,
		);
		const theirRead = find('1.', 'built-in');
		if (theirRead) {
			lines.push(
				`- Scenario 1, built-in: ${theirRead.itemsOut - theirRead.errorItems} contacts out, ${theirRead.errorItems429} error item(s) from 429 after ${theirRead.requests} requests (${theirRead.tooMany} answered 429). ${theirRead.note ?? ''}`.trim(),
			);
		}
	}
	const bulk = find('2.', 'this package: Contact > Create or Update Many');
	const upsert = find('2.', 'this package: Contact > Create or Update, per');
	const paced = find('2.', 'built-in, paced');
	const asIs = find('2.', 'built-in: Contact > Create');
	if (bulk && paced) {
		lines.push(
			`- Scenario 2: Create or Update Many ${seconds(bulk.wallMs)} s vs the built-in node paced to succeed ${seconds(paced.wallMs)} s: **${(paced.wallMs / bulk.wallMs).toFixed(1)}x faster**, with ${bulk.requests} requests instead of ${paced.requests}.`,
		);
	}
	if (upsert && paced) {
		lines.push(
			`- Scenario 2, per-item Create or Update: ${seconds(upsert.wallMs)} s (${upsert.tooMany} 429s met, ${upsert.errorItems} error items) vs built-in paced ${seconds(paced.wallMs)} s: ${(paced.wallMs / upsert.wallMs).toFixed(2)}x.`,
		);
	}
	if (asIs) {
		lines.push(
			`- Scenario 2, built-in as is: ${asIs.errorItems} of ${asIs.itemsOut} items failed, ${asIs.errorItems429} of them with 429 "too many requests" (no retry in the built-in node).`,
		);
	}
	const tag = find('3.', 'this package');
	const tagPaced = find('3.', 'built-in, paced');
	const tagAsIs = find('3.', 'built-in: Contact Tag');
	if (tag && tagPaced) {
		lines.push(
			`- Scenario 3: ${seconds(tag.wallMs)} s (${tag.requests} requests, ${tag.errorItems} error items) vs built-in paced ${seconds(tagPaced.wallMs)} s (${tagPaced.requests} requests): ${(tagPaced.wallMs / tag.wallMs).toFixed(2)}x.`,
		);
	}
	if (tagAsIs) {
		lines.push(`- Scenario 3, built-in as is: ${tagAsIs.errorItems} of ${tagAsIs.itemsOut} items failed, ${tagAsIs.errorItems429} with 429.`);
	}
	for (const run of results.filter((r) => r.scenario.startsWith('5.'))) {
		const floorSeconds = Number(/floor ([\d.]+) s/.exec(run.scenario)?.[1]);
		lines.push(
			`- ${run.scenario.replace(/^5\. /, 'Scenario 5: ')}, ${run.variant.replace('this package, ', '')}: ${seconds(run.wallMs)} s = ${(run.wallMs / 1000 / floorSeconds).toFixed(2)}x the floor, ${run.requests} requests, ${run.tooMany} 429s, ${run.errorItems} error items, peak RSS ${run.peakRssMb} MB${run.check ? `; ${run.check}` : ''}.`,
		);
	}
	for (const bulk of results.filter((r) => r.scenario.startsWith('4.'))) {
		lines.push(`- Scenario 4, ${bulk.variant.replace('this package: ', '')}: ${bulk.requests} requests in all, ${seconds(bulk.wallMs)} s, ${bulk.check ?? ''}.`);
	}
	return lines;
}

function report(startedAt: Date, totalMs: number, loadBefore: number[], loadAfter: number[]): string {
	const cpus = os.cpus();
	return [
		`# Benchmark results${flags() ? ` (${flags()})` : ''}`,
		'',
		`Command: \`npm run bench${flags() ? ` -- ${flags()}` : ''}\` (\`node --expose-gc --import tsx bench/run.ts${flags() ? ` ${flags()}` : ''}\`), run ${startedAt.toISOString()}, ${seconds(totalMs)} s in total.`,
		'',
		`Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}. Load average before/after: ${loadBefore.map((n) => n.toFixed(2)).join(' ')} / ${loadAfter.map((n) => n.toFixed(2)).join(' ')}.`,
		'',
		`Setup: the sandbox (sandbox/) in the same process on 127.0.0.1, rate limit ${RATE_LIMIT} request arrivals per sliding second, refused ones included (429 + Retry-After beyond), ${LATENCY_MS} ms latency per response. Both nodes run through n8n-core's WorkflowExecute (bench/runner.ts): this package's declarative node through RoutingNode (Create or Update Many through its custom operation, which n8n runs once for all items), the built-in node (n8n-nodes-base@${BUILTIN_VERSION}, only its ActiveCampaign files, extracted to .dev/bench/) through its execute(). Item-level failures are kept as error items (Continue On Fail) so every run finishes and failures can be counted. "Paced by the workflow" feeds the built-in node ${PACED_CHUNK} items per execution, one execution per ${PACED_INTERVAL_MS / 1000} s: what a workflow around it (Loop Over Items + Wait) must do for every item to succeed. Peak RSS is this whole process (sandbox and its data included), sampled every 20 ms.`,
		'',
		'## Headlines',
		'',
		...headlines(),
		'',
		'## All runs',
		'',
		table(),
		'',
	].join('\n');
}

/** The scenarios, by the name `--only` takes; each adds its measurements to `results`. */
const SCENARIOS: Record<string, () => Promise<void>> = {
	read: scenarioReadAll,
	upsert: scenarioUpsert,
	tag: scenarioTag,
	bulk: scenarioBulkUpdates,
	latency: scenarioLatency,
};

function flags(): string {
	return [QUICK ? '--quick' : '', ONLY ? `--only ${ONLY.join(',')}` : ''].filter(Boolean).join(' ');
}

function resultsFile(): string {
	if (ONLY) return `RESULTS.${ONLY.join('-')}${QUICK ? '.quick' : ''}.md`;
	return QUICK ? 'RESULTS.quick.md' : 'RESULTS.md';
}

async function main() {
	const loadBefore = os.loadavg();
	const startedAt = new Date();
	// tsx would resolve "ActiveCampaign.node" to the codex JSON beside it: name the TypeScript file.
	const { ActiveCampaign } = (await import(path.join(__dirname, '..', 'nodes', 'ActiveCampaign', 'ActiveCampaign.node.ts'))) as {
		ActiveCampaign: new () => INodeType;
	};
	ourNode = new ActiveCampaign();
	sandbox = await startSandbox({ rateLimit: RATE_LIMIT, latencyMs: LATENCY_MS, seed: true, webhookDelivery: false });
	const unknown = (ONLY ?? []).filter((scenario) => !SCENARIOS[scenario]);
	if (unknown.length) throw new Error(`Unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS).join(', ')}`);
	try {
		for (const [scenario, run] of Object.entries(SCENARIOS)) if (!ONLY || ONLY.includes(scenario)) await run();
	} finally {
		await sandbox.close();
	}
	const file = path.join(__dirname, resultsFile());
	writeFileSync(file, report(startedAt, Date.now() - startedAt.getTime(), loadBefore, os.loadavg()));
	process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	},
);
