import type { IDataObject } from 'n8n-workflow';

import type { RecordedRequest } from '../../../sandbox';
import type { SandboxHarness } from '../../helpers/sandbox';

/** A resource locator value as the editor saves it. */
export const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value });

/** Requests the sandbox received, as "METHOD /path" (below /api/3). */
export function calls(ac: SandboxHarness): string[] {
	return ac.sandbox.requests.map((request) => `${request.method} ${request.path.replace(/^\/api\/3/, '')}`);
}

/** The requests with this method and path (below /api/3). */
export function sent(ac: SandboxHarness, method: string, path: string): RecordedRequest[] {
	return ac.sandbox.requests.filter((request) => request.method === method && request.path === `/api/3${path}`);
}

/** The error message of a failed run or of an error item. */
export function errorText(error: IDataObject | undefined): string {
	if (!error) return '';
	return [error.message, error.description].filter(Boolean).join(' | ');
}

/** Input of three items, for Continue On Fail tests. */
export const threeItems = [{ json: { n: 1 } }, { json: { n: 2 } }, { json: { n: 3 } }];
