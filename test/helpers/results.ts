import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

/**
 * The error text of a run: the run's error (message and description), else the first error item's (Continue On
 * Fail). Empty when there is none, so `toContain` on it fails with the text it did get.
 */
export function errorText(result: { error?: IDataObject; json: IDataObject[] }): string {
	if (result.error) return [result.error.message, result.error.description].filter(Boolean).map(String).join(' | ');
	const item = result.json.find((json) => json.error !== undefined);
	if (!item) return '';
	return typeof item.error === 'string' ? item.error : JSON.stringify(item.error);
}

/** Input items whose `id` the parameters read with an expression (`={{ $json.id }}`). */
export const items = (...ids: string[]): INodeExecutionData[] => ids.map((id) => ({ json: { id } }));

/** Input of three items `{ n: 1 }`, `{ n: 2 }`, `{ n: 3 }`, for Continue On Fail tests. */
export const threeItems: INodeExecutionData[] = [{ json: { n: 1 } }, { json: { n: 2 } }, { json: { n: 3 } }];
