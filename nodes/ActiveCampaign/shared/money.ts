import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/** Amounts are entered in currency units (1500.50) and sent in cents (150050), as ActiveCampaign stores them. */
export function toCents(amount: unknown): number {
	return Math.round(Number(amount) * 100);
}

/** `value: "150050"` -> 1500.5; undefined when the field is absent or not a number. */
export function centsToAmount(cents: unknown): number | undefined {
	if (cents === undefined || cents === null || cents === '') return undefined;
	const number = Number(cents);
	return Number.isFinite(number) ? number / 100 : undefined;
}

/** Adds `<field>Amount` next to each cents field of a record, keeping the API's own value untouched. */
export function addAmounts(fields: string[]) {
	return (record: IDataObject): void => {
		for (const field of fields) {
			const amount = centsToAmount(record[field]);
			if (amount !== undefined) record[`${field}Amount`] = amount;
		}
	};
}

/** Routing `value` expression sending an amount parameter in cents. */
export const CENTS_EXPRESSION = '={{ Math.round(Number($value) * 100) }}';

const CURRENCIES: Array<[string, string]> = [
	['aud', 'Australian Dollar'],
	['brl', 'Brazilian Real'],
	['cad', 'Canadian Dollar'],
	['chf', 'Swiss Franc'],
	['cny', 'Chinese Yuan'],
	['czk', 'Czech Koruna'],
	['dkk', 'Danish Krone'],
	['eur', 'Euro'],
	['gbp', 'British Pound'],
	['hkd', 'Hong Kong Dollar'],
	['huf', 'Hungarian Forint'],
	['idr', 'Indonesian Rupiah'],
	['ils', 'Israeli New Shekel'],
	['inr', 'Indian Rupee'],
	['jpy', 'Japanese Yen'],
	['krw', 'South Korean Won'],
	['mxn', 'Mexican Peso'],
	['myr', 'Malaysian Ringgit'],
	['nok', 'Norwegian Krone'],
	['nzd', 'New Zealand Dollar'],
	['php', 'Philippine Peso'],
	['pln', 'Polish Zloty'],
	['ron', 'Romanian Leu'],
	['sek', 'Swedish Krona'],
	['sgd', 'Singapore Dollar'],
	['thb', 'Thai Baht'],
	['try', 'Turkish Lira'],
	['twd', 'New Taiwan Dollar'],
	['usd', 'US Dollar'],
	['zar', 'South African Rand'],
];

/** Currency picker options: "USD - US Dollar", value `usd` (deals and pipelines take lower-case codes). */
export const CURRENCY_OPTIONS: INodePropertyOptions[] = CURRENCIES.map(([code, name]) => ({
	name: `${code.toUpperCase()} - ${name}`,
	value: code,
}));

/** Upper-case variant for e-commerce orders, which take `USD`. */
export const CURRENCY_OPTIONS_UPPER: INodePropertyOptions[] = CURRENCIES.map(([code, name]) => ({
	name: `${code.toUpperCase()} - ${name}`,
	value: code.toUpperCase(),
}));
