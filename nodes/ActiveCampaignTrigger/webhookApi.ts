import type { IDataObject, IHookFunctions, IWebhookFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { readFailure } from '../ActiveCampaign/shared/errors/failures';
import { apiRequest, apiRequestAllItems } from '../ActiveCampaign/shared/transport/request';
import { secretOf, withoutQuery } from './secret';

/** Management calls for `/webhooks` (API.md §7.1). */
export interface RegisteredWebhook {
	id: string;
	name: string;
	url: string;
	events: string[];
	sources: string[];
	listid: string;
}

export interface WebhookSpec {
	name: string;
	url: string;
	events: string[];
	sources: string[];
	/** '0' or absent = every list. */
	listid?: string;
}

type Context = IHookFunctions | IWebhookFunctions;

export function isNotFound(error: unknown): boolean {
	return readFailure(error).status === 404;
}

function toRegistered(raw: IDataObject | undefined): RegisteredWebhook | undefined {
	if (!raw || raw.id === undefined) return undefined;
	return {
		id: String(raw.id),
		name: String(raw.name ?? ''),
		url: String(raw.url ?? ''),
		events: Array.isArray(raw.events) ? raw.events.map(String) : [],
		sources: Array.isArray(raw.sources) ? raw.sources.map(String) : [],
		listid: String(raw.listid ?? '0') || '0',
	};
}

/** The webhook, or undefined when ActiveCampaign answers 404. Other failures throw. */
export async function getWebhook(context: Context, id: string): Promise<RegisteredWebhook | undefined> {
	try {
		const response = await apiRequest.call(context, 'GET', `/webhooks/${encodeURIComponent(id)}`);
		return toRegistered(response.webhook as IDataObject | undefined);
	} catch (error) {
		if (isNotFound(error)) return undefined;
		// The request engine already threw a NodeApiError; wrapping hands back that same error.
		throw new NodeApiError(context.getNode(), error as JsonObject);
	}
}

export async function listWebhooks(context: Context): Promise<RegisteredWebhook[]> {
	const records = await apiRequestAllItems.call(context, '/webhooks', 'webhooks', {}, 2000);
	return records.map(toRegistered).filter((hook): hook is RegisteredWebhook => hook !== undefined);
}

export async function createWebhook(context: Context, spec: WebhookSpec): Promise<RegisteredWebhook> {
	const webhook: IDataObject = { name: spec.name, url: spec.url, events: spec.events, sources: spec.sources };
	if (spec.listid && spec.listid !== '0') webhook.listid = spec.listid;
	const response = await apiRequest.call(context, 'POST', '/webhooks', { webhook });
	const created = toRegistered(response.webhook as IDataObject | undefined);
	if (!created) {
		throw new NodeOperationError(context.getNode(), 'ActiveCampaign did not return the created webhook', {
			description: 'The answer to POST /webhooks had no "webhook" object with an ID.',
		});
	}
	return created;
}

/** 'deleted', or 'gone' when it no longer existed. Other failures throw. */
export async function deleteWebhook(context: Context, id: string): Promise<'deleted' | 'gone'> {
	try {
		await apiRequest.call(context, 'DELETE', `/webhooks/${encodeURIComponent(id)}`);
		return 'deleted';
	} catch (error) {
		if (isNotFound(error)) return 'gone';
		throw new NodeApiError(context.getNode(), error as JsonObject);
	}
}

function sameSet(a: string[], b: string[]): boolean {
	const left = new Set(a);
	const right = new Set(b);
	return left.size === right.size && [...left].every((value) => right.has(value));
}

/** Why the registered webhook differs from what the node wants, or undefined when it matches. */
export function differences(registered: RegisteredWebhook, wanted: WebhookSpec): string | undefined {
	if (registered.url !== wanted.url) return 'its URL changed';
	if (!sameSet(registered.events, wanted.events)) return 'the events changed';
	if (!sameSet(registered.sources, wanted.sources)) return 'the sources changed';
	if ((registered.listid || '0') !== (wanted.listid || '0')) return 'the list changed';
	return undefined;
}

/** Registered webhooks that point at this exact n8n URL (any secret). */
export function pointingAt(hooks: RegisteredWebhook[], baseUrl: string): RegisteredWebhook[] {
	const base = withoutQuery(baseUrl);
	return hooks.filter((hook) => withoutQuery(hook.url) === base);
}

/**
 * Secrets of the webhooks registered for this node, whichever n8n base URL (production or test) they use.
 * Test webhooks run on a copy of the workflow without static data, so the secret is read back from
 * ActiveCampaign there. `pathSuffix` is the node-specific end of the webhook path (`/<webhookId>/webhook`).
 */
export async function registeredSecrets(context: Context, pathSuffix: string): Promise<string[]> {
	const hooks = await listWebhooks(context);
	return hooks
		.filter((hook) => withoutQuery(hook.url).endsWith(pathSuffix))
		.map((hook) => secretOf(hook.url))
		.filter((secret): secret is string => Boolean(secret));
}
