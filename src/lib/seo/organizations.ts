/**
 * The two ports, as the source page names them, for structured data. Only
 * what the source states: HAROPA PORT's address and phone, the Port of
 * Montréal's name.
 */
export interface Organization {
  name: string;
  address?: { streetAddress: string; postalCode: string; addressLocality: string };
  telephone?: string;
}

export const organizations: readonly Organization[] = [
  { name: 'Port de Montréal' },
  {
    name: 'HAROPA PORT',
    address: { streetAddress: '71, quai Colbert', postalCode: '76600', addressLocality: 'Le Havre' },
    telephone: '+33 2 79 18 05 00',
  },
];
