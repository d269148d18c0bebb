import { NodeHelpers, type INodeParameters, type INodeProperties, type INodePropertyOptions } from 'n8n-workflow';

import { ActiveCampaign } from '../../nodes/ActiveCampaign/ActiveCampaign.node';

/**
 * Every resource/operation of the action node, read from its description (not a hand-written list), with the
 * parameters the editor would save for it: defaults, plus a plausible value for each required field.
 */
export interface CatalogOperation {
	resource: string;
	operation: string;
	/** `resource.operation`, for test names. */
	name: string;
	parameters: INodeParameters;
	/** The top-level properties shown for this operation (resource and operation selectors left out). */
	properties: INodeProperties[];
}

const node = new ActiveCampaign();
const allProperties = node.description.properties;

function optionValues(property: INodeProperties): string[] {
	return ((property.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));
}

function operationsOf(resource: string): string[] {
	return allProperties
		.filter((property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource))
		.flatMap(optionValues);
}

/** A value the editor could hold for a required field: the seed data's records are found by ID 1. */
export function sampleValue(property: INodeProperties): unknown {
	switch (property.type) {
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: '1' };
		case 'number':
			return 1;
		case 'boolean':
			return property.default ?? false;
		case 'dateTime':
			return '2026-07-01T09:30:00';
		case 'json':
			return '{}';
		case 'options':
			if (property.default !== '' && property.default !== undefined) return property.default;
			// Options loaded from the account: the seed data's first record.
			return optionValues(property)[0] ?? '1';
		case 'multiOptions':
			return Array.isArray(property.default) && property.default.length ? property.default : optionValues(property).slice(0, 1);
		case 'collection':
		case 'fixedCollection':
			return property.default ?? {};
		default:
			if (/email/i.test(property.name)) return 'ada.lovelace@example.org';
			if (/url/i.test(property.name)) return 'https://example.com/hook';
			return 'Robustness check';
	}
}

function isEmpty(value: unknown): boolean {
	if (value && typeof value === 'object' && '__rl' in value) return isEmpty((value as { value?: unknown }).value);
	return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function visibleProperties(parameters: INodeParameters): INodeProperties[] {
	return allProperties.filter(
		(property) =>
			property.name !== 'resource' &&
			property.name !== 'operation' &&
			NodeHelpers.displayParameter(parameters, property, { typeVersion: 1 } as never, node.description),
	);
}

function buildOperation(resource: string, operation: string): CatalogOperation {
	let parameters: INodeParameters = { resource, operation };
	// Twice: a required field's value can show further fields (a type that shows options, say).
	for (let pass = 0; pass < 2; pass++) {
		parameters = NodeHelpers.getNodeParameters(allProperties, parameters, true, false, null, null) ?? parameters;
		for (const property of visibleProperties(parameters)) {
			if (property.required && isEmpty(parameters[property.name])) {
				parameters[property.name] = sampleValue(property) as INodeParameters[string];
			}
		}
	}
	return { resource, operation, name: `${resource}.${operation}`, parameters, properties: visibleProperties(parameters) };
}

export const RESOURCES = optionValues(allProperties.find((property) => property.name === 'resource') as INodeProperties);

export const OPERATIONS: CatalogOperation[] = RESOURCES.flatMap((resource) =>
	operationsOf(resource).map((operation) => buildOperation(resource, operation)),
);

/** Runs tasks at most `limit` at a time. */
export async function inPool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) await task(items[next++]);
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Rejects with `what` when `promise` has not settled after `ms`. */
export async function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} did not end within ${ms} ms`)), ms);
	});
	try {
		return await Promise.race([promise, late]);
	} finally {
		clearTimeout(timer);
	}
}
