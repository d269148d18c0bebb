import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { recordLocator } from '../../shared/locators/property';
import { resolveIds } from '../../shared/locators/read';
import { checkEmail } from '../../shared/records/email';
import { setBody } from '../../shared/routing/body';
import { RECORD_KINDS } from '../../shared/records/kinds';

export const messageLocator = recordLocator({
	name: 'message',
	displayName: 'Message',
	kind: RECORD_KINDS.message,
	searchListMethod: 'searchMessages',
	description: 'The email message, picked from the list or by ID',
});

/** The message picker of every operation on one message. */
export const messageSharedFields = [{ ...messageLocator, displayOptions: showFor('message', ['get', 'update', 'delete']) }];

/** preSend: the picked message's ID into `/messages/{message}`. */
export const messageId = resolveIds([{ parameter: 'message', kind: RECORD_KINDS.message }], '/messages/{message}');

export const messageBody = (property: string) => ({ send: { type: 'body' as const, property: `message.${property}` } });

/** Options of create (besides sender and reply-to) and of update. */
export const messageOptions: INodeProperties[] = [
	{ displayName: 'HTML', name: 'html', type: 'string', typeOptions: { rows: 6 }, default: '', description: 'The HTML body', routing: messageBody('html') },
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'An internal name for the message', routing: messageBody('name') },
	{ displayName: 'Preheader', name: 'preheader', type: 'string', default: '', description: 'The preview text shown after the subject', routing: messageBody('preheader_text') },
	{ displayName: 'Text', name: 'text', type: 'string', typeOptions: { rows: 6 }, default: '', description: 'The plain-text body', routing: messageBody('text') },
];

/** preSend: checks the sender and reply-to addresses (create: required; update: when given). */
export function checkAddresses(prefix: '' | 'messageUpdateFields.') {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const values: Record<string, string> = {};
		for (const [parameter, key, label] of [
			['fromEmail', 'fromemail', 'From Email'],
			['replyTo', 'reply2', 'Reply-To Email'],
		]) {
			const raw = this.getNodeParameter(`${prefix}${parameter}`, '') as string;
			if (prefix && (raw === undefined || raw === '')) continue;
			values[key] = checkEmail(this, raw, label);
		}
		setBody(requestOptions, 'message', values);
		return requestOptions;
	};
}
