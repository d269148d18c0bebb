import type { IDataObject } from 'n8n-workflow';

/**
 * RoutingNode gives each input item one context object, used by every preSend and postReceive of that item.
 * This keeps small facts found in a preSend (a resolved ID, "the contact already has this tag") for the
 * postReceive of the same item, without sending them to the API.
 */
const states = new WeakMap<object, IDataObject>();

export function itemState(context: object): IDataObject {
	let state = states.get(context);
	if (!state) {
		state = {};
		states.set(context, state);
	}
	return state;
}

export function rememberResolvedId(context: object, parameter: string, id: string): void {
	itemState(context)[`resolvedId:${parameter}`] = id;
}

/** The ID a locator parameter was resolved to in this item's preSend, if it was. */
export function resolvedId(context: object, parameter: string): string | undefined {
	const id = itemState(context)[`resolvedId:${parameter}`];
	return typeof id === 'string' ? id : undefined;
}
