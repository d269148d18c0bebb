import type { INodeParameters, INodeProperties } from 'n8n-workflow';

/** The operations of a resource, read from its Operation selector. */
export function operationsOf(properties: INodeProperties[], resource: string): string[] {
	const selector = properties.find(
		(property) => property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource),
	);
	return (selector?.options ?? []).map((option) => String((option as { value: string }).value));
}

function visible(property: INodeProperties, parameters: INodeParameters): boolean {
	const show = property.displayOptions?.show ?? {};
	for (const [name, allowed] of Object.entries(show)) {
		if (name.startsWith('@')) continue;
		if (!(allowed as unknown[]).includes(parameters[name] as unknown)) return false;
	}
	const hide = property.displayOptions?.hide ?? {};
	for (const [name, hidden] of Object.entries(hide)) {
		if ((hidden as unknown[]).includes(parameters[name] as unknown)) return false;
	}
	return true;
}

/**
 * What an operation needs besides its required parameters to send anything (a rule between optional parameters that
 * the description cannot say): without it the run fails before its first request.
 */
const NEEDED_BESIDES_REQUIRED: Record<string, INodeParameters> = {
	// "A deal needs a contact or an account."
	'deal.create': { dealContact: { __rl: true, mode: 'id', value: '1' } },
};

/**
 * Parameters that make an operation runnable against the seeded sandbox without knowing the operation: required
 * pickers get the record with ID 1, required texts a sample (an email where the name or label says so), Limit 2.
 */
export function sampleParameters(properties: INodeProperties[], resource: string, operation: string): INodeParameters {
	const parameters: INodeParameters = { resource, operation, returnAll: false, limit: 2, ...NEEDED_BESIDES_REQUIRED[`${resource}.${operation}`] };
	for (const property of properties) {
		if (property.name in parameters || !visible(property, parameters)) continue;
		if (!property.required) {
			if (['options', 'boolean'].includes(property.type)) parameters[property.name] = property.default;
			continue;
		}
		if (property.type === 'resourceLocator') parameters[property.name] = { __rl: true, mode: 'id', value: '1' };
		else if (property.type === 'string') {
			parameters[property.name] = /email/i.test(`${property.name} ${property.displayName}`) ? 'spec.check@example.com' : 'Spec check';
		} else if (property.type === 'number') parameters[property.name] = 1;
		else if (property.type === 'dateTime') parameters[property.name] = '2026-01-01T00:00:00Z';
		else if (property.type === 'options' || property.type === 'multiOptions') {
			const first = (property.options as Array<{ value?: string | number }> | undefined)?.[0]?.value ?? '1';
			const given = property.default as string | number | string[] | undefined;
			const empty = given === '' || given === undefined || (Array.isArray(given) && given.length === 0);
			if (property.type === 'multiOptions') parameters[property.name] = empty ? [first] : given;
			else parameters[property.name] = empty ? first : given;
		}
		else parameters[property.name] = property.default;
	}
	return parameters;
}

function sampleValue(option: INodeProperties): unknown {
	switch (option.type) {
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: '1' };
		case 'string':
			return /email/i.test(option.name) ? 'spec.check@example.com' : 'Spec';
		case 'number':
			return 1;
		case 'boolean':
			return true;
		case 'dateTime':
			return '2026-01-01T00:00:00Z';
		case 'options': {
			const values = (option.options as Array<{ value?: string | number }> | undefined) ?? [];
			return values.find((entry) => entry.value !== '' && entry.value !== option.default)?.value ?? values[0]?.value;
		}
		case 'multiOptions': {
			const values = (option.options as Array<{ value?: string | number }> | undefined) ?? [];
			return values.slice(0, 1).map((entry) => entry.value);
		}
		default:
			return undefined;
	}
}

/**
 * One run per option of every Get Many filter collection (`<resource>Filters`), that option alone with a sample
 * value: so the spec check sees every query parameter a filter can send.
 */
export function filterScenarios(properties: INodeProperties[]): INodeParameters[] {
	const scenarios: INodeParameters[] = [];
	for (const collection of properties.filter((property) => property.type === 'collection' && /Filters$/.test(property.name))) {
		const show = collection.displayOptions?.show ?? {};
		const resource = String((show.resource as string[] | undefined)?.[0] ?? '');
		const operation = String((show.operation as string[] | undefined)?.[0] ?? '');
		if (!resource || !operation) continue;
		const base = sampleParameters(properties, resource, operation);
		for (const option of (collection.options ?? []) as INodeProperties[]) {
			const value = sampleValue(option);
			if (value === undefined) continue;
			scenarios.push({ ...base, [collection.name]: { [option.name]: value } as INodeParameters });
			// A record picked by name (or email) is looked up first: that lookup's query counts too.
			const modes = ((option as { modes?: Array<{ name: string }> }).modes ?? []).map((mode) => mode.name);
			for (const mode of modes.filter((name) => name === 'name' || name === 'email')) {
				const text = mode === 'email' ? 'spec.check@example.com' : 'Spec';
				scenarios.push({ ...base, [collection.name]: { [option.name]: { __rl: true, mode, value: text } } as INodeParameters });
			}
		}
	}
	return scenarios;
}
