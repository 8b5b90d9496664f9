// The floor of row 1: the smallest useful Lit element (a reactive property, styles, a template),
// built with the same settings as dist/news-widgets.js. Everything the library weighs above
// this is its own.
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';

export class BenchFloor extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;

  @property() name = 'floor';

  override render() {
    return html`<p>${this.name}</p>`;
  }
}

customElements.define('bench-floor', BenchFloor);
