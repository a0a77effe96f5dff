import { describe, expect, it } from 'vitest';
import { FormClass, PageReport } from '../../src/core/detect/model';

describe('detection model', () => {
  it('accepts every declared class and rejects others', () => {
    expect(FormClass.safeParse('login').success).toBe(true);
    expect(FormClass.safeParse('checkout').success).toBe(false);
  });
  it('rejects a report with a field role that does not exist', () => {
    const bad = { url: 'https://a.test/', pageClass: 'login', signals: [], ms: 1,
      forms: [{ key: 'f0', class: 'login', confidence: 1, reasons: [], visible: true, host: 'document',
        fields: [{ index: 0, role: 'pin', confidence: 1 }] }] };
    expect(PageReport.safeParse(bad).success).toBe(false);
  });
});
