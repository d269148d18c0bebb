import { addAmounts, centsToAmount, CURRENCY_OPTIONS, CURRENCY_OPTIONS_UPPER, toCents } from '../../nodes/ActiveCampaign/shared/money';

describe('money.ts: amounts in currency units, sent and stored in cents', () => {
	it('toCents rounds to whole cents', () => {
		expect(toCents(1500.5)).toBe(150050);
		expect(toCents('12.34')).toBe(1234);
		expect(toCents(0.1 + 0.2)).toBe(30);
		expect(toCents(99)).toBe(9900);
	});

	it('centsToAmount reads the API value (text or number); nothing for an absent or unreadable one', () => {
		expect(centsToAmount('150050')).toBe(1500.5);
		expect(centsToAmount(9111)).toBe(91.11);
		expect(centsToAmount(0)).toBe(0);
		expect(centsToAmount('')).toBeUndefined();
		expect(centsToAmount(null)).toBeUndefined();
		expect(centsToAmount(undefined)).toBeUndefined();
		expect(centsToAmount('abc')).toBeUndefined();
	});

	it('addAmounts adds <field>Amount beside each cents field present, keeping the API value', () => {
		const record = { value: '250000', totalPrice: 9111, note: 'x' };
		addAmounts(['value', 'totalPrice', 'shippingAmount'])(record);
		expect(record).toEqual({ value: '250000', valueAmount: 2500, totalPrice: 9111, totalPriceAmount: 91.11, note: 'x' });
	});

	it('currency options: lower-case codes for deals and pipelines, upper-case for e-commerce', () => {
		expect(CURRENCY_OPTIONS).toContainEqual({ name: 'USD - US Dollar', value: 'usd' });
		expect(CURRENCY_OPTIONS_UPPER).toContainEqual({ name: 'EUR - Euro', value: 'EUR' });
		expect(CURRENCY_OPTIONS_UPPER.map((option) => option.value)).toEqual(CURRENCY_OPTIONS.map((option) => String(option.value).toUpperCase()));
	});
});
