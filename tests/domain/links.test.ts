import { isWebAddress } from '../../src/domain';
import { isWebAddress as formsRule } from '../../src/ui/shared/forms';

describe('links people type', () => {
  it.each(['https://www.example.org/policy', 'http://intranet.example.org/rota.pdf', '  https://example.org  '])('accepts %s', (link) => {
    expect(isWebAddress(link)).toBe(true);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///c:/rota.xlsx', '/sites/wpq/policy', 'example.org', 'https:example.org', 'https://', ''])(
    'refuses %s',
    (link) => {
      expect(isWebAddress(link)).toBe(false);
    }
  );

  it('is the same rule on the screens as in the data layer, so a link a screen accepts is never refused on save', () => {
    expect(formsRule).toBe(isWebAddress);
  });
});
