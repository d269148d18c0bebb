import type { INodeExecutionData, INodeParameters, INodeProperties } from 'n8n-workflow';

import { continueOnFail, useSandbox } from '../helpers/sandbox';
import { OPERATIONS, within, type CatalogOperation } from './operationCatalog';

/** What a user's expression may hand a parameter by mistake. */
const BAD_VALUES: Array<{ label: string; value: unknown }> = [
	{ label: 'a number', value: 12345 },
	{ label: 'text', value: 'not a number or ID' },
	{ label: 'an array', value: [1, 'two'] },
	{ label: 'an object', value: { nested: { deep: true } } },
	{ label: 'null', value: null },
	{ label: 'an empty string', value: '' },
	{ label: '10,000 characters', value: 'x'.repeat(10_000) },
	{ label: 'non-Latin text and emoji', value: 'Ünïcödé 名前 имя 🚀🎉' },
];

/** Parameter types that take a value from an expression (fixed choices included: an expression can hold anything). */
const EXPRESSION_TYPES = new Set(['string', 'number', 'resourceLocator', 'dateTime', 'json', 'options', 'boolean', 'multiOptions']);
/** Internal failures that would mean a crash, not an answer to the user. */
const CRASH = /cannot read prop|is not a function|is not iterable|undefined is not|maximum call stack/i;
/** Text that must never reach ActiveCampaign: a value that was lost or stringified by accident. */
const BROKEN_REQUEST = /undefined|\[object Object\]|NaN/;

interface Case {
	operation: CatalogOperation;
	property: INodeProperties;
}

const CASES: Case[] = OPERATIONS.flatMap((operation) =>
	operation.properties
		.filter((property) => EXPRESSION_TYPES.has(property.type) && property.name !== 'requestOptions')
		.map((property) => ({ operation, property })),
);

function fromExpression(property: INodeProperties): unknown {
	const expression = '={{ $json.value }}';
	return property.type === 'resourceLocator' ? { __rl: true, mode: 'id', value: expression } : expression;
}

/**
 * An error says what is wrong in the user's words: a field of the operation by its label, a record it could not
 * find, or ActiveCampaign's own answer.
 */
function namesTheProblem(error: string, operation: CatalogOperation): boolean {
	const text = error.toLowerCase();
	return (
		operation.properties.some((property) => text.includes(property.displayName.toLowerCase())) ||
		/^ActiveCampaign |^Could not \w+ the |not found|No \w[\w ]* (named|with)|does not exist|is not /i.test(error)
	);
}

function errorOf(item: INodeExecutionData): string | undefined {
	const error = (item.json as { error?: unknown }).error;
	return error === undefined ? undefined : String(error);
}

/**
 * Every parameter of every operation, given each wrong type from an expression, one input item per value:
 * every run ends (no crash, no hang), every error names a field as the editor shows it (or the record or
 * ActiveCampaign's answer), no request carries `undefined`, `[object Object]` or `NaN`, and the API token
 * appears in no output.
 */
describe('bad input on every operation ends cleanly', () => {
	const ac = useSandbox({ rateLimit: 100 }, { resetEachTest: false });
	const input = BAD_VALUES.map(({ value }) => ({ json: { value } as INodeExecutionData['json'] }));

	it('covers every operation', () => {
		expect(new Set(CASES.map((entry) => entry.operation.name)).size).toBeGreaterThan(100);
	});

	it.each(CASES.map((entry) => [`${entry.operation.name} ${entry.property.name}`, entry] as const))('%s', async (name, { operation, property }) => {
		ac.sandbox.reset();
		const parameters: INodeParameters = { ...operation.parameters, [property.name]: fromExpression(property) as INodeParameters[string] };
		let result: Awaited<ReturnType<typeof ac.run>>;
		try {
			result = await within(60_000, name, ac.run(parameters, { input, settings: continueOnFail }));
		} catch (error) {
			// n8n itself refuses to start a node whose expression hides what it needs: a clear error, in UI words.
			expect((error as Error).name).toBe('WorkflowHasIssuesError');
			expect((error as Error).message).toMatch(/Parameter "[^"]+" is required/);
			return;
		}
		expect(result.run.finished).toBe(true);
		const unnamed = result.items.map(errorOf).filter((error): error is string => error !== undefined && !namesTheProblem(error, operation));
		expect(unnamed).toEqual([]);

		const output = JSON.stringify(result.items) + JSON.stringify(result.error ?? {});
		expect(output).not.toContain(ac.sandbox.token);
		const crashes = result.items.map(errorOf).filter((error) => error !== undefined && CRASH.test(error));
		expect(crashes).toEqual([]);

		const broken = ac.sandbox.requests
			.map((request) => `${request.method} ${request.path} ${JSON.stringify(request.query)} ${JSON.stringify(request.body ?? '')}`)
			.filter((text) => BROKEN_REQUEST.test(text));
		expect(broken).toEqual([]);
	});
});
