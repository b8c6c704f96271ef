import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, loadSpec } from '../../../scripts/core/spec/load.js';
import { pascalCase, planNames } from '../../../scripts/tools/codegen/naming.js';

describe('pascalCase', () => {
  const cases: Array<[string, string]> = [
    ['customer.reward_redemptions.completed', 'CustomerRewardRedemptionsCompleted'],
    ['EVENTS.CUSTOMER.CREATED', 'EventsCustomerCreated'],
    ['4_obj_reward_object_parameters_CAMPAIGN', '_4ObjRewardObjectParametersCampaign'],
    ['Voucher', 'Voucher'],
    ['SimpleVoucher', 'SimpleVoucher'],
    ['voucher-object', 'VoucherObject'],
    ['ID', 'Id'],
    ['…', '_'],
  ];
  it.each(cases)('%s → %s', (given, want) => {
    expect(pascalCase(given)).toBe(want);
  });
});

describe('planNames', () => {
  it('names each event body and schema of the default spec, the completed event sharing its schema name', async () => {
    const names = planNames(await loadSpec(DEFAULT_SPEC));
    expect(Object.fromEntries(names.events)).toEqual({
      'customer.reward_redemptions.created': 'CustomerRewardRedemptionsCreated',
      'customer.reward_redemptions.pending': 'CustomerRewardRedemptionsPending',
      'customer.reward_redemptions.completed': 'CustomerRewardRedemptionsCompleted',
    });
    expect(names.schemas.get('CustomerRewardRedemptionsCompleted')).toBe('CustomerRewardRedemptionsCompleted');
    expect([...names.schemas].every(([schema, name]) => schema === name)).toBe(true);
  });

  it('makes awkward names valid and unique, deterministically', async () => {
    const names = planNames(await loadSpec('test/fixtures/types/awkward-names.yaml'));
    expect(Object.fromEntries(names.events)).toEqual({
      'EVENTS.CUSTOMER.CREATED': 'EventsCustomerCreated',
      'events.customer.created': 'EventsCustomerCreatedEvent',
      customer: 'Customer',
    });
    expect(Object.fromEntries(names.schemas)).toEqual({
      '4_obj_reward_object_parameters_CAMPAIGN': '_4ObjRewardObjectParametersCampaign',
      Record: 'RecordSchema',
      EventsCustomerCreated: 'EventsCustomerCreatedSchema',
      events_customer_created: 'EventsCustomerCreatedSchema2',
      Customer: 'Customer',
    });
  });
});

describe('names the runtime exports beside the generated types (issue 24 item 9)', () => {
  it('a schema named SignatureError gets another type name: the error class keeps its own', async () => {
    const { writeFiles, minimalSpec } = await import('../../helpers/temp-spec.js');
    const spec = minimalSpec({
      extra: { components: { schemas: { SignatureError: { type: 'object', description: 'A provider-side error body.' } } } },
    });
    const names = planNames(await loadSpec(`${writeFiles({ 'openapi.yaml': spec })}/openapi.yaml`));
    expect(names.schemas.get('SignatureError')).toBe('SignatureErrorSchema');
  });
});
