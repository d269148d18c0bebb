import type { IDisplayOptions, IExecuteFunctions, INodeExecutionData, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** The "Sort Direction" choices of list filters, sent as `orders[<field>]`. */
export const SORT_DIRECTION_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Ascending', value: 'ASC' },
	{ name: 'Descending', value: 'DESC' },
];

export function showFor(resource: string, operations: string[]): IDisplayOptions {
	return { show: { resource: [resource], operation: operations } };
}

/** Return All and Limit for a list operation; the paging itself lives in routing.pageThrough. */
export function returnAllAndLimit(resource: string, operation: string): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: showFor(resource, [operation]),
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
			displayOptions: { show: { resource: [resource], operation: [operation], returnAll: [false] } },
		},
	];
}

export function simplifyOption(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			"Whether to return a short record of the fields people map (ID first, typed values, custom fields by name); turn off to get ActiveCampaign's full response",
		displayOptions: showFor(resource, operations),
	};
}

/**
 * One operation of a resource, in its own file (`resources/<resource>/<operation>.ts`): the entry of the Operation
 * dropdown with its routing, and the fields only this operation shows (the resource and operation are added to
 * their displayOptions by resourceProperties).
 */
export interface OperationDefinition {
	option: INodePropertyOptions & { value: string; action: string };
	fields?: INodeProperties[];
	/** Whether the operation offers Simplify (a readable record instead of the API's raw answer). */
	simplify?: boolean;
	/** For operations that work on all input items at once, run by n8n instead of RoutingNode. */
	execute?: CustomOperation;
}

type CustomOperation = (this: IExecuteFunctions) => Promise<INodeExecutionData[][]>;

/** A resource of the node (`resources/<resource>/index.ts`), one line in the registry `resources/index.ts`. */
export interface ResourceDefinition {
	/** Shown in the Resource dropdown. */
	name: string;
	/** The saved value: never change it, workflows keep it. */
	value: string;
	description: string;
	operations: OperationDefinition[];
	/** The Operation dropdown's default. */
	defaultOperation: string;
	/** Fields of several operations (each with its own displayOptions), shown before the operations' own fields. */
	sharedFields?: INodeProperties[];
	/** Fields of several operations shown after the operations' own fields (e.g. custom fields). */
	sharedFieldsLast?: INodeProperties[];
}

function shownFor(field: INodeProperties, resource: string, operation: string): INodeProperties {
	const show = { ...(field.displayOptions?.show ?? {}), resource: [resource], operation: [operation] };
	return { ...field, displayOptions: { ...field.displayOptions, show } };
}

/** A resource's properties: its Operation dropdown, then shared and per-operation fields, then Simplify. */
export function resourceProperties(definition: ResourceDefinition): INodeProperties[] {
	const { value: resource, operations } = definition;
	const simplified = operations.filter((operation) => operation.simplify).map((operation) => operation.option.value);
	const dropdown: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [...operations.map((operation) => operation.option)].sort((a, b) => a.name.localeCompare(b.name)),
		default: '',
	};
	return [
		// Lint and the package scanner want a literal default in the dropdown itself; the resource's is set here.
		{ ...dropdown, default: definition.defaultOperation },
		...(definition.sharedFields ?? []),
		...operations.flatMap((operation) => (operation.fields ?? []).map((field) => shownFor(field, resource, operation.option.value))),
		...(definition.sharedFieldsLast ?? []),
		...(simplified.length > 0 ? [simplifyOption(resource, simplified)] : []),
	];
}

/** The operations of every resource that n8n runs on all items at once (`customOperations` of the node). */
export function customOperationsOf(
	resources: ResourceDefinition[],
): Record<string, Record<string, CustomOperation>> {
	const custom: Record<string, Record<string, CustomOperation>> = {};
	for (const resource of resources) {
		for (const operation of resource.operations) {
			if (!operation.execute) continue;
			custom[resource.value] ??= {};
			custom[resource.value][operation.option.value] = operation.execute;
		}
	}
	return custom;
}

