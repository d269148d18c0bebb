import type { IDataObject } from 'n8n-workflow';

export { calls, rl, sent } from '../../helpers/requests';

/** The error message of a failed run or of an error item. */
export function errorText(error: IDataObject | undefined): string {
	if (!error) return '';
	return [error.message, error.description].filter(Boolean).join(' | ');
}

/** Input of three items, for Continue On Fail tests. */
export const threeItems = [{ json: { n: 1 } }, { json: { n: 2 } }, { json: { n: 3 } }];
