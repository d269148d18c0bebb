import type {
	IDataObject,
	IHookFunctions,
	INodeProperties,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';

import { parseAutomationCall, resolveFieldTags } from './automation';
import { isDuplicate } from './dedupe';
import { enrichItem } from './enrich';
import { PayloadError } from './payload';
import { SECRET_PARAMETER, firstQueryValue, secretsMatch } from './secret';

/**
 * The trigger's two modes. "events" (the default, so workflows saved before the mode existed keep working)
 * registers a webhook through the API; "automation" registers nothing and receives the calls of a Webhook
 * step the user pastes this node's URL into. ActiveCampaign signs neither, so both demand a secret in the URL
 * (`?secret=…`): random per registration in "events" mode, the node's Secret parameter here, because the user
 * pastes the URL before anything runs.
 */
export const EVENTS_MODE = 'events';
export const AUTOMATION_MODE = 'automation';

const DEFAULT_DUPLICATE_WINDOW_SECONDS = 60;
const SECRET_PATTERN = /^[A-Za-z0-9._~-]{16,200}$/;

type Context = IHookFunctions | IWebhookFunctions;

const showForAutomation = { show: { mode: [AUTOMATION_MODE] } };

export const automationProperties: INodeProperties[] = [
	{
		displayName: `In ActiveCampaign, add a Webhook action to the automation and paste this node's Production URL (under "Webhook URLs" at the top of this panel) followed by <code>?${SECRET_PARAMETER}=</code> and the Secret below, e.g. <code>https://n8n.example.com/webhook/&lt;node ID&gt;/webhook?${SECRET_PARAMETER}=&lt;Secret&gt;</code>. Then activate this workflow. Nothing is registered in ActiveCampaign; calls without the secret are refused (401).`,
		name: 'automationNotice',
		type: 'notice',
		default: '',
		displayOptions: showForAutomation,
	},
	{
		displayName: 'Secret',
		name: 'automationSecret',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		required: true,
		placeholder: 'e.g. 9f2c7a41d0b84e6f',
		hint: `The URL to paste: the Production URL, then ?${SECRET_PARAMETER}= and this text`,
		description:
			'Random text of at least 16 letters, digits, dots, dashes or underscores. ActiveCampaign signs nothing, so only calls to the URL with this secret start the workflow; change it here and in the automation to rotate it.',
		displayOptions: showForAutomation,
	},
];

export function triggerMode(context: Context): string {
	return String(context.getNodeParameter('mode', EVENTS_MODE) ?? EVENTS_MODE);
}

function automationSecret(context: Context): string {
	const value = context.getNodeParameter('automationSecret', '');
	return typeof value === 'string' ? value.trim() : '';
}

/** Why the Secret cannot protect the URL, or undefined when it can. */
export function automationSecretProblem(context: Context): { message: string; hint: string } | undefined {
	const secret = automationSecret(context);
	if (SECRET_PATTERN.test(secret)) return undefined;
	return {
		message:
			secret === ''
				? 'Set "Secret": the automation\'s Webhook URL must carry it'
				: '"Secret" must be at least 16 letters, digits, dots, dashes or underscores',
		hint: `Type random text of at least 16 characters (A-Z, a-z, 0-9, . _ ~ -) into "Secret" and paste the Production URL followed by ?${SECRET_PARAMETER}=<Secret> into the automation's Webhook action.`,
	};
}

interface TriggerOptions {
	duplicateWindow?: number;
	enrich?: boolean;
	includeRaw?: boolean;
}

function reject(context: IWebhookFunctions, status: number, body: IDataObject): IWebhookResponseData {
	context.getResponseObject().status(status).json(body);
	return { noWebhookResponse: true };
}

/** webhook() in "automation" mode: check the secret, turn the call into one item, as webhook events are. */
export async function receiveAutomationCall(context: IWebhookFunctions): Promise<IWebhookResponseData> {
	const given = firstQueryValue((context.getQueryData() as IDataObject)?.[SECRET_PARAMETER]);
	if (automationSecretProblem(context) || !secretsMatch(given, automationSecret(context))) {
		context.logger.warn('ActiveCampaign Trigger: rejected an automation call without the right secret (401)');
		return reject(context, 401, { error: 'Unauthorized' });
	}

	const body = context.getBodyData() as unknown;
	let item: IDataObject;
	try {
		item = parseAutomationCall(body).item;
	} catch (error) {
		const reason = error instanceof PayloadError ? error.message : `The body could not be read: ${(error as Error).message}`;
		context.logger.warn(`ActiveCampaign Trigger: ignored an automation call (400): ${reason}`);
		return reject(context, 400, { error: reason });
	}

	const options = context.getNodeParameter('options', {}) as TriggerOptions;
	const window = options.duplicateWindow ?? DEFAULT_DUPLICATE_WINDOW_SECONDS;
	if (isDuplicate(`${context.getNode().id}:automation`, body, window)) {
		return { webhookResponse: { received: true, triggered: false, reason: 'duplicate delivery' } };
	}

	try {
		await resolveFieldTags(context, item);
		if (options.enrich) await enrichItem(context, item);
	} catch (error) {
		// The call is still worth delivering; say why custom fields are not all filed by ID or the record is missing.
		item.enrichmentError = (error as Error).message;
		context.logger.warn(`ActiveCampaign Trigger: could not read custom fields or the full contact: ${(error as Error).message}`);
	}
	if (options.includeRaw) item.raw = body as IDataObject;

	return {
		workflowData: [context.helpers.returnJsonArray([item])],
		webhookResponse: { received: true, triggered: true },
	};
}
