// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizePastedHtml } from '../../../renderer/memos/editor/sanitizePastedHtml';

describe('sanitizePastedHtml', () => {
  it('drops scripts, styles, images and event handlers; keeps the text and its structure', () => {
    const html = `<meta charset="utf-8"><style>p{color:red}</style><script>alert(1)</script>
      <p style="color:red" onclick="steal()" class="MsoNormal">Talks <b>stalled</b><img src="https://tracker.example/x.png" onerror="alert(2)"></p>
      <table border="1"><tr><td colspan="2" style="width:9in">cell</td></tr></table>
      <!--[if gte mso 9]><xml>office</xml><![endif]--><a href="javascript:alert(3)">a link</a><iframe src="https://evil.example"></iframe>`;
    const clean = sanitizePastedHtml(html);
    expect(clean).not.toMatch(/script|style|img|onclick|onerror|iframe|https?:|javascript|MsoNormal|office|alert/i);
    expect(clean).toContain('<p>Talks <b>stalled</b></p>');
    expect(clean).toContain('<td colspan="2">cell</td>');
    expect(clean).toContain('<a>a link</a>');
  });

  it("keeps the data attributes of Dossier's own citations and blocks (copy and paste between memos)", () => {
    const clean = sanitizePastedHtml('<p data-pm-slice="1 1 []">See<sup data-citation="" data-kind="claim" data-ref-id="c1" onclick="x()">1</sup></p>');
    expect(clean).toBe('<p data-pm-slice="1 1 []">See<sup data-citation="" data-kind="claim" data-ref-id="c1">1</sup></p>');
  });
});
