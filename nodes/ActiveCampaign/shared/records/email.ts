import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { failItem } from '../errors/failItem';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Stops an item with a clear message when a required email is missing or not an email address. */
export function checkEmail(context: IExecuteSingleFunctions, value: unknown, fieldName: string): string {
	const email = String(value ?? '').trim();
	if (!email) failItem(context, `The field "${fieldName}" is required`, 'Give an email address.');
	if (!EMAIL.test(email)) failItem(context, `"${email}" in the field "${fieldName}" is not a valid email address`, 'Use an address like jane@example.com.');
	return email;
}
