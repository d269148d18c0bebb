import { addAmounts } from '../../shared/money';

/** Enriches order products: the price also in currency units (priceAmount). */
export const productAmounts = addAmounts(['price']);
