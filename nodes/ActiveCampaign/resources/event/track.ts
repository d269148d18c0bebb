import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { OperationDefinition } from '../../shared/descriptions';
import { failItem } from '../../shared/errors/failItem';
import { itemState } from '../../shared/memo/itemState';
import { checkEmail } from '../../shared/records/email';
import { sendWithPolicy } from '../../shared/requestPolicy/policy';
import { CREDENTIAL_TYPE } from '../../shared/transport/apiUrl';
import { accountOrigin, requestTimeoutMs, sendingWithSignal } from '../../shared/transport/request';
import { eventNameLocator, readEventName, textValue } from './shared';

/** ActiveCampaign's event-tracking endpoint (its own spec: trackcmp, `POST /event`), not part of API v3. */
export const DEFAULT_TRACKING_URL = 'https://trackcmp.net';
/** "The name of the event you wish to track. (Max of 32 Characters)" */
const MAX_EVENT_NAME = 32;

const WHERE_TO_FIND =
	'In ActiveCampaign: Settings > Tracking > Event Tracking (older accounts: Website > Site Tracking, "Event Tracking" section): turn Event Tracking on, then copy "actid" into the credential\'s "Event Tracking Account ID" and the "Event Key" into its "Event Key".';

const TRACKED = 'trackedEvent';

/**
 * preSend: the form the tracking endpoint takes (`actid`, `key`, `event`, `eventdata`, `visit` = `{"email": …}`,
 * form-encoded), to the tracking URL, without the API token (it is not for this host).
 */
async function trackRequest(this: IExecuteSingleFunctions): Promise<IHttpRequestOptions> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const accountId = String(credentials.eventTrackingAccountId ?? '').trim();
	const key = String(credentials.eventTrackingSecretKey ?? '').trim();
	const missing = [accountId ? '' : '"Event Tracking Account ID"', key ? '' : '"Event Key"'].filter(Boolean);
	if (missing.length > 0) {
		failItem(this, `Event > Track needs the credential field${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}, which the ActiveCampaign credential does not have`, WHERE_TO_FIND);
	}
	const event = readEventName(this, this.getNodeParameter('eventTrackName', ''));
	if (event.length > MAX_EVENT_NAME) {
		failItem(this, `The event name "${event}" in the field "Event" is longer than ${MAX_EVENT_NAME} characters`, 'ActiveCampaign tracks event names of at most 32 characters: use a shorter name.');
	}
	const email = checkEmail(this, this.getNodeParameter('eventTrackEmail', ''), 'Contact Email');
	const data = textValue(this, this.getNodeParameter('eventTrackData', ''), 'Event Data');
	const form = new URLSearchParams({ actid: accountId, key, event });
	if (data !== '') form.set('eventdata', data);
	form.set('visit', JSON.stringify({ email }));
	itemState(this)[TRACKED] = { event, email, ...(data !== '' ? { eventdata: data } : {}) };
	const base = String(credentials.eventTrackingUrl ?? '').trim() || DEFAULT_TRACKING_URL;
	return {
		method: 'POST',
		url: `${base.replace(/\/+$/, '')}/event`,
		body: form.toString(),
		headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
		returnFullResponse: true,
	};
}

function parsed(body: unknown): IDataObject | undefined {
	if (body && typeof body === 'object' && !Array.isArray(body)) return body as IDataObject;
	if (typeof body !== 'string') return undefined;
	try {
		const value = JSON.parse(body) as unknown;
		return value && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Sends the event through the account's rate lane (never again on a failure: an event sent twice is tracked twice)
 * with n8n's plain HTTP helper, so the API token stays off the request. `{"success": 1}` is a tracked event;
 * anything else fails the item and says where the credential fields come from.
 */
async function sendTrackedEvent(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const itemContext = Object.getPrototypeOf(this) as IExecuteSingleFunctions;
	const timeoutMs = requestTimeoutMs(this);
	const options = { ...requestData.options, timeout: timeoutMs } as IHttpRequestOptions;
	// A 400 is the endpoint's documented refusal (`{}`): the account ID or key is wrong, or tracking is off.
	const refusal = (error: unknown): never => {
		if (error instanceof NodeApiError && error.httpCode === '400') {
			failItem(itemContext, "ActiveCampaign's event tracking refused the event (400)", `Check the credential's "Event Tracking Account ID" and "Event Key". ${WHERE_TO_FIND}`);
		}
		throw error;
	};
	const response = await sendWithPolicy(this.getNode(), { origin: await accountOrigin(this), method: 'POST', path: '/event', timeoutMs }, async (attempt) =>
		(await sendingWithSignal(itemContext, attempt, async () => await itemContext.helpers.httpRequest(options))) as IN8nHttpFullResponse,
	).catch(refusal);
	const body = parsed(response.body);
	const tracked = itemState(itemContext)[TRACKED] as IDataObject;
	if (!body || Number(body.success) !== 1) {
		const said = typeof body?.message === 'string' && body.message ? `: "${body.message}"` : '';
		failItem(itemContext, `ActiveCampaign did not track the event "${String(tracked.event)}"${said}`, `Check the credential's "Event Tracking Account ID" and "Event Key", and that Event Tracking is on. ${WHERE_TO_FIND}`);
	}
	return [{ json: { tracked: true, ...tracked, message: body.message ?? null } }];
}

export const track: OperationDefinition = {
	option: {
		name: 'Track',
		value: 'track',
		action: 'Track an event',
		description: "Record that a contact did something (an event), for automations and segments; needs the credential's event tracking fields",
		routing: {
			request: { method: 'POST' },
			send: { paginate: true, preSend: [trackRequest] },
			operations: { pagination: sendTrackedEvent },
		},
	},
	fields: [
		eventNameLocator('eventTrackName', 'The event, picked from the list or by name (at most 32 characters)'),
		{
			displayName: 'Contact Email',
			name: 'eventTrackEmail',
			type: 'string',
			placeholder: 'e.g. jane@example.com',
			default: '',
			required: true,
			description: 'The email of the contact who did it',
		},
		{
			displayName: 'Event Data',
			name: 'eventTrackData',
			type: 'string',
			default: '',
			description: 'A value stored with the event, e.g. the plan bought',
		},
	],
};
